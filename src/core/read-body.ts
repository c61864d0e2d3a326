/**
 * Reading response bodies with a size cap. A JSON answer is held in memory whole, so its size is
 * bounded (`maxJsonBytes`); an error body is only shown, so it is cut short instead of refused.
 */
import { ResponseTooLargeError, ResponseValidationError } from "./errors";

/** The default cap of a JSON response body: 64 MiB. */
export const DEFAULT_MAX_JSON_BYTES = 64 * 1024 * 1024;

/** How much of an error body is kept (it ends up in a message and `APIError.body`). */
export const ERROR_BODY_BYTES = 1024 * 1024;

/** Where a body came from, for error messages. */
export interface BodyContext {
  method: string;
  url: string;
}

/** A body read as text; `truncated` when only the first `limit` bytes were kept. */
export interface BodyText {
  text: string;
  truncated: boolean;
}

/**
 * Reads the body as UTF-8 text, refusing it with {@link ResponseTooLargeError} once it passes `limit`
 * bytes (or, with `truncate`, keeping only the first `limit` bytes). A declared `Content-Length` over
 * the limit is refused before a byte is read; compressed or chunked bodies are counted as they arrive,
 * so neither a lying header nor a zip bomb gets past the cap.
 */
export async function readBodyText(
  response: Response,
  limit: number,
  context: BodyContext,
  truncate = false,
): Promise<BodyText> {
  const body = response.body;
  if (!body) return { text: "", truncated: false };
  const declared = declaredLength(response.headers);
  if (declared !== undefined && declared <= limit) return { text: await response.text(), truncated: false };
  if (declared !== undefined && !truncate) {
    await body.cancel().catch(() => {});
    throw new ResponseTooLargeError({ limit, ...context });
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false };
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      if (!truncate) throw new ResponseTooLargeError({ limit, ...context });
      const kept = value.subarray(0, value.byteLength - (total - limit));
      return { text: text + decoder.decode(kept), truncated: true };
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The body length the server declared, when it is the length of what `text()` will read. */
function declaredLength(headers: Headers): number | undefined {
  // fetch decompresses: with an encoding, Content-Length counts the compressed bytes only.
  if (headers.has("content-encoding")) return undefined;
  const raw = headers.get("content-length");
  const length = raw === null || raw === "" ? Number.NaN : Number(raw);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * Parses a JSON body; an empty body is `undefined`, anything else unparsable a validation error whose
 * body and URL go through `scrub` (the context is built only then).
 */
export function parseJsonBody(
  text: string,
  context: () => BodyContext,
  scrub: (text: string) => string,
): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const { method, url } = context();
    throw new ResponseValidationError({
      issues: [{ path: "$", message: "the response body is not valid JSON" }],
      body: scrub(text.length > 2000 ? `${text.slice(0, 2000)}…` : text),
      method,
      url: scrub(url),
    });
  }
}

/**
 * The `expect: "ack"` reading of a 2xx body: nothing (`undefined`), any JSON value, or else the text
 * as it came. Never an error: an acknowledgement only has to arrive.
 */
export function parseAckBody(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** An error body: JSON when it parses, otherwise its text (marked when cut short). */
export function parseErrorBody({ text, truncated }: BodyText): unknown {
  if (text === "") return undefined;
  if (truncated) return `${text}… (truncated)`;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** A copy of a response whose body was read, readable again (for hooks, ky's HTTPError, `asResponse()`). */
export function bufferedCopy(response: Response, text: string, headers: Headers): Response {
  const copy = new Response(NULL_BODY_STATUSES.has(response.status) ? null : text, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  // A constructed Response has no URL of its own.
  Object.defineProperty(copy, "url", { value: response.url });
  return copy;
}
