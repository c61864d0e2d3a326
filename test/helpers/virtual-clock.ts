import { APIUserAbortError } from "@jetty/sdk";

/**
 * Timers that fire only when the test advances them, earliest due first (ties in the order they were
 * set). What settles first is decided by the durations alone, never by how loaded the machine is.
 */
export interface VirtualClock {
  /** Milliseconds of virtual time elapsed. */
  readonly now: number;
  /** A sleep on the virtual clock; an abort rejects it with `APIUserAbortError`. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Timers set and not yet fired or aborted. */
  readonly pending: number;
  /**
   * Lets every promise chain in progress settle, then fires the earliest timer; repeats until no timer
   * is left (or `until` virtual ms have passed), so it can run beside the code under test.
   */
  run(until?: number): Promise<void>;
}

interface Timer {
  at: number;
  order: number;
  fire: () => void;
}

/** Every microtask queued so far has run once a macrotask comes round. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function virtualClock(): VirtualClock {
  let now = 0;
  let order = 0;
  const timers: Timer[] = [];
  const remove = (timer: Timer) => {
    const index = timers.indexOf(timer);
    if (index >= 0) timers.splice(index, 1);
  };
  return {
    get now() {
      return now;
    },
    get pending() {
      return timers.length;
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(new APIUserAbortError());
        const timer: Timer = { at: now + ms, order: order++, fire: resolve };
        timers.push(timer);
        signal?.addEventListener(
          "abort",
          () => {
            remove(timer);
            reject(new APIUserAbortError());
          },
          { once: true },
        );
      });
    },
    async run(until = Number.POSITIVE_INFINITY) {
      for (;;) {
        await settle();
        timers.sort((a, b) => a.at - b.at || a.order - b.order);
        const next = timers[0];
        if (!next || next.at > until) return;
        timers.shift();
        now = next.at;
        next.fire();
      }
    },
  };
}
