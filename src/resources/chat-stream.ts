/**
 * The chat-completion stream: an SSE `Stream` of chunks that also folds them into one completion
 * and tells listeners about each step, like the stream helper OpenAI users know. Everything
 * happens as the chunks are read — by a `for await` loop, or by the stream itself once a listener
 * is attached or a final result is awaited.
 */
import { JettyError } from "../core/errors";
import { Stream } from "../core/stream";
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionResult, RunbookRunInfo } from "./chat";
import {
  type ChatCompletionStreamEvents,
  DONE_RESULT,
  type Emitted,
  type EventName,
  type Listener,
  StreamState,
} from "./chat-stream-state";

export type { ChatCompletionStreamEvents } from "./chat-stream-state";

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
  constructor(
    open: () => AsyncIterator<ChatCompletionChunk>,
    controller: AbortController,
    connected: Promise<unknown>,
  ) {
    const state = new StreamState();
    super(() => state.track(open(), () => this!.#final()), controller);
    this.#state = state;
    connected.then(
      () => state.connect(),
      () => {},
    );
  }

  /**
   * The completion accumulated so far (the same object throughout, updated in place by every
   * chunk); `undefined` before the first chunk.
   *
   * @example
   * ```ts
   * const stream = jetty.chat.completions.stream({ model: "gpt-4o-mini", messages });
   * stream.on("chunk", () => console.log(stream.currentChatCompletionSnapshot?.choices[0]?.message?.content));
   * ```
   */
  get currentChatCompletionSnapshot(): ChatCompletion | undefined {
    return this.#state.accumulator.chunks > 0 ? this.#state.accumulator.snapshot : undefined;
  }

  /**
   * Resolves the next time `event` fires, with its listener's argument (or all of them, for
   * `content` and `chunk`); rejects with the stream's error if it fails or is aborted first, and with
   * a `JettyError` naming the event if the stream ends without it. Starts reading like `on`.
   *
   * @example
   * ```ts
   * const stream = jetty.chat.completions.stream({ model: "gpt-4o-mini", messages });
   * const [firstDelta] = await stream.emitted("content");
   * ```
   */
  emitted<E extends EventName>(event: E): Promise<Emitted<E>> {
    return new Promise<Emitted<E>>((resolve, reject) => {
      let pending = true;
      const settle = (how: () => void) => {
        if (!pending) return;
        pending = false;
        this.off(event, onEvent as ChatCompletionStreamEvents[E]);
        how();
      };
      const onEvent = (...args: unknown[]) =>
        settle(() =>
          resolve((args.length === 0 ? undefined : args.length === 1 ? args[0] : args) as Emitted<E>),
        );
      if (this.#state.ended && event === "end") return resolve(undefined as Emitted<E>);
      this.once(event, onEvent as ChatCompletionStreamEvents[E]);
      if (event === "end") return;
      this.#state.finished.then(
        () =>
          queueMicrotask(() =>
            settle(() => reject(new JettyError(`The chat stream ended without a "${event}" event.`))),
          ),
        (error: unknown) => settle(() => reject(error)),
      );
    });
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
