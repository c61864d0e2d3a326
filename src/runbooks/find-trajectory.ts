/**
 * The last resort for a runbook run whose response names no trajectory (jetty-api.md §2.13): list
 * the task's newest trajectories and take the one created right after the launch.
 */
import { sleep } from "../helpers/sleep";

/** One trajectory as the search needs it (a `Trajectory` fits). */
interface Candidate {
  trajectory_id: string;
  created?: string | null;
}

/** When the run was launched, and what the server's clock said when it answered. */
export interface Launch {
  /** `Date.now()` just before the request was sent. */
  sentAt: number;
  /** `Date.now()` when the response (or, for a stream, its headers) arrived. */
  receivedAt: number;
  /** The response's `Date` header, if any: it measures the skew between the two clocks. */
  serverDate: string | null;
}

/** How the search lists trajectories: newest first, as `jetty.trajectories.list` iterates them. */
export type ListNewest = () => AsyncIterable<Candidate>;

/** Items looked at per attempt; older runs than this many are not the one just launched. */
const MAX_ITEMS = 100;
/** The `Date` header has one-second resolution. */
const SKEW_SLACK_MS = 2_000;
/** Without a `Date` header, the two clocks are trusted to within this much. */
const NO_DATE_SLACK_MS = 30_000;

/**
 * The id of the trajectory a launch created: the oldest one created at or after the launch (by the
 * server's clock), so runs started later on the same task are not mistaken for it. Tries
 * `attempts` times, `delay` ms apart, since a new trajectory may take a moment to be listed.
 * Resolves `undefined` when none is found.
 */
export async function findLaunchedTrajectory(
  listNewest: ListNewest,
  launch: Launch,
  options: { attempts?: number; delay?: number; signal?: AbortSignal } = {},
): Promise<string | undefined> {
  const { attempts = 3, delay = 1_000, signal } = options;
  const serverNow = parseTimestamp(launch.serverDate ?? undefined);
  const skew = serverNow === undefined ? 0 : serverNow - launch.receivedAt;
  const slack = serverNow === undefined ? NO_DATE_SLACK_MS : SKEW_SLACK_MS;
  const notBefore = launch.sentAt + skew - slack;
  for (let attempt = 1; ; attempt++) {
    let oldest: { id: string; at: number } | undefined;
    let seen = 0;
    for await (const trajectory of listNewest()) {
      const at = parseTimestamp(trajectory.created ?? undefined);
      if (at !== undefined && at < notBefore) break;
      if (at !== undefined && (oldest === undefined || at <= oldest.at)) {
        oldest = { id: trajectory.trajectory_id, at };
      }
      if (++seen >= MAX_ITEMS) break;
    }
    if (oldest) return oldest.id;
    if (attempt >= attempts) return undefined;
    await sleep(delay, signal);
  }
}

/**
 * Milliseconds since the epoch of a server timestamp, read leniently: RFC 3339, a space instead of
 * `T`, a `+0000` offset, an HTTP date, or a naive time (which Python servers mean as UTC).
 */
export function parseTimestamp(value: string | undefined): number | undefined {
  if (!value) return undefined;
  let text = value.trim().replace(/^(\d{4}-\d{2}-\d{2})[ ](?=\d)/, "$1T");
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(text)) text += "Z";
  text = text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}
