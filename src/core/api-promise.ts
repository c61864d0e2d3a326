/** One completed exchange: the response and its already-read, parsed JSON body (if any). */
export interface RawResult {
  response: Response;
  data: unknown;
}

/**
 * What every SDK method returns: a promise of the parsed result that can also give you the raw
 * `Response` (status, headers, request id) through {@link APIPromise.withResponse}.
 *
 * @example
 * ```ts
 * const { data, response, requestID } = await jetty.collections.list().withResponse();
 * console.log(response.status, requestID, data.length);
 * ```
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #raw: Promise<RawResult>;
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
    } catch (error) {
      return new APIPromise<T>(Promise.reject(error), () => {
        throw error;
      });
    }
  }

  constructor(raw: Promise<RawResult>, parse: (raw: RawResult) => T | Promise<T>) {
    this.#raw = raw;
    this.#parse = parse;
    // The request starts at once; without this, a caller who only uses withResponse() or who
    // awaits later would see a spurious unhandled-rejection warning.
    raw.catch(() => {});
  }

  /** Resolves with the parsed data together with the raw `Response` and the server's request id. */
  async withResponse(): Promise<{ data: T; response: Response; requestID: string | undefined }> {
    const [data, raw] = await Promise.all([this.#result(), this.#raw]);
    const headers = raw.response.headers;
    return {
      data,
      response: raw.response,
      requestID: headers.get("x-request-id") ?? headers.get("cf-ray") ?? undefined,
    };
  }

  /** A new APIPromise whose result is `fn` of this one's; `withResponse()` still reaches the response. */
  map<U>(fn: (value: T, raw: RawResult) => U | Promise<U>): APIPromise<U> {
    return new APIPromise(this.#raw, async (raw) => fn(await this.#result(), raw));
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
    this.#parsed ??= this.#raw.then(this.#parse);
    return this.#parsed;
  }
}
