/**
 * The inside of a chat-completion stream: its events and their listeners, the running completion,
 * and the one outcome every reader (loop, listeners, awaited results) sees.
 */
import { APIUserAbortError, type JettyError } from "../core/errors";
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionResult } from "./chat";
import { CompletionAccumulator } from "./chat-accumulate";

/**
 * The events of a {@link ChatCompletionStream} and their listeners' arguments. `snapshot`s are the
 * live running values (the completion so far; the content of that choice so far).
 *
 * @example
 * ```ts
 * const onContent: ChatCompletionStreamEvents["content"] = (delta, snapshot) => console.log(delta, snapshot.length);
 * jetty.chat.completions.stream({ model: "gpt-4o-mini", messages }).on("content", onContent);
 * ```
 */
export interface ChatCompletionStreamEvents {
  /**
   * The response arrived (status 2xx, headers read), before the first chunk. A listener added after
   * that is called at once, on a microtask: `create({ stream: true })` resolves after connecting.
   */
  connect: () => void;
  /** Every chunk, after it was folded into `snapshot`. */
  chunk: (chunk: ChatCompletionChunk, snapshot: ChatCompletion) => void;
  /** Every non-empty piece of a choice's content, with that choice's content so far. */
  content: (delta: string, snapshot: string) => void;
  /** The stream reached `data: [DONE]`; the accumulated completion. */
  finalChatCompletion: (completion: ChatCompletionResult) => void;
  /** The stream failed (HTTP status, `error` event, cut connection, timeout, invalid chunk). */
  error: (error: JettyError) => void;
  /** The stream was aborted (`abort()`, the caller's signal, or a loop that stopped early). */
  abort: (error: APIUserAbortError) => void;
  /** The stream stopped, for whatever reason; always the last event, fired once. */
  end: () => void;
}

export type EventName = keyof ChatCompletionStreamEvents;
export type Listener = (...args: never[]) => void;
/** What `emitted(event)` resolves with: the listener's one argument, nothing, or all of them. */
export type Emitted<E extends EventName> =
  Parameters<ChatCompletionStreamEvents[E]> extends [infer Only]
    ? Only
    : Parameters<ChatCompletionStreamEvents[E]> extends []
      ? undefined
      : Parameters<ChatCompletionStreamEvents[E]>;
export const DONE_RESULT: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** Listeners, the running completion and the final outcome of one stream. */
export class StreamState {
  readonly accumulator = new CompletionAccumulator();
  readonly #listeners = new Map<EventName, Array<{ listener: Listener; once: boolean }>>();
  readonly finished: Promise<ChatCompletion>;
  #resolve!: (completion: ChatCompletion) => void;
  #reject!: (error: unknown) => void;
  #settled = false;
  connected = false;
  /** `end` was emitted: nothing else will be. */
  ended = false;
  started = false;

  constructor() {
    this.finished = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // The outcome is also delivered through events and iteration: nobody has to await it.
    this.finished.catch(() => {});
  }

  listen(event: EventName, listener: Listener, once: boolean): void {
    // `connect` has happened for everyone who arrives late (see ChatCompletionStreamEvents).
    if (event === "connect" && this.connected) {
      queueMicrotask(() => (listener as () => void)());
      if (once) return;
    }
    const list = this.#listeners.get(event) ?? [];
    list.push({ listener, once });
    this.#listeners.set(event, list);
  }

  unlisten(event: EventName, listener: Listener): void {
    const list = this.#listeners.get(event);
    const at = list?.findIndex((entry) => entry.listener === listener) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  }

  emit<E extends EventName>(event: E, ...args: Parameters<ChatCompletionStreamEvents[E]>): void {
    const list = this.#listeners.get(event);
    if (!list || list.length === 0) return;
    for (const entry of [...list]) {
      if (entry.once) this.unlisten(event, entry.listener);
      (entry.listener as (...a: typeof args) => void)(...args);
    }
  }

  /** Wraps the chunk iterator so that every chunk, the end and any failure pass through here. */
  track(
    inner: AsyncIterator<ChatCompletionChunk>,
    final: () => ChatCompletionResult,
  ): AsyncIterator<ChatCompletionChunk> {
    return {
      // Chained, not async: one hop per chunk on the SSE hot path.
      next: () =>
        inner.next().then(
          (result) => {
            if (result.done) {
              this.#succeed(final());
              return result;
            }
            try {
              this.#chunk(result.value);
            } catch (error) {
              // A listener's own error ends the stream (and releases the connection) and reaches the reader.
              return this.#abandon(inner, error);
            }
            return result;
          },
          (error: unknown) => {
            this.#fail(error);
            throw error;
          },
        ),
      return: async () => {
        await inner.return?.().catch(() => {});
        this.#fail(new APIUserAbortError("The stream was stopped before it ended."));
        return DONE_RESULT;
      },
    };
  }

  async #abandon(inner: AsyncIterator<ChatCompletionChunk>, error: unknown): Promise<never> {
    await inner.return?.().catch(() => {});
    this.#fail(error, false);
    throw error;
  }

  connect(): void {
    if (this.connected) return;
    this.connected = true;
    this.emit("connect");
  }

  #chunk(chunk: ChatCompletionChunk): void {
    const { contentDeltas } = this.accumulator.add(chunk);
    this.emit("chunk", chunk, this.accumulator.snapshot);
    for (const { delta, snapshot } of contentDeltas) this.emit("content", delta, snapshot);
  }

  #succeed(completion: ChatCompletionResult): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#resolve(completion);
    this.#last(() => this.emit("finalChatCompletion", completion));
  }

  #fail(error: unknown, announce = true): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#reject(error);
    this.#last(() => {
      if (!announce) return;
      if (error instanceof APIUserAbortError) this.emit("abort", error);
      else this.emit("error", error as JettyError);
    });
  }

  /** Runs the closing listeners, then `end` even when one of them threw (that error is rethrown). */
  #last(run: () => void): void {
    try {
      run();
    } finally {
      this.ended = true;
      this.emit("end");
    }
  }
}
