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
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidInputError(sdkName(param.name), "expected a non-empty string.");
  }
  // Leading slashes of a storage path are not part of it (the API's paths are relative).
  const segments = param.keepSlashes ? value.replace(/^\/+/, "").split("/") : [value];
  for (const segment of segments) {
    if (isDotSegment(segment)) {
      throw new InvalidInputError(
        sdkName(param.name),
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

/**
 * A caller's path for a raw request (`jetty.get(path)`), checked to stay below the client's base URL
 * so the token never goes to another origin or route than the caller sees: it must be a path such as
 * `/api/v1/tasks/acme/triage/versions` — not an absolute URL (`https://…`, any `scheme:`), not
 * protocol-relative (`//host`), with no backslash (URL parsers read `\` as `/`), no `.`/`..`
 * segment (or an encoding of one), no fragment and no control characters. A missing leading `/` is
 * added. Returns the path (with any `?query` it carries); throws {@link InvalidInputError} otherwise.
 *
 * @example
 * ```ts
 * relativePath("api/v1/tasks/acme/triage/versions"); // "/api/v1/tasks/acme/triage/versions"
 * relativePath("https://evil.example/x"); // throws InvalidInputError
 * ```
 */
export function relativePath(path: unknown): string {
  if (typeof path !== "string" || path.trim() === "") {
    throw new InvalidInputError("path", "expected a non-empty path such as /api/v1/collections/.");
  }
  const fix = 'pass a path below the base URL, e.g. "/api/v1/tasks/acme/triage/versions"';
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    throw new InvalidInputError(
      "path",
      `absolute URLs are refused (the token must not leave the client's base URL); ${fix}. To reach another origin, create a client with withOptions({ baseURL }).`,
    );
  }
  if (path.startsWith("//")) {
    throw new InvalidInputError("path", `a path starting with // names another host; ${fix}.`);
  }
  if (path.includes("\\")) {
    throw new InvalidInputError("path", `backslashes are refused (URL parsers read them as /); ${fix}.`);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[\u0000-\u001f\u007f#]/.test(path)) {
    throw new InvalidInputError("path", `control characters and fragments (#) are refused; ${fix}.`);
  }
  const [pathname = ""] = path.split("?", 1);
  for (const segment of pathname.split("/")) {
    if (isDotSegment(segment)) {
      throw new InvalidInputError(
        "path",
        `"." and ".." segments (or encodings of them) are refused: the URL would address another route; ${fix}.`,
      );
    }
  }
  return path.startsWith("/") ? path : `/${path}`;
}
