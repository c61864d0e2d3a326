/**
 * What the public sources say about each activity (jetty-api.md §3.4, §3.5): its name and the
 * outputs it is known to produce. Used for completion in `defineWorkflow` and for the
 * output-name checks of `validateWorkflow`.
 */

/**
 * The activities documented by the Jetty skills and templates. Other names are valid too (the
 * server's step-template catalogue is the authority); these are the ones the SDK knows about.
 *
 * @example
 * ```ts
 * import { KNOWN_ACTIVITIES } from "@jetty/sdk";
 * KNOWN_ACTIVITIES.includes("litellm_chat"); // true
 * ```
 */
export const KNOWN_ACTIVITIES = [
  "litellm_chat",
  "litellm_vision",
  "gemini_prompt",
  "gemini_image_generator",
  "replicate_text2image",
  "replicate_text2video",
  "replicate_run",
  "litellm_image_generation",
  "list_emit_await",
  "extract_from_trajectories",
  "conditional_branch",
  "text_echo",
  "text_template",
  "text_concatenate",
  "text_split",
  "read_uploaded_file",
  "simple_judge",
  "runbook",
] as const;

/**
 * One of {@link KNOWN_ACTIVITIES}.
 *
 * @example
 * ```ts
 * import type { KnownActivityName } from "@jetty/sdk";
 * const activity: KnownActivityName = "text_echo";
 * ```
 */
export type KnownActivityName = (typeof KNOWN_ACTIVITIES)[number];

/** `text` resolves to one string; `list` to an array; `data` to a structure that is not a string. */
export type OutputShape = "text" | "number" | "list" | "data";

/** Activities whose outputs are images under `outputs.images[N].{path, extension, content_type}`. */
export const IMAGE_GENERATORS: ReadonlySet<string> = new Set([
  "replicate_text2image",
  "gemini_image_generator",
  "litellm_image_generation",
  "replicate_run",
]);

/**
 * Outputs the sources document. An activity absent from this table has undocumented outputs, so
 * reads of its outputs are not checked. `replicate_run` runs any Replicate model, so only its
 * image gotcha is checked, never an "unknown output" warning.
 */
export const KNOWN_OUTPUTS: Readonly<Record<string, Readonly<Record<string, OutputShape>>>> = {
  litellm_chat: { text: "text" },
  gemini_image_generator: { images: "list" },
  replicate_text2image: { images: "list" },
  litellm_image_generation: { images: "list" },
  list_emit_await: { trajectory_references: "list" },
  extract_from_trajectories: { extracted_data: "data" },
  text_split: { chunks: "list" },
  simple_judge: { average_score: "number", results: "list" },
  runbook: { results_files: "list", primary_files: "list" },
  read_uploaded_file: { content: "text" },
};

/** Activities whose full output set is open, so an unlisted output name is not suspicious. */
export const OPEN_OUTPUTS: ReadonlySet<string> = new Set(["replicate_run"]);

/** Stub activities that only exist as placeholders; the engine has no step registered for them. */
export const STUB_ACTIVITIES: ReadonlySet<string> = new Set(["passthrough", "completion"]);

/**
 * Step parameters whose values are data handed on verbatim (a JSON schema for the model, init params
 * for child runs) or resolved elsewhere (extract_keys, against each child): `_path` keys inside them
 * are not references of this workflow. The validator and the emulator share this list.
 *
 * @example
 * ```ts
 * OPAQUE_PARAMETERS.has("child_init_params"); // true
 * ```
 */
export const OPAQUE_PARAMETERS: ReadonlySet<string> = new Set([
  "response_format",
  "child_init_params",
  "extract_keys",
]);
