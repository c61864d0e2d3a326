import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import { loadSchemas } from "../core/lazy-schemas";
import { callOperation, streamOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { secretValues } from "../core/redact";
import { Stream } from "../core/stream";
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
import { Urls } from "../helpers/urls";
import { APIResource, type ResourceContext } from "./resource";

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
 * A stream of chat-completion chunks. In runbook mode, `run` is filled in as soon as the first
 * chunk (which carries the `jetty` object) has been read.
 *
 * @example
 * ```ts
 * const stream = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true });
 * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
 * ```
 */
export class ChatCompletionStream extends Stream<ChatCompletionChunk> {
  /** The run behind a runbook-mode stream; undefined until the first chunk has arrived. */
  run: RunbookRunInfo | undefined;
}

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
      const limits = streamLimits(options, STREAM_DEFAULTS.sseIdleTimeout);
      const sse = { body: params, secrets, headers: { accept: "text/event-stream" } };
      return streamOperation(this._transport, createChatCompletion, sse, options).map(async (response) => {
        // Loaded with the first call that validates, not on import (see lazy-schemas.ts).
        const chunkSchema = (await loadSchemas()).zChatCompletionChunk;
        // The request carries the caller's signal; the stream links it once to its own controller,
        // which stopping early aborts (cancelling the body, which releases the connection).
        const stream = ChatCompletionStream.fromSSEResponse<ChatCompletionChunk>(
          response,
          new AbortController(),
          {
            parse: parseChunk,
            signal: options.signal,
            // Chunks are checked like a non-streamed completion, and errors scrubbed like the transport's.
            schema: chunkSchema as z.core.$ZodType<ChatCompletionChunk>,
            secrets: this._transport.secretsFor({ secrets }),
            ...limits,
            onChunk: (chunk, index) => {
              if (index === 0 && !stream.run)
                stream.run = runInfo(chunk, response.headers, params, this._context);
            },
          },
        ) as ChatCompletionStream;
        stream.run = runInfo(undefined, response.headers, params, this._context);
        return stream;
      });
    });
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

/**
 * Finds the trajectory a runbook-mode completion created: the `jetty` object on the body (the
 * SDK's documented choice), else a top-level `trajectory_id`, a `trajectory_url`, or an
 * `x-jetty-trajectory-id` header.
 */
function runInfo(
  body: unknown,
  headers: Headers,
  params: ChatCompletionCreateParams,
  context: ResourceContext,
): RunbookRunInfo | undefined {
  const jettyParams = params.jetty as { collection?: string; task?: string } | null | undefined;
  if (!jettyParams) return undefined;
  const record = (body ?? {}) as Record<string, unknown>;
  const block = (record.jetty ?? {}) as Record<string, unknown>;
  const id =
    str(block.trajectory_id) ??
    str(record.trajectory_id) ??
    lastSegment(str(block.trajectory_url) ?? str(record.trajectory_url)) ??
    headers.get("x-jetty-trajectory-id") ??
    undefined;
  if (!id) return undefined;
  const collection = str(block.collection) ?? jettyParams.collection ?? "";
  const task = str(block.task) ?? jettyParams.task ?? "";
  return {
    trajectoryId: id,
    collection,
    task,
    workflowId: str(block.workflow_id) ?? str(record.workflow_id),
    url: new Urls(context.config.frontendURL).trajectory(collection, task, id),
  };
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function lastSegment(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parts = url.replace(/\/+$/, "").split("/");
  return parts[parts.length - 1] || undefined;
}
