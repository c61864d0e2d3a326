/**
 * The error hierarchy. Every error the SDK throws extends {@link JettyError}, so callers can
 * branch with `instanceof` and never need to parse a message.
 *
 * @example
 * ```ts
 * import { Jetty, NotFoundError, RateLimitError } from "@jetty/sdk";
 * try {
 *   await new Jetty().collections.get("nope");
 * } catch (err) {
 *   if (err instanceof NotFoundError) console.log("no such collection", err.requestID);
 *   else if (err instanceof RateLimitError) console.log("slow down");
 *   else throw err;
 * }
 * ```
 */
export class JettyError extends Error {
  override name = "JettyError";
}

/**
 * Headers as a plain, lower-cased record so errors survive `JSON.stringify` and structured clone.
 */
export type ErrorHeaders = Record<string, string>;

/**
 * The server answered with a non-2xx status. Carries the status, the response headers, the
 * request id (from `x-request-id`, else `cf-ray`) and the parsed body.
 *
 * @example
 * ```ts
 * import { APIError } from "@jetty/sdk";
 * try { await jetty.tasks.get("c", "t"); } catch (e) {
 *   if (e instanceof APIError) console.log(e.status, e.requestID, e.body);
 * }
 * ```
 */
export class APIError extends JettyError {
  override name = "APIError";
  /** HTTP status code. */
  readonly status: number;
  /** Response headers, lower-cased names. */
  readonly headers: ErrorHeaders;
  /** The server's request id, when it sent one. */
  readonly requestID: string | undefined;
  /** The response body: parsed JSON when it was JSON, else the text. */
  readonly body: unknown;
  /** The HTTP method of the failed request. */
  readonly method: string | undefined;
  /** The URL of the failed request (never contains credentials). */
  readonly url: string | undefined;

  constructor(init: APIErrorInit) {
    super(describeAPIError(init));
    this.status = init.status;
    this.headers = init.headers ?? {};
    this.requestID = this.headers["x-request-id"] ?? this.headers["cf-ray"];
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
  }

  /** The `detail` of a FastAPI-style error body, when present. */
  get detail(): unknown {
    return isRecord(this.body) ? this.body.detail : undefined;
  }
}

// Outside the class: a reference to APIError inside its own body makes esbuild rename it `_APIError`.
function describeAPIError(init: APIErrorInit): string {
  const where = init.method && init.url ? ` (${init.method} ${pathOf(init.url)})` : "";
  const detail = summariseBody(init.body);
  const hint = init.hint ? ` ${init.hint}` : "";
  return `${init.status} ${detail}${where}${hint}`.trim();
}

/** What {@link APIError} is built from. */
export interface APIErrorInit {
  status: number;
  headers?: ErrorHeaders;
  body?: unknown;
  method?: string;
  url?: string;
  /** Extra advice appended to the message. */
  hint?: string;
}

/**
 * 400: the request was refused, e.g. a name that already exists (checked case-insensitively).
 *
 * @example
 * ```ts
 * import { BadRequestError } from "@jetty/sdk";
 * await jetty.collections.create({ name: "dup" }).catch((e) => {
 *   if (e instanceof BadRequestError) console.log("exists already:", e.detail);
 * });
 * ```
 */
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
/**
 * 401: the token is missing, invalid or inactive. Issue a new one under Settings → API Tokens.
 *
 * @example
 * ```ts
 * import { AuthenticationError } from "@jetty/sdk";
 * await jetty.collections.list().catch((e) => {
 *   if (e instanceof AuthenticationError) console.log("check JETTY_API_TOKEN");
 * });
 * ```
 */
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
/**
 * 403: the token is valid but not for this collection, or lacks write access.
 *
 * @example
 * ```ts
 * import { PermissionDeniedError } from "@jetty/sdk";
 * await jetty.tasks.list("other-team").catch((e) => {
 *   if (e instanceof PermissionDeniedError) console.log("this key belongs to another collection");
 * });
 * ```
 */
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
/**
 * 404: no such collection, task, trajectory or file (often a misspelt name).
 *
 * @example
 * ```ts
 * import { NotFoundError } from "@jetty/sdk";
 * const task = await jetty.tasks.get("acme", "maybe").catch((e) => (e instanceof NotFoundError ? undefined : Promise.reject(e)));
 * ```
 */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
