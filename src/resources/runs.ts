import { APIPromise } from "../core/api-promise";
import { InvalidInputError, RunInProgressError } from "../core/errors";
import { requireName } from "../core/input";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { anySignal } from "../core/signals";
import { getWorkflowLogs, listTrajectories, runTask, runTaskSync } from "../generated/operations";
import { HISTORY_LIMIT, RunDurations } from "../helpers/run-durations";
import { readWorkflowLogs, type WorkflowLogs } from "../helpers/run-logs";
import { checkWaitOptions, type WaitOptions } from "../helpers/wait";
import { APIResource, type ResourceContext } from "./resource";
import { type BatchOptions, type BatchResult, runBatch } from "./run-batch";
import {
  RunHandle,
  type TrajectoryReader,
  trajectoryIdOf,
  trajectoryReader,
  waitChecked,
  waitForTrajectory,
} from "./run-handle";
import { type BatchInput, type RunParams, runFields, runSecrets } from "./run-params";
import {
  RUN_SYNC_PARAM_KEYS,
  type RunSyncParams,
  type RunSyncResult,
  resultAfter524,
  syncTrajectoryId,
  trajectoryOf524,
} from "./run-sync";
import { Trajectories, type Trajectory } from "./trajectories";

export type { BatchOptions, BatchResult } from "./run-batch";
export { RunHandle, type TrialInfo, type WorkflowResponse } from "./run-handle";
export type { BatchInput, RunParams } from "./run-params";
export type { RunSyncParams, RunSyncResponse, RunSyncResult } from "./run-sync";

/**
 * Waits on a run launched outside `runs.create` (runbook mode) with the one-off secrets it was
 * launched with, so they stay out of its `RunFailedError`/`WaitTimeoutError`. Internal to the SDK.
 */
export const WAIT_WITH_SECRETS: unique symbol = Symbol("waitWithSecrets");

/**
 * `jetty.runs`: launch task runs, wait for them, read their logs, and run many at once.
 *
 * @example
 * ```ts
 * const trajectory = await jetty.runs.createAndWait("acme", "echo", { initParams: { text: "hi" } });
 * console.log(trajectory.steps?.echo?.outputs);
 * ```
 */
export class Runs extends APIResource {
  /** How long each task's runs take, so waits poll densely around the likely end. */
  readonly #durations: RunDurations;

  /**
   * Built by the client: `new Runs(context)`.
   *
   * @example
   * ```ts
   * const runs = jetty.runs; // built by the client, sharing its transport
   * ```
   */
  constructor(context: ResourceContext) {
    super(context);
    Object.defineProperty(this, WAIT_WITH_SECRETS, { value: this.#waitWithSecrets.bind(this) });
    // A hint, not a result: one quick attempt, and a failure only means plain backoff.
    this.#durations = new RunDurations(async (collection, task) => {
      const page = await callOperation(
        this._transport,
        listTrajectories,
        { path: { collection, task }, query: { limit: HISTORY_LIMIT, page: 1 } },
        { maxRetries: 0 },
      );
      return page.trajectories;
    });
  }

  /**
   * Launches a run and returns at once with a {@link RunHandle}
   * (`POST /api/v1/run/{c}/{task}`, multipart). Never retried once it may have reached the server, so a
   * run is never launched twice. Arguments are checked first: init params or secret params that JSON
   * cannot carry (functions, BigInt, cycles) throw `InvalidInputError` and nothing is sent.
   *
   * @example
   * ```ts
   * const run = await jetty.runs.create("acme", "summarise", {
   *   initParams: { style: "brief" },
   *   files: ["./report.pdf"],
   * });
   * console.log(run.trajectoryId);
   * ```
   */
  create(
    collection: string,
    task: string,
    params: RunParams = {},
    options?: RequestOptions,
  ): APIPromise<RunHandle> {
    return APIPromise.attempt(() => {
      return callOperation(this._transport, runTask, this.#launch(collection, task, params), options).map(
        (response) =>
          // The handle never holds the secrets itself; only its reader does, to scrub its errors.
          new RunHandle(
            this.#reader(collection, task, trajectoryIdOf(response.workflow_id), runSecrets(params)),
            response,
          ),
      );
    });
  }

