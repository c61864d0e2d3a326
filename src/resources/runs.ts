import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject, toStrictJSON } from "../core/input";
import type { MultipartField, Uploadable } from "../core/multipart";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { secretValues } from "../core/redact";
import { anySignal } from "../core/signals";
import { getWorkflowLogs, listTrajectories, runTask, runTaskSync } from "../generated/operations";
import type { zRunSyncResponse } from "../generated/schemas";
import { type ConcurrencyOptions, checkConcurrency, settleConcurrently } from "../helpers/batch";
import { HISTORY_LIMIT, RunDurations } from "../helpers/run-durations";
import { readWorkflowLogs, type WorkflowLogs } from "../helpers/run-logs";
import { checkWaitOptions, type WaitOptions } from "../helpers/wait";
import { APIResource, type ResourceContext } from "./resource";
import {
  RunHandle,
  safeTrajectoryId,
  trajectoryIdOf,
  trajectoryReader,
  waitChecked,
  waitForTrajectory,
} from "./run-handle";
import type { Trajectory } from "./trajectories";

export { RunHandle, type TrialInfo, type WorkflowResponse } from "./run-handle";
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
 * What a run is launched with. Names are the SDK's (camelCase); they become the multipart fields
 * `init_params`, `files`, `use_trial_keys`, `secret_params`, `webhook_url`, `webhook_secret` and
 * `subscription_credential`.
 *
 * @example
 * ```ts
 * const params: RunParams = {
 *   initParams: { prompt: "Summarise this" },
 *   files: ["./report.pdf"],
 *   secretParams: { GITHUB_PAT: process.env.GITHUB_PAT! },
 * };
 * ```
 */
export interface RunParams {
  /** Overrides of the workflow's `init_params`; any JSON object. Sent as `{}` when absent. */
  initParams?: Record<string, unknown>;
  /** Files to upload with the run; each lands in the trajectory's `init_params.file_paths`. */
  files?: Uploadable[];
  /** Run on Jetty's trial provider keys (see `jetty.trial.shouldUseTrialKeys`). */
  useTrialKeys?: boolean;
  /**
   * One-off secrets added to the run's environment like collection variables and never stored in the
   * trajectory. The SDK never logs them, never puts them in errors and does not keep them on the handle.
   */
  secretParams?: Record<string, unknown>;
  /** URL called when the run completes. */
  webhookUrl?: string;
  /** HMAC secret for the webhook signature. */
  webhookSecret?: string;
  /** Bill the agent to a linked personal subscription; needs a user (Clerk) token. */
  subscriptionCredential?: "nous" | "codex" | "anthropic" | (string & {});
}

/**
 * The answer of `createSync`: the server's response plus the trajectory id, read from its
 * `workflow_id` (the part after the last `--`), else a top-level `trajectory_id`, else
 * `trajectory.trajectory_id`; `undefined` when none of them is there.
 *
 * @example
 * ```ts
 * const res: RunSyncResult = await jetty.runs.createSync("acme", "echo", { initParams: { text: "hi" } });
 * console.log(res.trajectoryId);
 * ```
 */
export type RunSyncResult = RunSyncResponse & { trajectoryId: string | undefined };

/**
 * One input of `runs.batch`: full {@link RunParams}, or a plain object taken as `initParams`.
 * An object is read as `RunParams` exactly when it has an `initParams` key; to pass an init param that
 * is itself called `initParams`, or files without init params, wrap it: `{ initParams: {...}, files }`.
 *
 * @example
 * ```ts
 * const inputs: BatchInput[] = [{ text: "a" }, { initParams: { text: "b" }, useTrialKeys: true }];
 * ```
 */
export type BatchInput = RunParams | Record<string, unknown>;

/**
 * One outcome of `runs.batch`, yielded as soon as that run finishes.
 *
 * @example
 * ```ts
 * for await (const r of jetty.runs.batch("acme", "echo", inputs)) {
 *   if (r.status === "fulfilled") console.log(r.index, r.trajectory?.status);
 *   else console.error(r.index, r.error);
 * }
 * ```
 */
export type BatchResult =
  | { index: number; input: BatchInput; status: "fulfilled"; handle: RunHandle; trajectory?: Trajectory }
  | {
      index: number;
      input: BatchInput;
      status: "rejected";
      error: unknown;
      /** The run's handle when it was launched and then failed (or waiting for it failed). */
      handle?: RunHandle;
    };

/**
 * Options of `runs.batch`.
 *
 * @example
 * ```ts
 * const opts: BatchOptions = { concurrency: 16, waitOptions: { timeout: 10 * 60_000 } };
 * ```
 */
