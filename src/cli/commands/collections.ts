/** `jetty collections list|get|create`. */
import type { Collection } from "@jetty/sdk";
import type { Command } from "commander";
import type { CliApp } from "../app";
import type { CliContext } from "../context";
import { everyItem, printList } from "../render";

export function registerCollections(program: Command, app: CliApp): void {
  const group = program.command("collections").description("list, read and create collections");

  group
    .command("list")
    .description("list the collections the token can see (a collection key sees only its own)")
    .option("--all", "every collection, page by page (NDJSON with --json)")
    .action(
      app.action(async (ctx, opts: { all?: boolean }) => {
        const jetty = ctx.jetty();
        const items = opts.all
          ? everyItem((skip, limit) => jetty.collections.list({ skip, limit }, { signal: ctx.signal }))
          : await jetty.collections.list({}, { signal: ctx.signal });
        await printList<Collection>(
          ctx,
          items,
          [
            { header: "name", value: (c) => c.name },
            { header: "description", value: (c) => c.description },
          ],
          { all: opts.all, empty: "No collections." },
        );
      }),
    );

  group
    .command("get")
    .description("show one collection")
    .argument("<collection>", "collection name")
    .action(
      app.action(async (ctx, collection: string) => {
        show(ctx, await ctx.jetty().collections.get(collection, { signal: ctx.signal }));
      }),
    );

  group
    .command("create")
    .description("create a collection")
    .argument("<name>", "collection name (unique, compared case-insensitively)")
    .option("-d, --description <text>", "what the collection is for")
    .action(
      app.action(async (ctx, name: string, opts: { description?: string }) => {
        const created = await ctx
          .jetty()
          .collections.create(
            { name, ...(opts.description !== undefined ? { description: opts.description } : {}) },
            { signal: ctx.signal },
          );
        show(ctx, created);
      }),
    );
}

function show(ctx: CliContext, collection: Collection): void {
  if (ctx.json) {
    ctx.out.document(collection);
    return;
  }
  ctx.out.fields([
    ["collection", collection.name],
    ["description", collection.description ?? undefined],
    ["url", ctx.jetty().urls.collection(collection.name)],
  ]);
}