/**
 * 409: the request conflicts with the current state.
 *
 * @example
 * ```ts
 * import { ConflictError } from "@jetty/sdk";
 * await jetty.tasks.update("acme", "t", { name: "taken" }).catch((e) => e instanceof ConflictError);
 * ```
 */
export class ConflictError extends APIError {
  override name = "ConflictError";
}
/**
 * 422: the request body failed validation; `detail` lists the offending fields.
 *
 * @example
 * ```ts
 * import { UnprocessableEntityError } from "@jetty/sdk";
 * await jetty.tasks.create("acme", { name: "t", workflow: {} as never }, { validate: false }).catch((e) => {
 *   if (e instanceof UnprocessableEntityError) console.log(e.detail);
 * });
 * ```
 */
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
/**
 * 429: rate limited. The SDK already retried with backoff before throwing this.
 *
 * @example
 * ```ts
 * import { RateLimitError } from "@jetty/sdk";
 * await jetty.collections.list({}, { maxRetries: 5 }).catch((e) => {
 *   if (e instanceof RateLimitError) console.log("retry after", e.headers["retry-after"]);
 * });
 * ```
 */
export class RateLimitError extends APIError {
  override name = "RateLimitError";
}
/**
 * 5xx: the server failed. Idempotent requests were retried before this was thrown.
 *
 * @example
 * ```ts
 * import { InternalServerError } from "@jetty/sdk";
 * await jetty.collections.list().catch((e) => {
 *   if (e instanceof InternalServerError) console.log(e.status, e.requestID);
 * });
 * ```
 */
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/**
 * 524: the edge gave up waiting (about 100 s in) but the run **goes on** on the server. Never retried.
 * Wait on the trajectory instead, with the ids carried here when the SDK knows them.
 *
 * @example
 * ```ts
 * import { RunInProgressError } from "@jetty/sdk";
 * try { await jetty.runs.createSync("c", "t", {}); } catch (e) {
 *   if (e instanceof RunInProgressError) console.log("still running; poll the trajectory list of c/t");
 * }
 * ```
 */
export class RunInProgressError extends APIError {
  override name = "RunInProgressError";
  /** The collection of the run, when known. */
  readonly collection: string | undefined;
  /** The task of the run, when known. */
  readonly task: string | undefined;
  /** The trajectory id, when known. */
  readonly trajectoryId: string | undefined;

  constructor(init: APIErrorInit & { collection?: string; task?: string; trajectoryId?: string }) {
    super({
      ...init,
      hint:
        init.hint ??
        "The edge timed out but the run continues on the server: do not retry; wait on the trajectory " +
          "(jetty.runs.wait, or the newest entry of jetty.trajectories.list) instead.",
    });
    this.collection = init.collection;
    this.task = init.task;
    this.trajectoryId = init.trajectoryId;
  }
}

/**
 * The request never got a response: DNS, refused or reset connection, TLS failure.
 * `cause` holds the underlying error.
 *
 * @example
 * ```ts
 * import { APIConnectionError } from "@jetty/sdk";
 * try { await jetty.collections.list(); } catch (e) {
 *   if (e instanceof APIConnectionError) console.log("network problem:", e.message);
 * }
 * ```
 */