  /**
   * Runs a task and holds the connection until it finishes (`POST /api/v1/run-sync/{c}/{task}`): for
   * tests and short runs. After about 100 s the edge answers 524 while the run goes on. Then, by
   * default (`onTimeout: "wait"`), the SDK identifies the run's trajectory — named by the 524, or the
   * task's oldest trajectory created since the launch — waits for it (`waitOptions`) and resolves
   * with it (`edgeTimeout: true`); the launch itself is never retried. With `onTimeout: "throw"`, or
   * when the trajectory cannot be identified, the 524 rejects with `RunInProgressError` (carrying the
   * collection and task). Unless you pass `timeout`, this call waits up to 120 s for the answer so
   * the 524 arrives before a local timeout.
   *
   * @example
   * ```ts
   * const res = await jetty.runs.createSync("acme", "echo", { initParams: { text: "hi" } });
   * console.log(res.trajectoryId, res.status);
   * ```
   */
  createSync(
    collection: string,
    task: string,
    params: RunSyncParams = {},
    options?: RequestOptions,
  ): APIPromise<RunSyncResult> {
    return APIPromise.attempt(() => {
      const launch = this.#launch(collection, task, params, RUN_SYNC_PARAM_KEYS);
      const { onTimeout = "wait", waitOptions, ...run } = params;
      if (onTimeout !== "wait" && onTimeout !== "throw") {
        throw new InvalidInputError(
          "params.onTimeout",
          `expected "wait" or "throw", got ${String(onTimeout)}.`,
        );
      }
      checkWaitOptions(waitOptions as WaitOptions<never>);
      const sentAt = Date.now();
      const exchange = callOperation(this._transport, runTaskSync, launch, { timeout: 120_000, ...options })
        .map((response) => ({ ...response, trajectoryId: syncTrajectoryId(response), edgeTimeout: false }))
        .withResponse()
        .catch(async (error: unknown) => {
          if (!(error instanceof RunInProgressError) || onTimeout === "throw") throw error;
          return this.#waitAfter524(error, collection, task, sentAt, run, waitOptions, options);
        });
      return new APIPromise(exchange, (raw) => raw.data as RunSyncResult);
    });
  }

  /**
   * Waits until a trajectory reaches a terminal status and resolves with it. Polls at once, then aims
   * the polls at the run's likely end, learnt from the task's recent runs (one list request per task,
   * cached on the client) or the run's step progress: sparse while the end is far, every half-spread
   * around it. Runs of a task with history are noticed about 0.1 s after they end, a 60 s run at 15
   * requests. Without an estimate the interval starts at `pollInterval` (250 ms) and grows ×1.5,
   * jittered ±20%, up to `maxPollInterval` (5 s). `onProgress` hears about every change of status or
   * completed steps;
   * unknown statuses are reported there (and logged once) and treated as still running.
   *
   * Throws `RunFailedError` for `failed`, `cancelled` and `archived` (unless `throwOnFailure: false`),
   * `WaitTimeoutError` after `timeout` (30 min), and `APIUserAbortError` promptly when `signal` aborts.
   * Transient errors of a single poll are retried by the transport.
   *
   * @example
   * ```ts
   * const t = await jetty.runs.wait("acme", "triage", "aa7e4430", {
   *   timeout: 5 * 60_000,
   *   onProgress: (e) => console.log(`${e.status}: ${e.completedSteps.length}/${e.totalSteps.length}`),
   * });
   * ```
   */
  async wait(
    collection: string,
    task: string,
    trajectoryId: string,
    waitOptions?: WaitOptions<Trajectory>,
    options?: RequestOptions,
  ): Promise<Trajectory> {
    requireName("collection", collection);
    requireName("task", task);
    requireName("trajectoryId", trajectoryId);
    checkWaitOptions(waitOptions as WaitOptions<never>);
    const reader = this.#reader(collection, task, trajectoryId);
    return waitForTrajectory(reader, waitOptions, anySignal(waitOptions?.signal, options?.signal), options);
  }

  /**
   * Launches a run and waits for it: `create` then `wait`.
   *
   * @example
   * ```ts
   * const t = await jetty.runs.createAndWait("acme", "echo", { initParams: { text: "hi" } }, { timeout: 60_000 });
   * ```
   */
  async createAndWait(
    collection: string,
    task: string,
    params: RunParams = {},
    waitOptions?: WaitOptions<Trajectory>,
    options?: RequestOptions,
  ): Promise<Trajectory> {
    checkWaitOptions(waitOptions as WaitOptions<never>);
    // One signal for the whole call: it aborts the launch and the wait alike.
    const signal = anySignal(waitOptions?.signal, options?.signal);
    const handle = await this.create(collection, task, params, { ...options, signal });
    return waitChecked(handle, waitOptions, signal, options);
  }

  /**
   * A run's logs (`GET /api/v1/workflows-logs/{workflow_id}`). Takes the full workflow id
   * (`handle.workflowId`), not the trajectory id.
   *
   * @example
   * ```ts
   * const logs = await jetty.runs.logs(run.workflowId);
   * for (const e of logs.events) if (e.level === "error") console.error(e.message);
   * ```
   */
  logs(workflowId: string, options?: RequestOptions): APIPromise<WorkflowLogs> {
    return APIPromise.attempt(() => {
      requireName("workflowId", workflowId);
      // The shape is undocumented: `{ events }`, a bare array, text or nothing are all answers.
      return callOperation(
        this._transport,
        getWorkflowLogs,
        { path: { workflow_id: workflowId } },
        options,
      ).map(readWorkflowLogs);
    });
  }

