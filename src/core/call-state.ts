/**
 * The state of one SDK call while ky runs it: fixed settings, and what the latest attempt did.
 * ky hands it back to the attempt function and to the hooks through an option of its own
 * (`jettyCall`), which ky passes on untouched (ky 1.9.1 `findUnknownOptions`).
 */

import type { ProgressCallback } from "./progress";
import type { BodyText } from "./read-body";
import type { AttemptFailure, BackoffOptions, RetryClass } from "./retry-policy";

/**
 * How a call reads its answer: `json` parses (and validates) it, `ack` accepts any 2xx body,
 * `stream` hands back the unread response (downloads, SSE), `raw` too but for `asResponse()`.
 */
export type CallMode = "json" | "ack" | "stream" | "raw";

/** The retry decision for the latest attempt. */
export interface AttemptOutcome {
  failure: AttemptFailure;
  /** `backoff`: retry after `delay`; `auth`: retry at once with a fresh token; `no`: give up. */
  retry: "no" | "backoff" | "auth";
  /** Milliseconds to wait first. */
  delay: number;
}

/** Settings of one call, normalised once by the transport. */
export interface CallSettings {
  method: string;
  /** How the call may be retried (the operation's class, else the method's). */
  retryClass: RetryClass;
  /** The path below the base URL, for messages. */
  path: string;
  url: string;
  mode: CallMode;
  timeout: number;
  maxRetries: number;
  maxJsonBytes: number;
  backoff: BackoffOptions;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
  /** The body as built by the SDK: what every attempt sends (unless a hook replaced the request). */
  source: BodyInit | undefined;
  /** False for a one-shot (stream) body: the call is never retried. */
  replayable: boolean;
  /** Whether the body carries secrets (then it never follows a redirect to another origin). */
  secretBody: boolean;
  /** Whether a 401 may be answered by asking the token function again. */
  refreshable: boolean;
  onUploadProgress: ProgressCallback | undefined;
  onDownloadProgress: ProgressCallback | undefined;
  /** Every value errors must not show: tokens and the request's own secrets. */
  secrets(): ReadonlyArray<string>;
}

/** {@link CallSettings} plus what the attempts so far did. */
export interface CallState extends CallSettings {
  /** The token sent (replaced after a refresh). */
  token: string | undefined;
  attempts: number;
  /** Retries made for failures (the one refresh after a 401 does not count). */
  retries: number;
  refreshed: boolean;
  outcome: AttemptOutcome | undefined;
  /** The error the latest attempt threw. */
  thrown: unknown;
  /** The error ky last asked to retry, for when a user's hook stops retrying with `ky.stop`. */
  retryError: unknown;
  /** The Response the latest attempt handed to ky. */
  handed: Response | undefined;
  /** The Response the server sent (after redirects), body read when `text`/`errorBody` is set. */
  original: Response | undefined;
  text: string | undefined;
  errorBody: BodyText | undefined;
  /** Why a redirect was not followed, for the error message. */
  unfollowed: string | undefined;
  /** The Request as the SDK's last beforeRequest hook saw it: a user hook did not replace it. */
  kyRequest: Request | undefined;
  /** An error thrown by a user's hook or progress callback: passed on as it is. */
  hookError: unknown;
}

/** A fresh state for one call (built field by field: this runs on every request). */
export function newCallState(settings: CallSettings, token: string | undefined): CallState {
  return {
    method: settings.method,
    retryClass: settings.retryClass,
    path: settings.path,
    url: settings.url,
    mode: settings.mode,
    timeout: settings.timeout,
    maxRetries: settings.maxRetries,
    maxJsonBytes: settings.maxJsonBytes,
    backoff: settings.backoff,
    signal: settings.signal,
    source: settings.source,
    replayable: settings.replayable,
    secretBody: settings.secretBody,
    refreshable: settings.refreshable,
    onUploadProgress: settings.onUploadProgress,
    onDownloadProgress: settings.onDownloadProgress,
    secrets: settings.secrets,
    token,
    attempts: 0,
    retries: 0,
    refreshed: false,
    outcome: undefined,
    thrown: undefined,
    retryError: undefined,
    handed: undefined,
    original: undefined,
    text: undefined,
    errorBody: undefined,
    unfollowed: undefined,
    kyRequest: undefined,
    hookError: undefined,
  };
}

/** The key under which the state travels through ky's options. */
export const CALL_KEY = "jettyCall";

/** The call state ky carried in its options (or in the options a hook receives). */
export function callOf(options: unknown): CallState {
  return (options as Record<typeof CALL_KEY, CallState>)[CALL_KEY];
}
