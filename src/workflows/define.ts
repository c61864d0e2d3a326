/**
 * Typed authoring of workflow documents. The types catch what TypeScript can express — a step
 * listed without a config, a top-level `*_path` that names no step — and give completion for step
 * and activity names. Everything else (step order, gotchas, nested `_path` keys) is checked at run
 * time by `validateWorkflow`.
 */
import type { KnownActivityName } from "./activities";

/**
 * An activity name: completion offers the known ones, and any other string is accepted (the
 * server's step-template catalogue is the authority).
 *
 * @example
 * ```ts
 * import type { ActivityName } from "@jetty/sdk";
 * const known: ActivityName = "litellm_chat";
 * const custom: ActivityName = "my_private_activity";
 * ```
 */
export type ActivityName = KnownActivityName | (string & {});

type StepSection = "inputs" | "outputs";

/**
 * A path expression whose root is `init_params` or one of `Step`. The rest of the path is not
 * checked by the type (see `parsePath` for the grammar).
 *
 * @example
 * ```ts
 * import type { PathExpression } from "@jetty/sdk";
 * const ok: PathExpression<"gen"> = "gen.outputs.images[0].path";
 * // @ts-expect-error: no step "other"
 * const bad: PathExpression<"gen"> = "other.outputs.text";
 * ```
 */
export type PathExpression<Step extends string = string> =
  | "init_params"
  | `init_params.${string}`
  | `${Step}.${StepSection}`
  | `${Step}.${StepSection}${"." | "["}${string}`;

/**
 * A step config while authoring: `activity` plus parameters, where every top-level `*_path` and
 * `*_path_expr` parameter must be a {@link PathExpression} over the workflow's steps (or a list of
 * them, as simple_judge `items_path` allows).
 *
 * @example
 * ```ts
 * import type { StepConfigDefinition } from "@jetty/sdk";
 * const chat: StepConfigDefinition<"split"> = { activity: "litellm_chat", prompt_path: "init_params.text" };
 * ```
 */
export interface StepConfigDefinition<Step extends string = string> {
  activity: ActivityName;
  [parameter: `${string}_path`]: PathExpression<Step> | readonly PathExpression<Step>[];
  [parameter: `${string}_path_expr`]: PathExpression<Step>;
  [parameter: string]: unknown;
}

/**
 * The litellm_vision step config while authoring. Its `image_path` takes a literal storage key
 * despite the `_path` suffix, so it cannot share the generic rule of {@link StepConfigDefinition}.
 *
 * @example
 * ```ts
 * import type { VisionStepConfigDefinition } from "@jetty/sdk";
 * const look: VisionStepConfigDefinition<"gen"> = {
 *   activity: "litellm_vision",
 *   prompt: "Describe the image",
 *   image_path_expr: "gen.outputs.images[0].path",
 * };
 * ```
 */
export interface VisionStepConfigDefinition<Step extends string = string> {
  activity: "litellm_vision";
  image_path?: string;
  image_path_expr?: PathExpression<Step>;
  image_url_path?: PathExpression<Step>;
  prompt_path?: PathExpression<Step>;
  model_path?: PathExpression<Step>;
  [parameter: string]: unknown;
}

/**
 * A step config as stored on the server: an `activity` and any parameters.
 *
 * @example
 * ```ts
 * import type { StepConfigDocument } from "@jetty/sdk";
 * const echo: StepConfigDocument = { activity: "text_echo", text_path: "init_params.text" };
 * ```
 */
export type StepConfigDocument = {
  activity: string;
  [parameter: string]: unknown;
};

/**
 * A workflow document as the API sends and receives it (`jetty.tasks.create(c, { workflow })`).
 * `Step` narrows the step names when the document comes from {@link defineWorkflow}.
 *
 * @example
 * ```ts
 * import type { WorkflowDocument } from "@jetty/sdk";
 * const doc: WorkflowDocument = {
 *   init_params: { text: "Hello" },
 *   step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
 *   steps: ["echo"],
 * };
 * ```
 */
// A type alias, not an interface: the generated wire types carry an index signature, which an
// interface does not satisfy, and a defined workflow must be passable to tasks.create as is.
export type WorkflowDocument<Step extends string = string> = {
  init_params: Record<string, unknown>;
  step_configs: Record<Step, StepConfigDocument>;
  steps: Step[];
};

/**
 * The argument of {@link defineWorkflow}: step names come from the keys of `step_configs`; `steps`
 * and every top-level `*_path` may only use those names.
 *
 * @example
 * ```ts
 * import type { WorkflowDefinition } from "@jetty/sdk";
 * const def: WorkflowDefinition<"echo"> = {
 *   init_params: { text: "hi" },
 *   step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
 *   steps: ["echo"],
 * };
 * ```
 */
export interface WorkflowDefinition<Step extends string = string> {
  init_params: Record<string, unknown>;
  // NoInfer keeps the step names coming from the keys of step_configs alone: a misspelt name in
  // `steps` or in a path must be an error, not a new step.
  step_configs: {
    [Name in Step]: StepConfigDefinition<NoInfer<Step>> | VisionStepConfigDefinition<NoInfer<Step>>;
  };
  steps: readonly NoInfer<Step>[];
}

/**
 * Writes a workflow in TypeScript with completion for step and activity names, and compile errors
 * for a `steps` entry without a config or a top-level `*_path` that names an unknown step.
 * Returns the document itself, unchanged: pass it to `jetty.tasks.create`, which validates it
 * (step order, runtime-parameter gotchas) with `validateWorkflow`.
 *
 * @example
 * ```ts
 * import { defineWorkflow } from "@jetty/sdk";
 * const workflow = defineWorkflow({
 *   init_params: { prompt: "A red fox", model: "gpt-4o-mini" },
 *   step_configs: {
 *     expand: { activity: "litellm_chat", model_path: "init_params.model", prompt_path: "init_params.prompt" },
 *     draw: { activity: "replicate_text2image", prompt_path: "expand.outputs.text" },
 *   },
 *   steps: ["expand", "draw"],
 * });
 * await jetty.tasks.create("my-collection", { name: "fox", description: "Draw a fox", workflow });
 * ```
 */
export function defineWorkflow<Step extends string>(
  definition: WorkflowDefinition<Step>,
): WorkflowDocument<Step> {
  // The readonly `steps` of the definition is the same array the document carries; nothing is copied.
  return definition as WorkflowDocument<Step>;
}
