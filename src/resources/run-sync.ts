/**
 * `runs.createSync`'s answer and its 524 fallback: after about 100 s the edge gives up on the held
 * connection while the run goes on, so the SDK finds the run's trajectory (named by the 524, or the
 * task's oldest trajectory created since the launch, as runbook runs are found) and waits for it.
 */
import type { z } from "zod";
import { NotFoundError, type RunInProgressError } from "../core/errors";
import { optionKeys } from "../core/option-keys";
import type { RequestOptions } from "../core/options";
import type { zRunSyncResponse } from "../generated/schemas";
import type { WaitOptions } from "../helpers/wait";
import { findLaunchedTrajectory, parseTimestamp } from "../runbooks/find-trajectory";
import { safeTrajectoryId } from "./run-handle";
import { RUN_PARAM_KEYS, type RunParams } from "./run-params";
import type { Trajectory } from "./trajectories";

/**
 * The answer of `POST /run-sync` as sent: undocumented, so every field may be missing (one client
 * reads a trajectory-like body with top-level `steps`).
 *
 * @example
 * ```ts
 * const res: RunSyncResponse = await jetty.runs.createSync("acme", "echo");
 * console.log(res.workflow_id ?? res.trajectory_id);
 * ```
 */
export type RunSyncResponse = z.output<typeof zRunSyncResponse>;

/**
 * The answer of `createSync`: the server's response plus the trajectory id, read from its
 * `workflow_id` (the part after the last `--`), else a top-level `trajectory_id`, else
 * `trajectory.trajectory_id`; `undefined` when none of them is there. After a 524 that the SDK
 * waited through, `edgeTimeout` is true and the answer is built from the finished trajectory
 * (`trajectory_id`, `status`, `steps`, `trajectory`).
 *
 * @example
 * ```ts
 * const res: RunSyncResult = await jetty.runs.createSync("acme", "echo", { initParams: { text: "hi" } });
 * console.log(res.trajectoryId, res.edgeTimeout ? "(waited after a 524)" : "");
 * ```
 */
export type RunSyncResult = RunSyncResponse & {
  trajectoryId: string | undefined;
  /** True when the edge answered 524 and the SDK then waited for the run to finish. */
  edgeTimeout: boolean;
};

/**
 * What `runs.createSync` takes: {@link RunParams} plus what to do when the edge times out.
 *
 * @example
 * ```ts
 * const res = await jetty.runs.createSync("acme", "slow", {
 *   initParams: { n: 3 },
 *   onTimeout: "wait", // the default; "throw" gives RunInProgressError at once
 *   waitOptions: { timeout: 20 * 60_000 },
 * });
 * ```
 */
export interface RunSyncParams extends RunParams {
  /**
   * On a 524 (the run goes on after the edge gave up): `"wait"` (default) finds the run's trajectory
   * and waits for it; `"throw"` rejects with `RunInProgressError` at once. When the trajectory cannot
   * be identified, `RunInProgressError` is thrown either way.
   */
  onTimeout?: "wait" | "throw";
  /**
   * How to wait after a 524. `throwOnFailure` defaults to false here, so a failed run comes back as a
   * 200 answer would, with `status: "failed"`.
   */
  waitOptions?: WaitOptions<Trajectory>;
}

/** Every key of {@link RunSyncParams}. */
export const RUN_SYNC_PARAM_KEYS: ReadonlySet<string> = new Set([
  ...RUN_PARAM_KEYS,
  ...optionKeys<Omit<RunSyncParams, keyof RunParams>>()("onTimeout", "waitOptions"),
]);

/** The trajectory id of a run-sync answer, from whichever of its fields carries one. */
export function syncTrajectoryId(response: RunSyncResponse): string | undefined {
  const trajectory = response.trajectory as { trajectory_id?: unknown } | null | undefined;
  return (
    safeTrajectoryId(response.workflow_id ?? undefined) ??
    nonEmpty(response.trajectory_id) ??
    nonEmpty(typeof trajectory === "object" ? trajectory?.trajectory_id : undefined)
  );
}

/** Lists the task's trajectories, newest first, with these request options. */
export type ListTaskNewest = (
  options: RequestOptions,
) => AsyncIterable<{ trajectory_id: string; created?: string | null; init_params?: unknown }>;

/** Items of the listing looked at, matching or not: older runs are not the one just launched. */
const MAX_LISTED = 100;

/**
 * The run a 524 stands for: named by the 524 itself (a `trajectory_id`/`workflow_id` in its body, an
 * `x-jetty-trajectory-id` header), else found as runbook runs are: the task's oldest trajectory
 * created since the launch (by the server's clock). Only trajectories whose `init_params` hold the
 * values sent count, and when more than one such run started since the launch the answer is
 * `undefined`: waiting on someone else's run would be worse than `RunInProgressError`. A listing
 * that answers 404 finds nothing.
 */
export async function trajectoryOf524(
  error: RunInProgressError,
  launch: { sentAt: number; receivedAt: number; initParams: Readonly<Record<string, unknown>> },
  listNewest: ListTaskNewest,
  options: RequestOptions,
): Promise<string | undefined> {
  const named = namedTrajectory(error);
  if (named) return named;
  const candidates: Array<{ trajectory_id: string; created?: string | null }> = [];
  async function* matching() {
    let listed = 0;
    for await (const trajectory of listNewest(options)) {
      if (sameInputs(trajectory.init_params, launch.initParams)) {
        candidates.push(trajectory);
        yield trajectory;
      }
      if (++listed >= MAX_LISTED) return;
    }
  }
  const found = await findLaunchedTrajectory(
    matching,
    { sentAt: launch.sentAt, receivedAt: launch.receivedAt, serverDate: error.headers?.date ?? null },
    { signal: options.signal },
  ).catch((cause: unknown) => {
    if (cause instanceof NotFoundError) return undefined;
    throw cause;
  });
  if (found === undefined) return undefined;
  const at = parseTimestamp(candidates.find((t) => t.trajectory_id === found)?.created ?? undefined);
  const since = candidates.filter((t) => {
    const created = parseTimestamp(t.created ?? undefined);
    return created !== undefined && at !== undefined && created >= at;
  });
  return new Set(since.map((t) => t.trajectory_id)).size === 1 ? found : undefined;
}

/** Whether a trajectory's init params hold every value sent (the server adds defaults and file paths). */
function sameInputs(actual: unknown, sent: Readonly<Record<string, unknown>>): boolean {
  // A listing without init params cannot rule a run out.
  if (typeof actual !== "object" || actual === null) return true;
  const record = actual as Record<string, unknown>;
  return Object.entries(sent).every(([key, value]) => key === "file_paths" || sameJson(record[key], value));
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) =>
    sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The answer of a 524 that was waited through, shaped like run-sync's own. */
export function resultAfter524(trajectory: Trajectory): RunSyncResult {
  return {
    trajectory_id: trajectory.trajectory_id,
    status: trajectory.status,
    steps: trajectory.steps,
    trajectory,
    trajectoryId: trajectory.trajectory_id,
    edgeTimeout: true,
  };
}

function namedTrajectory(error: RunInProgressError): string | undefined {
  if (error.trajectoryId) return error.trajectoryId;
  const header = nonEmpty(error.headers?.["x-jetty-trajectory-id"]);
  if (header) return header;
  const body = error.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const fields = body as { trajectory_id?: unknown; workflow_id?: unknown };
  return (
    nonEmpty(fields.trajectory_id) ??
    safeTrajectoryId(typeof fields.workflow_id === "string" ? fields.workflow_id : undefined)
  );
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
