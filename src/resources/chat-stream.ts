/**
 * The chat-completion stream: an SSE `Stream` of chunks that also folds them into one completion
 * and tells listeners about each step, like the stream helper OpenAI users know. Everything
 * happens as the chunks are read — by a `for await` loop, or by the stream itself once a listener
 * is attached or a final result is awaited.
 */
import { APIUserAbortError, type JettyError } from "../core/errors";
import { Stream } from "../core/stream";
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionResult, RunbookRunInfo } from "./chat";
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

type EventName = keyof ChatCompletionStreamEvents;
type Listener = (...args: never[]) => void;
const DONE_RESULT: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** Listeners, the running completion and the final outcome of one stream. */
class StreamState {
  readonly accumulator = new CompletionAccumulator();
  readonly #listeners = new Map<EventName, Array<{ listener: Listener; once: boolean }>>();
  readonly finished: Promise<ChatCompletion>;
  #resolve!: (completion: ChatCompletion) => void;
  #reject!: (error: unknown) => void;
  #settled = false;
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
      this.emit("end");
    }
  }
}

/**
 * A stream of chat-completion chunks (from `chat.completions.stream()` or `create({ stream: true })`)
 * that also accumulates them into one completion. Read it in one of two ways, or both at once:
 *
 * - `for await (const chunk of stream)`, once (it is a {@link Stream}: `abort()`, `tee()`,
 *   `toReadableStream()`), with listeners called as the loop reads;
 * - `on(...)` listeners and `await finalChatCompletion()` / `finalContent()` / `done()`: attaching
 *   a listener or awaiting a result makes the stream read itself to the end unless a loop is
 *   already reading it (started in the same tick, a loop still wins).
 *
 * In runbook mode `run` is filled in from the response headers or the first chunk.
 *
 * @example
 * ```ts
 * const stream = jetty.chat.completions.stream({ model: "gpt-4o-mini", messages });
 * stream.on("content", (delta) => process.stdout.write(delta));
 * const completion = await stream.finalChatCompletion();
 * console.log(completion.choices[0]?.finish_reason, completion.usage);
 * ```
 */
export class ChatCompletionStream extends Stream<ChatCompletionChunk> {
  /** The run behind a runbook-mode stream; undefined until the response (or its first chunk) says. */
  run: RunbookRunInfo | undefined;
  readonly #state: StreamState;

  /**
   * Built by `chat.completions`; not meant to be constructed by callers.
   *
   * @example
   * ```ts
   * const stream = jetty.chat.completions.stream({ model: "gpt-4o-mini", messages });
   * ```
   */
  constructor(open: () => AsyncIterator<ChatCompletionChunk>, controller: AbortController) {
    const state = new StreamState();
    super(() => state.track(open(), () => this!.#final()), controller);
    this.#state = state;
  }

  /**
   * Calls `listener` on every `event` (see {@link ChatCompletionStreamEvents}) and starts reading
   * the stream if nothing reads it yet. Returns the stream, for chaining.
   *
   * @example
   * ```ts
   * await jetty.chat.completions
   *   .stream({ model: "gpt-4o-mini", messages })
   *   .on("content", (delta, snapshot) => log(snapshot))
   *   .on("error", (error) => console.error(error.message))
   *   .done();
   * ```
   */
  on<E extends EventName>(event: E, listener: ChatCompletionStreamEvents[E]): this {
    this.#state.listen(event, listener as Listener, false);
    this.#start();
    return this;
  }

  /**
   * Like {@link ChatCompletionStream.on}, for the next `event` only.
   *
   * @example
   * ```ts
   * const stream = jetty.chat.completions.stream({ model: "gpt-4o-mini", messages });
   * stream.once("chunk", (chunk) => console.log("first chunk", chunk.id));
   * ```
   */
  once<E extends EventName>(event: E, listener: ChatCompletionStreamEvents[E]): this {
    this.#state.listen(event, listener as Listener, true);
    this.#start();
    return this;
  }

  /**
   * Removes a listener added with `on` or `once`.
   *
   * @example
   * ```ts
   * const stream = jetty.chat.completions.stream({ model: "gpt-4o-mini", messages });
   * const print = (delta: string) => process.stdout.write(delta);
   * stream.on("content", print);
   * stream.off("content", print);
   * ```
   */
  off<E extends EventName>(event: E, listener: ChatCompletionStreamEvents[E]): this {
    this.#state.unlisten(event, listener as Listener);
    return this;
  }

  /**
   * The chunks accumulated into one completion, as a non-streamed call returns it: `id`, `model`,
   * `created`, every choice with its `message.content` joined and its `finish_reason`, `usage` when
   * the server sent it (`stream_options: { include_usage: true }`), the `jetty` block and `run` in
   * runbook mode. Rejects with the stream's error (`APIUserAbortError` if it was aborted or a loop
   * stopped early).
   *
   * @example
   * ```ts
   * const completion = await jetty.chat.completions.stream({ model: "gpt-4o-mini", messages }).finalChatCompletion();
   * console.log(completion.choices[0]?.message?.content);
   * ```
   */
  async finalChatCompletion(): Promise<ChatCompletionResult> {
    this.#start();
    return (await this.#state.finished) as ChatCompletionResult;
  }

  /**
   * The first choice's whole content; `null` when the stream carried none.
   *
   * @example
   * ```ts
   * const text = await jetty.chat.completions.stream({ model: "gpt-4o-mini", messages }).finalContent();
   * ```
   */
  async finalContent(): Promise<string | null> {
    const content = (await this.finalChatCompletion()).choices[0]?.message?.content;
    return typeof content === "string" ? content : null;
  }

  /**
   * Resolves when the stream has ended; rejects with its error.
   *
   * @example
   * ```ts
   * const stream = jetty.chat.completions.stream({ model: "gpt-4o-mini", messages });
   * await stream.on("content", (delta) => process.stdout.write(delta)).done();
   * ```
   */
  async done(): Promise<void> {
    await this.finalChatCompletion();
  }

  #final(): ChatCompletionResult {
    const completion = this.#state.accumulator.snapshot;
    return this.run ? Object.assign(completion, { run: this.run }) : completion;
  }

  /** Reads the stream to its end, on a microtask so that a loop started in the same tick wins. */
  #start(): void {
    if (this.#state.started) return;
    this.#state.started = true;
    queueMicrotask(() => {
      if (this.consumed) return;
      void (async () => {
        try {
          for await (const _ of this);
        } catch {
          // Delivered through the final promises and the `error`/`abort` listeners.
        }
      })();
    });
  }
}

/**
 * An iterator whose source is still being opened (the response has not arrived yet). `cleanup`
 * runs once when it ends, however it ends; stopping it before it opened aborts the request.
 */
export function deferredIterator<T>(
  open: Promise<() => AsyncIterator<T>>,
  controller: AbortController,
  cleanup: () => void,
): () => AsyncIterator<T> {
  open.catch(() => {});
  return () => {
    let inner: AsyncIterator<T> | undefined;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      cleanup();
    };
    return {
      async next() {
        try {
          inner ??= (await open)();
          const result = await inner.next();
          if (result.done) end();
          return result;
        } catch (error) {
          end();
          throw error;
        }
      },
      async return() {
        end();
        if (inner) await inner.return?.();
        else controller.abort();
        return DONE_RESULT;
      },
    };
  };
}