export interface BatchOptions extends ConcurrencyOptions {
  /** Wait for each run to finish (default true); false yields as soon as each run is launched. */
  wait?: boolean;
  /** How to wait for each run (their `signal` is combined with the batch's). */
  waitOptions?: Omit<WaitOptions<Trajectory>, "signal"> & { signal?: AbortSignal };
}

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
   * tests and short runs. After about 100 s the edge answers 524 while the run goes on; that becomes
   * `RunInProgressError` (carrying the collection and task) and is never retried. Unless you pass
   * `timeout`, this call waits up to 120 s for the answer so the 524 arrives before a local timeout.
   *
   * @example
   * ```ts
   * const res = await jetty.runs.createSync("acme", "echo", { initParams: { text: "hi" } });
   * console.log(res.trajectoryId);
   * ```
   */
  createSync(
    collection: string,
    task: string,
    params: RunParams = {},
    options?: RequestOptions,
  ): APIPromise<RunSyncResult> {
    return APIPromise.attempt(() => {
      return callOperation(this._transport, runTaskSync, this.#launch(collection, task, params), {
        timeout: 120_000,
        ...options,
      }).map((response) => ({ ...response, trajectoryId: syncTrajectoryId(response) }));
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
    // Checked in the generator, so bad arguments reject the first next() as every other method's
    // promise rejects, instead of throwing from the call itself.
    return this.#batch(collection, task, inputs, params, options);
  }

  async *#batch(
    collection: string,
    task: string,
    inputs: Iterable<BatchInput>,
    params: BatchOptions,
    options: RequestOptions | undefined,
  ): AsyncGenerator<BatchResult, void, undefined> {
    requireName("collection", collection);
    requireName("task", task);
    if (inputs === null || typeof inputs !== "object" || !(Symbol.iterator in inputs)) {
      throw new InvalidInputError("inputs", "expected an array of run inputs.");
    }
    requireObject("params", params);
    checkConcurrency(params.concurrency);
    checkWaitOptions(params.waitOptions as WaitOptions<never>);
    const shouldWait = params.wait ?? true;
    type Done = { handle: RunHandle; trajectory?: Trajectory };
    const handles = new Map<number, RunHandle>();
    // `signal` (per run, from settleConcurrently) already follows the batch's and the caller's signals.
    const worker = async (input: BatchInput, index: number, signal: AbortSignal): Promise<Done> => {
      const handle = await this.create(collection, task, toRunParams(input), { ...options, signal });
      handles.set(index, handle);
      if (!shouldWait) return { handle };
      const waitSignal = anySignal(signal, params.waitOptions?.signal);
      const trajectory = await waitChecked(handle, params.waitOptions, waitSignal, options);
      return { handle, trajectory };
    };
    const signal = anySignal(params.signal, options?.signal);
    for await (const outcome of settleConcurrently(inputs, worker, {
      concurrency: params.concurrency,
      signal,
    })) {
      const { index, input } = outcome;
      const handle = handles.get(index);
      handles.delete(index);
      if (outcome.status === "fulfilled") {
        yield outcome.value.trajectory === undefined
          ? { index, input, status: "fulfilled", handle: outcome.value.handle }
          : {
              index,
              input,
              status: "fulfilled",
              handle: outcome.value.handle,
              trajectory: outcome.value.trajectory,
            };
      } else {
        yield handle
          ? { index, input, status: "rejected", error: outcome.error, handle }
          : { index, input, status: "rejected", error: outcome.error };
      }
    }
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

  /** The request of a launch; bad params throw here, before anything is sent. */
  #launch(collection: string, task: string, params: RunParams) {
    const fields = runFields(collection, task, params);
    return {
      path: { collection, task },
      body: fields,
      run: { collection, task },
      secrets: runSecrets(params),
    };
  }
}

/** The values an error must never show: secret params and the webhook secret. */
function runSecrets(params: RunParams): string[] {
  return [...secretValues(params.secretParams), ...secretValues(params.webhookSecret)];
}

/** Checks run parameters and turns them into multipart fields; nothing secret goes into an error. */
function runFields(collection: string, task: string, params: RunParams): MultipartField[] {
  requireName("collection", collection);
  requireName("task", task);
  requireObject("params", params);
  const initParams = params.initParams === undefined ? {} : requireObject("initParams", params.initParams);
  const fields: MultipartField[] = [{ name: "init_params", value: toStrictJSON("initParams", initParams) }];
  if (params.files !== undefined) {
    if (!Array.isArray(params.files)) throw new InvalidInputError("files", "expected an array of files.");
    for (const file of params.files) fields.push({ name: "files", file });
  }
  if (params.useTrialKeys !== undefined && typeof params.useTrialKeys !== "boolean") {
    throw new InvalidInputError("useTrialKeys", "expected true or false.");
  }
  if (params.useTrialKeys === true) fields.push({ name: "use_trial_keys", value: "true" });
  if (params.secretParams !== undefined) {
    requireObject("secretParams", params.secretParams);
    fields.push({ name: "secret_params", value: toStrictJSON("secretParams", params.secretParams) });
  }
  if (params.webhookUrl !== undefined) {
    requireName("webhookUrl", params.webhookUrl);
    if (!URL.canParse(params.webhookUrl))
      throw new InvalidInputError("webhookUrl", "expected an absolute URL.");
    fields.push({ name: "webhook_url", value: params.webhookUrl });
  }
  if (params.webhookSecret !== undefined) {
    if (typeof params.webhookSecret !== "string" || params.webhookSecret === "") {
      throw new InvalidInputError("webhookSecret", "expected a non-empty string.");
    }
    fields.push({ name: "webhook_secret", value: params.webhookSecret });
  }
  if (params.subscriptionCredential !== undefined) {
    requireName("subscriptionCredential", params.subscriptionCredential);
    fields.push({ name: "subscription_credential", value: params.subscriptionCredential });
  }
  return fields;
}

/** A batch input as RunParams: objects with an `initParams` key are RunParams, others are init params. */
function toRunParams(input: BatchInput): RunParams {
  requireObject("input", input);
  return Object.hasOwn(input, "initParams")
    ? (input as RunParams)
    : { initParams: input as Record<string, unknown> };
}

/** The trajectory id of a run-sync answer, from whichever of its fields carries one. */
function syncTrajectoryId(response: RunSyncResponse): string | undefined {
  const nonEmpty = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const trajectory = response.trajectory as { trajectory_id?: unknown } | null | undefined;
  return (
    safeTrajectoryId(response.workflow_id ?? undefined) ??
    nonEmpty(response.trajectory_id) ??
    nonEmpty(typeof trajectory === "object" ? trajectory?.trajectory_id : undefined)
  );
}
