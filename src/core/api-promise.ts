import { InvalidInputError } from "./errors";
import { bufferedCopy } from "./read-body";

/** One completed exchange: the response and its already-read, parsed JSON body (if any). */
export interface RawResult {
  response: Response;
  data: unknown;
  /** The body text the data was parsed from, when the transport read it. */
  text?: string;
}

/**
 * Where an {@link APIPromise} gets its exchange from: `result()` with the body read, or `response()`
 * with it unread. The transport's requests start on the next microtask, so an `asResponse()` called
 * straight away gets the untouched response.
 */
export interface RawSource {
  result(): Promise<RawResult>;
  response(): Promise<Response>;
}

/**
 * What every SDK method returns: a promise of the parsed result that can also give you the raw
 * `Response` (status, headers, request id) through {@link APIPromise.withResponse}, or the response
 * alone, body unread, through {@link APIPromise.asResponse}.
 *
 * @example
 * ```ts
 * const { data, response, requestID } = await jetty.collections.list().withResponse();
 * console.log(response.status, requestID, data.length);
 * ```
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #source: RawSource;
  readonly #parse: (raw: RawResult) => T | Promise<T>;
  #parsed: Promise<T> | undefined;

  /**
   * Runs `build`; a synchronous throw (an argument rejected before any request) becomes a rejected
   * APIPromise, so every SDK method reports bad input the same way: `await` it, or `.catch` it.
   *
   * @example
   * ```ts
   * const pending = APIPromise.attempt(() => {
   *   if (!name) throw new InvalidInputError("name", "must not be empty.");
   *   return transport.request({ method: "GET", path: `/api/v1/collections/${name}` });
   * });
   * ```
   */
  static attempt<T>(build: () => APIPromise<T>): APIPromise<T> {
    try {
      return build();
    } catch (caught) {
      // Checking an argument nested deeper than the stack allows is still a bad argument.
      const error =
        caught instanceof RangeError
          ? new InvalidInputError("arguments", "nested too deeply to check or send as JSON.")
          : caught;
      return newAPIPromise<T>(Promise.reject(error), () => {
        throw error;
      });
    }
  }

  constructor(raw: Promise<RawResult> | RawSource, parse: (raw: RawResult) => T | Promise<T>) {
    this.#source = raw instanceof Promise ? settledSource(raw) : raw;
    this.#parse = parse;
  }

  /** Resolves with the parsed data together with the raw `Response` and the server's request id. */
  async withResponse(): Promise<{ data: T; response: Response; requestID: string | undefined }> {
    const [data, raw] = await Promise.all([this.#result(), this.#source.result()]);
    const headers = raw.response.headers;
    return {
      data,
      response: raw.response,
      requestID: headers.get("x-request-id") ?? headers.get("cf-ray") ?? undefined,
    };
  }

  /**
   * Resolves with the raw `Response` as soon as its headers arrive, the body unread and unvalidated:
   * read it yourself (a large body, or a format the SDK does not parse). Error statuses still reject
   * with the matching `APIError`. Called right away, nothing of the body is read by the SDK;
   * called after the result was awaited, it gives a fresh copy of the body that was read.
   *
   * @example
   * ```ts
   * const response = await jetty.trajectories.list("acme", "triage").asResponse();
   * console.log(response.status, response.headers.get("content-type"), await response.text());
   * ```
   */
  asResponse(): Promise<Response> {
    return this.#source.response();
  }

  /** A new APIPromise whose result is `fn` of this one's; `withResponse()` still reaches the response. */
  map<U>(fn: (value: T, raw: RawResult) => U | Promise<U>): APIPromise<U> {
    const source = this.#source;
    return newAPIPromise<U>(
      { result: () => source.result(), response: () => source.response() },
      async (raw) => fn(await this.#result(), raw),
    );
  }

  // biome-ignore lint/suspicious/noThenProperty: APIPromise is deliberately a thenable so `await` works.
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#result().then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#result().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#result().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "APIPromise";
  }

  #result(): Promise<T> {
    this.#parsed ??= this.#source.result().then(this.#parse);
    return this.#parsed;
  }
}

/** A source over an exchange already under way. */
function settledSource(raw: Promise<RawResult>): RawSource {
  // The request started already; without this, a caller who only uses withResponse() or who
  // awaits later would see a spurious unhandled-rejection warning.
  raw.catch(() => {});
  return { result: () => raw, response: () => raw.then(unreadResponse) };
}

/** The response of an exchange with its body readable: itself when unread, else a copy of the text. */
export function unreadResponse(raw: RawResult): Response {
  if (raw.text === undefined || !raw.response.bodyUsed) return raw.response;
  return bufferedCopy(raw.response, raw.text, raw.response.headers);
}

// Outside the class: `new APIPromise` inside its own body makes esbuild rename it `_APIPromise`.
function newAPIPromise<T>(
  raw: Promise<RawResult> | RawSource,
  parse: (raw: RawResult) => T | Promise<T>,
): APIPromise<T> {
  return new APIPromise(raw, parse);
}
