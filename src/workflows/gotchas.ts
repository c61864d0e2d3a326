/**
 * Runtime-parameter gotchas (jetty-api.md §3.5, §3.7): parameter names the step-template schemas
 * document but the runtime ignores, values the runtime cannot take, and task shapes that die
 * before they start. Each rule names the right parameter in `suggestion`.
 */

import { isRecord } from "../util/is-record";
import { KNOWN_OUTPUTS, STUB_ACTIVITIES } from "./activities";
import { PathSyntaxError } from "./errors";
import { child, type Report, type StepInfo, type WorkflowIssueCode, type WorkflowModel } from "./issues";
import { evaluatePath, parsePath } from "./path";
import type { LiteralSite, ResolvedReference } from "./references";

interface Rename {
  readonly to: string;
  readonly code: WorkflowIssueCode;
  /** Replaces the default "ignored without an error" message when the sources are less certain. */
  readonly message?: string;
  readonly why?: string;
  /** `warning` where the sources call the name unverified rather than wrong. */
  readonly severity?: "warning";
}

/**
 * Wrong name → right name. The sources say the runtime ignores the wrong name without an error,
 * so the step runs without the value: a rename is an error, except where the sources only call
 * the dialect unverified (then a warning, so a template that uses it can still be deployed).
 */
const RENAMES: Readonly<Record<string, Readonly<Record<string, Rename>>>> = {
  litellm_chat: {
    user_prompt: { to: "prompt", code: "litellm_chat/user-prompt" },
    user_prompt_path: { to: "prompt_path", code: "litellm_chat/user-prompt" },
    user_prompt_template: {
      to: "prompt",
      code: "litellm_chat/user-prompt-template",
      message:
        "litellm_chat documents no 'user_prompt_template' (an unverified dialect of older templates), " +
        "so the step is likely to run without your prompt",
      why: "build the text in an earlier step (e.g. text_template) and pass it with prompt_path",
      severity: "warning",
    },
  },
  simple_judge: {
    content: { to: "item", code: "simple_judge/content" },
    content_path: { to: "item_path", code: "simple_judge/content" },
    criteria: { to: "instruction", code: "simple_judge/criteria" },
    criteria_path: { to: "instruction_path", code: "simple_judge/criteria" },
  },
  list_emit_await: {
    additional_params: {
      to: "child_init_params",
      code: "list_emit_await/additional-params",
      why: "values shared by every child go in child_init_params",
    },
    additional_params_path: { to: "child_init_params_path", code: "list_emit_await/additional-params" },
  },
  extract_from_trajectories: {
    trajectory_ids_path: {
      to: "trajectory_list_path",
      code: "extract_from_trajectories/trajectory-ids-path",
      why: "point it at the fan-out's reference objects, usually <fanout>.outputs.trajectory_references",
    },
    extract_paths: {
      to: "extract_keys",
      code: "extract_from_trajectories/extract-paths",
      why: 'extract_keys is a map of output key → child path, e.g. {"summary": "analysis.outputs.summary"}',
    },
  },
};

const TEXT_PARAMETER_HINT =
  "join or serialize it into one string first (e.g. a text_concatenate step reading it with texts_path) " +
  "and point prompt_path at that text; describe its shape in system_prompt";

/** Checks the parameter names and literal values of one step. */
export function checkStepGotchas(step: StepInfo, model: WorkflowModel, report: Report): void {
  const { activity, config, location } = step;
  if (!activity) return;
  if (STUB_ACTIVITIES.has(activity)) {
    report({
      severity: "error",
      code: "activity/stub",
      path: child(location, "activity"),
      message:
        `'${activity}' is a placeholder with no step registered in the engine; a run dies with ` +
        `"No step registered for '${activity}'" before anything starts`,
      suggestion: 'for a runbook task use steps ["run"] with step_configs.run.activity "runbook"',
    });
  }
  const renames = RENAMES[activity] ?? {};
  for (const [key, rename] of Object.entries(renames)) {
    if (!Object.hasOwn(config, key)) continue;
    const why = rename.why ? `; ${rename.why}` : "";
    report({
      severity: rename.severity ?? "error",
      code: rename.code,
      path: child(location, key),
      message: `${rename.message ?? `${activity} ignores '${key}' without an error, so the step runs without it`}${why}`,
      suggestion: rename.to,
    });
  }

  if (activity === "litellm_chat") checkChat(step, report);
  else if (activity === "list_emit_await") checkFanOut(step, report);
  else if (activity === "extract_from_trajectories") checkFanIn(step, report);
  else if (activity === "conditional_branch") checkBranch(step, model, report);
}

