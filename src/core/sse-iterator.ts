/**
 * Reading one `text/event-stream` body: the parser (loaded on first read), the per-event size cap,
 * the idle timeout between chunks, and the typed, scrubbed errors a stream can end with.
 */
import type { EventSourceMessage, EventSourceParser } from "eventsource-parser";
import type { z } from "zod";
import { isRecord } from "../util/is-record";
import { APIConnectionError, APIUserAbortError } from "./errors";
import { SSEErrors } from "./sse-errors";
import type { ServerSentEvent, SSEStreamOptions } from "./stream";
import { causeOf, IdleTimeoutError, messageOf, StreamEventTooLargeError } from "./stream-errors";
import { readWithin, STREAM_DEFAULTS } from "./stream-limits";

const DONE_RESULT: IteratorReturnResult<undefined> = /* @__PURE__ */ Object.freeze({
  done: true,
  value: undefined,
});
const noop = () => {};

// Loaded on the first read of the first stream, so `import "@jetty/sdk"` never pays for it.
let parserModule: Promise<typeof import("eventsource-parser")> | undefined;
function loadParser(): Promise<typeof import("eventsource-parser")> {
  parserModule ??= import("eventsource-parser");
  return parserModule;
}

const RUNNING = 0;
const AFTER_DONE = 1;
const FINISHED = 2;

/**
 * The SSE hot path: one `read()` feeds the parser, which pushes parsed items onto a queue that
 * `next()` drains before reading again, so an item is handed out as soon as its event is complete.
 */
export class SSEIterator<Item> implements AsyncIterator<Item> {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #response: Response;
  readonly #controller: AbortController;
  readonly #parse: ((data: string, event: ServerSentEvent) => Item) | undefined;
  readonly #onChunk: ((item: Item, index: number) => void) | undefined;
  readonly #schema: z.core.$ZodType | undefined;
  readonly #errors: SSEErrors;
  readonly #idleTimeout: number;
  readonly #maxEventSize: number;
  readonly #decoder = new TextDecoder();
  #parser: EventSourceParser | undefined;
  readonly #onAbort: () => void;
  readonly #unlink: () => void;
  readonly #step = () => this.#advance();
  #active = 0;
  #last: Promise<IteratorResult<Item>> | undefined;
  #queue: Item[] = [];
  #head = 0;
  #count = 0;
  /** Bytes read after `data: [DONE]`, which are drained but never parsed. */
  #drained = 0;
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
    this.#schema = options.schema;
    this.#errors = new SSEErrors(response, options.secrets ?? []);
    this.#idleTimeout = options.idleTimeout ?? STREAM_DEFAULTS.sseIdleTimeout;
    this.#maxEventSize = options.maxEventSize ?? STREAM_DEFAULTS.maxEventSize;
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
    const parser = this.#parser ?? (await this.#createParser());
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await readWithin(this.#reader, this.#idleTimeout, this.#errors.what());
    } catch (error) {
      // After [DONE] everything has arrived; a reset while draining the tail loses nothing.
      if (this.#state === AFTER_DONE) this.#close(false);
      else if (error instanceof IdleTimeoutError) this.#fail(error);
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
      if (this.#state === AFTER_DONE) {
        // Everything has arrived; the tail is drained (for a clean end), never parsed, and not forever.
        this.#drained += result.value.byteLength;
        if (this.#drained > this.#maxEventSize) this.#close(true);
      } else parser.feed(this.#decoder.decode(result.value, { stream: true }));
    } else if (this.#controller.signal.aborted && this.#state !== AFTER_DONE) {
      // A cancel from the abort listener also ends the body; it is an abort, not an end.
      this.#fail(this.#abortError());
    } else {
      this.#end(parser);
    }
  }

  async #createParser(): Promise<EventSourceParser> {
    const { createParser } = await loadParser();
    this.#parser = createParser({
      onEvent: (event) => this.#handle(event),
      // The parser itself bounds what it buffers for one event (the open line plus the event's data).
      maxBufferSize: this.#maxEventSize,
      onError: (error) => {
        if (error.type === "max-buffer-size-exceeded")
          this.#fail(new StreamEventTooLargeError(this.#maxEventSize));
      },
    });
    return this.#parser;
  }

  #end(parser: EventSourceParser): void {
    this.#eof = true;
    if (this.#state === RUNNING) {
      // Flush a final event whose blank line never came; an incomplete one fails to parse below.
      parser.feed(`${this.#decoder.decode()}\n\n`);
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
      const error = isRecord(body) && body.error != null ? body.error : body;
      this.#fail(this.#errors.streamError(body, error, event.event));
      return;
    }
    let item: Item;
    try {
      item = this.#parse ? this.#parse(data, event) : (JSON.parse(data) as Item);
    } catch (error) {
      this.#fail(this.#parseFailure(error, data));
      return;
    }
    if (isRecord(item) && item.error != null) {
      this.#fail(this.#errors.streamError(item, item.error, event.event));
      return;
    }
    if (this.#schema) {
      try {
        item = this.#errors.validate(this.#schema, item);
      } catch (error) {
        this.#fail(error);
        return;
      }
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
    if (this.#eof) return new APIConnectionError("The stream was cut in the middle of an event.");
    // A caller's own parse error is theirs to see; JSON that does not parse is the server's fault.
    return this.#parse && !(error instanceof SyntaxError) ? error : this.#errors.invalidJson(error, data);
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
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await readWithin(this.#reader, this.#idleTimeout, this.#errors.what());
        if (done) break;
        size += value.byteLength;
        // An error body is only shown; past the cap the rest is not worth holding.
        if (size > this.#maxEventSize) {
          this.#reader.cancel().catch(noop);
          break;
        }
        text += this.#decoder.decode(value, { stream: true });
      }
      text += this.#decoder.decode();
      this.#eof = true;
    } catch (error) {
      if (error instanceof IdleTimeoutError) return error;
      if (this.#controller.signal.aborted) return this.#abortError(error);
      return new APIConnectionError(`The error response was interrupted: ${messageOf(error)}`, {
        cause: causeOf(error),
      });
    }
    return this.#errors.statusError(text);
  }

  #abortError(cause?: unknown): APIUserAbortError {
    return new APIUserAbortError("The stream was aborted.", cause === undefined ? undefined : { cause });
  }
}
