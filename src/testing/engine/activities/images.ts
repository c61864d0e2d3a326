/**
 * Image-generation stand-ins. Each stores small PNGs under `{storage_path}/{step}/image_N.png` and reports
 * them at `outputs.images[N].{path, extension, content_type}`, the runtime output names.
 */
import { tinyPng } from "../../files/png";
import { type Activity, asText, type StepContext, StepFailure, stableHash } from "../activity";

function imageActivity(
  name: string,
  defaultModel: string,
  source: (ctx: StepContext) => Record<string, unknown>,
) {
  const activity: Activity = {
    name,
    run(ctx) {
      const params = source(ctx);
      const prompt = params.prompt;
      if (prompt === undefined || prompt === null || prompt === "") {
        throw new StepFailure(`ValueError: ${name} requires 'prompt' or 'prompt_path'`);
      }
      const model = asText(ctx.inputs.model ?? defaultModel);
      const count = Math.min(4, Math.max(1, Number(params.num_outputs ?? 1) || 1));
      const images = Array.from({ length: count }, (_, i) => {
        const png = tinyPng(stableHash(`${model}\n${asText(prompt)}\n${i}`));
        const path = ctx.host.writeFile(ctx.run, `${ctx.stepName}/image_${i}.png`, png, "image/png");
        return { path, extension: "png", content_type: "image/png" };
      });
      return { images, model, prompt: asText(prompt) };
    },
  };
  return activity;
}

/** The image generators, for the registry. */
export const imageActivities: readonly Activity[] = [
  imageActivity("replicate_text2image", "black-forest-labs/flux-schnell", (ctx) => ctx.inputs),
  imageActivity("gemini_image_generator", "gemini-2.0-flash-preview-image-generation", (ctx) => ctx.inputs),
  imageActivity("litellm_image_generation", "dall-e-3", (ctx) => ctx.inputs),
  // replicate_run takes a model-specific `input` object whose own `*_path` keys were resolved in place.
  imageActivity("replicate_run", "black-forest-labs/flux-schnell", (ctx) => {
    const input = ctx.inputs.input;
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw new StepFailure("ValueError: replicate_run requires an 'input' object");
    }
    return input as Record<string, unknown>;
  }),
];
