/**
 * The errors an SSE stream can end with, built in one place so that every value the server sent
 * (body, `error`, headers, URL, event name) is scrubbed of the request's secrets before it is kept.
 */
import type { z } from "zod";
import { isRecord } from "../util/is-record";
import { APIError, type ErrorHeaders, ResponseValidationError } from "./errors";
import { scrub, scrubDeep, secretScrubber } from "./redact";
import type { SecretMatcher } from "./secret-matcher";
import { jsonErrorWhere, StreamError } from "./stream-errors";
import { validateResponse } from "./validate-response";

/** How much of an unparseable event an error keeps. */
const SHOWN_DATA = 2000;

/** Builds the scrubbed errors of one streamed response. */
export class SSEErrors {
  readonly #response: Response;
  readonly #secrets: ReadonlyArray<string>;
  #scrubber: SecretMatcher | undefined;

  constructor(response: Response, secrets: ReadonlyArray<string>) {
    this.#response = response;
    this.#secrets = secrets;
  }

  /** An `event: error`, or a payload whose top-level `error` is set. */
  streamError(rawBody: unknown, rawError: unknown, rawEvent: string | undefined): StreamError {
    const body = this.#clean(rawBody);
    const error = this.#clean(rawError);
    const own = isRecord(error) ? (error.status ?? error.code) : undefined;
    const status =
      typeof own === "number" && own >= 400 && own < 600
        ? own
        : typeof own === "string" && /^[45]\d\d$/.test(own)
          ? Number(own)
          : this.#response.status;
    return new StreamError({
      status,
      headers: this.headers(),
      body,
      url: this.url(),
      error,
      event: rawEvent === undefined ? undefined : this.#clean(rawEvent),
    });
  }

  /** An event whose data is not JSON. JSON.parse's message quotes the data, so only its position is kept. */
  invalidJson(error: unknown, data: string): ResponseValidationError {
    const shown = data.length > SHOWN_DATA ? `${data.slice(0, SHOWN_DATA)}…` : data;
    return new ResponseValidationError({
      issues: [{ path: "$", message: `invalid JSON in a server-sent event${jsonErrorWhere(error)}` }],
      body: this.#clean(shown),
      url: this.url(),
    });
  }

  /** The same check a non-streamed response gets; a chunk must be an object to be one at all. */
  validate<Item>(schema: z.core.$ZodType, item: Item): Item {
    const url = this.url();
    if (!isRecord(item)) {
      throw new ResponseValidationError({
        issues: [{ path: "$", message: `expected a JSON object as the streamed chunk, got ${kindOf(item)}` }],
        body: this.#clean(item),
        url,
      });
    }
    return validateResponse(schema, item, () => ({ method: "", url: url ?? "" }), this.#secrets) as Item;
  }

  /** A non-2xx response read as a stream (its body as read so far, JSON when it parses). */
  statusError(text: string): APIError {
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return new APIError({
      status: this.#response.status,
      headers: this.headers(),
      body: this.#clean(body),
      url: this.url(),
    });
  }

  headers(): ErrorHeaders {
    const headers: ErrorHeaders = {};
    this.#response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return this.#clean(headers);
  }

  url(): string | undefined {
    return this.#response.url ? scrub(this.#response.url, this.#secrets) : undefined;
  }

  /** What an idle timeout says it was reading. */
  what(): string {
    const url = this.url();
    return `the event stream${url ? ` from ${pathOf(url)}` : ""}`;
  }

  #clean<T>(value: T): T {
    if (this.#secrets.length === 0) return value;
    this.#scrubber ??= secretScrubber(this.#secrets);
    return scrubDeep(value, this.#scrubber);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
