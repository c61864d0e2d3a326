import { APIUserAbortError, InvalidInputError } from "../core/errors";
import { setMaxListeners } from "../platform/node";

/**
 * The outcome of one item of a concurrent batch.
 *
 * @example
 * ```ts
 * function show(r: Settled<string, number>) {
 *   console.log(r.index, r.status === "fulfilled" ? r.value : r.error);
 * }
 * ```
 */
export type Settled<I, R> =
  | { index: number; input: I; status: "fulfilled"; value: R }
  | { index: number; input: I; status: "rejected"; error: unknown };

/**
 * How to run a batch.
 *
 * @example
 * ```ts
 * const opts: ConcurrencyOptions = { concurrency: 8, signal: AbortSignal.timeout(60_000) };
 * ```
 */
export interface ConcurrencyOptions {
  /** Most items in progress at once. Default 4. */
  concurrency?: number;
  /** Stops launching items, aborts the ones in progress and makes the iteration throw `APIUserAbortError`. */
  signal?: AbortSignal;
}

/**
 * Default of {@link ConcurrencyOptions.concurrency}.
 *
 * @example
 * ```ts
 * jetty.runs.batch("acme", "echo", inputs, { concurrency: DEFAULT_CONCURRENCY * 2 });
 * ```
 */
export const DEFAULT_CONCURRENCY = 4;

/**
 * Checks a concurrency setting, throwing `InvalidInputError` for anything but a positive integer.
 *
 * @example
 * ```ts
 * checkConcurrency(16); // 16
 * ```
 */
export function checkConcurrency(value: unknown): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new InvalidInputError("concurrency", `expected a positive integer, got ${String(value)}.`);
  }
  return value;
}

/**
 * Runs `worker` over `inputs` with at most `concurrency` in progress, yielding each outcome as soon as
 * it settles (completion order, not input order). A rejection is yielded as a `"rejected"` outcome and
 * does not stop the others. Leaving the loop early (`break`, `return`, a throw) launches nothing more
 * and aborts the signal handed to the workers still in progress.
 *
 * Slots are refilled the moment an item settles, not when the consumer asks for the next outcome, so a
 * slow loop body does not slow the batch down.
 *
 * @example
 * ```ts
 * for await (const r of settleConcurrently([1, 2, 3], async (n) => n * 2, { concurrency: 2 })) {
 *   if (r.status === "fulfilled") console.log(r.index, r.value);
 * }
 * ```
 */
export async function* settleConcurrently<I, R>(
  inputs: Iterable<I>,
  worker: (input: I, index: number, signal: AbortSignal) => Promise<R>,
  options: ConcurrencyOptions = {},
): AsyncGenerator<Settled<I, R>, void, undefined> {
  const concurrency = checkConcurrency(options.concurrency);
  const userSignal = options.signal;
  const iterator = inputs[Symbol.iterator]();
  const stop = new AbortController();
  // Every item in progress listens on this signal (its requests and sleeps), a few listeners each;
  // Node's default cap of 10 would warn about a leak that is not one.
  setMaxListeners(Math.max(10, concurrency * 4), stop.signal);
  const settled: Array<Settled<I, R>> = [];
  let inFlight = 0;
  let nextIndex = 0;
  let exhausted = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };

  const launch = () => {
    while (!stop.signal.aborted && !exhausted && inFlight < concurrency) {
      const next = iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const index = nextIndex++;
      const input = next.value;
      inFlight++;
      // The worker runs in a later microtask so a synchronous throw becomes that item's rejection.
      Promise.resolve()
        .then(() => worker(input, index, stop.signal))
        .then(
          (value) => finish({ index, input, status: "fulfilled", value }),
          (error: unknown) => finish({ index, input, status: "rejected", error }),
        );
    }
  };
  const finish = (outcome: Settled<I, R>) => {
    inFlight--;
    settled.push(outcome);
    launch();
    notify();
  };
  const onAbort = () => {
    stop.abort(userSignal?.reason);
    notify();
  };

  if (userSignal?.aborted) throw new APIUserAbortError(undefined, { cause: userSignal.reason });
  userSignal?.addEventListener("abort", onAbort, { once: true });
  try {
    launch();
    for (;;) {
      if (userSignal?.aborted) throw new APIUserAbortError(undefined, { cause: userSignal.reason });
      const outcome = settled.shift();
      if (outcome) {
        yield outcome;
        continue;
      }
      if (exhausted && inFlight === 0) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    userSignal?.removeEventListener("abort", onAbort);
    stop.abort();
  }
}
