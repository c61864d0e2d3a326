import type { EventSourceMessage } from "eventsource-parser";
import type { z } from "zod";
import { JettyError } from "./errors";
import { readNDJSON } from "./ndjson";
import { SSEIterator } from "./sse-iterator";
import { STREAM_DEFAULTS, streamLimits } from "./stream-limits";

export { IdleTimeoutError, StreamError, StreamEventTooLargeError } from "./stream-errors";

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
  /**
   * Turns an event's data into an item. Default: `JSON.parse`. Called once per event. A `SyntaxError`
   * it throws ends the stream as `ResponseValidationError` (invalid JSON); any other error as is.
   */
  parse?: (data: string, event: ServerSentEvent) => Item;
  /** Called with every item (and its 0-based index) as soon as it is parsed, before it is yielded. */
  onChunk?: (item: Item, index: number) => void;
  /** Aborts the stream (and, through the controller, the request) when it fires. */
  signal?: AbortSignal;
  /**
   * A schema every item must pass (as a non-streamed response would); an item that is not an
   * object, or fails it, ends the stream with `ResponseValidationError`.
   */
  schema?: z.ZodType<Item>;
  /** Values (the token, secret params) to scrub from every error the stream raises. */
  secrets?: ReadonlyArray<string>;
  /** Most ms to wait for the next chunk while reading; `0` waits forever. Default 10 minutes. */
  idleTimeout?: number;
  /** Most characters one event may buffer before it ends (`StreamEventTooLargeError`). Default 16 MiB. */
  maxEventSize?: number;
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
   * @throws {JettyError} if the response has no body; `InvalidInputError` for a bad
   *   `idleTimeout` or `maxEventSize`.
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
    return new this(sseOpener(response, controller, options), controller);
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

/**
 * What {@link Stream.fromSSEResponse} iterates: checks the limits and links `options.signal` to the
 * controller now, and reads the body when the returned function is called. For streams whose
 * response arrives after the stream object exists (`chat.completions.stream`).
 */
export function sseOpener<Item>(
  response: Response,
  controller: AbortController,
  options: SSEStreamOptions<Item>,
): () => AsyncIterator<Item> {
  if (!response.body) throw new JettyError("The streamed response has no body.");
  const limits = streamLimits(options, STREAM_DEFAULTS.sseIdleTimeout);
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
  const checked = { ...options, ...limits };
  return () => new SSEIterator<Item>(body, response, controller, checked, unlink);
}
