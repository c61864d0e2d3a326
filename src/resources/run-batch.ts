/**
 * `runs.batch`: one run per input, a bounded number in progress at once, each outcome yielded as
 * it finishes.
 */
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import { checkOptionKeys, optionKeys } from "../core/option-keys";
import type { RequestOptions } from "../core/options";
import { anySignal } from "../core/signals";
import { type ConcurrencyOptions, checkConcurrency, settleConcurrently } from "../helpers/batch";
import { checkWaitOptions, type WaitOptions } from "../helpers/wait";
import { type RunHandle, waitChecked } from "./run-handle";
import { type BatchInput, type RunParams, toRunParams } from "./run-params";
import type { Trajectory } from "./trajectories";

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

const BATCH_OPTION_KEYS = optionKeys<BatchOptions>()("concurrency", "signal", "wait", "waitOptions");

/** How a batch launches one run: `runs.create`. */
export type LaunchRun = (params: RunParams, options: RequestOptions) => PromiseLike<RunHandle>;

/**
 * The outcomes of running the task once per input (see `Runs.batch`). Arguments are checked when
 * the first outcome is asked for, so bad ones reject `next()` as other methods' promises reject.
 */
export async function* runBatch(
  launch: LaunchRun,
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
  checkOptionKeys(params, BATCH_OPTION_KEYS, { what: "params" });
  checkConcurrency(params.concurrency);
  checkWaitOptions(params.waitOptions as WaitOptions<never>);
  const shouldWait = params.wait ?? true;
  type Done = { handle: RunHandle; trajectory?: Trajectory };
  const handles = new Map<number, RunHandle>();
  // `signal` (per run, from settleConcurrently) already follows the batch's and the caller's signals.
  const worker = async (input: BatchInput, index: number, signal: AbortSignal): Promise<Done> => {
    const handle = await launch(toRunParams(input), { ...options, signal });
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