function checkChat({ config, location }: StepInfo, report: Report): void {
  if (Object.hasOwn(config, "user_prompt_params")) {
    report({
      severity: "warning",
      code: "litellm_chat/user-prompt-template",
      path: child(location, "user_prompt_params"),
      message: "user_prompt_params only feeds the unverified user_prompt_template dialect",
      suggestion: "prompt_path",
    });
  }
  const hasPrompt = ["prompt", "prompt_path", "user_prompt", "user_prompt_path", "user_prompt_template"].some(
    (key) => Object.hasOwn(config, key),
  );
  if (!hasPrompt) {
    report({
      severity: "warning",
      code: "litellm_chat/missing-prompt",
      path: location,
      message: "litellm_chat has neither 'prompt' nor 'prompt_path'",
      suggestion: "prompt_path",
    });
  }
}

function checkFanOut({ config, location }: StepInfo, report: Report): void {
  if (Object.hasOwn(config, "items")) {
    report({
      severity: "error",
      code: "list_emit_await/literal-items",
      path: child(location, "items"),
      message:
        "list_emit_await does not accept a literal 'items' list; the run fails with 'ValueError: items_path is required'",
      suggestion:
        'move the list into init_params (e.g. "items": [...]) and set "items_path": "init_params.items"',
    });
  } else if (!Object.hasOwn(config, "items_path")) {
    report({
      severity: "error",
      code: "list_emit_await/missing-items-path",
      path: location,
      message: "list_emit_await needs 'items_path'; the run fails with 'ValueError: items_path is required'",
      suggestion: "items_path",
    });
  }
  const name = config.child_workflow_name;
  if (typeof name === "string" && name.includes("/")) {
    const bare = name.slice(name.lastIndexOf("/") + 1);
    report({
      severity: "warning",
      code: "list_emit_await/qualified-child-name",
      path: child(location, "child_workflow_name"),
      message: `child_workflow_name '${name}' is collection-qualified; a child in the same collection is named bare`,
      suggestion: bare,
    });
  } else if (name === undefined && !Object.hasOwn(config, "child_workflow_name_path")) {
    report({
      severity: "error",
      code: "list_emit_await/missing-child",
      path: location,
      message: "list_emit_await needs 'child_workflow_name', the task run once per item",
      suggestion: "child_workflow_name",
    });
  }
}

function checkFanIn({ config, location }: StepInfo, report: Report): void {
  if (!Object.hasOwn(config, "trajectory_list_path") && !Object.hasOwn(config, "trajectory_ids_path")) {
    report({
      severity: "error",
      code: "extract_from_trajectories/missing-trajectory-list-path",
      path: location,
      message: "extract_from_trajectories needs 'trajectory_list_path' to know which child runs to read",
      suggestion: "trajectory_list_path",
    });
  }
  if (!Object.hasOwn(config, "extract_keys")) return;
  const keys = config.extract_keys;
  const at = child(location, "extract_keys");
  if (!isRecord(keys)) {
    report({
      severity: "error",
      code: "extract_from_trajectories/extract-keys-shape",
      path: at,
      message: "extract_keys must be a map of output key → child path, not a list or a scalar",
      suggestion: '{"summary": "analysis.outputs.summary"}',
    });
    return;
  }
  // The values are resolved against each child run, so only their syntax can be checked here.
  for (const [key, value] of Object.entries(keys)) {
    const valueAt = child(at, key);
    if (typeof value !== "string") {
      report({
        severity: "error",
        code: "path/type",
        path: valueAt,
        message: `extract_keys values are child path expressions (strings), not ${JSON.stringify(value)}`,
      });
      continue;
    }
    try {
      parsePath(value);
    } catch (error) {
      if (!(error instanceof PathSyntaxError)) throw error;
      report({ severity: "error", code: "path/syntax", path: valueAt, message: error.message });
    }
  }
}

function checkBranch({ config, location }: StepInfo, model: WorkflowModel, report: Report): void {
  for (const key of ["true_step", "false_step"]) {
    const target = config[key];
    if (typeof target === "string" && !model.configs.has(target)) {
      report({
        severity: "error",
        code: "conditional_branch/unknown-step",
        path: child(location, key),
        message: `${key} names '${target}', which is not in step_configs`,
      });
    }
  }
}

/**
 * The runtime's name for a step parameter that the docs (or older templates) spell differently,
 * e.g. `prompt_path` for `litellm_chat`'s `user_prompt_path`; undefined when the name is right.
 * The emulator fails steps with this same table, so the validator and the emulator agree.
 */
export function runtimeParameterName(activity: string, key: string): string | undefined {
  return Object.hasOwn(RENAMES[activity] ?? {}, key) ? RENAMES[activity]![key]!.to : undefined;
}

/** Parameter names that a rename rule already reports, so literal checks stay quiet about them. */
export function isRenamed(activity: string | undefined, key: string): boolean {
  return activity !== undefined && Object.hasOwn(RENAMES[activity] ?? {}, key);
}

