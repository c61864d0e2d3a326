/** `jetty run COLLECTION TASK`: launch a run, optionally wait for it or run it synchronously. */
import {
  DEFAULT_PROVIDER_KEYS,
  isTerminalStatus,
  NotFoundError,
  type RunParams,
  type Trajectory,
  WAIT_DEFAULTS,
} from "@jetty/sdk";
import { type Command, Option } from "commander";
import type { CliApp } from "../app";
import type { CliContext } from "../context";
import { EXIT, UsageError } from "../exit-codes";
import { parseAssignments, parseDuration, readJson } from "../input";
import { repeatable, type TrialMode, trialOption } from "../options";
import { Spinner } from "../progress";
import { errorText, printTrajectory, stepProgress } from "../render";
import { runSyncWire, runWire } from "../wire";

interface RunOptions {
  param: string[];
  params?: string;
  file: string[];
  trial: TrialMode;
  secret: string[];
  wait?: boolean;
  sync?: boolean;
  timeout?: string;
}

export function registerRun(program: Command, app: CliApp): void {
  program
    .command("run")
    .description("run a task; prints the run, or with --wait the finished trajectory")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .option(
      "-p, --param <key=value>",
      "an init param (repeatable); a value that is valid JSON is sent as JSON",
      repeatable,
      [],
    )
    .option("--params <file>", "init params from a JSON object file (--param wins)")
    .option("-f, --file <path>", "a file to upload with the run (repeatable)", repeatable, [])
    .addOption(trialOption("decides as the platform documents"))
    .option(
      "-s, --secret <NAME>",
      "a one-off secret (repeatable): the value comes from $NAME, else from stdin, never from the command line",
      repeatable,
      [],
    )
    .option("-w, --wait", "wait for the run to finish (progress on stderr), then print the trajectory")
    .addOption(new Option("--sync", "use the synchronous endpoint (short runs and tests)").conflicts("wait"))
    .option(
      "--timeout <duration>",
      `how long --wait waits, e.g. 90s or 10m (default ${WAIT_DEFAULTS.timeout / 60_000}m)`,
    )
    .action(
      app.action(async (ctx, collection: string, task: string, opts: RunOptions) => {
        // Checked before anything is sent: a typo must not cost a launched run.
        const timeout = opts.timeout === undefined ? undefined : parseDuration(opts.timeout, "--timeout");
        const params = await runParams(ctx, collection, opts);
        return opts.sync
          ? runSync(ctx, collection, task, params)
          : runAsync(ctx, collection, task, params, opts.wait === true, timeout);
      }),
    );
}

async function runParams(ctx: CliContext, collection: string, opts: RunOptions): Promise<RunParams> {
  const fromFile = opts.params === undefined ? {} : await readJson(opts.params, "--params", ctx.io.stdin);
  if (fromFile === null || typeof fromFile !== "object" || Array.isArray(fromFile)) {
    throw new UsageError("--params", "expected a JSON object of init params.");
  }
  const initParams = { ...(fromFile as Record<string, unknown>), ...parseAssignments(opts.param, "--param") };
  const secretParams = opts.secret.length ? await ctx.secrets(opts.secret, "--secret") : undefined;
  const useTrialKeys = await trialDecision(ctx, collection, opts.trial, Object.keys(secretParams ?? {}));
  return {
    initParams,
    ...(opts.file.length ? { files: opts.file } : {}),
    ...(secretParams ? { secretParams } : {}),
    ...(useTrialKeys ? { useTrialKeys } : {}),
  };
}

/**
 * `auto` is the specification's rule: trial keys when the collection's trial is active and it has none
 * of the provider keys (nor does this run bring one as a secret). No trial record (404) means no trial.
 */
export async function trialDecision(
  ctx: CliContext,
  collection: string,
  mode: TrialMode,
  secretNames: readonly string[],
): Promise<boolean> {
  if (mode !== "auto") return mode === "on";
  if (secretNames.some((name) => (DEFAULT_PROVIDER_KEYS as readonly string[]).includes(name))) return false;
  try {
    return await ctx.jetty().trial.shouldUseTrialKeys(collection, {}, { signal: ctx.signal });
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

async function runSync(
  ctx: CliContext,
  collection: string,
  task: string,
  params: RunParams,
): Promise<number> {
  const spinner = new Spinner(ctx.out, `running ${collection}/${task}`);
  const result = await ctx
    .jetty()
    .runs.createSync(collection, task, params, { signal: ctx.signal })
    .finally(() => spinner.stop());
  const trajectory = result.trajectory as Trajectory | null | undefined;
  if (ctx.json) ctx.out.document(runSyncWire(result));
  else if (trajectory?.trajectory_id) printTrajectory(ctx, collection, task, trajectory);
  else
    ctx.out.fields([
      ["workflow", result.workflow_id],
      ["message", result.message ?? undefined],
    ]);
  return outcome(ctx, `${collection} ${task}`, trajectory);
}

async function runAsync(
  ctx: CliContext,
  collection: string,
  task: string,
  params: RunParams,
  wait: boolean,
  timeout: number | undefined,
): Promise<number> {
  const jetty = ctx.jetty();
  const handle = await jetty.runs.create(collection, task, params, { signal: ctx.signal });
  const url = jetty.urls.trajectory(collection, task, handle.trajectoryId);
  if (handle.trialNotice) ctx.out.note(handle.trialNotice);
  if (!wait) {
    if (ctx.json) ctx.out.document(runWire(handle));
    else
      ctx.out.fields([
        ["trajectory", handle.trajectoryId],
        ["workflow", handle.workflowId],
        ["url", url],
      ]);
    return EXIT.ok;
  }
  // Progress, like the spinner: on a terminal only, so piped stderr stays clean (batch scripts).
  if (ctx.out.interactive) ctx.out.note(`Started ${handle.trajectoryId}: ${url}`);
  const spinner = new Spinner(ctx.out, `${handle.trajectoryId} pending`);
  const trajectory = await handle
    .wait({
      signal: ctx.signal,
      throwOnFailure: false,
      ...(timeout === undefined ? {} : { timeout }),
      onProgress: (event) =>
        spinner.update(`${handle.trajectoryId} ${event.status} ${stepProgress(event.trajectory)} steps`),
    })
    .finally(() => spinner.stop());
  if (ctx.json) ctx.out.document(trajectory);
  else printTrajectory(ctx, collection, task, trajectory);
  return outcome(ctx, `${collection} ${task}`, trajectory);
}

/** Exit 0 for a completed run, 3 (with a hint on stderr) for one that failed, was cancelled or archived. */
function outcome(ctx: CliContext, where: string, trajectory: Trajectory | null | undefined): number {
  const status = trajectory?.status;
  if (status === undefined || status === "completed" || !isTerminalStatus(status)) return EXIT.ok;
  const failed = Object.entries(trajectory?.steps ?? {}).find(([, step]) => step?.status === "failed");
  const why = failed
    ? ` at step ${failed[0]}: ${errorText(failed[1]?.error)}`
    : trajectory?.error
      ? `: ${errorText(trajectory.error)}`
      : "";
  ctx.out.note(`Run ${trajectory?.trajectory_id ?? ""} ended ${status}${why}`);
  if (trajectory?.trajectory_id) {
    ctx.out.note(`See why: jetty trajectories diagnose ${where} ${trajectory.trajectory_id}`);
  }
  return EXIT.runFailed;
}
