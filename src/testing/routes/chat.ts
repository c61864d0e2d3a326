/**
 * `POST /v1/chat/completions` (and `/chat/completions`, where the OpenAI Python client posts when its
 * base URL is the bare host). Without a `jetty` block it is a deterministic OpenAI-compatible model; with
 * one it starts a runbook run and reports the trajectory in a `jetty` object.
 */
import { Auth } from "../auth";
import { inferAgentFromModel, zJettyChatOptions } from "../contracts";
import { type Core, principalOf } from "../core";
import { deterministicReply } from "../engine/activities/llm";
import { estimateTokens } from "../engine/activity";
import { readBody } from "../http/body";
import type { RequestContext } from "../http/context";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { invalid, validate } from "../http/validation";
import { hex } from "../ids";
import { runbookWorkflow } from "../runbook-workflow";
import { replyText, verdictOf } from "../scripts";
import { chargeTrial, trialInfo } from "./runs";

interface ChatBody {
  model: string;
  messages: Array<{ role: string; content?: unknown }>;
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  jetty?: JettyBlock | null;
}

interface JettyBlock {
  runbook: boolean;
  collection: string;
  task: string;
  agent?: string;
  model_provider?: string;
  snapshot?: string;
  template_variables?: Record<string, unknown>;
  file_paths?: string[];
  files?: string[];
  use_trial_keys?: boolean;
}

/** What the response says besides the assistant text. */
interface Completion {
  id: string;
  created: number;
  model: string;
  content: string;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  jetty?: Record<string, unknown>;
}

/** `POST /v1/chat/completions` and its `/chat/completions` alias. */
export function chatRoutes(router: Router, core: Core): void {
  const handler = async (ctx: RequestContext) => {
    principalOf(ctx);
    const body = (await readBody(ctx)) as ChatBody;
    const prompt = body.messages.map((m) => textOf(m.content)).join("\n");
    let content: string;
    let jetty: Record<string, unknown> | undefined;
    if (body.jetty !== undefined && body.jetty !== null) {
      const block = validate(zJettyChatOptions, body.jetty, ["body", "jetty"]) as JettyBlock;
      if (block.runbook !== true)
        invalid(["body", "jetty", "runbook"], "Input should be True", "literal_error");
      ({ content, jetty } = startRunbook(ctx, core, body, block));
    } else {
      const lastUser = [...body.messages].reverse().find((m) => m.role === "user");
      const question = textOf(lastUser?.content);
      const script = core.engine.scripts.takeJudge({ activity: "chat.completions" });
      const call = { activity: "chat.completions", model: body.model, prompt: question };
      content = (script && replyText(verdictOf(script, call))) ?? deterministicReply(body.model, question);
    }
    const prompt_tokens = estimateTokens(prompt);
    const completion_tokens = estimateTokens(content);
    const completion: Completion = {
      id: `chatcmpl-${hex(12)}`,
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      content,
      usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens },
      ...(jetty ? { jetty } : {}),
    };
    if (body.stream === true) {
      await stream(ctx, core, completion, body.stream_options?.include_usage === true);
      return undefined;
    }
    if (ctx.fault?.sseError) {
      sendJson(ctx, 500, { error: STREAM_ERROR.error, detail: STREAM_ERROR.error.message });
      return undefined;
    }
    return {
      id: completion.id,
      object: "chat.completion",
      created: completion.created,
      model: completion.model,
      system_fingerprint: "jetty-emulator",
      choices: [{ index: 0, message: { role: "assistant", content }, logprobs: null, finish_reason: "stop" }],
      usage: completion.usage,
      ...(jetty ? { jetty } : {}),
    };
  };
  router.on("createChatCompletion", handler);
  router.unlisted("POST", "/chat/completions", handler, {
    auth: "required",
    as: "createChatCompletion",
    why: "OpenAI clients given the bare host as base URL post here (jetty-api.md §5, item 10)",
  });
}

