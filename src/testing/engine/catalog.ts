/**
 * The step-template catalogue served by `GET /api/v1/step-templates`: every activity jetty-api.md §3.4
 * lists, with runtime parameter names (not the template-doc names the runtime rejects).
 */
import type { Conforms } from "../wire";

/** One parameter of a step template. */
export interface TemplateParameter {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** One entry of the catalogue. */
export type StepTemplate = Conforms<
  {
    activity_name: string;
    display_name: string;
    description: string;
    category: string;
    parameters: TemplateParameter[];
    outputs: string[];
  },
  "StepTemplate"
>;

// name: type, with "!" marking a required parameter. Kept terse: this is data, not documentation.
const T = (
  activity_name: string,
  category: string,
  description: string,
  params: Record<string, string>,
  outputs: string[],
): StepTemplate => ({
  activity_name,
  display_name: activity_name
    .split("_")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" "),
  description,
  category,
  parameters: Object.entries(params).map(([name, spec]) => ({
    name,
    type: spec.replace("!", ""),
    required: spec.endsWith("!"),
    description: `${name} (use ${name.endsWith("_path") ? "a path expression" : "a literal value"})`,
  })),
  outputs,
});

/** The whole catalogue, in the order jetty-api.md §3.4 lists the activities. */
export const STEP_TEMPLATES: readonly StepTemplate[] = [
  T(
    "litellm_chat",
    "llm",
    "Chat with any LLM through LiteLLM",
    {
      model: "string!",
      prompt: "string",
      prompt_path: "string",
      system_prompt: "string",
      system_prompt_path: "string",
      temperature: "number",
      max_tokens: "integer",
      response_format: "object",
    },
    ["text"],
  ),
  T(
    "litellm_vision",
    "llm",
    "Analyse an image with a vision model",
    {
      model: "string!",
      prompt: "string!",
      image_path_expr: "string",
      image_path: "string",
      image_url_path: "string",
    },
    ["text"],
  ),
  T(
    "gemini_prompt",
    "llm",
    "Google Gemini text generation",
    { model: "string!", prompt: "string!", temperature: "number" },
    ["text"],
  ),
  T(
    "gemini_image_generator",
    "image",
    "Gemini image generation",
    { model: "string", prompt: "string", prompt_path: "string" },
    ["images[].path", "images[].extension", "images[].content_type"],
  ),
  T(
    "replicate_text2image",
    "image",
    "Text-to-image on Replicate",
    {
      model: "string!",
      prompt: "string",
      prompt_path: "string",
      width: "integer",
      height: "integer",
      num_outputs: "integer",
    },
    ["images[].path", "images[].extension", "images[].content_type"],
  ),
  T(
    "replicate_text2video",
    "video",
    "Text-to-video on Replicate",
    { model: "string!", prompt: "string", prompt_path: "string" },
    [],
  ),
  T("replicate_run", "image", "Run any Replicate model", { model: "string!", input: "object!" }, [
    "images[].path",
  ]),
  T(
    "litellm_image_generation",
    "image",
    "Image generation through LiteLLM",
    {
      model: "string!",
      prompt_path: "string",
      size: "string",
      quality: "string",
    },
    ["images[].path"],
  ),
  T(
    "list_emit_await",
    "flow",
    "Fan-out: run a child task once per item and wait",
    {
      items_path: "string!",
      child_workflow_name: "string!",
      item_param_name: "string",
      max_concurrency: "integer",
      max_concurrency_path: "string",
      child_init_params: "object",
      child_init_params_path: "string",
      continue_on_error: "boolean",
    },
    [
      "trajectory_references[].trajectory_id",
      "trajectory_references[].name",
      "trajectory_references[].status",
    ],
  ),
  T(
    "extract_from_trajectories",
    "flow",
    "Fan-in: collect values from child trajectories",
    {
      trajectory_list_path: "string!",
      extract_keys: "object!",
      flatten_results: "boolean",
    },
    ["extracted_data"],
  ),
  T(
    "conditional_branch",
    "flow",
    "Branch on a condition",
    { condition_path: "string!", true_step: "string!", false_step: "string!" },
    [],
  ),
  T("text_echo", "text", "Pass text through", { text: "string", text_path: "string" }, ["text"]),
  T(
    "text_template",
    "text",
    "Fill {{var}} placeholders of a template",
    { template: "string!", variables: "object" },
    ["text"],
  ),
  T(
    "text_concatenate",
    "text",
    "Join texts with a separator",
    { texts_path: "string!", separator: "string" },
    ["text"],
  ),
  T(
    "text_split",
    "text",
    "Split text into overlapping chunks",
    {
      text_path: "string!",
      chunk_size: "integer",
      chunk_size_path: "string",
      overlap: "integer",
    },
    ["chunks"],
  ),
  T("read_uploaded_file", "files", "Read one of the run's uploaded files", { file_index: "integer" }, [
    "content",
  ]),
  T(
    "simple_judge",
    "judge",
    "LLM-as-judge for text and images",
    {
      item: "string",
      item_path: "string",
      items: "array",
      items_path: "string",
      instruction: "string",
      instruction_path: "string",
      model: "string",
      model_path: "string",
      judge_type: "string",
      scale_range: "array",
      categories: "array",
      score_range: "object",
      with_explanation: "boolean",
      explanation_required: "boolean",
    },
    ["average_score", "results[].score", "results[].explanation", "results[].raw_result"],
  ),
  T(
    "runbook",
    "agent",
    "Run a coding agent on a runbook in a sandbox",
    {
      agent_path: "string",
      model_path: "string",
      instruction_path: "string!",
      template_variables_path: "string",
      files_path: "string",
      snapshot: "string",
      snapshot_path: "string",
      cpus: "integer",
      memory: "string",
      timeout_sec: "integer",
      network_enabled: "boolean",
    },
    ["success", "results_files[].path", "primary_files[]"],
  ),
];

/** The catalogue entry for `name`, if any. */
export function templateFor(name: string): StepTemplate | undefined {
  return STEP_TEMPLATES.find((t) => t.activity_name === name);
}
