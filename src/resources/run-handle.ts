/**
 * A launched run and the one straight path of waiting for it: the handle holds a reader bound to its
 * trajectory (no callback into a resource), wait options are checked once where a public method takes
 * them, and the caller's signal is linked once per call.
 */
import type { z } from "zod";
import { ResponseValidationError } from "../core/errors";
import type { Logger } from "../core/logger";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { anySignal } from "../core/signals";
import type { Transport } from "../core/transport";
import { getTrajectory } from "../generated/operations";
import type { zTrialInfo, zWorkflowResponse } from "../generated/schemas";
import { formatTrialNotice } from "../helpers/trial-notice";
import { checkWaitOptions, pollTrajectory, WAIT_DEFAULTS, type WaitOptions } from "../helpers/wait";
import { type DurationSource, scheduleSettings, WaitSchedule } from "../helpers/wait-schedule";
import { parseWorkflowId } from "../helpers/workflow-id";
import type { Trajectory } from "./trajectories";

/**
 * The answer of the run endpoints: `workflow_id` (`{collection}-{task}--{trajectory_id}`), and on
 * trial runs a `trial` object. Unknown fields are kept.
 *
 * @example
 * ```ts
 * const res: WorkflowResponse = (await jetty.runs.create("acme", "triage")).response;
 * ```
 */
export type WorkflowResponse = z.output<typeof zWorkflowResponse>;
/**
 * Trial metadata attached to a run on Jetty's trial keys. Every field may be absent.
 *
 * @example
 * ```ts
 * const trial: TrialInfo | undefined = handle.trial;
 * ```
 */
export type TrialInfo = z.output<typeof zTrialInfo>;

/**
 * Reads one trajectory, bound to its collection, task and id: all that waiting needs from the client.
 *
 * @example
 * ```ts
 * const reader = trajectoryReader(transport, "acme", "triage", "aa7e4430");
 * const latest = await reader.read({ timeout: 10_000 });
 * ```
 */
export interface TrajectoryReader {
  readonly collection: string;
  readonly task: string;
  readonly trajectoryId: string;
  /** One `GET` of the trajectory (`getTrajectory`). */
  read(options?: RequestOptions): PromiseLike<Trajectory>;
  /** Where to report statuses this SDK does not know. */
  readonly logger: Pick<Logger, "warn">;
  /** How long the task's runs take, so a wait can aim its polls at the likely end (optional). */
  readonly durations?: DurationSource;
  /** What the errors of a wait must not show: the token, and the run's secret params when known. */
  readonly secrets?: ReadonlyArray<string>;
}

/**
 * The reader of one trajectory over `transport`. Its id is checked on each read, so a handle whose id
 * cannot be addressed still exists and its `wait()` rejects with the reason.
 *
 * @example
 * ```ts
 * const t = await trajectoryReader(transport, "acme", "triage", "aa7e4430").read();
 * ```
 */
export function trajectoryReader(
  transport: Transport,
  collection: string,
  task: string,
  trajectoryId: string,
  durations?: DurationSource,
  secrets: ReadonlyArray<string> = [],
): TrajectoryReader {
  const path = { collection, task, trajectory_id: trajectoryId };
  return {
    collection,
    task,
    trajectoryId,
    read: (options) => callOperation(transport, getTrajectory, { path }, options),
    logger: transport.logger,
    durations,
    // A failed step or a status may echo the token or the run's secret params.
    secrets: transport.secretsFor({ secrets }),
  };
}

/**
 * Polls `reader` until its trajectory is terminal. `waitOptions` must already be checked
 * (`checkWaitOptions`) and `signal` be the call's one combined signal (it replaces `waitOptions.signal`).
 *
 * @example
 * ```ts
 * const reader = trajectoryReader(transport, "acme", "triage", "aa7e4430");
 * const t = await waitForTrajectory(reader, { timeout: 60_000 }, undefined, undefined);
 * ```
 */
export function waitForTrajectory(
  reader: TrajectoryReader,
  waitOptions: WaitOptions<Trajectory> | undefined,
  signal: AbortSignal | undefined,
  options: RequestOptions | undefined,
  initialDelay = 0,
): Promise<Trajectory> {
  return pollTrajectory(
    (pollSignal) => reader.read({ ...options, signal: pollSignal }),
    reader.trajectoryId,
    { ...waitOptions, signal },
    {
      initialDelay,
      logger: reader.logger,
      secrets: reader.secrets,
      schedule: new WaitSchedule(
        { ...scheduleSettings(waitOptions, WAIT_DEFAULTS), firstIntervalSpent: initialDelay > 0 },
        reader.durations,
      ),
    },
  );
}

/**
 * `handle.wait` for callers that checked the wait options and combined the signal themselves
 * (`runs.createAndWait`, `runs.batch`), so neither happens twice in one call.
 */
