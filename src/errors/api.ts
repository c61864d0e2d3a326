import { JettyError } from "./base";
import { bodyDetail, pathOf, summariseBody } from "./describe";

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
    return bodyDetail(this.body);
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
