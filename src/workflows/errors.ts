import { InvalidInputError, JettyError } from "../errors";
import type { WorkflowIssue } from "./issues";
import type { PathSegment } from "./path";

/**
 * A path expression is malformed. `position` is the 0-based index of the offending character in
 * `expression` (its length when the expression ended too early); `expected` says what the parser
 * wanted to see there.
 *
 * @example
 * ```ts
 * import { parsePath, PathSyntaxError } from "@jetty/sdk";
 * try {
 *   parsePath("init_params..text");
 * } catch (e) {
 *   if (e instanceof PathSyntaxError) console.log(e.position, e.expected); // 12 "a key after '.'"
 * }
 * ```
 */
export class PathSyntaxError extends JettyError {
  override name = "PathSyntaxError";
  /** The expression as given (cut to its first 4 096 characters when it was longer than that). */
  readonly expression: string;
  /** 0-based character index where parsing failed. */
  readonly position: number;
  /** What the parser expected at `position`, in words. */
  readonly expected: string;

  constructor(expression: string, position: number, expected: string) {
    super(
      `Invalid path expression ${excerpt(expression, position)} at position ${position}: ` +
        `expected ${expected}, found ${describeCharAt(expression, position)}`,
    );
    this.expression = expression.length > KEPT ? `${expression.slice(0, KEPT)}…` : expression;
    this.position = position;
    this.expected = expected;
  }
}

/**
 * Why a strict path evaluation failed: a key absent from an object, an index past the end of an
 * array, `[N]`/`[*]` applied to something that is not an array, or a key applied to something that
 * is not an object.
 *
 * @example
 * ```ts
 * import { PathResolutionError, type PathResolutionReason } from "@jetty/sdk";
 * function notYetProduced(error: unknown): boolean {
 *   const reason: PathResolutionReason | undefined = error instanceof PathResolutionError ? error.reason : undefined;
 *   return reason === "missing-key" || reason === "index-out-of-range";
 * }
 * ```
 */
export type PathResolutionReason = "missing-key" | "index-out-of-range" | "not-an-array" | "not-an-object";

/**
 * A path expression is well formed but the context does not hold what it names. Thrown only by
 * `evaluatePath(context, expr, { strict: true })`; lenient evaluation returns `undefined` instead.
 * The message names the expression and the first segment that failed, e.g.
 * `init_params.foo: key 'foo' not found`.
 *
 * @example
 * ```ts
 * import { evaluatePath, PathResolutionError } from "@jetty/sdk";
 * try {
 *   evaluatePath({ init_params: {} }, "init_params.foo", { strict: true });
 * } catch (e) {
 *   if (e instanceof PathResolutionError) console.log(e.reason, e.location); // "missing-key" "init_params"
 * }
 * ```
 */
export class PathResolutionError extends JettyError {
  override name = "PathResolutionError";
  /** The expression as given. */
  readonly expression: string;
  /** The segment that could not be applied. */
  readonly segment: PathSegment;
  /** 0-based character index of that segment in `expression`. */
  readonly position: number;
  /** What went wrong, for branching without parsing the message. */
  readonly reason: PathResolutionReason;
  /**
   * The concrete location the segment was applied to, with every `[*]` replaced by the element
   * index being visited, e.g. `split.outputs.chunks[2]`.
   */
  readonly location: string;

  constructor(init: {
    expression: string;
    segment: PathSegment;
    reason: PathResolutionReason;
    location: string;
    detail: string;
  }) {
    super(`${excerpt(init.expression, init.segment.position, false)}: ${init.detail}`);
    this.expression = init.expression;
    this.segment = init.segment;
    this.position = init.segment.position;
    this.reason = init.reason;
    this.location = init.location;
  }
}

/**
 * A workflow document failed {@link validateWorkflow} with at least one error. Thrown by
 * {@link assertValidWorkflow} (and by the task resources before they send a workflow), with
 * `param` set to `"workflow"` and every issue, warnings included, in `issues`.
 *
 * @example
 * ```ts
 * import { assertValidWorkflow, WorkflowValidationError } from "@jetty/sdk";
 * try {
 *   assertValidWorkflow({ init_params: {}, step_configs: {}, steps: ["missing"] });
 * } catch (e) {
 *   if (e instanceof WorkflowValidationError) for (const i of e.errors) console.log(i.path, i.message);
 * }
 * ```
 */
export class WorkflowValidationError extends InvalidInputError {
  override name = "WorkflowValidationError";
  /** Every issue found, errors and warnings. */
  readonly issues: readonly WorkflowIssue[];

  constructor(issues: readonly WorkflowIssue[]) {
    super("workflow", summariseIssues(issues));
    this.issues = issues;
  }

  /** Only the issues with severity `error`. */
  get errors(): readonly WorkflowIssue[] {
    return this.issues.filter((issue) => issue.severity === "error");
  }
}

// Outside the class: a reference to it inside its own body makes esbuild rename it.
function summariseIssues(issues: readonly WorkflowIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === "error");
  const shown = errors.slice(0, 3).map((issue) => {
    const hint = issue.suggestion ? ` (${issue.suggestion})` : "";
    return `${issue.path || "(document)"}: ${issue.message}${hint}`;
  });
  const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : "";
  const noun = errors.length === 1 ? "error" : "errors";
  return `${errors.length} ${noun}: ${shown.join("; ")}${more}`;
}

/** How much of an over-long expression an error keeps. */
const KEPT = 4096;
/** Characters shown either side of the failing position in a message. */
const CONTEXT = 40;

/**
 * The expression for a message: whole when short, else the part around `position` with `…` for what
 * was left out, so an error about a huge expression stays one readable line.
 */
function excerpt(expression: string, position: number, quoted = true): string {
  const show = (text: string) => (quoted ? JSON.stringify(text) : text);
  if (expression.length <= 2 * CONTEXT + 20) return show(expression);
  const start = Math.max(0, position - CONTEXT);
  const end = Math.min(expression.length, position + CONTEXT);
  const text = `${start > 0 ? "…" : ""}${expression.slice(start, end)}${end < expression.length ? "…" : ""}`;
  return `${show(text)} (${expression.length} characters)`;
}

function describeCharAt(expression: string, position: number): string {
  if (position >= expression.length) return expression.length === 0 ? "an empty string" : "the end";
  const char = expression[position]!;
  return char.trim() === "" ? "whitespace" : `'${char}'`;
}