  /**
   * Runs a task once per input with at most `concurrency` (default 4) runs in progress, launch and wait
   * included, and yields each outcome as it finishes (completion order; `index` is the input's
   * position). One failure does not stop the others: it is yielded as `status: "rejected"`. Leaving the
   * loop early launches nothing more and stops waiting for the runs in progress (they go on on the
   * server). Aborting `signal` does the same and makes the loop throw `APIUserAbortError`.
   *
   * A plain object input is taken as `initParams` unless it has an `initParams` key, in which case it
   * is read as full {@link RunParams}.
   *
   * @example
   * ```ts
   * const inputs = ["a", "b", "c"].map((text) => ({ text }));
   * for await (const r of jetty.runs.batch("acme", "echo", inputs, { concurrency: 8 })) {
   *   console.log(r.index, r.status === "fulfilled" ? r.trajectory?.status : r.error);
   * }
   * ```
   */
  batch(
    collection: string,
    task: string,
    inputs: Iterable<BatchInput>,
    params: BatchOptions = {},
    options?: RequestOptions,
  ): AsyncGenerator<BatchResult, void, undefined> {
    const launch = (run: RunParams, opts: RequestOptions) => this.create(collection, task, run, opts);
    return runBatch(launch, collection, task, inputs, params, options);
  }

  /** `wait`, scrubbing `secrets` (as well as the token) from the errors it ends with. */
  declare readonly [WAIT_WITH_SECRETS]: (
    collection: string,
    task: string,
    trajectoryId: string,
    secrets: ReadonlyArray<string>,
    waitOptions?: WaitOptions<Trajectory>,
    options?: RequestOptions,
  ) => Promise<Trajectory>;

  // Bound in the constructor under the symbol: a computed key in the class body would make bundlers
  // keep the class (and all it uses) in every bundle, even one that never creates a client.
  #waitWithSecrets(
    collection: string,
    task: string,
    trajectoryId: string,
    secrets: ReadonlyArray<string>,
    waitOptions?: WaitOptions<Trajectory>,
    options?: RequestOptions,
  ): Promise<Trajectory> {
    checkWaitOptions(waitOptions as WaitOptions<never>);
    const reader = this.#reader(collection, task, trajectoryId, secrets);
    return waitForTrajectory(reader, waitOptions, anySignal(waitOptions?.signal, options?.signal), options);
  }

  /**
   * The reader of one trajectory, with what this client knows of its task's run durations and the
   * secrets (besides the token) its errors must not show.
   */
  #reader(collection: string, task: string, trajectoryId: string, secrets: ReadonlyArray<string> = []) {
    return trajectoryReader(
      this._transport,
      collection,
      task,
      trajectoryId,
      this.#durations.source(collection, task),
      secrets,
    );
  }

  /**
   * The run a 524 stands for, waited for: its answer, with the response of the last poll. Without an
   * identified trajectory the 524 stands.
   */
  async #waitAfter524(
    error: RunInProgressError,
    collection: string,
    task: string,
    sentAt: number,
    { initParams, ...run }: RunParams,
    waitOptions: WaitOptions<Trajectory> | undefined,
    options: RequestOptions | undefined,
  ): Promise<{ data: RunSyncResult; response: Response }> {
    const listOptions = { signal: anySignal(waitOptions?.signal, options?.signal) };
    const trajectoryId = await trajectoryOf524(
      error,
      { sentAt, receivedAt: Date.now(), initParams: initParams ?? {} },
      (opts) => new Trajectories(this._context).list(collection, task, { limit: 20 }, opts),
      listOptions,
    );
    if (trajectoryId === undefined) throw error;
    const reader = this.#reader(collection, task, trajectoryId, runSecrets({ initParams, ...run }));
    let response: Response | undefined;
    // The answer's withResponse() shows the poll that saw the run end.
    const recording: TrajectoryReader = {
      ...reader,
      read: (opts) =>
        (reader.read(opts) as APIPromise<Trajectory>).withResponse().then((result) => {
          response = result.response;
          return result.data;
        }),
    };
    const trajectory = await waitForTrajectory(
      recording,
      { throwOnFailure: false, ...waitOptions },
      listOptions.signal,
      options,
    );
    return { data: resultAfter524(trajectory), response: response as Response };
  }

  /** The request of a launch; bad params throw here, before anything is sent. */
  #launch(collection: string, task: string, params: RunParams, known?: ReadonlySet<string>) {
    const fields = runFields(collection, task, params, known);
    return {
      path: { collection, task },
      body: fields,
      run: { collection, task },
      secrets: runSecrets(params),
    };
  }
}
