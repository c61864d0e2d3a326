/**
 * The `--json` documents: the SDK's wire objects, with the fields the SDK adds on its side taken off.
 * Every command that prints an SDK result goes through one of these, so a change of an SDK return shape
 * is adapted here, once.
 */
import type {
  RunbookRun,
  RunHandle,
  RunSyncResult,
  Task,
  TrajectoryListBody,
  TrajectoryPage,
  ValidatedTask,
} from "@jetty/sdk";

/** A created or updated task as the server sent it (without the SDK's `validationWarnings`). */
export function taskWire(task: ValidatedTask): Task {
  const { validationWarnings: _sdkSide, ...wire } = task;
  return wire;
}

/** The run endpoint's answer (`workflow_id`, `trial`, …). */
export function runWire(handle: RunHandle): RunHandle["response"] {
  return handle.response;
}

/** The run-sync endpoint's answer (without the SDK's parsed `trajectoryId`). */
export function runSyncWire(result: RunSyncResult): Omit<RunSyncResult, "trajectoryId"> {
  const { trajectoryId: _sdkSide, ...wire } = result;
  return wire;
}

/** One page of trajectories as the server sent it. */
export function pageWire(page: TrajectoryPage): TrajectoryListBody {
  return page.body;
}

/** A runbook run as plain data (its download and wait functions dropped). */
export function runbookRunWire(run: RunbookRun): Record<string, unknown> {
  return {
    trajectoryId: run.trajectoryId,
    collection: run.collection,
    task: run.task,
    url: run.url,
    preflight: run.preflight,
    ...(run.completion ? { completion: run.completion } : {}),
    ...(run.trajectory ? { trajectory: run.trajectory } : {}),
    resultFiles: run.resultFiles.map((file) => ({ path: file.path, primary: file.primary })),
  };
}