// Assigned by RunHandle's constructor, which can reach the private #wait (a static block would do
// too, but bundlers must keep a class with one, and all it uses, in every bundle). Callers hold a
// handle, so it is assigned by the time they call it.
export let waitChecked: (
  handle: RunHandle,
  waitOptions: WaitOptions<Trajectory> | undefined,
  signal: AbortSignal | undefined,
  options: RequestOptions | undefined,
) => Promise<Trajectory>;

/**
 * A launched run. Holds its ids, the server's response and the trial metadata (never the secret
 * params it was launched with); `wait()` polls until it finishes.
 *
 * @example
 * ```ts
 * const run = await jetty.runs.create("acme", "triage", { initParams: { ticket: 42 } });
 * if (run.trialNotice) console.log(run.trialNotice);
 * const trajectory = await run.wait({ onProgress: (e) => console.log(e.status) });
 * ```
 */
export class RunHandle {
  readonly collection: string;
  readonly task: string;
  /** `{collection}-{task}--{trajectory_id}`; what `runs.logs` takes. */
  readonly workflowId: string;
  /** The id to read the trajectory with. */
  readonly trajectoryId: string;
  /** Trial metadata, on runs that used trial keys. */
  readonly trial: TrialInfo | undefined;
  /** The parsed server response. */
  readonly response: WorkflowResponse;
  readonly #reader: TrajectoryReader;
  readonly #createdAt = performance.now();

  /**
   * Built by `runs.create`, with the reader of the run's trajectory (see `trajectoryIdOf`).
   *
   * @example
   * ```ts
   * const handle = await jetty.runs.create("acme", "triage");
   * ```
   */
  constructor(reader: TrajectoryReader, response: WorkflowResponse) {
    waitChecked ??= (handle, waitOptions, signal, options) => handle.#wait(waitOptions, signal, options);
    this.#reader = reader;
    this.collection = reader.collection;
    this.task = reader.task;
    this.trajectoryId = reader.trajectoryId;
    this.response = response;
    this.workflowId = response.workflow_id;
    this.trial = response.trial ?? undefined;
  }

  /**
   * The trial notice to show the user (see `formatTrialNotice`), or `undefined` off trial.
   *
   * @example
   * ```ts
   * const run = await jetty.runs.create("acme", "triage", { useTrialKeys: true });
   * if (run.trialNotice) console.log(run.trialNotice);
   * ```
   */
  get trialNotice(): string | undefined {
    return formatTrialNotice(this.trial);
  }

  /**
   * Waits for the run to finish and resolves with the final trajectory; see `runs.wait`.
   *
   * @example
   * ```ts
   * const t = await (await jetty.runs.create("acme", "triage")).wait({ timeout: 60_000 });
   * ```
   */
  async wait(waitOptions?: WaitOptions<Trajectory>, options?: RequestOptions): Promise<Trajectory> {
    checkWaitOptions(waitOptions as WaitOptions<never>);
    return this.#wait(waitOptions, anySignal(waitOptions?.signal, options?.signal), options);
  }

  /** `wait` with the options already checked and the call's signal already combined. */
  #wait(
    waitOptions: WaitOptions<Trajectory> | undefined,
    signal: AbortSignal | undefined,
    options: RequestOptions | undefined,
  ): Promise<Trajectory> {
    // Right after launch the run cannot have finished; a handle waited on later polls at once.
    const first = waitOptions?.pollInterval ?? WAIT_DEFAULTS.pollInterval;
    const initialDelay = Math.max(0, first - (performance.now() - this.#createdAt));
    return waitForTrajectory(this.#reader, waitOptions, signal, options, initialDelay);
  }

  /**
   * A plain summary for logs and `JSON.stringify`.
   *
   * @example
   * ```ts
   * console.log(JSON.stringify(await jetty.runs.create("acme", "triage")));
   * ```
   */
  toJSON(): Record<string, unknown> {
    return {
      collection: this.collection,
      task: this.task,
      workflowId: this.workflowId,
      trajectoryId: this.trajectoryId,
      trial: this.trial,
    };
  }
}

/**
 * The trajectory id of a run response's `workflow_id`, or ResponseValidationError when it has none.
 *
 * @example
 * ```ts
 * trajectoryIdOf("acme-triage--aa7e4430"); // "aa7e4430"
 * ```
 */
export function trajectoryIdOf(workflowId: string): string {
  const id = safeTrajectoryId(workflowId);
  if (id === undefined) {
    throw new ResponseValidationError({
      issues: [{ path: "$.workflow_id", message: "expected {collection}-{task}--{trajectory_id}" }],
      body: { workflow_id: workflowId },
    });
  }
  return id;
}

/**
 * The trajectory id of a `workflow_id`, or `undefined` when it has none.
 *
 * @example
 * ```ts
 * safeTrajectoryId("no-separator"); // undefined
 * ```
 */
export function safeTrajectoryId(workflowId: string | undefined): string | undefined {
  try {
    return workflowId === undefined ? undefined : parseWorkflowId(workflowId).trajectoryId;
  } catch {
    return undefined;
  }
}
