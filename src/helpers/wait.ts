import { APIUserAbortError, InvalidInputError, RunFailedError, WaitTimeoutError } from "../core/errors";
import type { Logger } from "../core/logger";
import { checkOptionKeys, optionKeys } from "../core/option-keys";
import { scrubDeep, secretScrubber } from "../core/redact";
import { asRecord } from "../util/is-record";
import { sleep } from "./sleep";
import { firstFailure, stringList } from "./trajectory-steps";
import type { PollSchedule } from "./wait-schedule";

/**
 * Statuses after which a trajectory never changes again. Only `completed` means success.
 *
 * @example
 * ```ts
 * import { TERMINAL_STATUSES } from "@jetty/sdk";
 * console.log(TERMINAL_STATUSES.join(", ")); // completed, failed, cancelled, archived
 * ```
 */
export const TERMINAL_STATUSES = ["completed", "failed", "cancelled", "archived"] as const;

/**
 * One of {@link TERMINAL_STATUSES}.
 *
 * @example
 * ```ts
 * const done: TerminalStatus = "completed";
 * ```
 */
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

/**
 * Every status the documentation lists. The server may add more; the SDK passes new ones through
 * and treats them as not terminal.
 *
 * @example
 * ```ts
 * KNOWN_STATUSES.includes("running"); // true
 * ```
 */
export const KNOWN_STATUSES = ["pending", "running", ...TERMINAL_STATUSES] as const;

/**
 * Whether a status is terminal (the run will not change any more). Unknown statuses are not.
 *
 * @example
 * ```ts
 * import { isTerminalStatus } from "@jetty/sdk";
 * const t = await jetty.trajectories.get("acme", "triage", "aa7e4430");
 * if (!isTerminalStatus(t.status)) console.log("still going");
 * ```
 */
export function isTerminalStatus(status: unknown): status is TerminalStatus {
  return typeof status === "string" && (TERMINAL_STATUSES as readonly string[]).includes(status);
}

/**
 * Progress of a run, passed to `onProgress` whenever the status or the list of completed steps changes
 * (and once for the first poll).
 *
 * @example
 * ```ts
 * const onProgress = (e: WaitProgressEvent) =>
 *   console.log(`${e.status} ${e.completedSteps.length}/${e.totalSteps.length} after ${e.elapsedMs} ms`);
 * ```
 */
export interface WaitProgressEvent<T = unknown> {
  /** The trajectory's status; may be a status this SDK version does not know yet. */
  status: string;
  /** Names of the steps finished so far (`completed_steps` of the trajectory). */
  completedSteps: string[];
  /** Names of all steps of the run (`total_steps`), when the server reports them. */
  totalSteps: string[];
  /** The trajectory as just fetched. */
  trajectory: T;
  /** Milliseconds since waiting began. */
  elapsedMs: number;
  /** False when `status` is not one of {@link KNOWN_STATUSES} (a newer server). */
  knownStatus: boolean;
}

/**
 * How to wait for a run.
 *
 * @example
 * ```ts
 * const opts: WaitOptions = { timeout: 10 * 60_000, onProgress: (e) => console.log(e.status) };
 * await jetty.runs.wait("acme", "triage", "aa7e4430", opts);
 * ```
 */
export interface WaitOptions<T = unknown> {
  /** Give up (with `WaitTimeoutError`) after this many ms. Default 30 minutes. `Infinity` waits forever. */
  timeout?: number;
  /**
   * The first and shortest interval between polls, in ms. Default 250. Without an estimate of the run's end
   * it grows ×1.5 per poll; with one, polls are sparse far from the expected end and dense around it.
   */
  pollInterval?: number;
  /**
   * The longest interval, in ms. Default 5 000; left at the default, polls long before an expected end may be
   * up to twice as far apart, while a value you set is a hard cap. Each sleep is jittered ±20%.
   */
  maxPollInterval?: number;
  /** Called when the status or completed steps change. Exceptions it throws end the wait. */
  onProgress?: (event: WaitProgressEvent<T>) => void;
  /** Aborts the wait (the in-flight poll and the sleep) with `APIUserAbortError`. The run goes on. */
  signal?: AbortSignal;
  /** Throw `RunFailedError` for `failed`, `cancelled` and `archived`. Default true; false returns the trajectory. */
  throwOnFailure?: boolean;
}

