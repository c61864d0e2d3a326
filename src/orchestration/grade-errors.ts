/** The failures of `gradeWithJetty` after its grading run finished: each names what went wrong. */
import { JettyError } from "../core/errors";
import type { StoragePath } from "../helpers/storage-path";
import type { Trajectory } from "../resources/trajectories";

/** Where a grading failure happened. */
interface GradeErrorInit {
  collection: string;
  task: string;
  trajectory: Trajectory;
  cause?: unknown;
}

/**
 * A grading run completed but its grade could not be had. Carries the grading task and its completed
 * trajectory, which stays on Jetty as the record of the attempt. The subclasses say why.
 *
 * @example
 * ```ts
 * import { GradeError, gradeWithJetty } from "@jetty/sdk";
 * try { await gradeWithJetty(jetty, "acme", "grader", { files: [] }); } catch (e) {
 *   if (e instanceof GradeError) console.log(e.trajectoryId, e.message);
 * }
 * ```
 */
export class GradeError extends JettyError {
  override name = "GradeError";
  readonly collection: string;
  readonly task: string;
  /** The grading run's trajectory id. */
  readonly trajectoryId: string;
  /** The completed grading trajectory. */
  readonly trajectory: Trajectory;

  constructor(message: string, init: GradeErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.collection = init.collection;
    this.task = init.task;
    this.trajectoryId = init.trajectory.trajectory_id;
    this.trajectory = init.trajectory;
  }
}

/**
 * The grading run listed no result file matching `gradeFile`. `resultFiles` are the files it did list.
 *
 * @example
 * ```ts
 * import { GradeFileNotFoundError, gradeWithJetty } from "@jetty/sdk";
 * await gradeWithJetty(jetty, "acme", "grader", { files: [] }).catch((e) => {
 *   if (e instanceof GradeFileNotFoundError) console.log("got only", e.resultFiles);
 * });
 * ```
 */
export class GradeFileNotFoundError extends GradeError {
  override name = "GradeFileNotFoundError";
  /** The storage paths of the run's result files. */
  readonly resultFiles: StoragePath[];

  constructor(init: GradeErrorInit & { wanted: string; resultFiles: StoragePath[] }) {
    super(
      `Grading task ${init.collection}/${init.task} produced no grade file (wanted ${init.wanted}; result ` +
        `files: ${init.resultFiles.join(", ") || "none"}) in trajectory ${init.trajectory.trajectory_id}.`,
      init,
    );
    this.resultFiles = init.resultFiles;
  }
}

/**
 * The grade file was found but `parseGrade` (by default `JSON.parse` of its UTF-8 text) threw; `cause`
 * holds what it threw.
 *
 * @example
 * ```ts
 * import { GradeParseError, gradeWithJetty } from "@jetty/sdk";
 * await gradeWithJetty(jetty, "acme", "grader", { files: [] }).catch((e) => {
 *   if (e instanceof GradeParseError) console.log(e.gradeKey, e.cause);
 * });
 * ```
 */
export class GradeParseError extends GradeError {
  override name = "GradeParseError";
  /** The storage path of the grade file that could not be parsed. */
  readonly gradeKey: StoragePath;

  constructor(init: GradeErrorInit & { gradeKey: StoragePath; custom: boolean }) {
    const reason = init.cause instanceof Error ? init.cause.message : String(init.cause);
    super(
      `The grade file ${init.gradeKey} of trajectory ${init.trajectory.trajectory_id} could not be parsed` +
        `${init.custom ? " by parseGrade" : " as JSON"}: ${reason}`,
      init,
    );
    this.gradeKey = init.gradeKey;
  }
}

/**
 * `labels` given as a function threw, or returned something other than a map of non-empty strings.
 * Nothing was labelled; `grade` is the parsed grade, so the labels can still be written by hand.
 *
 * @example
 * ```ts
 * import { GradeLabelsError, gradeWithJetty } from "@jetty/sdk";
 * await gradeWithJetty(jetty, "acme", "grader", { files: [], labels: () => ({}) }).catch((e) => {
 *   if (e instanceof GradeLabelsError) console.log(e.grade);
 * });
 * ```
 */
export class GradeLabelsError extends GradeError {
  override name = "GradeLabelsError";
  /** The parsed grade the labels were computed from. */
  readonly grade: unknown;

  constructor(init: GradeErrorInit & { grade: unknown; reason: string }) {
    super(
      `The labels for trajectory ${init.trajectory.trajectory_id} could not be made: ${init.reason}`,
      init,
    );
    this.grade = init.grade;
  }
}