/** Checks a literal string parameter. */
export function checkLiteralGotchas(site: LiteralSite, report: Report): void {
  const { step, key, value } = site;
  const activity = step.activity;
  if (activity === "litellm_vision" && site.topLevel) {
    if (key === "image_path" && value.includes("://")) {
      report({
        severity: "error",
        code: "litellm_vision/url-in-image-path",
        path: site.location,
        message:
          "a URL in image_path is read as a workflow reference and fails with 'Invalid workflow reference: https'",
        suggestion:
          "upload the image first (jetty.files) and put its collection-prefixed storage key in image_path",
      });
    } else if (key === "image_url") {
      report(externalUrlWarning(site.location, key));
    }
  }
  const isTemplate = activity === "text_template" && key === "template";
  if (!isTemplate && !isRenamed(activity, key) && value.includes("{{") && value.includes("}}")) {
    report({
      severity: "warning",
      code: "template/interpolation",
      path: site.location,
      message:
        "'{{ }}' placeholders inside step parameters are not a documented feature; the text may reach the step unfilled",
      suggestion: `reference the value with '${key}_path', or build the text in a text_template step and read its output`,
    });
  }
}

/** Checks what a reference reads, for the activities whose runtime constrains it. */
export function checkReferenceGotchas(
  reference: ResolvedReference,
  model: WorkflowModel,
  report: Report,
): void {
  const activity = reference.step.activity;
  if (!reference.topLevel) return;
  if (activity === "litellm_chat" && reference.key === "prompt_path") {
    const shape = nonStringShape(reference, model);
    if (shape) {
      report({
        severity: "error",
        code: "litellm_chat/prompt-path-array",
        path: reference.location,
        message:
          `prompt_path must resolve to one string, but '${reference.expression}' gives ${shape}; ` +
          "the Anthropic path inside litellm then crashes with 'TypeError: string indices must be integers'",
        suggestion: TEXT_PARAMETER_HINT,
      });
    }
  } else if (activity === "simple_judge" && reference.key === "items_path" && !reference.inArray) {
    const single = singleValueShape(reference, model);
    if (single) {
      report({
        severity: "warning",
        code: "simple_judge/items-path-not-list",
        path: reference.location,
        message: `items_path should resolve to a list, but '${reference.expression}' gives ${single}`,
        suggestion: "item_path",
      });
    }
  } else if (activity === "litellm_vision" && reference.key === "image_url_path") {
    if (reference.target) {
      report({
        severity: "error",
        code: "litellm_vision/image-url-path-storage",
        path: reference.location,
        message:
          "image_url_path is for external HTTP URLs only; a storage path from an earlier step must go in image_path_expr",
        suggestion: "image_path_expr",
      });
    } else {
      report(externalUrlWarning(reference.location, "image_url_path"));
    }
  }
}

function externalUrlWarning(location: string, key: string) {
  return {
    severity: "warning",
    code: "litellm_vision/external-url",
    path: location,
    message:
      `${key} takes external URLs, which the deployed runtime has been seen to reject ` +
      "('ValueError: image_path is required for vision models')",
    suggestion:
      "upload the image first (jetty.files) and put its collection-prefixed storage key in image_path",
  } as const;
}

/** How a reference's value is known not to be one string: "a list", "an object", or undefined. */
function nonStringShape(reference: ResolvedReference, model: WorkflowModel): string | undefined {
  if (reference.segments.some((segment) => segment.kind === "wildcard")) return "a list (it uses [*])";
  const value = defaultValue(reference, model);
  if (Array.isArray(value)) return "a list (the init_params default is an array)";
  if (isRecord(value)) return "an object (the init_params default is an object)";
  const shape = outputShape(reference);
  if (shape === "list") return "a list";
  if (shape === "data") return "structured data, not text";
  return undefined;
}

/** How a reference's value is known to be one value rather than a list. */
function singleValueShape(reference: ResolvedReference, model: WorkflowModel): string | undefined {
  if (reference.segments.some((segment) => segment.kind === "wildcard")) return undefined;
  const value = defaultValue(reference, model);
  if (value !== undefined && !Array.isArray(value))
    return `a single ${typeof value} (the init_params default)`;
  const shape = outputShape(reference);
  if (shape === "text" || shape === "number") return `a single ${shape === "text" ? "string" : "number"}`;
  return undefined;
}

function defaultValue(reference: ResolvedReference, model: WorkflowModel): unknown {
  if (reference.target || !model.initParams || reference.segments.length < 2) return undefined;
  return evaluatePath({ init_params: model.initParams }, reference.expression);
}

/** The documented shape of `<step>.outputs.<name>` exactly (deeper reads are not known). */
function outputShape(reference: ResolvedReference): string | undefined {
  const { segments, target } = reference;
  const section = segments[1];
  const output = segments[2];
  if (!target?.activity || segments.length !== 3 || section?.kind !== "key" || section.key !== "outputs") {
    return undefined;
  }
  if (output?.kind !== "key") return undefined;
  return KNOWN_OUTPUTS[target.activity]?.[output.key];
}