/**
 * Defaults of {@link WaitOptions}: 30 min timeout, 250 ms first interval, 5 s longest interval.
 *
 * @example
 * ```ts
 * await jetty.runs.wait("acme", "triage", id, { timeout: 2 * WAIT_DEFAULTS.timeout });
 * ```
 */
export const WAIT_DEFAULTS = { timeout: 30 * 60_000, pollInterval: 250, maxPollInterval: 5_000 } as const;

const WAIT_OPTION_KEYS = optionKeys<WaitOptions>()(
  "timeout",
  "pollInterval",
  "maxPollInterval",
  "onProgress",
  "signal",
  "throwOnFailure",
);

const GROWTH = 1.5;
const JITTER = 0.2;
// setTimeout fires at once for delays past 2^31-1 ms; longer deadlines are treated as none.
const MAX_TIMER = 2 ** 31 - 1;

/**
 * What the poller needs beyond {@link WaitOptions}; set by the SDK, not by callers.
 *
 * @example
 * ```ts
 * const control: PollControl = { initialDelay: 250, logger: console };
 * ```
 */
export interface PollControl {
  /** Ms to wait before the first poll (0: poll at once). */
  initialDelay?: number;
  /** Where to report statuses this SDK does not know. */
  logger?: Pick<Logger, "warn">;
  /** Source of randomness for the jitter (tests pin it). */
  random?: () => number;
  /** How to wait between polls (tests record the delays instead of waiting). Default: abortable sleep. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Values (the token, the run's secret params) to scrub from `RunFailedError` and `WaitTimeoutError`. */
  secrets?: ReadonlyArray<string>;
  /** Picks each sleep from what the poll saw (see wait-schedule.ts). Default: {@link pollDelays}. */
  schedule?: PollSchedule;
}

/**
 * Validates wait options before anything is sent, so a typo fails fast with `InvalidInputError`.
 *
 * @example
 * ```ts
 * checkWaitOptions({ pollInterval: 0 }); // throws InvalidInputError("waitOptions.pollInterval")
 * ```
 */
export function checkWaitOptions(options: WaitOptions<never> | undefined): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) {
    throw new InvalidInputError("waitOptions", "expected an object.");
  }
  checkOptionKeys(options, WAIT_OPTION_KEYS, { what: "waitOptions" });
  const positive = (name: keyof WaitOptions, value: unknown, allowInfinity: boolean) => {
    if (value === undefined) return;
    const ok =
      typeof value === "number" &&
      value > 0 &&
      (Number.isFinite(value) || (allowInfinity && value === Infinity));
    if (!ok)
      throw new InvalidInputError(
        `waitOptions.${name}`,
        `expected a positive number of ms, got ${String(value)}.`,
      );
  };
  positive("timeout", options.timeout, true);
  positive("pollInterval", options.pollInterval, false);
  positive("maxPollInterval", options.maxPollInterval, false);
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new InvalidInputError("waitOptions.onProgress", "expected a function.");
  }
}

/**
 * The sleep before the next poll: `interval` jittered by ±20%, so many waiters started together do not
 * poll in lock-step.
 *
 * @example
 * ```ts
 * jitteredDelay(1000, () => 0.5); // 1000
 * ```
 */
export function jitteredDelay(interval: number, random: () => number = Math.random): number {
  return interval * (1 + (random() * 2 - 1) * JITTER);
}

/**
 * The sleeps between polls: `first`, growing ×1.5 per poll up to `max`, each jittered ±20%. Endless.
 *
 * @example
 * ```ts
 * const delays = pollDelays(250, 5_000);
 * delays.next().value; // about 250
 * delays.next().value; // about 375
 * ```
 */
export function* pollDelays(
  first: number = WAIT_DEFAULTS.pollInterval,
  max: number = WAIT_DEFAULTS.maxPollInterval,
  random: () => number = Math.random,
): Generator<number, never, undefined> {
  let interval = first;
  for (;;) {
    yield jitteredDelay(interval, random);
    interval = Math.min(interval * GROWTH, Math.max(first, max));
  }
}

/**
 * Polls `fetchOnce` until the trajectory reaches a terminal status. The interval starts at
 * `pollInterval` and grows ×1.5 up to `maxPollInterval`, so short runs are noticed quickly and long
 * runs cost few requests (a 60 s run takes about 18 polls with the defaults).
 *
 * `fetchOnce` receives a signal that aborts on the caller's `signal` and at the deadline; it must pass
 * it on to the request so neither waits for an in-flight poll. `options` must already be checked
 * (see {@link checkWaitOptions}): the public methods check them once, where they take them.
 *
 * @example
 * ```ts
 * const t = await pollTrajectory((signal) => jetty.trajectories.get("acme", "triage", id, { signal }), id, {
 *   timeout: 60_000,
 * });
 * ```
 */
