/**
 * Deterministic stand-ins for model calls: `litellm_chat`, `gemini_prompt`, `litellm_vision` and
 * `simple_judge`. Outputs are pure functions of the inputs, so tests can assert them exactly, unless the
 * test scripted the reply (`emulator.scriptJudge`, see ../../scripts.ts).
 */

import { isRecord } from "../../../util/is-record";
import { evaluatePath } from "../../contracts";
import { type JudgeCall, replyText, verdictOf } from "../../scripts";
import {
  type Activity,
  asText,
  estimateTokens,
  required,
  type StepContext,
  StepFailure,
  stableHash,
} from "../activity";

/**
 * The emulator's "model": `[model] echo: <prompt>`. Chat completions in passthrough mode answer with the
 * same function, so a workflow step and a direct chat call agree.
 */
export function deterministicReply(model: string, prompt: string): string {
  return `[${model}] echo: ${prompt}`;
}

function usageOf(prompt: string, completion: string) {
  const prompt_tokens = estimateTokens(prompt);
  const completion_tokens = estimateTokens(completion);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

/** The prompt as one string; an array fails the way litellm's Anthropic path does on the platform. */
function promptOf(ctx: StepContext, activity: string): string {
  const prompt = required(ctx, "prompt", activity);
  if (Array.isArray(prompt)) {
    throw new StepFailure(
      "TypeError: string indices must be integers (prompt_path resolved to a list; join or serialise it to " +
        "one string first)",
    );
  }
  return asText(prompt);
}

function chatActivity(name: string, defaultModel: string): Activity {
  return {
    name,
    run(ctx) {
      const model = asText(ctx.inputs.model ?? defaultModel);
      const prompt = promptOf(ctx, name);
      const schema = jsonSchemaOf(ctx.inputs.response_format);
      const text =
        scriptedReply(ctx, name, model, prompt) ??
        (schema
          ? JSON.stringify(sampleFromSchema(schema, deterministicReply(model, prompt)))
          : deterministicReply(model, prompt));
      return { text, model, finish_reason: "stop", usage: usageOf(prompt, text) };
    },
  };
}

/** The `json_schema.schema` of an OpenAI `response_format`, when there is one. */
function jsonSchemaOf(format: unknown): Record<string, unknown> | undefined {
  if (!isRecord(format) || format.type !== "json_schema" || !isRecord(format.json_schema)) return undefined;
  return isRecord(format.json_schema.schema) ? format.json_schema.schema : undefined;
}

/** A value that satisfies a simple JSON schema, built from `text`, so structured-output steps parse. */
function sampleFromSchema(schema: Record<string, unknown>, text: string): unknown {
  switch (schema.type) {
    case "object": {
      const props = isRecord(schema.properties) ? schema.properties : {};
      return Object.fromEntries(
        Object.entries(props).map(([k, v]) => [k, sampleFromSchema(isRecord(v) ? v : {}, text)]),
      );
    }
    case "array":
      return [sampleFromSchema(isRecord(schema.items) ? schema.items : {}, text)];
    case "number":
    case "integer":
      return 0;
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return Array.isArray(schema.enum) && schema.enum.length > 0 ? schema.enum[0] : text;
  }
}

const litellmVision: Activity = {
  name: "litellm_vision",
  // `image_path` holds a storage key, not a reference; `image_path_expr` is the reference form.
  literalKeys: ["image_path"],
  run(ctx) {
    const model = asText(ctx.inputs.model ?? "gpt-4o");
    const prompt = asText(required(ctx, "prompt", "litellm_vision"));
    const image = imageOf(ctx);
    const text =
      scriptedReply(ctx, "litellm_vision", model, prompt) ?? `[${model}] vision: ${prompt} (image: ${image})`;
    return { text, model, image, usage: usageOf(prompt, text) };
  },
};

function imageOf(ctx: StepContext): string {
  const { config, inputs } = ctx;
  if (inputs.image_url !== undefined) {
    const url = asText(inputs.image_url);
    if (!/^https?:\/\//i.test(url)) {
      const via = "image_url_path" in config ? "image_url_path" : "image_url";
      throw new StepFailure(
        `ValueError: ${via} is for external HTTP URLs only, but it gave the storage path '${url}'; ` +
          "pass storage paths from earlier steps in image_path_expr",
      );
    }
    return url;
  }
  let path: unknown;
  if (typeof config.image_path_expr === "string") {
    try {
      path = evaluatePath(ctx.pathContext, config.image_path_expr, { strict: true });
    } catch (err) {
      const e = err as Error;
      throw new StepFailure(`${e.name}: ${e.message} (in 'image_path_expr')`);
    }
  } else if (config.image_path !== undefined) {
    path = config.image_path;
    if (typeof path === "string" && /^https?:/i.test(path)) {
      throw new StepFailure("ValueError: Invalid workflow reference: https");
    }
  } else {
    throw new StepFailure("ValueError: image_path is required for vision models");
  }
  const key = asText(path);
  if (!ctx.host.store.files.has(key)) throw new StepFailure(`FileNotFoundError: no stored file at '${key}'`);
  return key;
}

const simpleJudge: Activity = {
  name: "simple_judge",
  run(ctx) {
    const { inputs } = ctx;
    const items = inputs.items !== undefined ? inputs.items : inputs.item;
    if (items === undefined || items === null) {
      throw new StepFailure(
        "ValueError: simple_judge requires 'item' / 'item_path' or 'items' / 'items_path'",
      );
    }
    const list = Array.isArray(items) ? items : [items];
    const instruction = asText(required(ctx, "instruction", "simple_judge"));
    const model = asText(inputs.model ?? "gpt-4o");
    const labels = categoriesOf(inputs);
    const [min, max] = rangeOf(inputs);
    const script = ctx.host.scripts.takeJudge(callOf(ctx, "simple_judge"));
    const results = list.map((item, index) => {
      const h = stableHash(`${model}\n${instruction}\n${asText(item)}`);
      const verdict = script
        ? verdictOf(script, { ...callOf(ctx, "simple_judge"), model, item, index, instruction })
        : {};
      const score: number | string =
        verdict.score ?? (labels ? labels[h % labels.length]! : min + (h % (max - min + 1)));
      const explanation =
        verdict.explanation ??
        `Emulated judgement of item ${index} by ${model} against: ${instruction.slice(0, 80)}`;
      return { item_index: index, score, explanation, raw_result: JSON.stringify({ score, explanation }) };
    });
    const numeric = results.map((r) => r.score).filter((s): s is number => typeof s === "number");
    const average_score = numeric.length > 0 ? numeric.reduce((a, b) => a + b, 0) / numeric.length : null;
    return { average_score, results, judge_type: labels ? "categorical" : "scale", model };
  },
};

/** Category labels in categorical mode (where `score_range` values act as labels, as the skills warn). */
function categoriesOf(inputs: Readonly<Record<string, unknown>>): string[] | undefined {
  if (inputs.judge_type !== "categorical") return undefined;
  const source = inputs.categories ?? inputs.score_range;
  const values = Array.isArray(source) ? source : isRecord(source) ? Object.values(source) : [];
  return values.length > 0 ? values.map(asText) : ["pass", "fail"];
}

/** Numeric bounds from `scale_range: [min, max]` or `score_range: {min, max}`; default 1–5. */
function rangeOf(inputs: Readonly<Record<string, unknown>>): [number, number] {
  const scale = inputs.scale_range;
  const range = inputs.score_range;
  let min = 1;
  let max = 5;
  if (Array.isArray(scale) && scale.length === 2) [min, max] = [Number(scale[0]), Number(scale[1])];
  else if (isRecord(range)) [min, max] = [Number(range.min ?? 1), Number(range.max ?? 5)];
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min)
    throw new StepFailure("ValueError: invalid score range");
  return [Math.round(min), Math.round(max)];
}

/** Where a step runs, as scripts match it. */
function callOf(
  ctx: StepContext,
  activity: string,
): Pick<JudgeCall, "activity" | "collection" | "task" | "step"> {
  return { activity, collection: ctx.run.collection, task: ctx.run.task, step: ctx.stepName };
}

/** A model step's scripted reply, when a script answers it. */
function scriptedReply(
  ctx: StepContext,
  activity: string,
  model: string,
  prompt: string,
): string | undefined {
  const script = ctx.host.scripts.takeJudge(callOf(ctx, activity));
  return script && replyText(verdictOf(script, { ...callOf(ctx, activity), model, prompt }));
}

/** The model stand-ins, for the registry. */
export const llmActivities: readonly Activity[] = [
  chatActivity("litellm_chat", "gpt-4o-mini"),
  chatActivity("gemini_prompt", "gemini-2.0-flash"),
  litellmVision,
  simpleJudge,
];
