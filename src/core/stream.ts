import { createParser, type EventSourceMessage, type EventSourceParser } from "eventsource-parser";
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  type ErrorHeaders,
  JettyError,
  ResponseValidationError,
} from "./errors";

/**
 * One server-sent event as the parser delivers it: `event` is `undefined` unless the server named it.
 *
 * @example
 * ```ts
 * import type { ServerSentEvent } from "@jetty/sdk";
 * const parse = (data: string, event: ServerSentEvent) => (event.event === "progress" ? { progress: data } : JSON.parse(data));
 * ```
 */
export type ServerSentEvent = EventSourceMessage;

/**
 * Options of {@link Stream.fromSSEResponse}.
 *
 * @example
 * ```ts
 * import { Stream } from "@jetty/sdk";
 * let trajectoryId: string | undefined;
 * const stream = Stream.fromSSEResponse<{ jetty?: { trajectory_id?: string } }>(response, controller, {
 *   onChunk: (chunk, index) => { if (index === 0) trajectoryId = chunk.jetty?.trajectory_id; },
 * });
 * ```
 */
export interface SSEStreamOptions<Item> {
  /** Turns an event's data into an item. Default: `JSON.parse`. Called once per event. */
  parse?: (data: string, event: ServerSentEvent) => Item;
  /** Called with every item (and its 0-based index) as soon as it is parsed, before it is yielded. */
  onChunk?: (item: Item, index: number) => void;
  /** Aborts the stream (and, through the controller, the request) when it fires. */
  signal?: AbortSignal;
}

/**
 * The server reported an error inside a stream: an `event: error`, or a data payload whose
 * top-level `error` is set. `error` holds what the server sent; `status` is the error's own HTTP-like
 * code when it has one, else the response status.
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

const DONE_RESULT: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });
const noop = () => {};

/**
 * A single-use async iterable over the items of a streamed response, e.g. chat-completion chunks.
 * Breaking out of `for await` cancels the body and aborts the controller, releasing the
 * connection; aborting the controller (or the `signal` option) ends iteration with
 * `APIUserAbortError`. A connection cut before `data: [DONE]` raises `APIConnectionError`; it is
 * never a silent truncation.
 *
 * @example
 * ```ts
 * import { Stream } from "@jetty/sdk";
 * const controller = new AbortController();
 * const response = await fetch(url, { method: "POST", body, signal: controller.signal });
 * const stream = Stream.fromSSEResponse<ChatCompletionChunk>(response, controller);
 * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
 * ```
 */
export class Stream<Item> implements AsyncIterable<Item> {
  /** Aborting it stops the stream and the underlying request. */
  readonly controller: AbortController;
  #open: () => AsyncIterator<Item>;
  #consumed = false;

  /**
   * Wraps an iterator factory; most callers want {@link Stream.fromSSEResponse} instead.
   *
   * @example
   * ```ts
   * import { Stream } from "@jetty/sdk";
   * const stream = new Stream(async function* () { yield 1; yield 2; }, new AbortController());
   * ```
   */
  constructor(open: () => AsyncIterator<Item>, controller: AbortController) {
    this.#open = open;
    this.controller = controller;
  }

  /**
   * Reads an OpenAI-style `text/event-stream` response. Each event's data becomes one item (JSON by
   * default) the moment the parser emits it; `data: [DONE]` ends the stream. Called on a subclass
   * (with the same constructor), it returns an instance of that subclass.
   *
   * @param controller The controller whose signal the request was made with; the stream aborts it
   *   when the consumer stops early.
   * @throws {JettyError} if the response has no body.
   *
   * @example
   * ```ts
   * import { Stream } from "@jetty/sdk";
   * const controller = new AbortController();
   * const response = await fetch(url, { signal: controller.signal });
   * for await (const chunk of Stream.fromSSEResponse(response, controller)) console.log(chunk);
   * ```
   */
  static fromSSEResponse<Item = unknown>(
    response: Response,
    controller: AbortController,
    options: SSEStreamOptions<Item> = {},
  ): Stream<Item> {
    if (!response.body) throw new JettyError("The streamed response has no body.");
    const body = response.body;
    const signal = options.signal;
    let unlink = noop;
    if (signal) {
      if (signal.aborted) controller.abort(signal.reason);
      else {
        const forward = () => controller.abort(signal.reason);
        signal.addEventListener("abort", forward, { once: true });
        unlink = () => signal.removeEventListener("abort", forward);
      }
    }
    return new this(() => new SSEIterator<Item>(body, response, controller, options, unlink), controller);
  }

