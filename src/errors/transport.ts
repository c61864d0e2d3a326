import { JettyError } from "./base";
import { pathOf } from "./describe";

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
