/**
 * Request paths from the operation table's templates. Every value is percent-encoded as one path
 * segment (a storage path segment by segment, its `/` kept), so a task called `a/b` or `x?y` can never
 * address another route.
 */
import { InvalidInputError } from "./errors";

/** A path parameter of an operation: its wire name, and whether its value keeps `/` (a storage path). */
export interface PathParam {
  readonly name: string;
  readonly keepSlashes: boolean;
}

type Piece = string | PathParam;

// Templates are few and fixed (one per operation): split each once.
const compiled = new Map<string, readonly Piece[]>();

/**
 * Fills `template` (e.g. `/api/v1/tasks/{collection}/{task}`) with `values`, by wire name.
 *
 * `.` and `..` are refused: `encodeURIComponent` leaves them as they are and every URL parser then
 * removes them as dot segments, so `routines.runNow(c, t, "..")` would reach
 * `POST /api/v1/routines/c/run-now`. A value that decodes to one (`%2e%2e`) is refused too, for servers
 * that decode twice. Throws {@link InvalidInputError} naming the parameter as the SDK's methods do
 * (camelCase: `trajectoryId`), before anything is sent.
 *
 * @example
 * ```ts
 * const params = [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }];
 * expandPath("/api/v1/tasks/{collection}/{task}", params, { collection: "acme", task: "a b" });
 * // "/api/v1/tasks/acme/a%20b"
 * ```
 */
export function expandPath(
  template: string,
  params: readonly PathParam[],
  values: Readonly<Record<string, unknown>>,
): string {
  let out = "";
  for (const piece of pieces(template, params)) {
    out += typeof piece === "string" ? piece : encodeValue(piece, values[piece.name]);
  }
  return out;
}

function pieces(template: string, params: readonly PathParam[]): readonly Piece[] {
  let found = compiled.get(template);
  if (found) return found;
  const parts = template.split(/\{([^}]+)\}/);
  found = parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const param = params.find((p) => p.name === part);
    if (!param) throw new Error(`The path template ${template} has no parameter named ${part}`);
    return param;
  });
  compiled.set(template, found);
  return found;
}

function encodeValue(param: PathParam, value: unknown): string {
  const name = sdkName(param.name);
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidInputError(name, "expected a non-empty string.");
  }
  // Leading slashes of a storage path are not part of it (the API's paths are relative).
  const segments = param.keepSlashes ? value.replace(/^\/+/, "").split("/") : [value];
  for (const segment of segments) {
    if (isDotSegment(segment)) {
      throw new InvalidInputError(
        name,
        `"." and ".." (or an encoding of them) cannot be ${param.keepSlashes ? "segments of" : "used as"} a path parameter: the URL would address another route.`,
      );
    }
  }
  return segments.map((segment) => encodeURIComponent(segment)).join("/");
}

/** `.` or `..`, directly or after any number of percent-decodings (each one shortens the text). */
function isDotSegment(segment: string): boolean {
  let current = segment;
  for (;;) {
    if (current === "." || current === "..") return true;
    if (!current.includes("%")) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return false;
    current = decoded;
  }
}

/** The name the SDK's signatures use for a wire parameter: `trajectory_id` → `trajectoryId`. */
function sdkName(wire: string): string {
  return wire.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
