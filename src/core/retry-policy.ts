/**
 * Which failures are retried, and how long to wait in between (DESIGN.md "Transport behaviour").
 * Pure functions, so the rules can be tested exhaustively without a network; `ky-retry.ts` hands
 * them to ky's retry engine.
 */

/** Methods that can be repeated without changing the outcome (RFC 9110 §9.2.2). */
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** Statuses worth another try when the request is idempotent. 524 is not one: the run goes on. */
export const RETRYABLE_IDEMPOTENT: readonly number[] = [408, 429, 500, 502, 503, 504];

/**
 * Statuses that prove the server did not act, so even a POST may be sent again:
 * 429 (refused by the rate limiter) and 503 (refused before processing).
 */
export const RETRYABLE_UNSAFE: readonly number[] = [429, 503];

/** Error codes meaning the connection was never established, so no byte of the request left. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
  "EADDRNOTAVAIL",
  "ENETUNREACH",
  "EHOSTUNREACH",
]);

/** What went wrong with one attempt, as far as the retry decision cares. */
export type AttemptFailure =
  | { kind: "status"; status: number }
  | { kind: "connection"; notSent: boolean }
  | { kind: "timeout" };

/**
 * How a request may be retried: `idempotent` on any transient failure, `not-acted-on` only when the
 * server provably did not act. The operation table gives every operation one.
 */
export type RetryClass = "idempotent" | "not-acted-on";

/** The retry class of a bare method (a request outside the operation table). */
export function retryClassOf(method: string): RetryClass {
  return IDEMPOTENT.has(method.toUpperCase()) ? "idempotent" : "not-acted-on";
}

/**
 * Whether a request that failed this way may be sent again, by its retry class (or its method).
 * 524 never is: the run goes on.
 */
export function isRetryable(how: RetryClass | string, failure: AttemptFailure): boolean {
  const idempotent =
    (how === "idempotent" || how === "not-acted-on" ? how : retryClassOf(how)) === "idempotent";
  switch (failure.kind) {
    case "status":
      return (idempotent ? RETRYABLE_IDEMPOTENT : RETRYABLE_UNSAFE).includes(failure.status);
    case "connection":
      return idempotent || failure.notSent;
    case "timeout":
      // A POST that timed out may well have been acted on: never resend it.
      return idempotent;
  }
}

/** Finds a system error code anywhere in an error's `cause` chain (undici nests them). */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** True when the error proves the request never reached the server. */
export function wasNotSent(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && NOT_SENT_CODES.has(code);
}

/** For log lines: what the failure was, in a few words. */
export function describeFailure(failure: AttemptFailure): string {
  if (failure.kind === "status") return `HTTP ${failure.status}`;
  if (failure.kind === "timeout") return "a timeout";
  return failure.notSent ? "a refused connection" : "a connection error";
}

/** Tunables of the backoff; the defaults are DESIGN.md's. */
export interface BackoffOptions {
  /** First backoff ceiling in ms (doubles each retry). Default 500. */
  baseDelay: number;
  /** Largest backoff ceiling in ms. Default 8000. */
  maxDelay: number;
  /** Largest wait honoured from a `Retry-After` header, in ms. Default 60 000. */
  maxRetryAfter: number;
  /** Source of randomness in [0, 1). Default `Math.random`. */
  random: () => number;
  /** Clock in ms since the epoch, used for HTTP-date `Retry-After`. Default `Date.now`. */
  now: () => number;
}

/** DESIGN.md's backoff: base 0.5 s, cap 8 s, Retry-After honoured up to a minute. */
export const DEFAULT_BACKOFF: BackoffOptions = {
  baseDelay: 500,
  maxDelay: 8000,
  maxRetryAfter: 60_000,
  random: Math.random,
  now: Date.now,
};

/** Full jitter: a uniform draw from [0, min(maxDelay, baseDelay · 2^(retry-1))) for retry `retry` (1-based). */
export function jitterDelay(retry: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxDelay, options.baseDelay * 2 ** Math.max(0, retry - 1));
  return Math.floor(options.random() * ceiling);
}

/**
 * Milliseconds to wait before retry number `retry` (1 for the first retry).
 * A usable `Retry-After` (or `retry-after-ms`) wins, capped at `maxRetryAfter`; otherwise full jitter.
 */
export function retryDelay(retry: number, headers: Headers | undefined, options: BackoffOptions): number {
  const hinted = headers ? retryAfterMs(headers, options.now) : undefined;
  if (hinted !== undefined) return Math.min(hinted, options.maxRetryAfter);
  return jitterDelay(retry, options);
}

/**
 * The rate-limit headers ky 1.9.1 reads, in its order of precedence (Ky.js `_calculateRetryDelay`):
 * the transport replaces them all by one `Retry-After` in seconds, so that ky waits exactly what
 * {@link retryAfterMs} decided.
 */
export const RETRY_HINT_HEADERS = [
  "retry-after",
  "ratelimit-reset",
  "x-ratelimit-reset",
  "x-rate-limit-reset",
];

/** ky's rule: a number of seconds this large is an epoch timestamp, not a delay. */
const TIMESTAMP_THRESHOLD = 1_704_067_200_000; // Date.parse("2024-01-01"), a literal so bundlers can drop it

/**
 * The server's wait hint in ms: `retry-after-ms`, then `Retry-After` (seconds or an HTTP date), then
 * the `RateLimit-Reset` family (seconds, or an epoch timestamp, as ky reads them). Undefined when
 * absent or junk; never negative.
 */
export function retryAfterMs(headers: Headers, now: () => number = Date.now): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null) {
    const value = Number(ms);
    if (ms.trim() !== "" && Number.isFinite(value) && value >= 0) return value;
  }
  for (const name of RETRY_HINT_HEADERS) {
    const raw = headers.get(name)?.trim();
    if (!raw) continue;
    if (/^\d+(\.\d+)?$/.test(raw)) {
      const value = Number(raw) * 1000;
      return value >= TIMESTAMP_THRESHOLD ? Math.max(0, value - now()) : value;
    }
    const date = name === "retry-after" ? Date.parse(raw) : Number.NaN;
    if (!Number.isNaN(date)) return Math.max(0, date - now());
  }
  return undefined;
}