export async function pollTrajectory<T>(
  fetchOnce: (signal: AbortSignal) => PromiseLike<T>,
  trajectoryId: string,
  options: WaitOptions<T> = {},
  control: PollControl = {},
): Promise<T> {
  const timeout = options.timeout ?? WAIT_DEFAULTS.timeout;
  const delays = pollDelays(
    options.pollInterval ?? WAIT_DEFAULTS.pollInterval,
    options.maxPollInterval ?? WAIT_DEFAULTS.maxPollInterval,
    control.random,
  );
  const userSignal = options.signal;
  if (userSignal?.aborted) throw new APIUserAbortError(undefined, { cause: userSignal.reason });

  const started = performance.now();
  const stop = new AbortController();
  let timedOut = false;
  const onUserAbort = () => stop.abort(userSignal?.reason);
  userSignal?.addEventListener("abort", onUserAbort, { once: true });
  const deadline =
    timeout <= MAX_TIMER
      ? setTimeout(() => {
          timedOut = true;
          stop.abort();
        }, timeout)
      : undefined;

  let last: T | undefined;
  let lastStatus: string | undefined;
  let lastSteps: string | undefined;
  const warned = new Set<string>();
  try {
    let delay = Math.max(0, control.initialDelay ?? 0);
    // A delayed first poll already spent the first interval; the next gap is the grown one.
    if (delay > 0) delays.next();
    for (;;) {
      if (delay > 0) await (control.sleep ?? sleep)(delay, stop.signal);
      const trajectory = await fetchOnce(stop.signal);
      last = trajectory;
      const view = readProgress(trajectory);
      const known = (KNOWN_STATUSES as readonly string[]).includes(view.status);
      if (!known && !warned.has(view.status)) {
        warned.add(view.status);
        control.logger?.warn(
          `Trajectory ${trajectoryId} reports status "${view.status}", which this SDK does not know; ` +
            "treating it as still running.",
        );
      }
      const stepsKey = view.completedSteps.join("\u0000");
      if (view.status !== lastStatus || stepsKey !== lastSteps) {
        lastStatus = view.status;
        lastSteps = stepsKey;
        options.onProgress?.({
          status: view.status,
          completedSteps: view.completedSteps,
          totalSteps: view.totalSteps,
          trajectory,
          elapsedMs: Math.round(performance.now() - started),
          knownStatus: known,
        });
      }
      if (isTerminalStatus(view.status)) {
        control.schedule?.finished?.(trajectory);
        if (view.status !== "completed" && (options.throwOnFailure ?? true)) {
          const failure = firstFailure(trajectory);
          const scrubber = secretScrubber(control.secrets ?? []);
          throw new RunFailedError({
            trajectoryId,
            status: scrubber.scrub(view.status),
            trajectory: scrubDeep(trajectory, scrubber),
            failedStep: failure.step === undefined ? undefined : scrubber.scrub(failure.step),
            stepError: failure.error === undefined ? undefined : scrubber.scrub(failure.error),
          });
        }
        return trajectory;
      }
      delay = control.schedule ? control.schedule.next(trajectory) : delays.next().value;
    }
  } catch (error) {
    if (userSignal?.aborted) throw new APIUserAbortError(undefined, { cause: userSignal.reason });
    if (timedOut) {
      const scrubber = secretScrubber(control.secrets ?? []);
      throw new WaitTimeoutError({
        trajectoryId,
        timeout,
        lastStatus: lastStatus === undefined ? undefined : scrubber.scrub(lastStatus),
        trajectory: scrubDeep(last, scrubber),
      });
    }
    throw error;
  } finally {
    clearTimeout(deadline);
    userSignal?.removeEventListener("abort", onUserAbort);
  }
}

function readProgress(trajectory: unknown): {
  status: string;
  completedSteps: string[];
  totalSteps: string[];
} {
  const record = asRecord(trajectory);
  const status = typeof record?.status === "string" ? record.status : "unknown";
  return {
    status,
    completedSteps: stringList(record?.completed_steps),
    totalSteps: stringList(record?.total_steps),
  };
}
