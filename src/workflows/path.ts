/**
 * Path expressions: the `*_path` values of a workflow (`init_params.prompt`,
 * `gen.outputs.images[0].path`, `fan.outputs.trajectory_references[*].trajectory_id`).
 *
 * The client's validator and the emulator's step runner both use this module, so the grammar and
 * the missing-value behaviour are defined exactly once. See docs/workflows.md for the full rules.
 */

import { isRecord } from "../util/is-record";
import { PathResolutionError, type PathResolutionReason, PathSyntaxError } from "./errors";
import { isKeyTerminator, parseUncached, ROOT_INIT_PARAMS } from "./path-grammar";

export { PathResolutionError, type PathResolutionReason, PathSyntaxError } from "./errors";
export { PATH_LIMITS } from "./path-grammar";

/**
 * One step of a parsed path expression. `position` is the 0-based index in the expression of the
 * key's first character, or of the `[` of an index or wildcard.
 *
 * @example
 * ```ts
 * import { parsePath, type PathSegment } from "@jetty/sdk";
 * const segments: readonly PathSegment[] = parsePath("gen.outputs.images[0]");
 * // [{kind:"key",key:"gen",position:0}, {kind:"key",key:"outputs",position:4},
 * //  {kind:"key",key:"images",position:12}, {kind:"index",index:0,position:18}]
 * ```
 */
export type PathSegment =
  | { readonly kind: "key"; readonly key: string; readonly position: number }
  | { readonly kind: "index"; readonly index: number; readonly position: number }
  | { readonly kind: "wildcard"; readonly position: number };

/**
 * What a path expression is evaluated against: `init_params` plus one `{ inputs, outputs }` record
 * per step that has run, keyed by step name. Build one from a trajectory with
 * {@link pathContextFromTrajectory}.
 *
 * @example
 * ```ts
 * import type { PathContext } from "@jetty/sdk";
 * const context: PathContext = {
 *   init_params: { text: "hi" },
 *   echo: { inputs: { text: "hi" }, outputs: { text: "hi" } },
 * };
 * ```
 */
export type PathContext = { readonly init_params?: unknown; readonly [name: string]: unknown };

/**
 * Options of {@link evaluatePath}.
 *
 * @example
 * ```ts
 * import { evaluatePath, type EvaluatePathOptions } from "@jetty/sdk";
 * const options: EvaluatePathOptions = { strict: true };
 * evaluatePath({ init_params: { a: 1 } }, "init_params.a", options); // 1
 * ```
 */
export interface EvaluatePathOptions {
  /**
   * Throw {@link PathResolutionError} when a key is missing, an index is out of range, a wildcard
   * meets a non-array or a key meets a non-object. Default `false`: such paths evaluate to
   * `undefined` (inside a wildcard, to an `undefined` element).
   */
  strict?: boolean;
}

/**
 * The trajectory fields {@link pathContextFromTrajectory} reads: `init_params` and the `steps`
 * object keyed by step name (not an array).
 *
 * @example
 * ```ts
 * import type { TrajectoryLike } from "@jetty/sdk";
 * const t: TrajectoryLike = { init_params: { text: "hi" }, steps: { echo: { outputs: { text: "hi" } } } };
 * ```
 */
export interface TrajectoryLike {
  readonly init_params?: unknown;
  readonly steps?: Readonly<
    Record<string, { readonly inputs?: unknown; readonly outputs?: unknown } | null>
  > | null;
}

// The emulator evaluates the same handful of expressions for every run; parsing is cheap but not free.
// The cache is bounded by entries and by an estimate of the memory they hold.
const CACHE_LIMIT = 512;
const CACHE_BYTES = 512 * 1024;
const cache = new Map<string, { segments: readonly PathSegment[]; bytes: number }>();
let cacheBytes = 0;

