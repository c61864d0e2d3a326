/** `jetty url COLLECTION [TASK [TRAJECTORY]]`: the documented web-app links, nothing fetched. */
import type { Command } from "commander";
import type { CliApp } from "../app";

export function registerUrl(program: Command, app: CliApp): void {
  program
    .command("url")
    .description("print the web-app link of a collection, a task or a trajectory (nothing is fetched)")
    .argument("<collection>", "collection name")
    .argument("[task]", "task name")
    .argument("[trajectory]", "trajectory id")
    .action(
      app.action(async (ctx, collection: string, task?: string, trajectory?: string) => {
        const urls = ctx.jetty().urls;
        const url =
          task === undefined
            ? urls.collection(collection)
            : trajectory === undefined
              ? urls.task(collection, task)
              : urls.trajectory(collection, task, trajectory);
        if (ctx.json) ctx.out.document({ url });
        else ctx.out.print(url);
      }),
    );
}
