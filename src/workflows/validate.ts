/**
 * Static checks of a workflow document before it is sent to the server: structure, path
 * references, activity names and the runtime-parameter gotchas. The rules, with wrong and right
 * examples, are in docs/workflows.md.
 */

import { isRecord } from "../util/is-record";
import { STUB_ACTIVITIES } from "./activities";
import { WorkflowValidationError } from "./errors";
import { checkLiteralGotchas, checkReferenceGotchas, checkStepGotchas } from "./gotchas";
import { child, closest, type Report, type StepInfo, type WorkflowIssue, type WorkflowModel } from "./issues";
import { isPathKey } from "./path";
import { checkLiteralLooksLikePath, checkReference, collectSites } from "./references";

export type { WorkflowIssue, WorkflowIssueCode } from "./issues";

/**
 * Options of {@link validateWorkflow}.
 *
 * @example
 * ```ts
 * import { validateWorkflow } from "@jetty/sdk";
 * const templates = await jetty.stepTemplates.list();
 * validateWorkflow(doc, { stepTemplates: templates }); // unknown activities become errors
 * ```
 */
export interface ValidateWorkflowOptions {
  /**
   * The server's step-template catalogue (objects with `activity_name`, or bare names). When
   * given, an activity not in it is an error. Without it, activity names are not checked.
   */
  stepTemplates?: ReadonlyArray<string | { readonly activity_name: string }>;
}

/**
 * What {@link validateWorkflow} found. `valid` is true when no issue is an error (warnings allowed).
 *
 * @example
 * ```ts
 * import { validateWorkflow, type WorkflowValidationResult } from "@jetty/sdk";
 * const result: WorkflowValidationResult = validateWorkflow(doc);
 * if (!result.valid) for (const i of result.issues) console.log(i.severity, i.path, i.message);
 * ```
 */
export interface WorkflowValidationResult {
  /** No issue has severity `error`. */
  valid: boolean;
  /** Every issue, in document order (structure first, then each step). */
  issues: WorkflowIssue[];
  /**
   * The input was a task envelope `{ name, description, workflow }` rather than a bare workflow;
   * issue paths are then relative to its `workflow` member.
   */
  envelope: boolean;
}

/**
 * Checks a workflow document, or a task envelope `{ name, description, workflow }`, without
 * contacting the server. Never throws on malformed input: every problem becomes an issue.
 *
 * Errors are what the sources say fails at run time or is silently ignored (a wrong parameter
 * name, a reference to a later step, a literal `items` list); warnings are what is probably a
 * mistake but can work (an init_params key with no default, an unknown output name).
 *
 * @example
 * ```ts
 * import { validateWorkflow } from "@jetty/sdk";
 * const result = validateWorkflow({
 *   init_params: { question: "Why?" },
 *   step_configs: { answer: { activity: "litellm_chat", user_prompt_path: "init_params.question" } },
 *   steps: ["answer"],
 * });
 * result.valid;                 // false
 * result.issues[0]?.suggestion; // "prompt_path"
 * ```
 */
export function validateWorkflow(
  document: unknown,
  options: ValidateWorkflowOptions = {},
): WorkflowValidationResult {
  const issues: WorkflowIssue[] = [];
  const report: Report = (issue) => issues.push(issue);
  const { workflow, envelope } = unwrap(document);

  if (!isRecord(workflow)) {
    report({
      severity: "error",
      code: "structure/not-an-object",
      path: "",
      message: envelope ? "the task's workflow must be an object" : "a workflow must be a JSON object",
    });
    return { valid: false, issues, envelope };
  }

  const model = buildModel(workflow, report);
  checkActivities(model, options, report);
  checkRunbookTask(model, report);
  for (const step of model.configs.values()) {
    checkStepGotchas(step, model, report);
    const { references, literals } = collectSites(step, report);
    for (const site of references) {
      const resolved = checkReference(site, model, report);
      if (resolved) checkReferenceGotchas(resolved, model, report);
    }
    for (const site of literals) {
      checkLiteralLooksLikePath(site, model, report);
      checkLiteralGotchas(site, report);
    }
  }
  return { valid: !issues.some((issue) => issue.severity === "error"), issues, envelope };
}

/**
 * Validates like {@link validateWorkflow} and throws {@link WorkflowValidationError} (an
 * `InvalidInputError` with `param: "workflow"`) when there is at least one error. Returns the
 * result, warnings included, otherwise. The task resources call it before create and update.
 *
 * @example
 * ```ts
 * import { assertValidWorkflow } from "@jetty/sdk";
 * const { issues } = assertValidWorkflow(doc); // throws on errors
 * for (const warning of issues) console.warn(warning.path, warning.message);
 * ```
 */
export function assertValidWorkflow(
  document: unknown,
  options: ValidateWorkflowOptions = {},
): WorkflowValidationResult {
  const result = validateWorkflow(document, options);
  if (!result.valid) throw new WorkflowValidationError(result.issues);
  return result;
}

function unwrap(document: unknown): { workflow: unknown; envelope: boolean } {
  const envelope =
    isRecord(document) &&
    Object.hasOwn(document, "workflow") &&
    !Object.hasOwn(document, "steps") &&
    !Object.hasOwn(document, "step_configs");
  return envelope ? { workflow: document.workflow, envelope } : { workflow: document, envelope };
}

