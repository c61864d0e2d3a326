/**
 * When to poll next while waiting for a run. A blind backoff (250 ms growing to 5 s) notices a long run's
 * end up to 5 s late; knowing roughly when the run will end lets the waiter poll sparsely before that
 * moment and densely around it. The estimate comes from the durations of the task's recent completed
 * runs, else from the run's own step progress; without either the schedule is the plain backoff.
 *
 * Pure: time comes from an injected clock and durations from an injected source, so the schedule is
 * tested by simulation, never against the wall clock.
 */

import { asRecord } from "../util/is-record";
import type { WaitOptions } from "./wait";

/**
 * When a run is expected to end: `expected` ms after its trajectory's `created`, give or take `spread`.
 *
 * @example
 * ```ts
 * const estimate: EndEstimate = { expected: 60_000, spread: 900 };
 * ```
 */
export interface EndEstimate {
  expected: number;
  spread: number;
}

/**
 * Where the schedule learns durations: the recent completed runs of the task (newest first), and where
 * it reports the duration of a run it saw complete.
 *
 * @example
 * ```ts
 * const known: number[] = [];
 * const source: DurationSource = { durations: () => known, record: (ms) => known.unshift(ms) };
 * ```
 */
export interface DurationSource {
  /** Durations in ms, newest first; `undefined` while they are not known yet. */
  durations(): readonly number[] | undefined;
  /** Called once with the duration of a run the wait saw complete. */
  record(durationMs: number): void;
}

/**
 * What `pollTrajectory` asks between polls: the sleep before the next one, given the trajectory just
 * fetched, and (once) the terminal trajectory.
 *
 * @example
 * ```ts
 * const fixed: PollSchedule = { next: () => 1_000 };
 * ```
 */
export interface PollSchedule {
  next(trajectory: unknown): number;
  finished?(trajectory: unknown): void;
}

/**
 * Settings of a {@link WaitSchedule}.
 *
 * @example
 * ```ts
 * const settings: ScheduleSettings = { pollInterval: 250, maxPollInterval: 5_000, stretch: true };
 * ```
 */
export interface ScheduleSettings {
  /** The shortest interval, and the first one (`WaitOptions.pollInterval`). */
  pollInterval: number;
  /** The longest interval (`WaitOptions.maxPollInterval`). */
  maxPollInterval: number;
  /**
   * Whether intervals long before the expected end may exceed `maxPollInterval` (up to twice it). True
   * when the caller left `maxPollInterval` at its default; an explicit value is a hard cap.
   */
  stretch: boolean;
  /** Randomness for the ±20% jitter (tests pin it). */
  random?: () => number;
  /** The first poll was already delayed by `pollInterval` (a fresh run): the next interval has grown. */
  firstIntervalSpent?: boolean;
}

const JITTER = 0.2;
const BACKOFF = 1.5;
const APPROACH = 2;
/** Durations closer together than this are treated as equal: timestamps and polls have latency. */
const MIN_SPREAD = 300;
const MIN_SPREAD_SHARE = 0.015;
/** With fewer samples than this, the spread cannot be measured and is assumed to be this share. */
const FEW_SAMPLES = 3;
const ASSUMED_SPREAD_SHARE = 0.05;
const PROGRESS_SPREAD_SHARE = 0.25;
const MAD_TO_SIGMA = 1.4826;

/**
 * The ms a finished run took: from its `created` to the latest `ended` of its steps, else to its
 * `updated`. `undefined` when the timestamps are missing, unreadable or out of order.
 *
 * @example
 * ```ts
 * runDuration({ created: "2026-01-01T00:00:00Z", updated: "2026-01-01T00:01:00Z" }); // 60000
 * ```
 */
export function runDuration(trajectory: unknown): number | undefined {
  const record = asRecord(trajectory);
  const created = timestamp(record?.created);
  if (created === undefined) return undefined;
  const ended = latestStepEnd(record) ?? timestamp(record?.updated);
  if (ended === undefined || ended <= created) return undefined;
  return ended - created;
}