  /**
   * Reads newline-delimited JSON, e.g. what {@link Stream.toReadableStream} produced on the other
   * side of a process or network boundary. Ends at the end of the body.
   *
   * @example
   * ```ts
   * import { Stream } from "@jetty/sdk";
   * const stream = Stream.fromReadableStream<ChatCompletionChunk>(request.body!, new AbortController());
   * for await (const chunk of stream) console.log(chunk.id);
   * ```
   */
  static fromReadableStream<Item = unknown>(
    readable: ReadableStream<Uint8Array>,
    controller: AbortController,
  ): Stream<Item> {
    return new Stream(() => readNDJSON<Item>(readable, controller), controller);
  }

  /**
   * Starts the (only) iteration.
   *
   * @throws {JettyError} when the stream was already iterated, teed or converted.
   *
   * @example
   * ```ts
   * for await (const chunk of stream) console.log(chunk);
   * ```
   */
  [Symbol.asyncIterator](): AsyncIterator<Item> {
    if (this.#consumed) {
      throw new JettyError(
        "This stream has already been consumed: a Stream can be iterated once. Call tee() before reading it to get two independent copies.",
      );
    }
    this.#consumed = true;
    return this.#open();
  }

  /**
   * Whether iteration (or `tee()` / `toReadableStream()`) has started.
   *
   * @example
   * ```ts
   * if (!stream.consumed) for await (const chunk of stream) console.log(chunk);
   * ```
   */
  get consumed(): boolean {
    return this.#consumed;
  }

  /**
   * Aborts the stream and the request behind it; a pending or later `next()` throws
   * `APIUserAbortError`.
   *
   * @example
   * ```ts
   * setTimeout(() => stream.abort(), 5_000);
   * ```
   */
  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /**
   * Splits the stream into two that can be read independently (at different speeds). The source
   * is cancelled only when both copies have stopped.
   *
   * @example
   * ```ts
   * const [forLog, forUser] = stream.tee();
   * void (async () => { for await (const c of forLog) log(c); })();
   * for await (const c of forUser) render(c);
   * ```
   */
  tee(): [Stream<Item>, Stream<Item>] {
    const source = this[Symbol.asyncIterator]();
    const queues: [Promise<IteratorResult<Item>>[], Promise<IteratorResult<Item>>[]] = [[], []];
    const closed = [false, false];
    const side = (index: 0 | 1): AsyncIterator<Item> => ({
      next() {
        if (closed[index]) return Promise.resolve(DONE_RESULT);
        const queue = queues[index];
        if (queue.length === 0) {
          const result = source.next();
          // The other copy may never read this; a handler keeps a rejection from going unhandled.
          result.catch(noop);
          if (!closed[0]) queues[0].push(result);
          if (!closed[1]) queues[1].push(result);
        }
        return queue.shift()!;
      },
      async return() {
        if (!closed[index]) {
          closed[index] = true;
          queues[index].length = 0;
          if (closed[0] && closed[1]) await source.return?.();
        }
        return DONE_RESULT;
      },
    });
    return [new Stream(() => side(0), this.controller), new Stream(() => side(1), this.controller)];
  }

  /**
   * A byte stream of the items as newline-delimited JSON (one `JSON.stringify(item) + "\n"` per
   * item), e.g. to send to a browser. Cancelling it cancels this stream.
   *
   * @example
   * ```ts
   * // In a route handler:
   * const body = new Response(stream.toReadableStream(), { headers: { "content-type": "application/x-ndjson" } });
   * ```
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(ctrl) {
        try {
          const result = await iterator.next();
          if (result.done) ctrl.close();
          else ctrl.enqueue(encoder.encode(`${JSON.stringify(result.value)}\n`));
        } catch (error) {
          ctrl.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }
}

const RUNNING = 0;
const AFTER_DONE = 1;
const FINISHED = 2;

/**
 * The SSE hot path: one `read()` feeds the parser, which pushes parsed items onto a queue that
 * `next()` drains before reading again, so an item is handed out as soon as its event is complete.
 */
class SSEIterator<Item> implements AsyncIterator<Item> {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #response: Response;
  readonly #controller: AbortController;
  readonly #parse: ((data: string, event: ServerSentEvent) => Item) | undefined;
  readonly #onChunk: ((item: Item, index: number) => void) | undefined;
  readonly #decoder = new TextDecoder();
  readonly #parser: EventSourceParser;
  readonly #onAbort: () => void;
  readonly #unlink: () => void;
  readonly #step = () => this.#advance();
  #active = 0;
  #last: Promise<IteratorResult<Item>> | undefined;
  #queue: Item[] = [];
  #head = 0;
  #count = 0;
  #state = RUNNING;
  #eof = false;
  #error: unknown = undefined;
  #hasError = false;

