/**
 * Where the bearer token comes from: a fixed string, or a function the SDK calls when it needs one
 * (a Clerk user token expires). The function's answer is cached until a 401 says it went stale.
 */
import { ConfigError } from "./errors";
import { redactToken } from "./redact";

/**
 * A token supplier: called when a token is first needed and again, once per request, after a 401.
 *
 * @example
 * ```ts
 * // e.g. a Clerk session: `() => clerk.session.getToken()`; any sync or async source works.
 * const fromVault: TokenFunction = async () => (await readFile("/run/secrets/jetty", "utf8")).trim();
 * const jetty = new Jetty({ token: fromVault });
 * ```
 */
export type TokenFunction = () => string | Promise<string>;

/** How many tokens a function handed out are remembered, so an echo of an old one is still scrubbed. */
const REMEMBERED = 4;

/** Holds the token, refreshes it from the function, and lists every value errors must not show. */
export class TokenSource {
  readonly #fixed: string | undefined;
  readonly #fn: TokenFunction | undefined;
  #cached: string | undefined;
  #pending: Promise<string> | undefined;
  readonly #seen: string[] = [];

  constructor(token: string | TokenFunction | undefined) {
    if (typeof token === "function") this.#fn = token;
    else this.#fixed = token;
    if (this.#fixed) this.#seen.push(this.#fixed);
  }

  /** Whether a 401 can be answered by asking for a new token. */
  get refreshable(): boolean {
    return this.#fn !== undefined;
  }

  /** Whether any token is configured (a function counts, before it is called). */
  get configured(): boolean {
    return this.#fixed !== undefined || this.#fn !== undefined;
  }

  /** The token to send: at once when fixed or cached, otherwise from the function (shared by concurrent callers). */
  current(): string | undefined | Promise<string> {
    if (this.#fixed !== undefined) return this.#fixed;
    if (this.#cached !== undefined || this.#fn === undefined) return this.#cached;
    return this.#call();
  }

  /**
   * A new token after `stale` was refused. Concurrent 401s share one call; a caller whose token was
   * already replaced gets the replacement without another call.
   */
  refresh(stale: string | undefined): Promise<string> {
    if (this.#cached !== undefined && this.#cached !== stale) return Promise.resolve(this.#cached);
    this.#cached = undefined;
    return this.#call();
  }

  /** Every token value handed out recently, for the scrubber. */
  secrets(): ReadonlyArray<string> {
    return this.#seen;
  }

  /** The current token as the docs show it (`mlc_...a1b2`), or `(function)` before the first call. */
  redacted(): string {
    if (this.#fn && this.#cached === undefined) return "(function)";
    return redactToken(this.#fixed ?? this.#cached);
  }

  #call(): Promise<string> {
    const fn = this.#fn;
    if (!fn) return Promise.reject(new ConfigError("No token function to refresh the token with."));
    this.#pending ??= (async () => {
      let value: unknown;
      try {
        value = await fn();
      } catch (error) {
        throw new ConfigError("The token function threw (see cause).", { cause: error });
      }
      if (typeof value !== "string" || value.trim() === "") {
        throw new ConfigError(
          `The token function must return a non-empty string (got ${value === "" ? "an empty string" : typeof value}).`,
        );
      }
      const token = value.trim();
      if (!this.#seen.includes(token)) {
        this.#seen.push(token);
        if (this.#seen.length > REMEMBERED) this.#seen.shift();
      }
      this.#cached = token;
      return token;
    })().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }
}
