/**
 * One attempt: the function ky calls as its `fetch`, once per try, with the Request it built and
 * the hooks shaped. It adds what ky 1.9.1 cannot do for us (docs/decisions.md): a per-attempt
 * timeout that covers the body and can be retried, redirects that keep credentials home, the body
 * read under that timeout with a size cap, and failures turned into the SDK's typed errors with the
 * retry decision attached.
 */
import { uploadRedirect } from "../platform/node";
import { type CallState, callOf } from "./call-state";
import { connectionErrorMessage } from "./error-mapping";
import { APIConnectionError, APITimeoutError, APIUserAbortError, ConfigError, JettyError } from "./errors";
import { decide, retryHeaders } from "./ky-retry";
import type { Logger } from "./logger";
import type { Fetch } from "./options";
import { attemptBody, trackDownload } from "./progress";
import { bufferedCopy, ERROR_BODY_BYTES, readBodyText } from "./read-body";
import { redactHeaders, scrub } from "./redact";
import { fetchFollowingRedirects, type RedirectContext } from "./redirects";
import { errorCode, wasNotSent } from "./retry-policy";
import { anySignal } from "./signals";

/** What the attempt function needs from the transport. */
export interface AttemptContext {
  fetch: Fetch;
  redirects: RedirectContext;
  logger: Logger;
  debug: boolean;
  /** The client has beforeRequest hooks: a request that is not the one ky built may arrive. */
  userBeforeRequest: boolean;
  /** The client has afterResponse hooks: they need a body they can read. */
  userAfterResponse: boolean;
}

/** ky's `fetch` option: sends one attempt of the call carried in ky's options. */
export function attemptFunction(context: AttemptContext) {
  return async (request: Request, init?: Record<string, unknown>): Promise<Response> => {
    const call = callOf(init);
    resetAttempt(call);
    call.attempts++;
    const timer = new AbortController();
    const timeoutId = setTimeout(() => timer.abort(), call.timeout);
    const signal = anySignal(call.signal, timer.signal) as AbortSignal;
    // ky's Request carries a tee'd copy of the body (Ky.js clones every request for its retries);
    // sending the SDK's own body instead keeps its length known and an upload out of memory.
    const untouched = !context.userBeforeRequest || request === call.kyRequest;
    if (untouched && request.body) request.body.cancel().catch(() => {});
    const upload =
      untouched || !request.body
        ? attemptBody(call.source, call.onUploadProgress)
        : attemptBody(request.body);
    const sendsBytes = upload.body !== undefined && typeof upload.body !== "string";
    const started = context.debug ? performance.now() : 0;
    if (context.debug) {
      context.logger.debug(`→ ${request.method} ${request.url}`, {
        attempt: call.attempts,
        headers: redactHeaders(request.headers),
      });
    }
    try {
      const sendInit: RequestInit & { duplex?: "half" } = {
        body: upload.body,
        signal,
        // Node's fetch tees any body it might have to re-send on a redirect (undici clones the request
        // unless redirect is "error"): an upload is sent once, and a redirect of it is refused.
        // Workers offer no "error" (uploadRedirect is "manual" there): a redirect then comes back as a
        // response, refused below.
        redirect: sendsBytes ? uploadRedirect : "manual",
      };
      if (upload.body instanceof ReadableStream) sendInit.duplex = "half";
      if (upload.contentLength !== undefined) {
        const headers = new Headers(request.headers);
        headers.set("content-length", String(upload.contentLength));
        sendInit.headers = headers;
      }
      let response = sendsBytes
        ? await context.fetch(request, sendInit)
        : await fetchFollowingRedirects(request, sendInit, context.redirects, call);
      if (
        sendsBytes &&
        response.status >= 300 &&
        response.status <= 399 &&
        response.headers.has("location")
      ) {
        await response.body?.cancel();
        throw uploadRedirected(call);
      }
      call.original = response;
      if (call.onDownloadProgress) response = trackDownload(response, call.onDownloadProgress);
      if (response.ok && (call.mode === "stream" || call.mode === "raw")) {
        if (context.debug) context.logger.debug(`${call.method} ${call.url} → ${response.status} (streamed)`);
        call.handed = response;
        return response;
      }
      const where = { method: call.method, url: response.url || call.url };
      if (response.ok) {
        const { text } = await readBodyText(response, call.maxJsonBytes, where);
        call.text = text;
        call.handed = context.userAfterResponse ? bufferedCopy(response, text, response.headers) : response;
      } else {
        call.errorBody = await readBodyText(response, ERROR_BODY_BYTES, where, true);
        call.outcome = decide(call, { kind: "status", status: response.status }, response.headers);
        call.handed = bufferedCopy(
          response,
          call.errorBody.text,
          retryHeaders(response.headers, call.outcome),
        );
      }
      if (context.debug) {
        const ms = Math.round(performance.now() - started);
        context.logger.debug(`${call.method} ${call.url} → ${response.status} in ${ms} ms`);
      }
      return call.handed;
    } catch (error) {
      call.thrown = failure(call, error, timer.signal, request.url, sendsBytes);
      throw call.thrown;
    } finally {
      clearTimeout(timeoutId);
      upload.release(call.signal?.reason);
    }
  };
}

function resetAttempt(call: CallState): void {
  call.outcome = undefined;
  call.thrown = undefined;
  call.handed = undefined;
  call.original = undefined;
  call.text = undefined;
  call.errorBody = undefined;
  call.unfollowed = undefined;
}

/** The typed error for a failed attempt, with the retry decision recorded on the call. */
function failure(call: CallState, error: unknown, timer: AbortSignal, url: string, upload: boolean): unknown {
  if (error instanceof JettyError || error === call.hookError) return error;
  const path = scrub(call.path, call.secrets());
  if (call.signal?.aborted) return new APIUserAbortError(undefined, { cause: call.signal.reason });
  if (timer.aborted) {
    call.outcome = decide(call, { kind: "timeout" });
    return new APITimeoutError(`Request timed out after ${call.timeout} ms (${call.method} ${path}).`);
  }
  if (upload && /redirect/i.test(String((error as Error)?.cause ?? ""))) return uploadRedirected(call);
  call.outcome = decide(call, { kind: "connection", notSent: wasNotSent(error) });
  return new APIConnectionError(
    connectionErrorMessage(error, errorCode(error), url, `${call.method} ${path}`),
    {
      cause: error,
    },
  );
}

function uploadRedirected(call: CallState): ConfigError {
  return new ConfigError(
    `The server redirected an upload (${call.method} ${scrub(call.path, call.secrets())}); uploads do not ` +
      "follow redirects. Point baseURL at the final API origin.",
  );
}
