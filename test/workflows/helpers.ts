import {
  type ValidateWorkflowOptions,
  validateWorkflow,
  type WorkflowIssue,
  type WorkflowIssueCode,
} from "../../src/workflows/validate";

/** A workflow with the given configs; `steps` defaults to every config in key order. */
export function workflow(
  stepConfigs: Record<string, Record<string, unknown>>,
  steps: string[] = Object.keys(stepConfigs),
  initParams: Record<string, unknown> = {},
): Record<string, unknown> {
  return { init_params: initParams, step_configs: stepConfigs, steps };
}

/** Validates and returns the issues with the given code. */
export function issuesOf(
  document: unknown,
  code: WorkflowIssueCode,
  options?: ValidateWorkflowOptions,
): WorkflowIssue[] {
  return validateWorkflow(document, options).issues.filter((issue) => issue.code === code);
}

/** Validates and returns the one issue with the given code, failing when there is not exactly one. */
export function onlyIssue(
  document: unknown,
  code: WorkflowIssueCode,
  options?: ValidateWorkflowOptions,
): WorkflowIssue {
  const found = issuesOf(document, code, options);
  if (found.length !== 1) {
    const all = validateWorkflow(document, options).issues.map((issue) => `${issue.code} @ ${issue.path}`);
    throw new Error(`expected one ${code} issue, got ${found.length}; all issues: ${JSON.stringify(all)}`);
  }
  return found[0]!;
}

/** The codes of every issue, in order. */
export function codes(document: unknown, options?: ValidateWorkflowOptions): WorkflowIssueCode[] {
  return validateWorkflow(document, options).issues.map((issue) => issue.code);
}
