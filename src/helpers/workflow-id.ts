import { InvalidInputError } from "../core/errors";

/**
 * The parts of a workflow id as the server builds it: `{collection}/{task}--{trajectory_id}` with every
 * `/` replaced by `-`.
 *
 * @example
 * ```ts
 * const parts: ParsedWorkflowId = parseWorkflowId("acme-triage--aa7e4430");
 * console.log(parts.trajectoryId); // "aa7e4430"
 * ```
 */
export interface ParsedWorkflowId {
  /** The id as given. */
  workflowId: string;
  /** Everything after the last `--`: the id to poll and to address the trajectory with. */
  trajectoryId: string;
  /**
   * Everything before the last `--`: `{collection}-{task}`. Names may contain dashes themselves, so
   * this cannot be split back into collection and task reliably; use the names you already have.
   */
  prefix: string;
}

/**
 * Splits a workflow id (as returned by `jetty.runs.create`) at its **last** `--`. Collection and task
 * names may contain `--` too, but engine-generated trajectory ids never do, so the last separator is
 * the only reliable one. Throws {@link InvalidInputError} for a non-string, or a value without `--`
 * or with nothing after it.
 *
 * @example
 * ```ts
 * import { parseWorkflowId } from "@jetty/sdk";
 * parseWorkflowId("my-org--evals-grade--1646887f");
 * // { workflowId: "my-org--evals-grade--1646887f", prefix: "my-org--evals-grade", trajectoryId: "1646887f" }
 * ```
 */
export function parseWorkflowId(workflowId: string): ParsedWorkflowId {
  if (typeof workflowId !== "string" || workflowId.trim() === "") {
    throw new InvalidInputError("workflowId", "expected a non-empty string such as `acme-triage--aa7e4430`.");
  }
  const at = workflowId.lastIndexOf("--");
  if (at < 0) {
    throw new InvalidInputError(
      "workflowId",
      `${JSON.stringify(workflowId)} has no "--" separator (expected {collection}-{task}--{trajectory_id}).`,
    );
  }
  const trajectoryId = workflowId.slice(at + 2);
  if (trajectoryId === "") {
    throw new InvalidInputError(
      "workflowId",
      `${JSON.stringify(workflowId)} has nothing after its last "--".`,
    );
  }
  return { workflowId, trajectoryId, prefix: workflowId.slice(0, at) };
}

/**
 * The workflow id the server gives a run of `collection`/`task` with this trajectory id, for calling
 * the logs endpoint when only the three names are at hand.
 *
 * @example
 * ```ts
 * workflowIdOf("acme", "triage", "aa7e4430"); // "acme-triage--aa7e4430"
 * ```
 */
export function workflowIdOf(collection: string, task: string, trajectoryId: string): string {
  return `${collection}/${task}--${trajectoryId}`.replaceAll("/", "-");
}
