/** `jetty logs WORKFLOW_ID`: a run's log events. */
import type { Command } from "commander";
import type { CliApp } from "../app";

export function registerLogs(program: Command, app: CliApp): void {
  program
    .command("logs")
    .description("show a run's log events")
    .argument("<workflow-id>", "the workflow id ({collection}-{task}--{trajectory_id}), as `run` prints it")
    .option("--level <level>", "only events of this level, e.g. error")
    .action(
      app.action(async (ctx, workflowId: string, opts: { level?: string }) => {
        const logs = await ctx.jetty().runs.logs(workflowId, { signal: ctx.signal });
        const events = (logs.events ?? []).filter((e) => opts.level === undefined || e.level === opts.level);
        if (ctx.json) return ctx.out.document(opts.level === undefined ? logs : { ...logs, events });
        if (events.length === 0) return ctx.out.note("No log events.");
        for (const event of events) {
          const level = event.level === "error" ? ctx.out.style("red", event.level) : event.level;
          ctx.out.print([event.timestamp, level, event.message].filter((part) => part).join("  "));
        }
      }),
    );
}
