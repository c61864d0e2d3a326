/**
 * The retry policy expressed in ky's retry engine: which methods and statuses ky may retry, the
 * wait it takes (full jitter through `retry.delay`, the server's hint through `afterStatusCodes`
 * and `maxRetryAfter`), and the `beforeRetry` hook that stops what the policy forbids and answers a
 * 401 with a fresh token.
 */
import { type BeforeRetryHook, HTTPError, type RetryOptions } from "ky";
import { type AttemptOutcome, type CallState, callOf } from "./call-state";
import type { Logger } from "./logger";
import {
  type AttemptFailure,
  describeFailure,
  isRetryable,
  jitterDelay,
  RETRY_HINT_HEADERS,
  RETRYABLE_IDEMPOTENT,
  RETRYABLE_UNSAFE,
  retryAfterMs,
} from "./retry-policy";
import type { TokenSource } from "./token";

/** ky retries only these methods; POST and PATCH are listed so that `beforeRetry` can decide. */
const EVERY_METHOD = ["get", "head", "put", "delete", "options", "trace", "post", "patch"];
const WITH_AUTH = (codes: readonly number[]) => [...codes, 401];
const STATUS_CODES = {
  idempotent: [...RETRYABLE_IDEMPOTENT],
  unsafe: [...RETRYABLE_UNSAFE],
  idempotentAuth: /* @__PURE__ */ WITH_AUTH(RETRYABLE_IDEMPOTENT),
  unsafeAuth: /* @__PURE__ */ WITH_AUTH(RETRYABLE_UNSAFE),
};

/**
 * ky's retry options for one call. Statuses outside `statusCodes` are thrown at once by ky; for the
 * rest, and for thrown errors, `delay` hands ky the wait the attempt already decided (0 when the
 * policy says no, and `beforeRetry` then stops).
 */
export function kyRetry(call: CallState): RetryOptions {
  const idempotent = call.retryClass === "idempotent";
  const codes = call.refreshable
    ? idempotent
      ? STATUS_CODES.idempotentAuth
      : STATUS_CODES.unsafeAuth
    : idempotent
      ? STATUS_CODES.idempotent
      : STATUS_CODES.unsafe;
  return {
    // The refresh after a 401 does not use up a retry; the hook counts the rest.
    limit: call.maxRetries + (call.refreshable ? 1 : 0),
    methods: call.replayable ? EVERY_METHOD : [],
    statusCodes: codes,
    afterStatusCodes: STATUS_CODES.idempotent,
    maxRetryAfter: call.backoff.maxRetryAfter,
    backoffLimit: call.backoff.maxDelay,
    delay: () => (call.outcome?.retry === "backoff" ? call.outcome.delay : 0),
  };
}

/** The policy's answer to one failed attempt. */
export function decide(call: CallState, failure: AttemptFailure, headers?: Headers): AttemptOutcome {
  if (failure.kind === "status" && failure.status === 401) {
    const auth = call.refreshable && call.replayable && !call.refreshed;
    return { failure, retry: auth ? "auth" : "no", delay: 0 };
  }
  if (!call.replayable || call.retries >= call.maxRetries || !isRetryable(call.retryClass, failure)) {
    return { failure, retry: "no", delay: 0 };
  }
  const hinted = headers ? retryAfterMs(headers, call.backoff.now) : undefined;
  const delay =
    hinted !== undefined
      ? Math.min(hinted, call.backoff.maxRetryAfter)
      : jitterDelay(call.retries + 1, call.backoff);
  return { failure, retry: "backoff", delay };
}

/**
 * The headers of the error response handed to ky: its wait hints replaced by the one `Retry-After`
 * (seconds) the policy decided, or removed when there is to be no retry, so that ky waits exactly
 * the decided time and never waits for nothing. The thrown `APIError` keeps the server's headers.
 */
export function retryHeaders(original: Headers, outcome: AttemptOutcome): Headers {
  const headers = new Headers(original);
  const hinted = RETRY_HINT_HEADERS.some((name) => headers.has(name)) || headers.has("retry-after-ms");
  for (const name of RETRY_HINT_HEADERS) headers.delete(name);
  if (outcome.retry === "backoff" && hinted) headers.set("retry-after", String(outcome.delay / 1000));
  return headers;
}

/**
 * The SDK's first `beforeRetry` hook: ky calls it after the wait, before sending again. It throws
 * the failure (ky then rejects with it) unless the policy allowed this retry; after a 401 it asks
 * the token function again and puts the new token on the request ky is about to send.
 */
export function retryPolicyHook(tokens: TokenSource, logger: Logger): BeforeRetryHook {
  return async ({ error, request, options }) => {
    const call = callOf(options);
    const outcome = call.outcome;
    call.outcome = undefined;
    call.retryError = error;
    const ours = error === call.thrown || (error instanceof HTTPError && error.response === call.handed);
    if (!outcome || !ours || outcome.retry === "no") throw error;
    if (outcome.retry === "auth") {
      call.refreshed = true;
      call.token = await tokens.refresh(call.token);
      request.headers.set("authorization", `Bearer ${call.token}`);
      logger.info(`Got a new token from the token function after a 401 on ${call.method} ${call.path}.`);
      return;
    }
    call.retries++;
    logger.info(
      `Retrying ${call.method} ${call.path} after ${describeFailure(outcome.failure)} ` +
        `(retry ${call.retries} of ${call.maxRetries}, waited ${outcome.delay} ms)`,
    );
  };
}
