/**
 * The vocabulary shared by the validation rules: the issue shape, the model of a parsed workflow
 * that every rule reads, and helpers for issue locations and "did you mean" suggestions.
 */

import { isPathKey } from "./path";

/**
 * Stable identifier of a validation rule, for branching and filtering without parsing messages.
 * docs/workflows.md explains each one with a wrong and a right example.
 *
 * @example
 * ```ts
 * import { validateWorkflow, type WorkflowIssueCode } from "@jetty/sdk";
 * const ignored = new Set<WorkflowIssueCode>(["structure/unused-config"]);
 * const issues = validateWorkflow(doc).issues.filter((i) => !ignored.has(i.code));
 * ```
 */
export type WorkflowIssueCode =
  | "structure/not-an-object"
  | "structure/init-params"
  | "structure/step-configs"
  | "structure/step-config-type"
  | "structure/steps"
  | "structure/step-name-type"
  | "structure/empty-steps"
  | "structure/missing-config"
  | "structure/duplicate-step"
  | "structure/unused-config"
  | "structure/activity"
  | "structure/reserved-step-name"
  | "structure/unaddressable-step-name"
  | "activity/unknown"
  | "activity/stub"
  | "path/type"
  | "path/syntax"
  | "path/url"
  | "path/not-an-object"
  | "path/unknown-step"
  | "path/self-reference"
  | "path/later-step"
  | "path/step-never-runs"
  | "path/init-param-no-default"
  | "path/unknown-output"
  | "path/literal-looks-like-path"
  | "template/interpolation"
  | "litellm_chat/user-prompt"
  | "litellm_chat/user-prompt-template"
  | "litellm_chat/prompt-path-array"
  | "litellm_chat/missing-prompt"
  | "simple_judge/content"
  | "simple_judge/criteria"
  | "simple_judge/items-path-not-list"
  | "list_emit_await/literal-items"
  | "list_emit_await/missing-items-path"
  | "list_emit_await/missing-child"
  | "list_emit_await/qualified-child-name"
  | "list_emit_await/additional-params"
  | "list_emit_await/trajectory-ids"
  | "extract_from_trajectories/trajectory-ids-path"
  | "extract_from_trajectories/extract-paths"
  | "extract_from_trajectories/extract-keys-shape"
  | "extract_from_trajectories/missing-trajectory-list-path"
  | "litellm_vision/image-url-path-storage"
  | "litellm_vision/external-url"
  | "litellm_vision/url-in-image-path"
  | "image/storage-path-output"
  | "runbook/task-shape"
  | "conditional_branch/unknown-step";

/**
 * One finding of {@link validateWorkflow}. `path` locates the offending value inside the workflow
 * document (`step_configs.chat.user_prompt`, `steps[2]`, `step_configs.generate.input.prompt_path`);
 * for a task envelope it is relative to the envelope's `workflow` member. `suggestion` gives the
 * right name or value when the rule knows it.
 *
 * @example
 * ```ts
 * import type { WorkflowIssue } from "@jetty/sdk";
 * const issue: WorkflowIssue = {
 *   severity: "error",
 *   code: "litellm_chat/user-prompt",
 *   path: "step_configs.answer.user_prompt",
 *   message: "litellm_chat ignores 'user_prompt' without an error, so the step runs without it",
 *   suggestion: "prompt",
 * };
 * ```
 */
export interface WorkflowIssue {
  /** `error`: the run fails, or silently does the wrong thing. `warning`: probably a mistake. */
  severity: "error" | "warning";
  /** Which rule produced the issue. */
  code: WorkflowIssueCode;
  /** Where in the workflow document, e.g. `step_configs.chat.user_prompt`. */
  path: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** The right parameter name or value, when known. */
  suggestion?: string;
}

/** A step config as the rules see it. */
export interface StepInfo {
  readonly name: string;
  /** The config object, or `{}` when the document's value was not an object. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The `activity` when it is a non-empty string. */
  readonly activity: string | undefined;
  /** `step_configs.<name>`, quoted when the name is not a plain key. */
  readonly location: string;
}

/** The parts of a workflow document the rules need, resolved once. */
export interface WorkflowModel {
  /** `init_params` when it is an object; `undefined` when missing or malformed (already reported). */
  readonly initParams: Readonly<Record<string, unknown>> | undefined;
  /** Every key of `step_configs`. */
  readonly configs: ReadonlyMap<string, StepInfo>;
  /** First index of each name in `steps`; a config absent here never runs. */
  readonly order: ReadonlyMap<string, number>;
  /** The string entries of `steps`, in order. */
  readonly steps: readonly string[];
}

/** Collects issues in the order the rules find them. */
export type Report = (issue: WorkflowIssue) => void;

/** Appends a key to an issue location, bracket-quoting keys that are not plain identifiers. */
export function child(location: string, key: string | number): string {
  if (typeof key === "number") return `${location}[${key}]`;
  const plain = isPathKey(key) && !key.includes('"');
  const part = plain ? key : `[${JSON.stringify(key)}]`;
  if (!location) return plain ? key : part;
  return plain ? `${location}.${key}` : `${location}${part}`;
}

export { closest } from "../util/nearest-name";

/** Plain JSON object (not an array, not null). */