  constructor(
    body: ReadableStream<Uint8Array>,
    response: Response,
    controller: AbortController,
    options: SSEStreamOptions<Item>,
    unlink: () => void,
  ) {
    this.#reader = body.getReader();
    this.#unlink = unlink;
    this.#response = response;
    this.#controller = controller;
    this.#parse = options.parse;
    this.#onChunk = options.onChunk;
    this.#parser = createParser({ onEvent: (event) => this.#handle(event) });
    // Also covers bodies that were not fetched with this controller's signal.
    this.#onAbort = () => {
      this.#reader.cancel(controller.signal.reason).catch(noop);
    };
    controller.signal.addEventListener("abort", this.#onAbort, { once: true });
  }

  next(): Promise<IteratorResult<Item>> {
    // `for await` never overlaps calls, but tee() and manual callers can; overlapping calls queue up
    // so reads and the parser stay in order.
    if (this.#active === 0 && this.#head < this.#queue.length && !this.#controller.signal.aborted) {
      // Hot path: an item parsed from the last read is waiting; no async frame needed.
      return Promise.resolve({ value: this.#take(), done: false });
    }
    const run = this.#active === 0 ? this.#advance() : this.#last!.then(this.#step, this.#step);
    this.#active++;
    this.#last = run;
    return run;
  }

  async #advance(): Promise<IteratorResult<Item>> {
    try {
      for (;;) {
        // An abort wins over chunks already parsed: the caller asked to stop now, not after the queue.
        if (this.#controller.signal.aborted && this.#state !== FINISHED && !this.#hasError) {
          this.#queue.length = 0;
          this.#head = 0;
          this.#fail(this.#abortError());
        }
        if (this.#head < this.#queue.length) return { value: this.#take(), done: false };
        if (this.#hasError) {
          const error = this.#error;
          this.#hasError = false;
          this.#error = undefined;
          this.#close(true);
          throw error;
        }
        if (this.#state === FINISHED) return DONE_RESULT;
        await this.#pull();
      }
    } finally {
      this.#active--;
    }
  }

  async return(): Promise<IteratorResult<Item>> {
    if (this.#state !== FINISHED) this.#close(true);
    return DONE_RESULT;
  }

  #take(): Item {
    const value = this.#queue[this.#head++]!;
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0;
      this.#head = 0;
    }
    return value;
  }

  async #pull(): Promise<void> {
    if (this.#controller.signal.aborted) {
      this.#fail(this.#abortError());
      return;
    }
    if (!this.#response.ok) {
      // The transport normally maps error statuses first; this keeps an error body from being
      // misread as an empty event stream.
      this.#fail(await this.#statusError());
      return;
    }
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await this.#reader.read();
    } catch (error) {
      // After [DONE] everything has arrived; a reset while draining the tail loses nothing.
      if (this.#state === AFTER_DONE) this.#close(false);
      else if (this.#controller.signal.aborted) this.#fail(this.#abortError(error));
      else {
        this.#fail(
          new APIConnectionError(`The stream was interrupted: ${messageOf(error)}`, {
            cause: causeOf(error),
          }),
        );
      }
      return;
    }
    if (!result.done) {
      this.#parser.feed(this.#decoder.decode(result.value, { stream: true }));
    } else if (this.#controller.signal.aborted && this.#state !== AFTER_DONE) {
      // A cancel from the abort listener also ends the body; it is an abort, not an end.
      this.#fail(this.#abortError());
    } else {
      this.#end();
    }
  }

  #end(): void {
    this.#eof = true;
    if (this.#state === RUNNING) {
      // Flush a final event whose blank line never came; an incomplete one fails to parse below.
      this.#parser.feed(`${this.#decoder.decode()}\n\n`);
    }
    if (this.#state === RUNNING && !this.#hasError) {
      const type = this.#response.headers.get("content-type") ?? "";
      const hint = type.includes("text/event-stream")
        ? ""
        : ` (the response was ${type || "untyped"}, not text/event-stream)`;
      this.#fail(
        new APIConnectionError(
          `The stream ended before \`data: [DONE]\`: the connection was closed mid-stream and the output is incomplete${hint}.`,
        ),
      );
      return;
    }
    if (!this.#hasError) this.#close(false);
  }

  #handle(event: EventSourceMessage): void {
    if (this.#state !== RUNNING || this.#hasError) return;
    const data = event.data;
    if (data.startsWith("[DONE]")) {
      this.#state = AFTER_DONE;
      return;
    }
    if (event.event === "error") {
      let body: unknown = data;
      try {
        body = JSON.parse(data);
      } catch {}
      const error = isObject(body) && body.error != null ? body.error : body;
      this.#fail(this.#streamError(body, error, event.event));
      return;
    }
    let item: Item;
    try {
      item = this.#parse ? this.#parse(data, event) : (JSON.parse(data) as Item);
    } catch (error) {
      this.#fail(this.#parseFailure(error, data));
      return;
    }
    if (isObject(item) && item.error != null) {
      this.#fail(this.#streamError(item, item.error, event.event));
      return;
    }
    if (this.#onChunk) {
      try {
        this.#onChunk(item, this.#count);
      } catch (error) {
        this.#fail(error);
        return;
      }
    }
    this.#count++;
    this.#queue.push(item);
  }