/** Runbook mode: make sure the task exists (§3.7 shape), start a run, and describe it. */
function startRunbook(ctx: RequestContext, core: Core, body: ChatBody, block: JettyBlock) {
  const { store, engine } = core;
  const principal = principalOf(ctx);
  const collection = store.requireCollection(principal, block.collection);
  const task =
    store.getTask(collection.wire.name, block.task) ??
    store.createTask(collection, {
      name: block.task,
      workflow: runbookWorkflow(),
      description: "Runbook task created by the first chat-completions run",
      has_file_uploads: true,
      is_private: true,
    });
  const trial = block.use_trial_keys === true;
  if (trial) chargeTrial(collection);
  // A storage path that does not resolve (e.g. a `file-…` id in file_paths) is dropped without an error,
  // as on the platform; `files` ids are resolved to their storage paths.
  const usable = (path: string) => store.files.has(path) && Auth.canAccess(principal, path.split("/")[0]!);
  const fromIds = (block.files ?? []).flatMap((id) => {
    const path = store.fileObjects.get(id)?.storage_path;
    return typeof path === "string" ? [path] : [];
  });
  const file_paths = [...(block.file_paths ?? []), ...fromIds].filter(usable);
  // No agent named: the server infers it from the model (jetty-api.md §4.5), with the SDK's own rule.
  const agent = block.agent ?? inferAgentFromModel(body.model) ?? "claude-code";
  const system = body.messages.find((m) => m.role === "system");
  const record = engine.start({
    collection,
    task,
    initParams: {
      agent,
      model: body.model,
      ...(block.model_provider ? { model_provider: block.model_provider } : {}),
      snapshot: block.snapshot ?? "python312-uv",
      instruction: textOf(system?.content),
      vars: { results_dir: "/app/results", ...(block.template_variables ?? {}) },
      file_paths,
    },
  });
  const c = collection.wire.name;
  const t = task.name;
  const id = record.t.trajectory_id;
  // Trial keys include OpenRouter, which every agent but codex can use (§4.5).
  const provider =
    block.model_provider ?? (trial && agent !== "codex" ? "openrouter" : (PROVIDERS[agent] ?? "anthropic"));
  const jetty: Record<string, unknown> = {
    trajectory_id: id,
    collection: c,
    task: t,
    workflow_id: record.workflowId,
    trajectory_url: core.urls.trajectory(c, t, id),
    ...(trial ? { trial: trialInfo(store.trialView(collection)) } : {}),
  };
  const content = `Running agent: ${agent} via ${provider}. Runbook run started as trajectory ${id} (${c}/${t}).`;
  return { content, jetty };
}

const PROVIDERS: Record<string, string> = {
  "claude-code": "anthropic",
  opencode: "openrouter",
  codex: "openai",
  "gemini-cli": "google",
};

const STREAM_ERROR = {
  error: {
    message: "Injected upstream error (emulator fault)",
    type: "server_error",
    code: "upstream_error",
  },
};

/**
 * OpenAI chunk order: a role delta (carrying `jetty` in runbook mode), the content in several deltas, a
 * `finish_reason` chunk, an optional usage chunk, then `data: [DONE]`. Each event is written and given its
 * own event-loop turn, so clients really receive them one by one.
 */
async function stream(ctx: RequestContext, core: Core, c: Completion, includeUsage: boolean): Promise<void> {
  const { res } = ctx;
  if (ctx.muted) return;
  res.socket?.setNoDelay(true);
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  const base = {
    id: c.id,
    object: "chat.completion.chunk",
    created: c.created,
    model: c.model,
    system_fingerprint: "jetty-emulator",
  };
  const chunk = (
    delta: Record<string, unknown>,
    finish: string | null,
    extra: Record<string, unknown> = {},
  ) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...extra,
  });
  const events: unknown[] = [
    chunk({ role: "assistant", content: "" }, null, c.jetty ? { jetty: c.jetty } : {}),
    ...(c.content.match(/\S+\s*/g) ?? [c.content]).map((piece) => chunk({ content: piece }, null)),
    chunk({}, "stop"),
  ];
  if (includeUsage) events.push({ ...base, choices: [], usage: c.usage });

  const write = (text: string) => !res.destroyed && res.write(text);
  if (ctx.fault?.sseError) {
    write(`data: ${JSON.stringify(events[0])}\n\n`);
    await core.scheduler.sleep(0);
    write(`event: error\ndata: ${JSON.stringify(STREAM_ERROR)}\n\n`);
    res.end();
    return;
  }
  // brokenStream: the role chunk and the first content chunk arrive, then the connection drops without [DONE].
  const last = ctx.fault?.brokenStream ? Math.min(1, events.length - 1) : Number.POSITIVE_INFINITY;
  for (let i = 0; i < events.length; i++) {
    const { data, violation } = ctx.responses
      ? ctx.responses.outgoingEvent(ctx.operation, ctx, events[i], !c.jetty)
      : { data: events[i], violation: undefined };
    if (violation !== undefined) {
      write(
        `event: error\ndata: ${JSON.stringify({ error: { message: violation, type: "server_error" } })}\n\n`,
      );
      res.end();
      return;
    }
    const text = `data: ${JSON.stringify(data)}\n\n`;
    if (i === last) {
      if (!res.destroyed) res.write(text, () => res.socket?.destroy());
      return;
    }
    write(text);
    await core.scheduler.sleep(0);
    if (res.destroyed) return;
  }
  write("data: [DONE]\n\n");
  res.end();
}

/** The text of an OpenAI message content: a string, or the text parts of a content array. */
function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (part && typeof part === "object" && typeof part.text === "string" ? part.text : ""))
      .join("");
  }
  return "";
}
