import type { Hooks } from "./hooks";
import type { Logger, LogLevel } from "./logger";
import type { ProgressCallback } from "./progress";
import type { BackoffOptions } from "./retry-policy";
import type { TokenFunction } from "./token";

/**
 * A `fetch` implementation: the global one, undici's, or a wrapper of your own.
 *
 * @example
 * ```ts
 * const logged: Fetch = (input, init) => { console.log(init?.method ?? "GET", String(input)); return fetch(input, init); };
 * const jetty = new Jetty({ fetch: logged });
 * ```
 */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * Options for `new Jetty(options)`. Every one is optional.
 *
 * @example
 * ```ts
 * import { Jetty } from "@jetty/sdk";
 * const jetty = new Jetty({ token: process.env.MY_TOKEN, timeout: 30_000, maxRetries: 4 });
 * ```
 */
export interface ClientOptions {
  /**
   * API token, or a function that returns one (called when a token is first needed, its answer
   * cached; after a 401 it is called once more and the request sent again). Default:
   * `JETTY_API_TOKEN`, then the token file.
   */
  token?: string | TokenFunction;
  /** API origin. Default: `JETTY_API_URL`, then `https://flows-api.jetty.io`. */
  baseURL?: string;
  /** Web app origin used for links. Default `https://flows.jetty.io`. */
  frontendURL?: string;
  /** Per-attempt timeout in ms. Default 60 000. */
  timeout?: number;
  /** Retries after the first attempt, for failures the retry policy allows. Default 2. */
  maxRetries?: number;
  /** The `fetch` to send requests with. Default: the global `fetch`. */
  fetch?: Fetch;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string>;
  /** Where log lines go. Default `console`. */
  logger?: Logger;
  /** Log verbosity. Default: `JETTY_LOG`, then `"warn"`. */
  logLevel?: LogLevel;
  /** Token file to read when no token is given. Default `~/.config/jetty/token`. */
  tokenFile?: string;
  /** Backoff tuning (and injectable randomness and clock, for tests). Defaults follow DESIGN.md. */
  backoff?: Partial<BackoffOptions>;
  /** ky's hooks, run on every request (see docs/hooks.md for what each one sees). */
  hooks?: Hooks;
  /** Largest JSON response body accepted, in bytes. Default 64 MiB. */
  maxJsonBytes?: number;
}

/**
 * Options every method accepts as its last argument; each overrides the client's setting for
 * that one call.
 *
 * @example
 * ```ts
 * const ac = new AbortController();
 * await jetty.collections.list({}, { signal: ac.signal, timeout: 5_000, maxRetries: 0 });
 * ```
 */
export interface RequestOptions {
  /** Aborts the request, including any backoff sleep in progress. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms. */
  timeout?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Byte progress of the response body (downloads: as you read it). */
  onDownloadProgress?: ProgressCallback;
  /** Byte progress of the request body (uploads, runs with files). */
  onUploadProgress?: ProgressCallback;
  /** Largest JSON response body accepted, in bytes, for this call. */
  maxJsonBytes?: number;
  /**
   * Streams and downloads only: most ms to wait for the next chunk once the body is being read
   * (`IdleTimeoutError`). `0` waits forever. Default 10 minutes for chat streams, 2 for downloads.
   */
  idleTimeout?: number;
  /** Chat streams only: most characters one server-sent event may hold. Default 16 MiB. */
  maxEventSize?: number;
}
