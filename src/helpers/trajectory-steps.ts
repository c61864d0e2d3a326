import { errorMessage } from "../errors";
import { asRecord } from "../util/is-record";

// Reading a trajectory's steps as the server sends them (typed `unknown`, since no source fixes the
// shapes): the one step ordering of the SDK and the one reader of step and trajectory errors.

/**
 * The first failed step of a trajectory (in workflow order) and its error, falling back to the
 * trajectory's own `error` when no step is marked failed or the step has no message.
 *
 * @example
 * ```ts
 * const { step, error } = firstFailure(await jetty.trajectories.get("acme", "triage", id));
 * ```
 */
export function firstFailure(trajectory: unknown): { step: string | undefined; error: string | undefined } {
  const record = asRecord(trajectory);
  const topError = errorText(record?.error);
  for (const [name, step] of orderedSteps(trajectory)) {
    if (asRecord(step)?.status === "failed") {
      return { step: name, error: errorText(asRecord(step)?.error) ?? topError };
    }
  }
  return { step: undefined, error: topError };
}

/**
 * A trajectory's steps as `[name, step]` pairs in workflow order (`total_steps` first, then any
 * others in the order the server sent them).
 *
 * @example
 * ```ts
 * for (const [name, step] of orderedSteps(trajectory)) console.log(name, step.status);
 * ```
 */
export function orderedSteps(trajectory: unknown): Array<[string, Record<string, unknown>]> {
  const record = asRecord(trajectory);
  const steps = asRecord(record?.steps);
  if (!steps) return [];
  const order = stringList(record?.total_steps);
  const names = [...order.filter((n) => Object.hasOwn(steps, n)), ...Object.keys(steps)];
  const seen = new Set<string>();
  const out: Array<[string, Record<string, unknown>]> = [];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const step = asRecord(steps[name]);
    if (step) out.push([name, step]);
  }
  return out;
}

/**
 * An error field as display text. `Trajectory.error` and `Step.error` are typed `unknown` because no
 * source says what they hold: a string, an object such as `{ message }`, `{ error }` or
 * `{ error: { message } }`, or anything else (shown as JSON). `undefined` when there is no error.
 *
 * @example
 * ```ts
 * import { errorText } from "@jetty/sdk";
 * errorText({ message: "boom" }); // "boom"
 * console.log(errorText(trajectory.error) ?? "no error");
 * ```
 */
export function errorText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const message = errorMessage(value);
  if (message !== undefined) return message;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** The string entries of a list field (`total_steps`, `completed_steps`); `[]` when it is not a list. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