/**
 * Parses a path expression into its segments, or throws {@link PathSyntaxError} naming the 0-based
 * position and what was expected there.
 *
 * Grammar: a path starts with a key, `init_params` or a step name; a step name must be followed by
 * `.inputs` or `.outputs`. Then any sequence of `.key`, `[N]` (N a non-negative integer) and `[*]`.
 * A key is one or more characters other than `.`, `[`, `]`, `*` and whitespace. Results are cached
 * (bounded), and the returned array is frozen.
 *
 * @example
 * ```ts
 * import { parsePath } from "@jetty/sdk";
 * parsePath("step1.outputs.items[*].id").map((s) => s.kind); // ["key","key","key","wildcard","key"]
 * parsePath("a..b"); // throws PathSyntaxError: position 2, expected a key after '.'
 * ```
 */
export function parsePath(expression: string): readonly PathSegment[] {
  if (typeof expression !== "string") {
    throw new PathSyntaxError(String(expression), 0, "a path expression string");
  }
  const cached = cache.get(expression);
  if (cached) return cached.segments;
  const segments = Object.freeze(parseUncached(expression).map((segment) => Object.freeze(segment)));
  // Two bytes per character of the key, and a few dozen per segment object.
  const bytes = expression.length * 2 + segments.length * 64;
  for (const [oldest, entry] of cache) {
    if (cache.size < CACHE_LIMIT && cacheBytes + bytes <= CACHE_BYTES) break;
    cache.delete(oldest);
    cacheBytes -= entry.bytes;
  }
  cache.set(expression, { segments, bytes });
  cacheBytes += bytes;
  return segments;
}

/**
 * Evaluates a path expression against a {@link PathContext}.
 *
 * - `.key` reads an own property of a plain object; `[N]` reads element N (0-based) of an array.
 * - `[*]` maps the rest of the path over every element of an array and returns the array of
 *   results. Wildcards nest: `a.outputs.rows[*].cells[*].v` returns an array of arrays (never
 *   flattened), so the result always has the shape of the data it was read from.
 * - A missing key, an index out of range, `[*]` or `[N]` on a non-array, or a key on a non-object
 *   evaluates to `undefined` by default; inside a wildcard only that element is `undefined`, so
 *   results stay aligned with their source array. With `{ strict: true }` the same cases throw
 *   {@link PathResolutionError} naming the expression and the first failing segment, e.g.
 *   `init_params.foo: key 'foo' not found`.
 * - A malformed expression always throws {@link PathSyntaxError}, in both modes.
 *
 * @example
 * ```ts
 * import { evaluatePath } from "@jetty/sdk";
 * const ctx = { init_params: { n: 1 }, split: { inputs: {}, outputs: { chunks: [{ t: "a" }, { t: "b" }] } } };
 * evaluatePath(ctx, "split.outputs.chunks[*].t");               // ["a", "b"]
 * evaluatePath(ctx, "init_params.missing");                      // undefined
 * evaluatePath(ctx, "init_params.missing", { strict: true });    // throws PathResolutionError
 * ```
 */
export function evaluatePath(
  context: PathContext,
  expression: string,
  options?: EvaluatePathOptions,
): unknown {
  const segments = parsePath(expression);
  const state: WalkState = { expression, segments, strict: options?.strict === true, picks: [] };
  return walk(state, context, 0);
}

/**
 * Builds the {@link PathContext} of a trajectory: its `init_params` plus, per entry of its `steps`
 * object, a `{ inputs, outputs }` record (a field the step does not have yet is left out, so a
 * strict evaluation reports e.g. `key 'outputs' not found`). A step literally named `init_params`
 * cannot be addressed and is skipped.
 *
 * @example
 * ```ts
 * import { evaluatePath, pathContextFromTrajectory } from "@jetty/sdk";
 * const trajectory = await jetty.trajectories.get("c", "t", "aa7e4430");
 * const ctx = pathContextFromTrajectory(trajectory);
 * evaluatePath(ctx, "gen.outputs.images[0].path");
 * ```
 */
