import { JettyError } from "./base";

/**
 * A run ended in `failed`, `cancelled` or `archived`. Carries the trajectory and the failing step.
 *
 * @example
 * ```ts
 * import { RunFailedError } from "@jetty/sdk";
 * try { await jetty.runs.createAndWait("c", "t", {}); } catch (e) {
 *   if (e instanceof RunFailedError) console.log(e.status, e.failedStep, e.stepError);
 * }
 * ```
 */
export class RunFailedError extends JettyError {
  override name = "RunFailedError";
  readonly trajectoryId: string;
  /** The terminal status: `failed`, `cancelled` or `archived` (or a new one the server added). */
  readonly status: string;
  /** The full trajectory as last fetched. */
  readonly trajectory: unknown;
  /** Name of the first failed step, when one is marked failed. */
  readonly failedStep: string | undefined;
  /** The error of the failed step, else the trajectory's own error. */
  readonly stepError: string | undefined;

  constructor(init: {
    trajectoryId: string;
    status: string;
    trajectory: unknown;
    failedStep?: string;
    stepError?: string;
  }) {
    const step = init.failedStep ? ` at step "${init.failedStep}"` : "";
    const why = init.stepError ? `: ${init.stepError}` : "";
    super(`Run ${init.trajectoryId} ended ${init.status}${step}${why}`);
    this.trajectoryId = init.trajectoryId;
    this.status = init.status;
    this.trajectory = init.trajectory;
    this.failedStep = init.failedStep;
    this.stepError = init.stepError;
  }
}

/**
 * Waiting for a run exceeded its `timeout`. The run itself goes on.
 *
 * @example
 * ```ts
 * import { WaitTimeoutError } from "@jetty/sdk";
 * await jetty.runs.wait("c", "t", "aa7e4430", { timeout: 1000 }).catch((e) => {
 *   if (e instanceof WaitTimeoutError) console.log("still", e.lastStatus);
 * });
 * ```
 */
export class WaitTimeoutError extends JettyError {
  override name = "WaitTimeoutError";
  readonly trajectoryId: string;
  /** The last status seen before giving up. */
  readonly lastStatus: string | undefined;
  /** The last trajectory fetched, when any. */
  readonly trajectory: unknown;
  constructor(init: { trajectoryId: string; timeout: number; lastStatus?: string; trajectory?: unknown }) {
    super(
      `Gave up waiting for trajectory ${init.trajectoryId} after ${init.timeout} ms` +
        (init.lastStatus ? ` (last status: ${init.lastStatus})` : "") +
        "; the run continues on the server.",
    );
    this.trajectoryId = init.trajectoryId;
    this.lastStatus = init.lastStatus;
    this.trajectory = init.trajectory;
  }
}
