/** `jetty trajectories list|get|status|label|download|diagnose`. */
import { join } from "node:path";
import { type Diagnosis, SETTABLE_STATUSES, type SettableTrajectoryStatus } from "@jetty/sdk";
import type { Command } from "commander";
import type { CliApp } from "../app";
import type { CliContext } from "../context";
import { UsageError } from "../exit-codes";
import { parseCount } from "../input";
import { printList, printTrajectory, statusText, trajectoryColumns } from "../render";
import { pageWire } from "../wire";

export function registerTrajectories(program: Command, app: CliApp): void {
  const group = program
    .command("trajectories")
    .description("list, read, label, download and diagnose the trajectories (runs) of a task");

  group
    .command("list")
    .description("list a task's trajectories, newest first")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .option("-n, --limit <n>", "trajectories per page")
    .option("--page <n>", "the page to show (from 1)")
    .option("--all", "every trajectory of every page (NDJSON with --json)")
    .action(
      app.action(
        async (
          ctx,
          collection: string,
          task: string,
          opts: { limit?: string; page?: string; all?: boolean },
        ) => {
          const params = {
            ...(opts.limit ? { limit: parseCount(opts.limit, "--limit") } : {}),
            ...(opts.page ? { page: parseCount(opts.page, "--page") } : {}),
          };
          const list = ctx.jetty().trajectories.list(collection, task, params, { signal: ctx.signal });
          const empty = `No trajectories of ${collection}/${task} yet.`;
          if (opts.all) return printList(ctx, list, trajectoryColumns(ctx.out), { all: true, empty });
          const page = await list;
          if (ctx.json) return ctx.out.document(pageWire(page));
          await printList(ctx, page.trajectories, trajectoryColumns(ctx.out), { empty });
          if (page.hasMore)
            ctx.out.note(
              `Page ${page.page}${page.total !== undefined ? ` of ${page.total} trajectories` : ""}; next: --page ${page.page + 1}`,
            );
        },
      ),
    );

  group
    .command("get")
    .description("show one trajectory: status, steps, errors, labels")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .argument("<trajectory>", "trajectory id")
    .action(
      app.action(async (ctx, collection: string, task: string, id: string) => {
        const trajectory = await ctx.jetty().trajectories.get(collection, task, id, { signal: ctx.signal });
        if (ctx.json) ctx.out.document(trajectory);
        else printTrajectory(ctx, collection, task, trajectory);
      }),
    );

  group
    .command("status")
    .description(
      `show trajectories' statuses, or set them: --set STATUS, or a status as the last argument (${SETTABLE_STATUSES.join(", ")})`,
    )
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .argument("<trajectories...>", "trajectory ids, optionally followed by the new status")
    .option("--set <status>", "the new status of every trajectory given")
    .action(
      app.action(async (ctx, collection: string, task: string, args: string[], opts: { set?: string }) => {
        const trajectories = ctx.jetty().trajectories;
        // `status C T ID cancelled` reads naturally; an id is never a status word, so the two cannot clash.
        const last = args.at(-1) as string;
        const trailing = args.length > 1 && (SETTABLE_STATUSES as readonly string[]).includes(last);
        const ids = trailing ? args.slice(0, -1) : args;
        if (trailing && opts.set !== undefined) throw new UsageError("--set", "give the status once.");
        if (trailing) opts.set = last;
        if (opts.set === undefined) {
          const found = await Promise.all(
            ids.map((id) => trajectories.get(collection, task, id, { signal: ctx.signal })),
          );
          if (ctx.json)
            return ctx.out.document(Object.fromEntries(found.map((t) => [t.trajectory_id, t.status])));
          return ctx.out.table(found, [
            { header: "id", value: (t) => t.trajectory_id },
            { header: "status", value: (t) => statusText(ctx.out, t.status) },
          ]);
        }
        if (!(SETTABLE_STATUSES as readonly string[]).includes(opts.set)) {
          throw new UsageError(
            "--set",
            `use one of ${SETTABLE_STATUSES.join(", ")} (got ${JSON.stringify(opts.set)}).`,
          );
        }
        const status = opts.set as SettableTrajectoryStatus;
        const answer = await trajectories.setStatuses(
          collection,
          task,
          Object.fromEntries(ids.map((id) => [id, status])),
          { signal: ctx.signal },
        );
        if (ctx.json) ctx.out.document(answer);
        else
          ctx.out.print(
            `Set ${ids.length} ${ids.length === 1 ? "trajectory" : "trajectories"} of ${collection}/${task} to ${status}.`,
          );
      }),
    );

  group
    .command("label")
    .description("add a label (key and value) to a trajectory")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .argument("<trajectory>", "trajectory id")
    .argument("<key>", "label key, e.g. quality (or key=value)")
    .argument("[value]", "label value, e.g. high")
    .option("--author <email>", "who labels (default: $JETTY_AUTHOR)")
    .option(
      "--verify",
      "re-read the trajectory and retry until the label is kept (the platform's label race)",
    )
    .action(
      app.action(
        async (
          ctx,
          collection: string,
          task: string,
          id: string,
          keyArg: string,
          valueArg: string | undefined,
          opts: { author?: string; verify?: boolean },
        ) => {
          const at = valueArg === undefined ? keyArg.indexOf("=") : -1;
          const key = at > 0 ? keyArg.slice(0, at) : keyArg;
          const value = at > 0 ? keyArg.slice(at + 1) : valueArg;
          if (!value) throw new UsageError("value", "give the label as KEY VALUE or KEY=VALUE.");
          const author = opts.author ?? ctx.io.env.JETTY_AUTHOR?.trim();
          if (!author) throw new UsageError("--author", "give --author EMAIL or set JETTY_AUTHOR.");
          const answer = await ctx
            .jetty()
            .trajectories.addLabel(
              collection,
              task,
              id,
              { key, value, author },
              { signal: ctx.signal, ...(opts.verify ? { verify: true } : {}) },
            );
          if (ctx.json) ctx.out.document(answer);
          else ctx.out.print(`Labelled ${id} ${key}=${value}.`);
        },
      ),
    );

  group
    .command("download")
    .description("download every file of a trajectory as one zip")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .argument("<trajectory>", "trajectory id")
    .option(
      "-o, --output <path>",
      "file or existing folder to save to (default: the server's file name here)",
    )
    .action(
      app.action(async (ctx, collection: string, task: string, id: string, opts: { output?: string }) => {
        const zip = await ctx.jetty().trajectories.download(collection, task, id, { signal: ctx.signal });
        const saved = await zip.saveTo(opts.output ?? join(ctx.io.cwd, zip.name));
        if (ctx.json) ctx.out.document({ ...saved, name: zip.name, contentType: zip.contentType });
        else ctx.out.print(`Saved ${saved.path} (${saved.bytes} bytes).`);
      }),
    );

  group
    .command("diagnose")
    .description("explain a failed run: failed steps, errors, fan-out children, down to the root cause")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .argument("<trajectory>", "trajectory id")
    .action(
      app.action(async (ctx, collection: string, task: string, id: string) => {
        const diagnosis = await ctx
          .jetty()
          .trajectories.diagnose(collection, task, id, {}, { signal: ctx.signal });
        if (ctx.json) ctx.out.document(diagnosis);
        else printDiagnosis(ctx, diagnosis);
      }),
    );
}