export function pathContextFromTrajectory(trajectory: TrajectoryLike): PathContext {
  const entries: [string, unknown][] = [[ROOT_INIT_PARAMS, trajectory?.init_params ?? {}]];
  const steps = trajectory?.steps;
  if (isRecord(steps)) {
    for (const [name, step] of Object.entries(steps)) {
      if (name === ROOT_INIT_PARAMS) continue;
      const record: { inputs?: unknown; outputs?: unknown } = {};
      if (isRecord(step)) {
        if (step.inputs !== undefined) record.inputs = step.inputs;
        if (step.outputs !== undefined) record.outputs = step.outputs;
      }
      entries.push([name, record]);
    }
  }
  // fromEntries defines own properties, so a step called "__proto__" cannot reach the prototype.
  return Object.fromEntries(entries);
}

/**
 * Whether `name` can appear as a key in a path expression (a step or init_params name that
 * contains `.`, `[`, `]`, `*` or whitespace cannot be referenced).
 */
export function isPathKey(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    if (isKeyTerminator(name.charCodeAt(i))) return false;
  }
  return true;
}

interface WalkState {
  readonly expression: string;
  readonly segments: readonly PathSegment[];
  readonly strict: boolean;
  /** The element index chosen at each enclosing wildcard, for error locations. */
  readonly picks: number[];
}

function walk(state: WalkState, start: unknown, from: number): unknown {
  const { segments } = state;
  let current = start;
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === "key") {
      if (!isRecord(current)) {
        return fail(
          state,
          i,
          "not-an-object",
          `key '${segment.key}' applied to ${describe(current)}, not an object`,
        );
      }
      if (!Object.hasOwn(current, segment.key))
        return fail(state, i, "missing-key", missingKey(segment.key, i));
      current = current[segment.key];
    } else if (segment.kind === "index") {
      if (!Array.isArray(current)) {
        return fail(
          state,
          i,
          "not-an-array",
          `[${segment.index}] applied to ${describe(current)}, not an array`,
        );
      }
      if (segment.index >= current.length) {
        return fail(
          state,
          i,
          "index-out-of-range",
          `index ${segment.index} out of range (length ${current.length})`,
        );
      }
      current = current[segment.index];
    } else {
      if (!Array.isArray(current)) {
        return fail(state, i, "not-an-array", `[*] applied to ${describe(current)}, not an array`);
      }
      const mapped = new Array<unknown>(current.length);
      for (let element = 0; element < current.length; element++) {
        state.picks.push(element);
        mapped[element] = walk(state, current[element], i + 1);
        state.picks.pop();
      }
      return mapped;
    }
  }
  return current;
}

function missingKey(key: string, index: number): string {
  if (index > 0) return `key '${key}' not found`;
  return key === ROOT_INIT_PARAMS
    ? "key 'init_params' not found (the context has no init_params)"
    : `step '${key}' not found (no step of that name has run)`;
}

function fail(state: WalkState, index: number, reason: PathResolutionReason, detail: string): undefined {
  if (!state.strict) return undefined;
  const location = renderSegments(state.segments, index, state.picks);
  // Inside a wildcard the expression alone does not say which element failed.
  const where = state.picks.length > 0 ? ` at ${location}` : "";
  throw new PathResolutionError({
    expression: state.expression,
    segment: state.segments[index]!,
    reason,
    location,
    detail: detail + where,
  });
}

function renderSegments(segments: readonly PathSegment[], end: number, picks: readonly number[]): string {
  let text = "";
  let wildcard = 0;
  for (let i = 0; i < end; i++) {
    const segment = segments[i]!;
    if (segment.kind === "key") text += i === 0 ? segment.key : `.${segment.key}`;
    else if (segment.kind === "index") text += `[${segment.index}]`;
    else {
      const pick = picks[wildcard++];
      text += pick === undefined ? "[*]" : `[${pick}]`;
    }
  }
  return text;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}
