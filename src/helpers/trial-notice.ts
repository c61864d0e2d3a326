/**
 * The trial fields a notice is built from. Every field is optional because the platform's trial
 * metadata is undocumented beyond these names and older servers omit some of them. Both the `trial`
 * object of a run response and the answer of `jetty.trial.status()` fit.
 *
 * @example
 * ```ts
 * const trial: TrialNoticeFields = { runs_used: 3, runs_limit: 10, runs_remaining: 7 };
 * ```
 */
export interface TrialNoticeFields {
  runs_used?: number | null;
  runs_limit?: number | null;
  runs_remaining?: number | null;
  minutes_remaining?: number | null;
}

/**
 * When this many runs (or fewer) are left, the notice adds the warning line.
 *
 * @example
 * ```ts
 * if ((trial.runs_remaining ?? Infinity) <= TRIAL_WARNING_THRESHOLD) console.log("top up soon");
 * ```
 */
export const TRIAL_WARNING_THRESHOLD = 2;

/**
 * The notice to show a user after a trial run, exactly in the specification's words:
 *
 * ```text
 * Trial run {runs_used}/{runs_limit} -- {minutes_remaining} minutes remaining
 * Warning: {runs_remaining} trial runs left. Run /jetty-setup to add your own API keys.
 * ```
 *
 * - The ` -- … minutes remaining` part is left out when `minutes_remaining` is absent (newer servers
 *   meter trials by runs only).
 * - A missing `runs_used` or `runs_limit` shows as `?`, as the specification's own script does.
 * - The warning line (joined with `\n`) appears only when `runs_remaining` is a number ≤ 2.
 * - Returns `undefined` when there is no trial (`undefined`, `null`, or not an object).
 *
 * @example
 * ```ts
 * import { formatTrialNotice } from "@jetty/sdk";
 * formatTrialNotice({ runs_used: 9, runs_limit: 10, runs_remaining: 1, minutes_remaining: 42 });
 * // "Trial run 9/10 -- 42 minutes remaining\nWarning: 1 trial runs left. Run /jetty-setup to add your own API keys."
 * ```
 */
export function formatTrialNotice(trial: TrialNoticeFields | null | undefined): string | undefined {
  if (typeof trial !== "object" || trial === null) return undefined;
  const used = show(trial.runs_used);
  const limit = show(trial.runs_limit);
  const minutes = trial.minutes_remaining;
  let notice = `Trial run ${used}/${limit}`;
  if (minutes !== undefined && minutes !== null) notice += ` -- ${show(minutes)} minutes remaining`;
  const remaining = trial.runs_remaining;
  if (typeof remaining === "number" && Number.isFinite(remaining) && remaining <= TRIAL_WARNING_THRESHOLD) {
    notice += `\nWarning: ${remaining} trial runs left. Run /jetty-setup to add your own API keys.`;
  }
  return notice;
}

function show(value: unknown): string {
  return value === undefined || value === null ? "?" : String(value);
}