/**
 * The expected end from the durations of recent runs: their median, with a spread from their median
 * absolute deviation (assumed 5% below three samples), never under 300 ms or 1.5%.
 *
 * @example
 * ```ts
 * estimateFromDurations([10_000, 10_400, 9_800]); // { expected: 10000, spread: 300 }
 * ```
 */
export function estimateFromDurations(durations: readonly number[]): EndEstimate | undefined {
  const usable = durations.filter((d) => Number.isFinite(d) && d > 0);
  if (usable.length === 0) return undefined;
  const expected = median(usable);
  const measured =
    usable.length >= FEW_SAMPLES
      ? MAD_TO_SIGMA * median(usable.map((d) => Math.abs(d - expected)))
      : ASSUMED_SPREAD_SHARE * expected;
  return { expected, spread: Math.max(measured, floorSpread(expected)) };
}

/**
 * The expected end from the run's own progress: when k of its n steps are done, the time the k-th took
 * (from `created` to the latest step `ended`) scaled to n steps, ±25%. `undefined` before the first
 * step ends or when the step count is unknown.
 *
 * @example
 * ```ts
 * estimateFromProgress(trajectory); // e.g. { expected: 40000, spread: 10000 } after 1 of 4 steps in 10 s
 * ```
 */
export function estimateFromProgress(trajectory: unknown): EndEstimate | undefined {
  const record = asRecord(trajectory);
  const total = stringCount(record?.total_steps);
  const done = stringCount(record?.completed_steps);
  const created = timestamp(record?.created);
  const ended = latestStepEnd(record);
  if (created === undefined || ended === undefined || done < 1 || total <= done) return undefined;
  const expected = ((ended - created) * total) / done;
  if (!(expected > 0)) return undefined;
  return { expected, spread: Math.max(PROGRESS_SPREAD_SHARE * expected, floorSpread(expected)) };
}

/**
 * The poll schedule of one wait. With an estimate of the end it grows the interval (×2 from
 * `pollInterval`) while the end is far, lands a poll where the expected window opens, polls every
 * `spread / 2` (at least `pollInterval`) inside `expected ± spread`, and backs off again if the run is
 * overdue. Without an estimate it is the plain backoff: `pollInterval` growing ×1.5 to
 * `maxPollInterval`. Every sleep except a landing one is jittered ±20%.
 *
 * @example
 * ```ts
 * const schedule = new WaitSchedule(
 *   { pollInterval: 250, maxPollInterval: 5_000, stretch: true },
 *   { durations: () => [60_000, 60_100, 59_900], record: () => {} },
 * );
 * const delay = schedule.next({ status: "running", created: new Date().toISOString() });
 * ```
 */
export class WaitSchedule implements PollSchedule {
  readonly #settings: ScheduleSettings;
  readonly #source: DurationSource | undefined;
  readonly #now: () => number;
  readonly #startedAt: number;
  #interval: number | undefined;
  #recorded = false;

  constructor(settings: ScheduleSettings, source?: DurationSource, now: () => number = Date.now) {
    this.#settings = settings;
    this.#source = source;
    this.#now = now;
    this.#startedAt = now();
    if (settings.firstIntervalSpent) this.#interval = settings.pollInterval;
  }

  /** The estimate this schedule aims at for `trajectory` (history first, then step progress). */
  estimate(trajectory: unknown): EndEstimate | undefined {
    const durations = this.#source?.durations();
    return (durations && estimateFromDurations(durations)) ?? estimateFromProgress(trajectory);
  }

  next(trajectory: unknown): number {
    const estimate = this.estimate(trajectory);
    return estimate ? this.#aimed(this.#elapsed(trajectory), estimate) : this.#backoff();
  }

