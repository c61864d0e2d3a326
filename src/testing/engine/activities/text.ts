/** Text activities: `text_echo`, `text_template`, `text_concatenate`, `text_split`. */

import { isRecord } from "../../../util/is-record";
import { evaluatePath } from "../../contracts";
import { type Activity, asText, required, StepFailure } from "../activity";

const textEcho: Activity = {
  name: "text_echo",
  run: (ctx) => ({ text: asText(required(ctx, "text", "text_echo")) }),
};

const textTemplate: Activity = {
  name: "text_template",
  run(ctx) {
    const template = asText(required(ctx, "template", "text_template"));
    const { template: _template, variables, ...rest } = ctx.inputs;
    // Variables come from the resolved parameters (e.g. `name_path` → `{{name}}`) and an optional map.
    const vars: Record<string, unknown> = { ...rest, ...(isRecord(variables) ? variables : {}) };
    const text = template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (_match, name: string) => {
      if (Object.hasOwn(vars, name)) return asText(vars[name]);
      if (name.includes(".")) {
        const value = evaluatePath(ctx.pathContext, name);
        if (value !== undefined) return asText(value);
      }
      throw new StepFailure(`KeyError: template variable '${name}' is not defined`);
    });
    return { text };
  },
};

const textConcatenate: Activity = {
  name: "text_concatenate",
  run(ctx) {
    const texts = required(ctx, "texts", "text_concatenate");
    const separator = ctx.inputs.separator === undefined ? "\n" : asText(ctx.inputs.separator);
    const list = Array.isArray(texts) ? texts : [texts];
    return { text: list.map(asText).join(separator) };
  },
};

const textSplit: Activity = {
  name: "text_split",
  run(ctx) {
    const text = asText(required(ctx, "text", "text_split"));
    const size = Number(ctx.inputs.chunk_size ?? 1000);
    const overlap = Number(ctx.inputs.overlap ?? 0);
    if (!Number.isInteger(size) || size < 1)
      throw new StepFailure("ValueError: chunk_size must be a positive integer");
    if (!Number.isInteger(overlap) || overlap < 0 || overlap >= size) {
      throw new StepFailure("ValueError: overlap must be a non-negative integer smaller than chunk_size");
    }
    const chunks: string[] = [];
    for (let start = 0; start < text.length; start += size - overlap) {
      chunks.push(text.slice(start, start + size));
      if (start + size >= text.length) break;
    }
    return { chunks, total_chunks: chunks.length };
  },
};

/** The text activities, for the registry. */
export const textActivities: readonly Activity[] = [textEcho, textTemplate, textConcatenate, textSplit];