  #parseFailure(error: unknown, data: string): unknown {
    // At the end of the body, an event that does not parse is the stump of a cut connection.
    if (this.#eof)
      return new APIConnectionError("The stream was cut in the middle of an event.", { cause: error });
    if (this.#parse) return error;
    return new ResponseValidationError({
      issues: [{ path: "$", message: `invalid JSON in a server-sent event (${messageOf(error)})` }],
      body: data,
      url: this.#response.url || undefined,
    });
  }

  #fail(error: unknown): void {
    if (this.#hasError || this.#state === FINISHED) return;
    this.#hasError = true;
    this.#error = error;
  }

  /** Stops for good. `release` drops the connection (early stop or error), leaving nothing to read. */
  #close(release: boolean): void {
    if (this.#state === FINISHED) return;
    this.#state = FINISHED;
    this.#queue.length = 0;
    this.#head = 0;
    this.#controller.signal.removeEventListener("abort", this.#onAbort);
    this.#unlink();
    if (release && !this.#eof) {
      this.#reader.cancel().catch(noop);
      if (!this.#controller.signal.aborted) this.#controller.abort();
    }
  }

  async #statusError(): Promise<unknown> {
    let text = "";
    try {
      for (;;) {
        const { done, value } = await this.#reader.read();
        if (done) break;
        text += this.#decoder.decode(value, { stream: true });
      }
      text += this.#decoder.decode();
      this.#eof = true;
    } catch (error) {
      if (this.#controller.signal.aborted) return this.#abortError(error);
      return new APIConnectionError(`The error response was interrupted: ${messageOf(error)}`, {
        cause: causeOf(error),
      });
    }
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return new APIError({
      status: this.#response.status,
      headers: this.#headers(),
      body,
      url: this.#response.url || undefined,
    });
  }

  #headers(): ErrorHeaders {
    const headers: ErrorHeaders = {};
    this.#response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return headers;
  }

  #abortError(cause?: unknown): APIUserAbortError {
    return new APIUserAbortError("The stream was aborted.", cause === undefined ? undefined : { cause });
  }

  #streamError(body: unknown, error: unknown, event: string | undefined): StreamError {
    const own = isObject(error) ? (error.status ?? error.code) : undefined;
    const status =
      typeof own === "number" && own >= 400 && own < 600
        ? own
        : typeof own === "string" && /^[45]\d\d$/.test(own)
          ? Number(own)
          : this.#response.status;
    return new StreamError({
      status,
      headers: this.#headers(),
      body,
      url: this.#response.url || undefined,
      error,
      event,
    });
  }
}

async function* readNDJSON<Item>(
  readable: ReadableStream<Uint8Array>,
  controller: AbortController,
): AsyncGenerator<Item> {
  const reader = readable.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let finished = false;
  try {
    for (;;) {
      if (controller.signal.aborted) throw new APIUserAbortError("The stream was aborted.");
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (controller.signal.aborted)
          throw new APIUserAbortError("The stream was aborted.", { cause: error });
        // An SDK error carried through toReadableStream() (a StreamError, say) keeps its type.
        if (error instanceof JettyError) throw error;
        throw new APIConnectionError(`The stream was interrupted: ${messageOf(error)}`, { cause: error });
      }
      buffer += result.done ? decoder.decode() : decoder.decode(result.value, { stream: true });
      let newline = buffer.indexOf("\n");
      while (newline !== -1) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line) yield JSON.parse(line) as Item;
        newline = buffer.indexOf("\n");
      }
      if (result.done) {
        if (buffer.trim()) yield JSON.parse(buffer) as Item;
        finished = true;
        return;
      }
    }
  } finally {
    if (!finished) {
      reader.cancel().catch(noop);
      if (!controller.signal.aborted) controller.abort();
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function describeStreamError(error: unknown): string {
  if (typeof error === "string") return error || "unknown error";
  if (isObject(error)) {
    const message = error.message ?? error.detail;
    const code = error.code ?? error.type;
    const text = typeof message === "string" ? message : JSON.stringify(error);
    return typeof code === "string" || typeof code === "number" ? `${text} (${code})` : text;
  }
  return JSON.stringify(error) ?? "unknown error";
}

function messageOf(error: unknown): string {
  const cause = causeOf(error);
  const outer = error instanceof Error ? error.message : String(error);
  const inner = cause !== error && cause instanceof Error ? cause.message : "";
  return inner && inner !== outer ? `${outer} (${inner})` : outer;
}

// undici reports a dropped socket as TypeError("terminated") with the socket error as its cause.
function causeOf(error: unknown): unknown {
  return error instanceof Error && error.cause !== undefined ? error.cause : error;
}
