/**
 * The grammar of path expressions: the parser behind `parsePath`, one pass over the expression.
 * Internal module; see docs/workflows.md for the rules.
 */
import { PathSyntaxError } from "./errors";
import type { PathSegment } from "./path";

const DOT = 0x2e;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const STAR = 0x2a;
const MINUS = 0x2d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

export const ROOT_INIT_PARAMS = "init_params";
const STEP_SECTIONS = new Set(["inputs", "outputs"]);

/**
 * Limits on one path expression: its length in characters and its number of segments (each `.key`,
 * `[N]` and `[*]`; the depth evaluation descends to). Longer or deeper expressions are a
 * {@link PathSyntaxError}; real workflow paths are a few dozen characters.
 *
 * @example
 * ```ts
 * import { PATH_LIMITS } from "@jetty/sdk";
 * const expression = "init_params.text";
 * if (expression.length > PATH_LIMITS.maxLength) console.log("too long for a path expression");
 * ```
 */
export const PATH_LIMITS = { maxLength: 4096, maxSegments: 256 } as const;

/** Parses without the cache; throws {@link PathSyntaxError}. */
export function parseUncached(expression: string): PathSegment[] {
  if (expression.length > PATH_LIMITS.maxLength) {
    throw new PathSyntaxError(
      expression,
      PATH_LIMITS.maxLength,
      `an expression of at most ${PATH_LIMITS.maxLength} characters (this one has ${expression.length})`,
    );
  }
  const segments: PathSegment[] = [];
  let i = readKey(expression, 0, segments, "a key (init_params or a step name) at the start");
  while (i < expression.length) {
    if (segments.length >= PATH_LIMITS.maxSegments) {
      throw new PathSyntaxError(
        expression,
        i,
        `the end of the expression: at most ${PATH_LIMITS.maxSegments} segments (keys, indexes and wildcards) are allowed`,
      );
    }
    const code = expression.charCodeAt(i);
    if (code === DOT) {
      i = readKey(expression, i + 1, segments, "a key after '.'");
    } else if (code === OPEN) {
      i = readBracket(expression, i, segments);
    } else if (code === STAR) {
      throw new PathSyntaxError(expression, i, "'[*]' (a wildcard is written in brackets)");
    } else {
      throw new PathSyntaxError(expression, i, "'.', '[' or the end of the expression");
    }
  }
  checkRoot(expression, segments);
  return segments;
}

function readKey(expression: string, start: number, segments: PathSegment[], expected: string): number {
  let end = start;
  while (end < expression.length && !isKeyTerminator(expression.charCodeAt(end))) end++;
  if (end === start) {
    const hint = expression.charCodeAt(start) === STAR ? "; a wildcard is written '[*]'" : "";
    throw new PathSyntaxError(expression, start, expected + hint);
  }
  segments.push({ kind: "key", key: expression.slice(start, end), position: start });
  return end;
}

function readBracket(expression: string, open: number, segments: PathSegment[]): number {
  const first = open + 1;
  const code = expression.charCodeAt(first);
  if (code === STAR) {
    expectClose(expression, first + 1);
    segments.push({ kind: "wildcard", position: open });
    return first + 2;
  }
  if (code === MINUS) {
    throw new PathSyntaxError(expression, first, "a non-negative index (negative indexes are not supported)");
  }
  if (!isDigit(code)) throw new PathSyntaxError(expression, first, "an index (0, 1, ...) or '*' after '['");
  let end = first;
  let index = 0;
  while (isDigit(expression.charCodeAt(end))) {
    index = index * 10 + (expression.charCodeAt(end) - DIGIT_0);
    end++;
  }
  if (!Number.isSafeInteger(index)) throw new PathSyntaxError(expression, first, "a smaller index");
  if (expression.charCodeAt(end) !== CLOSE) {
    throw new PathSyntaxError(expression, end, end < expression.length ? "a digit or ']'" : "']'");
  }
  segments.push({ kind: "index", index, position: open });
  return end + 1;
}

function expectClose(expression: string, at: number): void {
  if (expression.charCodeAt(at) !== CLOSE) throw new PathSyntaxError(expression, at, "']'");
}

function checkRoot(expression: string, segments: PathSegment[]): void {
  const root = segments[0];
  if (root?.kind !== "key" || root.key === ROOT_INIT_PARAMS) return;
  const section = segments[1];
  if (section?.kind === "key" && STEP_SECTIONS.has(section.key)) return;
  const at = section ? section.position : expression.length;
  throw new PathSyntaxError(expression, at, `'inputs' or 'outputs' after the step name '${root.key}'`);
}

/** Whether a character ends a key (`.`, `[`, `]`, `*` or whitespace). */
export function isKeyTerminator(code: number): boolean {
  return code === DOT || code === OPEN || code === CLOSE || code === STAR || isWhitespace(code);
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

function isWhitespace(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0x80) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