function printDiagnosis(ctx: CliContext, d: Diagnosis): void {
  const { out } = ctx;
  const root = d.rootCause;
  out.fields([
    ["trajectory", `${d.collection}/${d.task}/${d.trajectoryId}`],
    ["status", statusText(out, d.status)],
    ["error", d.error],
    [
      "root cause",
      root
        ? `${root.collection}/${root.task}/${root.trajectoryId}${root.step ? ` step ${root.step}` : ""}`
        : "none found",
    ],
    ["why", root?.error],
  ]);
  const rows = flatten(d);
  if (rows.length) {
    out.print();
    out.table(rows, [
      { header: "trajectory", value: (r) => r.where },
      { header: "step", value: (r) => r.step },
      { header: "activity", value: (r) => r.activity },
      { header: "error", value: (r) => r.error },
    ]);
  }
  if (d.workflowId) out.note(`Logs: jetty logs ${d.workflowId}`);
}

/** Every failed step of the diagnosis tree, children after their parent. */
function flatten(d: Diagnosis): Array<{ where: string; step: string; activity?: string; error?: string }> {
  return d.failedSteps.flatMap((s) => [
    { where: `${d.task}/${d.trajectoryId}`, step: s.step, activity: s.activity, error: s.error },
    ...(s.children ?? []).flatMap(flatten),
  ]);
}
