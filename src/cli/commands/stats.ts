/** `jetty stats COLLECTION TASK`: a task's run statistics. */
import type { Command } from "commander";
import type { CliApp } from "../app";

export function registerStats(program: Command, app: CliApp): void {
  program
    .command("stats")
    .description("show statistics of a task's trajectories")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .action(
      app.action(async (ctx, collection: string, task: string) => {
        const stats = await ctx.jetty().trajectories.stats(collection, task, { signal: ctx.signal });
        if (ctx.json) return ctx.out.document(stats);
        // The shape is undocumented: an object prints as fields, anything else as it came.
        if (stats !== null && typeof stats === "object" && !Array.isArray(stats)) {
          ctx.out.fields(Object.entries(stats));
        } else {
          ctx.out.document(stats);
        }
      }),
    );
}
