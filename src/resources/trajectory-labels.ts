/** Label and status writes of `jetty.trajectories`: input checks and the verified label write. */
import { InvalidInputError, JettyError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import type { RequestOptions } from "../core/options";
import { sleep } from "../helpers/sleep";
import {
  type LabelCreateParams,
  type LabelResponse,
  SETTABLE_STATUSES,
  type SettableTrajectoryStatus,
  type Trajectory,
} from "./trajectory-types";

/**
 * Options of `trajectories.addLabel`: the usual request options, plus `verify` to re-check (and
 * re-write) a label that the platform's final write of a just-finished trajectory may drop.
 *
 * @example
 * ```ts
 * const options: LabelWriteOptions = { verify: { delay: 2_000, attempts: 4 } };
 * await jetty.trajectories.addLabel("acme", "triage", id, { key: "k", value: "v", author: "me" }, options);
 * ```
 */
export interface LabelWriteOptions extends RequestOptions {
  /** `true` for 3 checks 1.5 s apart, or set them; off by default. */
  verify?: boolean | { delay?: number; attempts?: number };
}

/** The `verify` option resolved to a schedule; `undefined` when off. */
export function labelVerification(
  verify: LabelWriteOptions["verify"],
): { delay: number; attempts: number } | undefined {
  if (!verify) return undefined;
  const { delay = 1_500, attempts = 3 } = verify === true ? {} : verify;
  if (!Number.isFinite(delay) || delay < 0)
    throw new InvalidInputError("verify.delay", "must be a number of ms ≥ 0.");
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new InvalidInputError("verify.attempts", "must be an integer ≥ 1.");
  return { delay, attempts };
}

/** The status map of `setStatuses`, checked: not empty, ids not blank, every status settable. */
export function checkStatuses(statuses: Record<string, SettableTrajectoryStatus>): void {
  requireObject("statuses", statuses);
  const entries = Object.entries(statuses);
  if (entries.length === 0) {
    throw new InvalidInputError("statuses", "give at least one trajectory id and its new status.");
  }
  for (const [id, status] of entries) {
    if (id.trim() === "") throw new InvalidInputError("statuses", "a trajectory id must not be empty.");
    if (!(SETTABLE_STATUSES as readonly unknown[]).includes(status)) {
      throw new InvalidInputError(
        `statuses.${id}`,
        `${JSON.stringify(status) ?? String(status)} cannot be set on trajectory ${id}; ` +
          `use one of ${SETTABLE_STATUSES.join(", ")}.`,
      );
    }
  }
}

/** The body of a label write, every field a required non-empty string. */
export function labelBody(label: LabelCreateParams): { key: string; value: string; author: string } {
  requireObject("label", label);
  return {
    key: requireName("key", label.key),
    value: requireName("value", label.value),
    author: requireName("author", label.author),
  };
}

/**
 * After the first write (`response`), reads the trajectory back and writes again while the label
 * is missing; throws when it never sticks.
 */
export async function verifyLabel(
  response: LabelResponse,
  label: { key: string; value: string },
  trajectoryId: string,
  verify: { delay: number; attempts: number },
  io: { post: () => PromiseLike<LabelResponse>; read: () => PromiseLike<Trajectory>; signal?: AbortSignal },
): Promise<LabelResponse> {
  let last = response;
  for (let check = 1; check <= verify.attempts; check++) {
    await sleep(verify.delay, io.signal);
    const trajectory = await io.read();
    const stuck = (trajectory.labels ?? []).some(
      (l) => l.key === label.key && String(l.value) === label.value,
    );
    if (stuck) return last;
    if (check < verify.attempts) last = await io.post();
  }
  throw new JettyError(
    `Label "${label.key}" on trajectory ${trajectoryId} did not persist after ${verify.attempts} checks ` +
      "(the engine's final write kept overwriting it).",
  );
}