export class APIConnectionError extends JettyError {
  override name = "APIConnectionError";
  constructor(message = "Connection error.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The request (all attempts included) exceeded `timeout`.
 *
 * @example
 * ```ts
 * import { APITimeoutError } from "@jetty/sdk";
 * await jetty.collections.list({}, { timeout: 10 }).catch((e) => e instanceof APITimeoutError);
 * ```
 */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
  constructor(message = "Request timed out.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The caller aborted the request through its `signal`.
 *
 * @example
 * ```ts
 * import { APIUserAbortError } from "@jetty/sdk";
 * const ac = new AbortController(); ac.abort();
 * await jetty.collections.list({}, { signal: ac.signal }).catch((e) => e instanceof APIUserAbortError);
 * ```
 */
export class APIUserAbortError extends JettyError {
  override name = "APIUserAbortError";
  constructor(message = "Request was aborted.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * A response did not match the API schema: a required field was missing or had the wrong type.
 * Unknown extra fields never cause this. `path` names the offending JSON path, `body` is the raw body.
 *
 * @example
 * ```ts
 * import { ResponseValidationError } from "@jetty/sdk";
 * try { await jetty.collections.get("c"); } catch (e) {
 *   if (e instanceof ResponseValidationError) console.log(e.path, e.body);
 * }
 * ```
 */
export class ResponseValidationError extends JettyError {
  override name = "ResponseValidationError";
  /** JSON path of the first violation, e.g. `$.trajectories[0].status`. */
  readonly path: string;
  /** Every violation found. */
  readonly issues: ReadonlyArray<{ path: string; message: string }>;
  /** The raw response body as received. */
  readonly body: unknown;
  /** The request that produced the body. */
  readonly method: string | undefined;
  readonly url: string | undefined;

  constructor(init: {
    issues: ReadonlyArray<{ path: string; message: string }>;
    body: unknown;
    method?: string;
    url?: string;
  }) {
    const first = init.issues[0] ?? { path: "$", message: "invalid" };
    const more = init.issues.length > 1 ? ` (and ${init.issues.length - 1} more)` : "";
    const where = init.method && init.url ? ` from ${init.method} ${pathOf(init.url)}` : "";
    super(`Unexpected response${where}: ${first.path}: ${first.message}${more}`);
    this.path = first.path;
    this.issues = init.issues;
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
  }
}

/**
 * A JSON response body was larger than `maxJsonBytes` (default 64 MiB). Never retried: the next
 * answer would be as large. Raise the limit per client or per call, or read the body yourself with
 * `asResponse()`.
 *
 * @example
 * ```ts
 * import { ResponseTooLargeError } from "@jetty/sdk";
 * await jetty.trajectories.get("c", "t", "id").catch((e) => {
 *   if (e instanceof ResponseTooLargeError) console.log("over", e.limit, "bytes");
 * });
 * ```
 */
export class ResponseTooLargeError extends JettyError {
  override name = "ResponseTooLargeError";
  /** The limit in bytes that the body exceeded. */
  readonly limit: number;
  readonly method: string | undefined;
  readonly url: string | undefined;
  constructor(init: { limit: number; method?: string; url?: string }) {
    const where = init.method && init.url ? ` to ${init.method} ${pathOf(init.url)}` : "";
    super(
      `The response${where} is larger than maxJsonBytes (${init.limit} bytes): raise it with ` +
        "new Jetty({ maxJsonBytes }) or the per-call option, or read the body with .asResponse().",
    );
    this.limit = init.limit;
    this.method = init.method;
    this.url = init.url;
  }
}

/**
 * The client could not be configured: no token, a malformed base URL, an unreadable token file.
 *
 * @example
 * ```ts
 * import { Jetty, ConfigError } from "@jetty/sdk";
 * try { new Jetty({ baseURL: "not a url" }); } catch (e) { console.log(e instanceof ConfigError); }
 * ```
 */
export class ConfigError extends JettyError {
  override name = "ConfigError";
}

/**
 * An argument was rejected before any request was sent. `param` names the argument.
 *
 * @example
 * ```ts
 * import { InvalidInputError } from "@jetty/sdk";
 * try { await jetty.tasks.get("", "t"); } catch (e) {
 *   if (e instanceof InvalidInputError) console.log(e.param); // "collection"
 * }
 * ```
 */
export class InvalidInputError extends JettyError {
  override name = "InvalidInputError";
  /** The argument (or dotted path inside it) that was wrong. */
  readonly param: string;
  constructor(param: string, message: string) {
    super(`Invalid ${param}: ${message}`);
    this.param = param;
  }
}

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

function summariseBody(body: unknown): string {
  try {
    return summarise(body);
  } catch {
    // A body nested deeper than JSON.stringify can go still gets a message, never a RangeError.
    return "(a body too deeply nested to show)";
  }
}

function summarise(body: unknown): string {
  if (body === undefined || body === null || body === "") return "status code (no body)";
  if (typeof body === "string") return truncate(body);
  if (isRecord(body)) {
    const detail = body.detail ?? body.error ?? body.message;
    if (typeof detail === "string") return truncate(detail);
    if (Array.isArray(detail)) return truncate(detail.map(describeDetailItem).join("; "));
    if (isRecord(detail) && typeof detail.message === "string") return truncate(detail.message);
  }
  return truncate(JSON.stringify(body));
}

function describeDetailItem(item: unknown): string {
  if (!isRecord(item)) return String(item);
  const loc = Array.isArray(item.loc) ? item.loc.join(".") : "";
  const msg = typeof item.msg === "string" ? item.msg : JSON.stringify(item);
  return loc ? `${loc}: ${msg}` : msg;
}

function truncate(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