function buildModel(workflow: Record<string, unknown>, report: Report): WorkflowModel {
  const initParams = workflow.init_params;
  if (!isRecord(initParams)) {
    report({
      severity: "error",
      code: "structure/init-params",
      path: "init_params",
      message:
        initParams === undefined
          ? "init_params is missing; it holds the default inputs"
          : "init_params must be an object of default inputs",
      suggestion: "{}",
    });
  }

  const configs = new Map<string, StepInfo>();
  const rawConfigs = workflow.step_configs;
  if (!isRecord(rawConfigs)) {
    report({
      severity: "error",
      code: "structure/step-configs",
      path: "step_configs",
      message:
        rawConfigs === undefined
          ? "step_configs is missing"
          : "step_configs must be an object keyed by step name",
    });
  } else {
    for (const [name, config] of Object.entries(rawConfigs)) {
      configs.set(name, describeStep(name, config, report));
    }
  }

  const steps: string[] = [];
  const order = new Map<string, number>();
  const rawSteps = workflow.steps;
  if (!Array.isArray(rawSteps)) {
    report({
      severity: "error",
      code: "structure/steps",
      path: "steps",
      message: rawSteps === undefined ? "steps is missing" : "steps must be an array of step names",
    });
  } else {
    if (rawSteps.length === 0) {
      report({
        severity: "warning",
        code: "structure/empty-steps",
        path: "steps",
        message: "steps is empty, so a run does nothing",
      });
    }
    rawSteps.forEach((name, index) => {
      const at = child("steps", index);
      if (typeof name !== "string") {
        report({
          severity: "error",
          code: "structure/step-name-type",
          path: at,
          message: "a step name must be a string",
        });
        return;
      }
      steps.push(name);
      if (order.has(name)) {
        report({
          severity: "error",
          code: "structure/duplicate-step",
          path: at,
          message:
            `step '${name}' is listed twice; a trajectory keeps one record per step name, ` +
            "so the later run overwrites the earlier one",
          suggestion: "give the second run its own step name and config",
        });
        return;
      }
      order.set(name, index);
      if (isRecord(rawConfigs) && !configs.has(name)) {
        const guess = closest(name, configs.keys());
        report({
          severity: "error",
          code: "structure/missing-config",
          path: at,
          message: `step '${name}' has no entry in step_configs`,
          ...(guess ? { suggestion: guess } : {}),
        });
      }
    });
  }

  const model: WorkflowModel = {
    initParams: isRecord(initParams) ? initParams : undefined,
    configs,
    order,
    steps,
  };
  if (Array.isArray(rawSteps)) checkUnusedConfigs(model, report);
  return model;
}

function describeStep(name: string, config: unknown, report: Report): StepInfo {
  const location = child("step_configs", name);
  if (name === "init_params") {
    report({
      severity: "error",
      code: "structure/reserved-step-name",
      path: location,
      message: "'init_params' is reserved for run inputs; a step of that name cannot be referenced",
      suggestion: "rename the step",
    });
  } else if (!isPathKey(name)) {
    report({
      severity: "warning",
      code: "structure/unaddressable-step-name",
      path: location,
      message: `step name '${name}' contains '.', '[', ']', '*' or whitespace, so no path expression can read it`,
      suggestion: "use letters, digits, '_' and '-'",
    });
  }
  if (!isRecord(config)) {
    report({
      severity: "error",
      code: "structure/step-config-type",
      path: location,
      message: "a step config must be an object with an 'activity'",
    });
    return { name, config: {}, activity: undefined, location };
  }
  const activity = config.activity;
  const valid = typeof activity === "string" && activity.length > 0;
  if (!valid) {
    report({
      severity: "error",
      code: "structure/activity",
      path: child(location, "activity"),
      message:
        activity === undefined
          ? "the step config has no 'activity' (the step template to run)"
          : "'activity' must be a non-empty string naming a step template",
    });
  }
  return { name, config, activity: valid ? activity : undefined, location };
}

function checkUnusedConfigs(model: WorkflowModel, report: Report): void {
  // Branch targets may be run by conditional_branch rather than by the steps list.
  const branchTargets = new Set<unknown>();
  for (const step of model.configs.values()) {
    if (step.activity === "conditional_branch") {
      branchTargets.add(step.config.true_step);
      branchTargets.add(step.config.false_step);
    }
  }
  for (const step of model.configs.values()) {
    if (model.order.has(step.name) || branchTargets.has(step.name)) continue;
    report({
      severity: "warning",
      code: "structure/unused-config",
      path: step.location,
      message: `step '${step.name}' is configured but not listed in steps, so it never runs`,
      suggestion: `add "${step.name}" to steps, or remove its config`,
    });
  }
}

function checkActivities(model: WorkflowModel, options: ValidateWorkflowOptions, report: Report): void {
  if (!options.stepTemplates) return;
  const catalogue = new Set(
    options.stepTemplates.map((template) =>
      typeof template === "string" ? template : template.activity_name,
    ),
  );
  for (const step of model.configs.values()) {
    const { activity } = step;
    // Stubs get their own, more specific error.
    if (!activity || catalogue.has(activity) || STUB_ACTIVITIES.has(activity)) continue;
    const guess = closest(activity, catalogue);
    report({
      severity: "error",
      code: "activity/unknown",
      path: child(step.location, "activity"),
      message: `'${activity}' is not in the step-template catalogue`,
      ...(guess ? { suggestion: guess } : {}),
    });
  }
}

function checkRunbookTask(model: WorkflowModel, report: Report): void {
  const usesRunbook = [...model.configs.values()].some((step) => step.activity === "runbook");
  if (!usesRunbook) return;
  const shaped =
    model.steps.length === 1 && model.steps[0] === "run" && model.configs.get("run")?.activity === "runbook";
  if (shaped) return;
  report({
    severity: "error",
    code: "runbook/task-shape",
    path: "steps",
    message:
      "a runbook task must be exactly one step named 'run' with activity 'runbook': the shape the " +
      "engine creates on the first chat-completions run and the one runbook tooling registers",
    suggestion: 'steps: ["run"], step_configs: { run: { activity: "runbook", ... } }',
  });
}
