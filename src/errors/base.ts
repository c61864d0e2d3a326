/**
 * The bottom of the error hierarchy: the base class and the few errors pure modules (workflows,
 * runbooks, helpers) throw. Nothing here imports anything, so every layer may depend on it.
 */

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
