/** `jetty templates list|get`, `jetty datasets list`, `jetty models list`. */
import type { Dataset, StepTemplate, TrainedModel } from "@jetty/sdk";
import type { Command } from "commander";
import type { CliApp } from "../app";
import { everyItem, printList } from "../render";

export function registerCatalog(program: Command, app: CliApp): void {
  const templates = program.command("templates").description("the step templates (activities) workflows use");

  templates
    .command("list")
    .description("list every step template")
    .action(
      app.action(async (ctx) => {
        const list = await ctx.jetty().stepTemplates.list({ signal: ctx.signal });
        await printList<StepTemplate>(ctx, list, [
          { header: "activity", value: (t) => t.activity_name },
          { header: "category", value: (t) => t.category },
          { header: "description", value: (t) => t.description },
        ]);
      }),
    );

  templates
    .command("get")
    .description("show one step template with its parameters")
    .argument("<activity>", "activity name, e.g. litellm_chat")
    .action(
      app.action(async (ctx, activity: string) => {
        const template = await ctx.jetty().stepTemplates.get(activity, { signal: ctx.signal });
        if (ctx.json) ctx.out.document(template);
        else ctx.out.print(JSON.stringify(template, null, 2));
      }),
    );

  program
    .command("datasets")
    .description("a collection's datasets")
    .command("list")
    .description("list a collection's datasets")
    .argument("<collection>", "collection name")
    .option("--all", "every dataset, page by page (NDJSON with --json)")
    .action(
      app.action(async (ctx, collection: string, opts: { all?: boolean }) => {
        const datasets = ctx.jetty().datasets;
        const items = opts.all
          ? everyItem((skip, limit) => datasets.list(collection, { skip, limit }, { signal: ctx.signal }))
          : await datasets.list(collection, {}, { signal: ctx.signal });
        await printList<Dataset>(
          ctx,
          items,
          [
            { header: "name", value: (d) => d.name },
            { header: "format", value: (d) => d.format },
            { header: "path", value: (d) => d.data_path },
          ],
          { all: opts.all, empty: `No datasets in ${collection}.` },
        );
      }),
    );

  program
    .command("models")
    .description("a collection's trained models")
    .command("list")
    .description("list a collection's trained models")
    .argument("<collection>", "collection name")
    .option("--all", "every model, page by page (NDJSON with --json)")
    .action(
      app.action(async (ctx, collection: string, opts: { all?: boolean }) => {
        const models = ctx.jetty().models;
        const items = opts.all
          ? everyItem((skip, limit) => models.list(collection, { skip, limit }, { signal: ctx.signal }))
          : await models.list(collection, {}, { signal: ctx.signal });
        await printList<TrainedModel>(
          ctx,
          items,
          [
            { header: "name", value: (m) => m.name },
            { header: "path", value: (m) => m.model_path },
            { header: "description", value: (m) => m.long_description },
          ],
          { all: opts.all, empty: `No models in ${collection}.` },
        );
      }),
    );
}
