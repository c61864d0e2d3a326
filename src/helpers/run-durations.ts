/**
 * How long a task's runs take, remembered per task on one client so that waits can aim their polls at
 * the likely end (see wait-schedule.ts). One list call per task fills it; every run a wait sees complete
 * adds to it. It is a hint: a failed lookup leaves it empty and the wait falls back to plain backoff.
 */
import { type DurationSource, runDuration } from "./wait-schedule";

/** Lists a task's newest trajectories (one page, newest first). */
export type RecentTrajectories = (collection: string, task: string) => PromiseLike<readonly unknown[]>;

interface Entry {
  /** From the last lookup, newest first. */
  listed: number[];
  /** Seen completing by this client since, newest first. */
  recorded: number[];
  loadedAt: number | undefined;
  loading: boolean;
}

/** Newest runs a lookup asks for; full trajectories come back, so the page stays small. */
export const HISTORY_LIMIT = 5;
const KEEP = 10;
const MAX_TASKS = 200;
const TTL = 15 * 60_000;

/**
 * Recent run durations per task. `source(c, t)` is what one wait reads and feeds.
 *
 * @example
 * ```ts
 * const history = new RunDurations(async (c, t) => (await jetty.trajectories.list(c, t, { limit: 5 })).trajectories);
 * const source = history.source("acme", "triage");
 * source.durations(); // undefined until the lookup has answered
 * ```
 */
export class RunDurations {
  readonly #recent: RecentTrajectories;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();

  constructor(recent: RecentTrajectories, now: () => number = Date.now) {
    this.#recent = recent;
    this.#now = now;
  }

  /** The durations of one task, looked up on first use (and again after 15 minutes). */
  source(collection: string, task: string): DurationSource {
    const key = `${collection}\u0000${task}`;
    return {
      durations: () => {
        const entry = this.#entry(key);
        this.#refresh(entry, collection, task);
        const durations = [...entry.recorded, ...entry.listed].slice(0, KEEP);
        return entry.loadedAt === undefined && durations.length === 0 ? undefined : durations;
      },
      record: (durationMs) => {
        const entry = this.#entry(key);
        entry.recorded = [durationMs, ...entry.recorded].slice(0, KEEP);
      },
    };
  }

  #entry(key: string): Entry {
    let entry = this.#entries.get(key);
    if (entry) {
      // Most recently used last, so the oldest task is the first to go.
      this.#entries.delete(key);
    } else {
      entry = { listed: [], recorded: [], loadedAt: undefined, loading: false };
      if (this.#entries.size >= MAX_TASKS) this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(key, entry);
    return entry;
  }

  #refresh(entry: Entry, collection: string, task: string): void {
    const fresh = entry.loadedAt !== undefined && this.#now() - entry.loadedAt < TTL;
    if (entry.loading || fresh) return;
    entry.loading = true;
    const settle = (listed: number[]) => {
      entry.loading = false;
      entry.loadedAt = this.#now();
      // A run both recorded and listed has the same duration (the same two timestamps): count it once.
      const seen = new Set(listed);
      entry.recorded = entry.recorded.filter((d) => !seen.has(d));
      entry.listed = listed;
    };
    Promise.resolve()
      .then(() => this.#recent(collection, task))
      .then(
        (trajectories) => settle(completedDurations(trajectories)),
        () => settle([]),
      );
  }
}

function completedDurations(trajectories: readonly unknown[]): number[] {
  const out: number[] = [];
  for (const t of Array.isArray(trajectories) ? trajectories : []) {
    if ((t as { status?: unknown } | null)?.status !== "completed") continue;
    const duration = runDuration(t);
    if (duration !== undefined) out.push(duration);
  }
  return out;
}
