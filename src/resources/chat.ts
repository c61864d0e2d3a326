import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import { loadSchemas } from "../core/lazy-schemas";
import { callOperation, streamOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { secretValues } from "../core/redact";
import { type SSEStreamOptions, sseOpener } from "../core/stream";
import { STREAM_DEFAULTS, streamLimits } from "../core/stream-limits";
import { createChatCompletion } from "../generated/operations";
import type {
  zChatCompletion,
  zChatCompletionChoice,
  zChatCompletionChunk,
  zChatCompletionChunkChoice,
  zChatCompletionRequest,
  zJettyChatOptions,
} from "../generated/schemas";
import { isFileId } from "../helpers/storage-path";
import { runInfo } from "./chat-run";
import { ChatCompletionStream, deferredIterator } from "./chat-stream";
import { APIResource, type ResourceContext } from "./resource";

export { ChatCompletionStream, type ChatCompletionStreamEvents } from "./chat-stream";

/**
 * One choice of a completion: `message` (`role`, `content`), `finish_reason`, `index`; any of them
 * may be missing or null.
 *
 * @example
 * ```ts
 * const completion = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages });
 * const first: ChatCompletionChoice | undefined = completion.choices[0];
 * console.log(first?.message?.content);
 * ```
 */
export type ChatCompletionChoice = z.output<typeof zChatCompletionChoice>;
/**
 * An OpenAI-compatible chat completion, plus the `jetty` block in runbook mode. Passthrough answers
 * have OpenAI's fields; a runbook-mode body is undocumented, so every field may be missing or null
 * except `choices`, which the SDK always returns as an array (empty when the server sent none).
 *
 * @example
 * ```ts
 * const completion: ChatCompletion = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages });
 * console.log(completion.choices[0]?.message?.content);
 * ```
 */
export type ChatCompletion = z.output<typeof zChatCompletion> & { choices: ChatCompletionChoice[] };
/**
 * One choice of a streamed chunk (`delta`, `finish_reason`, `index`).
 *
 * @example
 * ```ts
 * const stream = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true });
 * for await (const chunk of stream) {
 *   const piece: ChatCompletionChunkChoice | undefined = chunk.choices[0];
 *   process.stdout.write(piece?.delta?.content ?? "");
 * }
 * ```
 */
export type ChatCompletionChunkChoice = z.output<typeof zChatCompletionChunkChoice>;
/**
 * One streamed chunk (`chat.completion.chunk`). As with {@link ChatCompletion}, `choices` is always
 * an array; everything else may be missing or null.
 *
 * @example
 * ```ts
 * const stream = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true });
 * for await (const chunk of stream) { const c: ChatCompletionChunk = chunk; process.stdout.write(c.choices[0]?.delta?.content ?? ""); }
 * ```
 */
export type ChatCompletionChunk = z.output<typeof zChatCompletionChunk> & {
  choices: ChatCompletionChunkChoice[];
};
/**
 * Request body: OpenAI's fields passed through verbatim, plus the optional `jetty` block.
 *
 * @example
 * ```ts
 * const params: ChatCompletionCreateParams = { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], max_tokens: 20 };
 * ```
 */
export type ChatCompletionCreateParams = z.input<typeof zChatCompletionRequest>;
/**
 * The `jetty` block that switches a chat completion into runbook (agent) mode.
 *
 * @example
 * ```ts
 * const jettyBlock: JettyChatOptions = { runbook: true, collection: "acme", task: "report", agent: "claude-code" };
 * ```
 */
export type JettyChatOptions = z.input<typeof zJettyChatOptions>;

/**
 * Request body with `stream: true`.
 *
 * @example
 * ```ts
 * const params: ChatCompletionCreateParamsStreaming = { model: "gpt-4o-mini", messages, stream: true };
 * ```
 */
export type ChatCompletionCreateParamsStreaming = ChatCompletionCreateParams & { stream: true };
/**
 * The body of `chat.completions.stream()`: the create params; `stream` is always sent as `true`.
 *
 * @example
 * ```ts
 * const params: ChatCompletionStreamParams = { model: "gpt-4o-mini", messages, stream_options: { include_usage: true } };
 * const stream = jetty.chat.completions.stream(params);
 * ```
 */
export type ChatCompletionStreamParams = Omit<ChatCompletionCreateParams, "stream"> & { stream?: true };
/**
 * Request body without streaming.
 *
 * @example
 * ```ts
 * const params: ChatCompletionCreateParamsNonStreaming = { model: "gpt-4o-mini", messages };
 * ```
 */
export type ChatCompletionCreateParamsNonStreaming = ChatCompletionCreateParams & { stream?: false | null };

/**
 * Where a runbook-mode completion's run can be followed. SDK-side, derived from the response.
 *
 * @example
 * ```ts
 * const { run } = await jetty.chat.completions.create({ model, messages, jetty: { runbook: true, collection: "acme", task: "t" } });
 * if (run) console.log(run.trajectoryId, run.url);
 * ```
 */
export interface RunbookRunInfo {
  trajectoryId: string;
  collection: string;
  task: string;
  /** The workflow id, when the server sent one (needed for `runs.logs`). */
  workflowId: string | undefined;
  /** The trajectory's page in the web app. */
  url: string;
}

/**
 * A non-streamed completion; `run` is set in runbook mode.
 *
 * @example
 * ```ts
 * const result: ChatCompletionResult = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages });
 * console.log(result.run?.trajectoryId ?? "passthrough");
 * ```
 */
export type ChatCompletionResult = ChatCompletion & {
  /** The trajectory the runbook run created (runbook mode only). */
  run?: RunbookRunInfo;
};

/**
 * `jetty.chat.completions`: the OpenAI-compatible endpoint (`POST /v1/chat/completions`).
 * Without a `jetty` block it is an LLM proxy; with one it runs a runbook in a sandbox.
 *
 * @example
 * ```ts
 * const completion = await jetty.chat.completions.create({
 *   model: "gpt-4o-mini",
 *   messages: [{ role: "user", content: "Say hi" }],
 * });
 * console.log(completion.choices[0]?.message?.content);
 * ```
 */
export class Completions extends APIResource {
  /**
   * Creates a chat completion. With `stream: true` it resolves (once headers arrive) to a
   * {@link ChatCompletionStream}: iterate it once, break or abort to stop. Non-2xx statuses, an
   * `error` event, or a cut connection raise typed errors — never a silent truncation.
   *
   * @example
   * ```ts
   * const stream = await jetty.chat.completions.create({
   *   model: "claude-sonnet-4-6",
   *   messages: [{ role: "system", content: runbookText }, { role: "user", content: "Execute the runbook." }],
   *   stream: true,
   *   jetty: { runbook: true, collection: "acme", task: "report", agent: "claude-code" },
   * });
   * for await (const chunk of stream) if (stream.run) console.log("trajectory", stream.run.trajectoryId);
   * ```
   */
  create(
    params: ChatCompletionCreateParamsStreaming,
    options?: RequestOptions,
  ): APIPromise<ChatCompletionStream>;
  create(
    params: ChatCompletionCreateParamsNonStreaming,
    options?: RequestOptions,
  ): APIPromise<ChatCompletionResult>;
  create(
    params: ChatCompletionCreateParams,
    options?: RequestOptions,
  ): APIPromise<ChatCompletionStream | ChatCompletionResult>;
  create(
    params: ChatCompletionCreateParams,
    options: RequestOptions = {},
  ): APIPromise<ChatCompletionStream | ChatCompletionResult> {
    return APIPromise.attempt<ChatCompletionStream | ChatCompletionResult>(() => {
      checkParams(params);
      // Runbook mode may carry one-off secrets (jetty.secret_params): keep them out of any error.
      const secrets = secretValues(
        (params.jetty as { secret_params?: unknown } | null | undefined)?.secret_params,
      );
      if (!params.stream) {
        return callOperation(this._transport, createChatCompletion, { body: params, secrets }, options).map(
          (completion, raw) =>
            withRun(
              { ...completion, choices: completion.choices ?? [] },
              runInfo(completion, raw.response.headers, params, this._context),
            ),
        );
      }
      const sse = { body: params, secrets, headers: { accept: "text/event-stream" } };
      const limits = streamLimits(options, STREAM_DEFAULTS.sseIdleTimeout);
      return streamOperation(this._transport, createChatCompletion, sse, options).map(async (response) => {
        // The request carries the caller's signal; the stream links it once to its own controller,
        // which stopping early aborts (cancelling the body, which releases the connection).
        const controller = new AbortController();
        let stream: ChatCompletionStream | undefined;
        const chunks = await this.#chunkOptions(params, secrets, response, () => stream);
        const open = sseOpener(response, controller, { ...chunks, ...limits, signal: options.signal });
        stream = new ChatCompletionStream(open, controller, Promise.resolve());
        stream.run = runInfo(undefined, response.headers, params, this._context);
        return stream;
      });
    });
  }

  /**
   * Streams a chat completion: returns a {@link ChatCompletionStream} at once (the request is
   * under way), to iterate with `for await`, to listen to (`on("content", (delta, snapshot) => …)`),
   * or to await as one completion (`finalChatCompletion()`, `finalContent()`). `abort()` (or the
   * `signal` option) stops it, before or after the response arrived. Bad params, error statuses,
   * `error` events and cut connections end it with a typed error, never a silent truncation.
   * Read it (a loop, a listener, or an awaited result) or `abort()` it: an unread stream keeps its
   * connection open.
   *
   * @example
   * ```ts
   * const stream = jetty.chat.completions.stream({ model: "gpt-4o-mini", messages });
   * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
   * const { usage, choices } = await stream.finalChatCompletion();
   * ```
   */
  stream(params: ChatCompletionStreamParams, options: RequestOptions = {}): ChatCompletionStream {
    // One signal per call: the caller's is linked once to this controller, whose signal both the
    // request and the body's reader use.
    const controller = new AbortController();
    const signal = options.signal;
    const forward = () => controller.abort(signal?.reason);
    if (signal?.aborted) forward();
    else signal?.addEventListener("abort", forward, { once: true });
    let stream: ChatCompletionStream | undefined;
    const opened = APIPromise.attempt(() => {
      requireObject("params", params);
      const body = { ...(params as ChatCompletionCreateParams), stream: true as const };
      checkParams(body);
      const secrets = secretValues(
        (body.jetty as { secret_params?: unknown } | null | undefined)?.secret_params,
      );
      const limits = streamLimits(options, STREAM_DEFAULTS.sseIdleTimeout);
      const sse = { body, secrets, headers: { accept: "text/event-stream" } };
      return streamOperation(this._transport, createChatCompletion, sse, {
        ...options,
        signal: controller.signal,
      }).map(async (response) => {
        stream!.run = runInfo(undefined, response.headers, body, this._context);
        const chunks = await this.#chunkOptions(body, secrets, response, () => stream);
        return sseOpener(response, controller, { ...chunks, ...limits });
      });
    });
    const unlink = () => signal?.removeEventListener("abort", forward);
    const connected = Promise.resolve(opened);
    stream = new ChatCompletionStream(deferredIterator(connected, controller, unlink), controller, connected);
    return stream;
  }

  /** How a chat stream reads its chunks: parsed, checked, scrubbed, and `run` taken from the first. */
  async #chunkOptions(
    params: ChatCompletionCreateParams,
    secrets: string[],
    response: Response,
    stream: () => ChatCompletionStream | undefined,
  ): Promise<SSEStreamOptions<ChatCompletionChunk>> {
    // Loaded with the first call that validates, not on import (see lazy-schemas.ts).
    const { zChatCompletionChunk } = await loadSchemas();
    return {
      parse: parseChunk,
      // Chunks are checked like a non-streamed completion, and errors scrubbed like the transport's.
      schema: zChatCompletionChunk as z.core.$ZodType<ChatCompletionChunk>,
      secrets: this._transport.secretsFor({ secrets }),
      onChunk: (chunk, index) => {
        const target = stream();
        if (index === 0 && target && !target.run)
          target.run = runInfo(chunk, response.headers, params, this._context);
      },
    };
  }
}

