/** The caps on a body being read after its headers: the idle timeout between chunks and the event size. */
import { InvalidInputError } from "./errors";
import { IdleTimeoutError } from "./stream-errors";

/**
 * Defaults of the stream caps: `sseIdleTimeout` (10 min) and `downloadIdleTimeout` (2 min) bound the
 * wait for the next chunk of a chat stream and of a download; `maxEventSize` (16 MiB) bounds one
 * server-sent event. Each is a per-call option (`idleTimeout`, `maxEventSize`); an idle timeout of
 * `0` disables it.
 *
 * @example
 * ```ts
 * import { STREAM_DEFAULTS } from "@jetty/sdk";
 * const file = await jetty.files.download("acme/t/0000/big.bin", {
 *   idleTimeout: 4 * STREAM_DEFAULTS.downloadIdleTimeout,
 * });
 * ```
 */
export const STREAM_DEFAULTS = {
  sseIdleTimeout: 10 * 60_000,
  downloadIdleTimeout: 2 * 60_000,
  maxEventSize: 16 * 1024 * 1024,
} as const;

/** The stream options of a call, checked; `idleTimeout` 0 means none. */
export interface StreamLimits {
  idleTimeout: number;
  maxEventSize: number;
}

/**
 * Checks `idleTimeout` and `maxEventSize` (when given) before anything is sent, so a typo fails
 * fast with `InvalidInputError`, and fills in the defaults.
 */
export function streamLimits(
  options: { idleTimeout?: unknown; maxEventSize?: unknown } | undefined,
  defaultIdleTimeout: number,
): StreamLimits {
  const idle = options?.idleTimeout;
  if (idle !== undefined && !(typeof idle === "number" && idle >= 0 && !Number.isNaN(idle))) {
    throw new InvalidInputError(
      "idleTimeout",
      `expected a number of ms (0 disables it), got ${String(idle)}.`,
    );
  }
  const size = options?.maxEventSize;
  if (size !== undefined && !(typeof size === "number" && Number.isInteger(size) && size > 0)) {
    throw new InvalidInputError(
      "maxEventSize",
      `expected a positive whole number of bytes, got ${String(size)}.`,
    );
  }
  const idleTimeout = idle ?? defaultIdleTimeout;
  return {
    // Past setTimeout's range a timer would fire at once; such a timeout is no timeout.
    idleTimeout: idleTimeout > MAX_TIMER ? 0 : idleTimeout,
    maxEventSize: size ?? STREAM_DEFAULTS.maxEventSize,
  };
}

const MAX_TIMER = 2 ** 31 - 1;

/** The timer functions the idle timeout uses; tests pass their own. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One `reader.read()` that rejects with {@link IdleTimeoutError} (and cancels the reader) when no
 * chunk arrives within `idleTimeout` ms. The clock runs only while a read is pending, so a consumer
 * that pauses between reads never trips it. `idleTimeout` 0 reads without a timer.
 */
export function readWithin<T>(
  reader: ReadableStreamDefaultReader<T>,
  idleTimeout: number,
  what: string,
  timers: Timers = realTimers,
): Promise<ReadableStreamReadResult<T>> {
  if (!(idleTimeout > 0)) return reader.read();
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = timers.setTimeout(() => {
      if (settled) return;
      settled = true;
      const error = new IdleTimeoutError(idleTimeout, what);
      reject(error);
      reader.cancel(error).catch(() => {});
    }, idleTimeout);
    reader.read().then(
      (result) => {
        if (settled) return;
        settled = true;
        timers.clearTimeout(timer);
        resolve(result);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        timers.clearTimeout(timer);
        reject(error);
      },
    );
  });
}