  finished(trajectory: unknown): void {
    if (this.#recorded || asRecord(trajectory)?.status !== "completed") return;
    this.#recorded = true;
    const duration = runDuration(trajectory);
    if (duration !== undefined) this.#source?.record(duration);
  }

  #backoff(): number {
    const { pollInterval, maxPollInterval } = this.#settings;
    const grown = this.#interval === undefined ? pollInterval : this.#interval * BACKOFF;
    return this.#jitter(this.#use(Math.min(grown, Math.max(pollInterval, maxPollInterval))));
  }

  #aimed(elapsed: number, { expected, spread }: EndEstimate): number {
    const { pollInterval, maxPollInterval, stretch } = this.#settings;
    const max = Math.max(pollInterval, maxPollInterval);
    const inner = clamp(spread / 2, pollInterval, max);
    const opens = expected - spread;
    const closes = expected + spread;
    if (elapsed > closes) return this.#jitter(this.#use(clamp((elapsed - closes) / 2, inner, max)));
    const gap = opens - elapsed;
    if (gap < inner / 2) return this.#jitter(this.#use(inner));
    // Far from the end, fewer polls; a run that ends early is still noticed within the cap.
    const cap = stretch ? clamp(expected / 6, max, 2 * max) : max;
    const grown = Math.min(this.#interval === undefined ? pollInterval : this.#interval * APPROACH, cap);
    const steps = Math.ceil(gap / Math.max(grown, pollInterval));
    const step = this.#use(gap / steps);
    // The last step lands exactly where the window opens; earlier ones are evenly spread and jittered.
    return steps === 1 ? step : Math.min(this.#jitter(step), gap);
  }

  /** Remembers the interval before jitter: growth follows the schedule, not the noise. */
  #use(interval: number): number {
    this.#interval = interval;
    return interval;
  }

  /** Ms since the run was created (server timestamp, local clock), else since this wait began. */
  #elapsed(trajectory: unknown): number {
    const created = timestamp(asRecord(trajectory)?.created);
    const now = this.#now();
    return Math.max(0, now - (created ?? this.#startedAt));
  }

  #jitter(interval: number): number {
    const random = this.#settings.random ?? Math.random;
    return interval * (1 + (random() * 2 - 1) * JITTER);
  }
}

/**
 * The settings a wait's options imply (defaults filled in).
 *
 * @example
 * ```ts
 * scheduleSettings({ pollInterval: 500 }, { pollInterval: 250, maxPollInterval: 5_000 });
 * // { pollInterval: 500, maxPollInterval: 5000, stretch: true }
 * ```
 */
export function scheduleSettings(
  options: Pick<WaitOptions, "pollInterval" | "maxPollInterval"> | undefined,
  defaults: { pollInterval: number; maxPollInterval: number },
  random?: () => number,
): ScheduleSettings {
  return {
    pollInterval: options?.pollInterval ?? defaults.pollInterval,
    maxPollInterval: options?.maxPollInterval ?? defaults.maxPollInterval,
    stretch: options?.maxPollInterval === undefined,
    ...(random ? { random } : {}),
  };
}

function floorSpread(expected: number): number {
  return Math.max(MIN_SPREAD, MIN_SPREAD_SHARE * expected);
}

function latestStepEnd(record: Record<string, unknown> | undefined): number | undefined {
  const steps = asRecord(record?.steps);
  let latest: number | undefined;
  for (const step of Object.values(steps ?? {})) {
    const ended = timestamp(asRecord(step)?.ended);
    if (ended !== undefined && (latest === undefined || ended > latest)) latest = ended;
  }
  return latest;
}

/** An ISO timestamp in ms; one without a zone is read as UTC (a server's naive timestamps are). */
function timestamp(value: unknown): number | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const naive = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value);
  const ms = Date.parse(naive ? `${value}Z` : value);
  return Number.isFinite(ms) ? ms : undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function stringCount(value: unknown): number {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string").length : 0;
}
