/**
 * Raw requests (`jetty.get(path)`, `jetty.post(path, { body })`, …) for endpoints the SDK does not
 * wrap. They become a RequestSpec like an operation call does and go down the transport's one
 * request path, so auth, retries, typed errors, redaction, logging and hooks are the same.
 */
import { APIPromise } from "./api-promise";
import { InvalidInputError } from "./errors";
import type { QueryValue } from "./operation";
import { checkOptionKeys, REQUEST_OPTION_KEYS } from "./option-keys";
import type { RequestOptions } from "./options";
import type { HttpMethod, RequestSpec, Transport } from "./transport";
import { relativePath } from "./url-path";

/**
 * Options of a raw request: the usual {@link RequestOptions} plus the query and the body.
 *
 * @example
 * ```ts
 * const options: RawRequestOptions = { query: { limit: 5 }, body: { name: "x" }, timeout: 10_000 };
 * await jetty.post("/api/v1/some/route", options);
 * ```
 */
export interface RawRequestOptions extends RequestOptions {
  /** Query parameters; `undefined` and `null` values are left out. */
  query?: Readonly<Record<string, QueryValue>>;
  /**
   * The request body: sent as JSON, except `FormData`, `URLSearchParams`, `Blob`, bytes and streams,
   * which are sent as they are (a stream only once: never retried).
   */
  body?: unknown;
}

const RAW_OPTION_KEYS: ReadonlySet<string> = new Set([...REQUEST_OPTION_KEYS, "query", "body"]);

/**
 * Sends `method path` through `transport` and resolves with the parsed JSON answer (the text when
 * it is not JSON, `undefined` when empty). Retries follow the method: GET, PUT and DELETE are
 * retried on transient failures; POST and PATCH only when the server provably did not act (429,
 * 503, a refused connection). A bad path rejects with {@link InvalidInputError}, nothing sent.
 *
 * @example
 * ```ts
 * const versions = await rawRequest(transport, "GET", "/api/v1/tasks/acme/triage/versions");
 * ```
 */
export function rawRequest<T = unknown>(
  transport: Transport,
  method: HttpMethod,
  path: string,
  options: RawRequestOptions = {},
): APIPromise<T> {
  return APIPromise.attempt(() => {
    const spec = rawSpec(transport.baseURL, method, path, options);
    const { query: _query, body: _body, ...requestOptions } = options;
    return transport.request(spec, undefined, requestOptions) as APIPromise<T>;
  });
}

function rawSpec(baseURL: string, method: HttpMethod, path: string, options: RawRequestOptions): RequestSpec {
  if (typeof options !== "object" || options === null) {
    throw new InvalidInputError("options", "expected an object of request options.");
  }
  checkOptionKeys(options, RAW_OPTION_KEYS, { what: "options", requestOptionsElsewhere: false });
  const relative = relativePath(path);
  // Belt and braces: whatever the checks above let through must still address the base URL.
  const url = new URL(baseURL + relative);
  if (url.origin !== new URL(baseURL).origin) {
    throw new InvalidInputError("path", "the path would leave the client's base URL.");
  }
  const [pathname = relative, search] = relative.split(/\?(.*)/s, 2);
  const spec: RequestSpec = {
    method,
    path: pathname,
    // Some endpoints the SDK does not wrap are public; without a token the server's 401 says so.
    auth: "optional",
    // Whatever a 2xx carries is the answer: JSON parsed, text as text, an empty body as undefined.
    expect: "ack",
  };
  // A query written into the path and one given as `query` are sent together (`query` wins).
  if (search || options.query) {
    spec.query = { ...Object.fromEntries(new URLSearchParams(search ?? "")), ...options.query };
  }
  const body = options.body;
  if (body !== undefined) {
    if (isRawBody(body)) {
      spec.body = body;
      if (body instanceof ReadableStream) spec.replayable = false;
    } else spec.json = body;
  }
  return spec;
}

function isRawBody(body: unknown): body is BodyInit {
  return (
    body instanceof FormData ||
    body instanceof URLSearchParams ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof ReadableStream
  );
}