/**
 * `jetty.chat`: the chat-completions API.
 *
 * @example
 * ```ts
 * const reply = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
 * ```
 */
export class Chat extends APIResource {
  /** Chat completions (`jetty.chat.completions.create`). */
  readonly completions: Completions;

  constructor(context: ResourceContext) {
    super(context);
    this.completions = new Completions(context);
  }
}

function checkParams(params: ChatCompletionCreateParams): void {
  requireObject("params", params);
  requireName("model", params.model);
  if (!Array.isArray(params.messages) || params.messages.length === 0) {
    throw new InvalidInputError("messages", "give at least one message ({ role, content }).");
  }
  if (params.jetty === undefined || params.jetty === null) return;
  const jetty = requireObject("jetty", params.jetty);
  if (jetty.runbook !== true) throw new InvalidInputError("jetty.runbook", "must be true to run a runbook.");
  requireName("jetty.collection", jetty.collection);
  requireName("jetty.task", jetty.task);
  // The platform drops mismatched files without an error, so catch the mix-up here.
  for (const path of asArray(jetty.file_paths)) {
    if (isFileId(path)) {
      throw new InvalidInputError(
        "jetty.file_paths",
        `${path} is a file id; put file ids in jetty.files, storage paths here.`,
      );
    }
  }
  for (const id of asArray(jetty.files)) {
    if (!isFileId(id)) {
      throw new InvalidInputError(
        "jetty.files",
        `${String(id)} is not a file-… id; put storage paths in jetty.file_paths.`,
      );
    }
  }
}

/** One event's data as a `ChatCompletionChunk`: `choices` is an array even where the server left it out. */
function parseChunk(data: string): ChatCompletionChunk {
  const chunk = JSON.parse(data) as z.output<typeof zChatCompletionChunk> | null;
  return chunk !== null && typeof chunk === "object" && !Array.isArray(chunk)
    ? { ...chunk, choices: chunk.choices ?? [] }
    : (chunk as unknown as ChatCompletionChunk);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function withRun(completion: ChatCompletion, run: RunbookRunInfo | undefined): ChatCompletionResult {
  return run ? { ...completion, run } : completion;
}
