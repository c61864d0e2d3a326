/**
 * Folding streamed chunks into one chat completion, the shape a non-streamed call returns:
 * top-level fields from the chunks (the last non-null wins, so the usage chunk's `usage` lands),
 * and per choice index the role, the content and refusal joined, tool calls merged by their index,
 * the log probabilities' token lists joined, and the finish reason.
 */
import type { ChatCompletion, ChatCompletionChoice, ChatCompletionChunk } from "./chat";

type Message = NonNullable<ChatCompletionChoice["message"]>;
type ToolCall = Record<string, unknown> & { function?: { name?: string; arguments?: string } };

/** What one chunk changed: the content each choice gained, in chunk order. */
export interface ChunkEffect {
  contentDeltas: Array<{ index: number; delta: string; snapshot: string }>;
}

/** The running completion of one stream. */
export class CompletionAccumulator {
  readonly #completion: ChatCompletion = { object: "chat.completion", choices: [] };
  readonly #byIndex = new Map<number, ChatCompletionChoice & { message: Message }>();
  /** How many chunks were added. */
  chunks = 0;

  /** The completion so far; the same object throughout, so copy it to keep one state. */
  get snapshot(): ChatCompletion {
    return this.#completion;
  }

  add(chunk: ChatCompletionChunk): ChunkEffect {
    const effect: ChunkEffect = { contentDeltas: [] };
    if (chunk === null || typeof chunk !== "object") return effect;
    this.chunks++;
    const target = this.#completion as Record<string, unknown>;
    for (const [key, value] of Object.entries(chunk)) {
      if (key === "choices" || key === "object" || value === null || value === undefined) continue;
      target[key] = value;
    }
    for (const piece of chunk.choices) {
      const index = typeof piece.index === "number" ? piece.index : 0;
      const choice = this.#choice(index);
      const delta = piece.delta ?? {};
      const message = choice.message;
      if (delta.role) message.role = delta.role;
      if (typeof delta.content === "string" && delta.content !== "") {
        const content = `${typeof message.content === "string" ? message.content : ""}${delta.content}`;
        message.content = content;
        effect.contentDeltas.push({ index, delta: delta.content, snapshot: content });
      }
      const refusal = (delta as { refusal?: unknown }).refusal;
      if (typeof refusal === "string") message.refusal = `${message.refusal ?? ""}${refusal}`;
      if (Array.isArray(delta.tool_calls)) mergeToolCalls(message, delta.tool_calls);
      if (piece.finish_reason !== undefined && piece.finish_reason !== null) {
        choice.finish_reason = piece.finish_reason;
      }
      if (piece.logprobs !== undefined && piece.logprobs !== null) {
        choice.logprobs = joinLogprobs(choice.logprobs, piece.logprobs);
      }
    }
    return effect;
  }

  #choice(index: number): ChatCompletionChoice & { message: Message } {
    let choice = this.#byIndex.get(index);
    if (!choice) {
      choice = { index, message: { role: "assistant", content: null }, finish_reason: null, logprobs: null };
      this.#byIndex.set(index, choice);
      this.#completion.choices.push(choice);
      this.#completion.choices.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    }
    return choice;
  }
}

/** Tool-call deltas carry their position in `index`; names are set, arguments arrive in pieces. */
function mergeToolCalls(message: Message, deltas: Array<Record<string, unknown>>): void {
  const calls = (message.tool_calls ??= []) as ToolCall[];
  for (const delta of deltas) {
    const index = typeof delta.index === "number" ? delta.index : calls.length;
    const call = (calls[index] ??= { index }) as ToolCall;
    if (typeof delta.id === "string") call.id = delta.id;
    if (typeof delta.type === "string") call.type = delta.type;
    const fn = delta.function as { name?: unknown; arguments?: unknown } | undefined;
    if (fn && typeof fn === "object") {
      call.function ??= { name: "", arguments: "" };
      if (typeof fn.name === "string") call.function.name = fn.name;
      if (typeof fn.arguments === "string") call.function.arguments += fn.arguments;
    }
  }
}

/**
 * Each chunk's `logprobs` holds the entries of its own tokens (`content`, `refusal`: lists), so the
 * lists are joined in order; any other field takes the latest value.
 */
function joinLogprobs(
  sofar: Record<string, unknown> | null | undefined,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const joined: Record<string, unknown> = { ...sofar };
  for (const [key, value] of Object.entries(next)) {
    const before = joined[key];
    joined[key] = Array.isArray(value) && Array.isArray(before) ? [...before, ...value] : value;
  }
  return joined;
}
