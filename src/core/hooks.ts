/**
 * ky's hooks as the SDK's extension point (`new Jetty({ hooks })`), and how the SDK's own hooks are
 * placed around them. What a hook sees is documented in docs/hooks.md.
 */
import ky, {
  type AfterResponseHook as KyAfterResponseHook,
  type BeforeErrorHook as KyBeforeErrorHook,
  type BeforeRequestHook as KyBeforeRequestHook,
  type BeforeRetryHook as KyBeforeRetryHook,
  type BeforeRetryState as KyBeforeRetryState,
  type Hooks as KyHooks,
  HTTPError as KyHTTPError,
} from "ky";
import { callOf } from "./call-state";

/**
 * Runs before every attempt (retries included) with ky's `Request`: method, URL and headers, the
 * `authorization` header with **your own token** included (leave it out of what you log). Set
 * headers on it, or return a `Response` to answer without the network.
 *
 * @example
 * ```ts
 * const addTrace: BeforeRequestHook = (request) => {
 *   request.headers.set("traceparent", `00-${crypto.randomUUID().replaceAll("-", "")}-0000000000000001-01`);
 * };
 * ```
 */
export type BeforeRequestHook = KyBeforeRequestHook;

/**
 * Runs after every attempt's response (after redirects, before errors are thrown) with a copy of it:
 * read its body inside the hook if you need it, since the copy is discarded once the hook returns.
 * Return a `Response` to replace the answer.
 *
 * @example
 * ```ts
 * const logStatus: AfterResponseHook = (request, _options, response) => {
 *   console.log(request.method, new URL(request.url).pathname, response.status);
 * };
 * ```
 */
export type AfterResponseHook = KyAfterResponseHook;

/**
 * What a {@link BeforeRetryHook} receives: the request about to be sent again, the `error` of the
 * failed attempt (an {@link HTTPError} for an error status, else the SDK's `APIConnectionError` or
 * `APITimeoutError`) and the retry number.
 *
 * @example
 * ```ts
 * const note = ({ error, retryCount }: BeforeRetryState) => console.log(`retry ${retryCount}:`, error.message);
 * ```
 */
export type BeforeRetryState = KyBeforeRetryState;

/**
 * Runs before each retry the SDK's policy allows, after the backoff wait. Return {@link stopRetry}
 * (or throw) to give up: the failure is then thrown as the SDK's typed error.
 *
 * @example
 * ```ts
 * const noRetriesAtNight: BeforeRetryHook = () => (new Date().getHours() < 6 ? stopRetry : undefined);
 * ```
 */
export type BeforeRetryHook = KyBeforeRetryHook;

/**
 * Runs for every error status (retried ones included) with ky's {@link HTTPError}, and must return
 * it. For side effects (metrics, logs): the SDK then throws its own `APIError` subclass, with the
 * body parsed and secrets scrubbed, when it gives up.
 *
 * @example
 * ```ts
 * const count: BeforeErrorHook = (error) => {
 *   console.log("HTTP", error.response.status);
 *   return error;
 * };
 * ```
 */
export type BeforeErrorHook = KyBeforeErrorHook;

/**
 * The hooks of `new Jetty({ hooks })`: ky's four, run by ky on every request the client makes
 * (JSON calls, uploads, downloads and streams alike).
 *
 * @example
 * ```ts
 * import { Jetty, type Hooks } from "@jetty/sdk";
 * const hooks: Hooks = {
 *   afterResponse: [(request, _options, response) => console.log(request.method, request.url, response.status)],
 * };
 * const jetty = new Jetty({ hooks });
 * ```
 */
export interface Hooks {
  beforeRequest?: BeforeRequestHook[];
  afterResponse?: AfterResponseHook[];
  beforeRetry?: BeforeRetryHook[];
  beforeError?: BeforeErrorHook[];
}

/**
 * Return it from a {@link BeforeRetryHook} to stop retrying (ky's `ky.stop`).
 *
 * @example
 * ```ts
 * import { stopRetry, type BeforeRetryHook } from "@jetty/sdk";
 * const once: BeforeRetryHook = ({ retryCount }) => (retryCount > 1 ? stopRetry : undefined);
 * ```
 */
// Pure-annotated: a bare `ky.stop` read would be a side effect that keeps ky in every bundle.
export const stopRetry: typeof ky.stop = /* @__PURE__ */ (() => ky.stop)() as typeof ky.stop;

/**
 * ky's error for an error status, as hooks see it (`error.response` is a copy whose body you may read).
 * Callers of SDK methods never get one: they get the matching `APIError` subclass.
 *
 * @example
 * ```ts
 * import { HTTPError, type BeforeRetryHook } from "@jetty/sdk";
 * const log: BeforeRetryHook = ({ error }) => {
 *   if (error instanceof HTTPError) console.log("retrying after", error.response.status);
 * };
 * ```
 */
export const HTTPError = KyHTTPError;
export type HTTPError = KyHTTPError;

/**
 * ky's hook lists for the client: the user's hooks, wrapped so that an error they throw is passed on
 * as it is, placed around the SDK's own (the retry decision runs first; the request a user's
 * beforeRequest hook leaves is recorded last).
 */
export function kyHooks(user: Hooks | undefined, policy: KyBeforeRetryHook): KyHooks {
  const before = user?.beforeRequest ?? [];
  const after = user?.afterResponse ?? [];
  return {
    beforeRequest: before.length === 0 ? [] : [forgetRequest, ...before.map(guarded), recordRequest],
    afterResponse: after.map(discardingCopy),
    beforeRetry: [policy, ...(user?.beforeRetry ?? []).map(guarded)],
    beforeError: (user?.beforeError ?? []).map((hook) => guardedError(hook)),
  };
}

const forgetRequest: KyBeforeRequestHook = (_request, options) => {
  const call = callOf(options);
  call.kyRequest = undefined;
  call.outcome = undefined;
};

const recordRequest: KyBeforeRequestHook = (request, options) => {
  callOf(options).kyRequest = request;
};

/** A hook whose failure is remembered, so the transport passes that error on instead of wrapping it. */
function guarded<A extends unknown[], R>(hook: (...args: A) => R): (...args: A) => Promise<Awaited<R>> {
  return async (...args: A): Promise<Awaited<R>> => {
    try {
      return await hook(...args);
    } catch (error) {
      const first = args[0] as { options?: unknown };
      callOf(args.length > 1 ? args[1] : first.options).hookError = error;
      throw error;
    }
  };
}

function guardedError(hook: KyBeforeErrorHook): KyBeforeErrorHook {
  return async (error) => {
    try {
      return await hook(error);
    } catch (thrown) {
      callOf(error.options).hookError = thrown;
      throw thrown;
    }
  };
}

/**
 * ky gives afterResponse hooks a clone; an unread clone of a download would buffer the whole body
 * (the two halves of a tee move together), so it is cancelled once the hook is done with it.
 */
function discardingCopy(hook: KyAfterResponseHook): KyAfterResponseHook {
  const run = guarded(hook);
  return async (request, options, response) => {
    let kept = false;
    try {
      const result = await run(request, options, response);
      kept = result === response;
      return result;
    } finally {
      if (!kept && !response.bodyUsed && !response.body?.locked) {
        response.body?.cancel().catch(() => {});
      }
    }
  };
}
