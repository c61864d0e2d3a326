import { setTimeout as wait } from "node:timers/promises";
import { APIUserAbortError } from "./errors";

/** Waits `ms`, or rejects with {@link APIUserAbortError} as soon as `signal` aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) throw new APIUserAbortError(undefined, { cause: signal.reason });
  if (ms <= 0) return;
  try {
    await wait(ms, undefined, { signal });
  } catch (error) {
    if (signal?.aborted) throw new APIUserAbortError(undefined, { cause: signal.reason });
    throw error;
  }
}
