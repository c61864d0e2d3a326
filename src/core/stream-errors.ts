/** Errors raised while reading a streamed body (an SSE stream or a download) after its headers arrived. */
import { isRecord } from "../util/is-record";
import { APIError, APITimeoutError, type ErrorHeaders, errorMessage, JettyError } from "./errors";

/**
 * The server reported an error inside a stream: an `event: error`, or a data payload whose
 * top-level `error` is set. `error` holds what the server sent (secrets scrubbed); `status` is the
 * error's own HTTP-like code when it has one, else the response status.
 *
 * @example
 * ```ts
 * import { StreamError } from "@jetty/sdk";
 * try { for await (const chunk of stream) use(chunk); } catch (e) {
 *   if (e instanceof StreamError) console.log(e.message, e.error);
 * }
 * ```
 */
export class StreamError extends APIError {
  override name = "StreamError";
  /** The `error` value the server sent (an object, usually with `message`), or the raw data. */
  readonly error: unknown;
  /** The SSE event name, when the server named one. */
  readonly event: string | undefined;

  constructor(init: {
    status: number;
    headers?: ErrorHeaders;
    body: unknown;
    url?: string;
    error: unknown;
    event?: string;
  }) {
    super({ status: init.status, headers: init.headers, body: init.body, url: init.url });
    this.error = init.error;
    this.event = init.event;
    this.message = `Stream error: ${describeStreamError(init.error)}`;
  }
}

/**
 * No bytes arrived for `idleTimeout` ms while a stream or a download was being read; the connection
 * is dropped. Distinct from the request `timeout`, which only covers the wait for the headers. Raise
 * `idleTimeout` for streams that may stay silent longer, or pass `0` to wait forever.
 *
 * @example
 * ```ts
 * import { IdleTimeoutError } from "@jetty/sdk";
 * const file = await jetty.files.download("acme/t/0000/big.bin", { idleTimeout: 30_000 });
 * await file.saveTo("./big.bin").catch((e) => {
 *   if (e instanceof IdleTimeoutError) console.log(`stalled for ${e.idleTimeout} ms`);
 * });
 * ```
 */
export class IdleTimeoutError extends APITimeoutError {
  override name = "IdleTimeoutError";
  /** The idle timeout that elapsed, in ms. */
  readonly idleTimeout: number;
  constructor(idleTimeout: number, what: string) {
    super(
      `No data for ${idleTimeout} ms while reading ${what}; the connection was dropped. ` +
        "Pass a larger idleTimeout (0 waits forever) if the server can stay silent that long.",
    );
    this.idleTimeout = idleTimeout;
  }
}

/**
 * One server-sent event (or one line of newline-delimited JSON) grew past `maxEventSize` bytes
 * before it ended. Reading stops there, so memory stays bounded; raise `maxEventSize` if such large
 * events are expected.
 *
 * @example
 * ```ts
 * import { StreamEventTooLargeError } from "@jetty/sdk";
 * try { for await (const chunk of stream) use(chunk); } catch (e) {
 *   if (e instanceof StreamEventTooLargeError) console.log(`an event passed ${e.limit} bytes`);
 * }
 * ```
 */
export class StreamEventTooLargeError extends JettyError {
  override name = "StreamEventTooLargeError";
  /** The cap that was exceeded, in bytes. */
  readonly limit: number;
  constructor(limit: number) {
    super(
      `A streamed event passed ${limit} bytes without ending; the stream was stopped. ` +
        "Pass a larger maxEventSize if events this large are expected.",
    );
    this.limit = limit;
  }
}

function describeStreamError(error: unknown): string {
  if (typeof error === "string") return error || "unknown error";
  const text = errorMessage(error) ?? safeJson(error);
  const code = isRecord(error) ? (error.code ?? error.type) : undefined;
  return typeof code === "string" || typeof code === "number" ? `${text} (${code})` : text;
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? "unknown error";
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return "unreadable error";
  }
}

/** An error's message, with its cause's when that says more (undici: "terminated" + the socket error). */
export function messageOf(error: unknown): string {
  const cause = causeOf(error);
  const outer = error instanceof Error ? error.message : String(error);
  const inner = cause !== error && cause instanceof Error ? cause.message : "";
  return inner && inner !== outer ? `${outer} (${inner})` : outer;
}

// undici reports a dropped socket as TypeError("terminated") with the socket error as its cause.
export function causeOf(error: unknown): unknown {
  return error instanceof Error && error.cause !== undefined ? error.cause : error;
}

/**
 * Where a `JSON.parse` failed (" at position 12"), or "". Its message itself is not repeated: it
 * quotes a piece of the input, which may be anything the server sent, secrets included.
 */
export function jsonErrorWhere(error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  return position === undefined ? "" : ` at position ${position}`;
}
