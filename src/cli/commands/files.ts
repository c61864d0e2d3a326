/** `jetty files download PATH [-o OUT]`: a stored file, by the storage path a trajectory gives. */
import { join } from "node:path";
import type { Command } from "commander";
import type { CliApp } from "../app";

export function registerFiles(program: Command, app: CliApp): void {
  const group = program.command("files").description("download stored files");

  group
    .command("download")
    .description("download a file by its storage path (e.g. from .steps.<step>.outputs.images[0].path)")
    .argument("<path>", "storage path: {collection}/…")
    .option(
      "-o, --output <path>",
      "file or existing folder to save to, or - for stdout (default: its name here)",
    )
    .action(
      app.action(async (ctx, path: string, opts: { output?: string }) => {
        const file = await ctx.jetty().files.download(path, { signal: ctx.signal });
        if (opts.output === "-") {
          const reader = file.stream().getReader();
          for (let next = await reader.read(); !next.done; next = await reader.read())
            await ctx.out.bytes(next.value);
          return;
        }
        const saved = await file.saveTo(opts.output ?? join(ctx.io.cwd, file.name));
        if (ctx.json) ctx.out.document({ ...saved, name: file.name, contentType: file.contentType });
        else ctx.out.print(`Saved ${saved.path} (${saved.bytes} bytes).`);
      }),
    );
}
