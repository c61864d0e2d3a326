/**
 * Reference rules: every `*_path` value of a step config must be a well-formed path expression
 * that reads `init_params` or a step that runs earlier, and reads outputs the activity produces.
 */

import { isRecord } from "../util/is-record";
import { IMAGE_GENERATORS, KNOWN_OUTPUTS, OPAQUE_PARAMETERS, OPEN_OUTPUTS } from "./activities";
import { PathSyntaxError } from "./errors";
import { child, closest, type Report, type StepInfo, type WorkflowModel } from "./issues";
import { type PathSegment, parsePath } from "./path";

/** A path expression found in a step config. */
export interface ReferenceSite {
  readonly step: StepInfo;
  /** The parameter that holds it, e.g. `prompt_path` (for `input.prompt_path`, still `prompt_path`). */
  readonly key: string;
  /** Issue location of the expression itself. */
  readonly location: string;
  readonly expression: string;
  /** Directly in the step config rather than in a nested object. */
  readonly topLevel: boolean;
  /** One entry of an array of expressions (simple_judge `items_path: [...]`). */
  readonly inArray: boolean;
}

/** A site whose expression parsed; `target` is the step it reads, when it reads a step. */
export interface ResolvedReference extends ReferenceSite {
  readonly segments: readonly PathSegment[];
  readonly target: StepInfo | undefined;
}

/** A literal (non-`_path`) string parameter, or one string of a literal array. */
export interface LiteralSite {
  readonly step: StepInfo;
  readonly key: string;
  readonly location: string;
  readonly value: string;
  readonly topLevel: boolean;
}

/** Splits a step config into the expressions it references and the literal strings it holds. */
export function collectSites(
  step: StepInfo,
  report: Report,
): { references: ReferenceSite[]; literals: LiteralSite[] } {
  const references: ReferenceSite[] = [];
  const literals: LiteralSite[] = [];

  // Documents built in code (not parsed JSON) can contain cycles; each object is visited once.
  const seen = new Set<object>();
  const visit = (object: Readonly<Record<string, unknown>>, location: string, topLevel: boolean): void => {
    if (seen.has(object)) return;
    seen.add(object);
    for (const [key, value] of Object.entries(object)) {
      if (topLevel && (key === "activity" || OPAQUE_PARAMETERS.has(key))) continue;
      const at = child(location, key);
      if (isReferenceKey(step, key, topLevel)) {
        collectExpressions(step, key, at, value, topLevel, references, report);
      } else if (isRecord(value)) {
        visit(value, at, false);
      } else if (typeof value === "string") {
        literals.push({ step, key, location: at, value, topLevel });
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (typeof item === "string")
            literals.push({ step, key, location: child(at, index), value: item, topLevel });
        });
      }
    }
  };
  visit(step.config, step.location, true);
  return { references, literals };
}

function isReferenceKey(step: StepInfo, key: string, topLevel: boolean): boolean {
  // litellm_vision's image_path is a literal storage key, despite its suffix (jetty-api.md §3.5).
  if (topLevel && key === "image_path" && step.activity === "litellm_vision") return false;
  return key.endsWith("_path") || key.endsWith("_path_expr");
}

function collectExpressions(
  step: StepInfo,
  key: string,
  location: string,
  value: unknown,
  topLevel: boolean,
  into: ReferenceSite[],
  report: Report,
): void {
  if (typeof value === "string") {
    into.push({ step, key, location, expression: value, topLevel, inArray: false });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const at = child(location, index);
      if (typeof item === "string")
        into.push({ step, key, location: at, expression: item, topLevel, inArray: true });
      else report(typeError(at, key, item));
    });
    return;
  }
  report(typeError(location, key, value));
}

function typeError(location: string, key: string, value: unknown) {
  return {
    severity: "error",
    code: "path/type",
    path: location,
    message: `'${key}' must hold a path expression string (or a list of them), not ${JSON.stringify(value) ?? "undefined"}`,
    suggestion: `for a literal value, drop the suffix and use '${literalName(key)}'`,
  } as const;
}

/**
 * Parses the expression of a site and checks what it reads. Returns the parsed reference, or
 * `undefined` when it is malformed (already reported).
 */
export function checkReference(
  site: ReferenceSite,
  model: WorkflowModel,
  report: Report,
): ResolvedReference | undefined {
  let segments: readonly PathSegment[];
  try {
    segments = parsePath(site.expression);
  } catch (error) {
    if (!(error instanceof PathSyntaxError)) throw error;
    report(syntaxIssue(site, error));
    return undefined;
  }
  const root = (segments[0] as { key: string }).key;
  if (root === "init_params") {
    checkInitParamsRead(site, segments, model, report);
    return { ...site, segments, target: undefined };
  }
  const target = model.configs.get(root);
  if (!target) {
    const guess = closest(root, model.configs.keys());
    report({
      severity: "error",
      code: "path/unknown-step",
      path: site.location,
      message: `'${site.expression}' reads step '${root}', which is not in step_configs`,
      ...(guess ? { suggestion: site.expression.replace(root, guess) } : {}),
    });
    return { ...site, segments, target: undefined };
  }
  checkOrder(site, target, model, report);
  checkOutputName(site, segments, target, report);
  return { ...site, segments, target };
}

function syntaxIssue(site: ReferenceSite, error: PathSyntaxError) {
  const looksLikeUrl = site.expression.includes("://");
  if (looksLikeUrl && site.step.activity === "litellm_vision") {
    return {
      severity: "error",
      code: "litellm_vision/url-in-image-path",
      path: site.location,
      message:
        `'${site.key}' is read as a workflow reference, so a URL fails with ` +
        "'Invalid workflow reference: https'",
      suggestion:
        "upload the image first (jetty.files) and put its collection-prefixed storage key in 'image_path'",
    } as const;
  }
  if (looksLikeUrl || site.expression.includes("/")) {
    return {
      severity: "error",
      code: "path/url",
      path: site.location,
      message: `'${site.key}' holds '${site.expression}', which looks like a literal (a URL, storage path or model name), not a path expression`,
      suggestion: `pass a literal value as '${literalName(site.key)}', or reference it, e.g. 'init_params.<key>'`,
    } as const;
  }
  return {
    severity: "error",
    code: "path/syntax",
    path: site.location,
    message: error.message,
  } as const;
}

function checkInitParamsRead(
  site: ReferenceSite,
  segments: readonly PathSegment[],
  model: WorkflowModel,
  report: Report,
): void {
  const first = segments[1];
  if (!first) return;
  if (first.kind !== "key") {
    report({
      severity: "error",
      code: "path/not-an-object",
      path: site.location,
      message: `'${site.expression}' indexes init_params, which is an object keyed by parameter name`,
      suggestion: "init_params.<name>",
    });
    return;
  }
  if (model.initParams && !Object.hasOwn(model.initParams, first.key)) {
    report({
      severity: "warning",
      code: "path/init-param-no-default",
      path: site.location,
      message: `init_params has no default for '${first.key}', so every run must supply it`,
      suggestion: `add "${first.key}" to init_params with a default value`,
    });
  }
}

function checkOrder(site: ReferenceSite, target: StepInfo, model: WorkflowModel, report: Report): void {
  if (target.name === site.step.name) {
    report({
      severity: "error",
      code: "path/self-reference",
      path: site.location,
      message: `'${site.expression}' reads the step it belongs to; a step can only read earlier steps`,
    });
    return;
  }
  const targetAt = model.order.get(target.name);
  if (targetAt === undefined) {
    report({
      severity: "error",
      code: "path/step-never-runs",
      path: site.location,
      message: `'${site.expression}' reads step '${target.name}', which is not listed in steps and never runs`,
      suggestion: `add "${target.name}" to steps before "${site.step.name}"`,
    });
    return;
  }
  const selfAt = model.order.get(site.step.name);
  if (selfAt !== undefined && targetAt > selfAt) {
    report({
      severity: "error",
      code: "path/later-step",
      path: site.location,
      message: `'${site.expression}' reads step '${target.name}', which runs after '${site.step.name}'`,
      suggestion: `move "${target.name}" before "${site.step.name}" in steps`,
    });
  }
}

function checkOutputName(
  site: ReferenceSite,
  segments: readonly PathSegment[],
  target: StepInfo,
  report: Report,
): void {
  const section = segments[1] as { key: string };
  const output = segments[2];
  const activity = target.activity;
  if (section.key !== "outputs" || output?.kind !== "key" || !activity) return;
  const name = output.key;
  const prefix = `${target.name}.outputs`;

  if (IMAGE_GENERATORS.has(activity) && (name === "storage_path" || name === "image_url")) {
    report({
      severity: "error",
      code: "image/storage-path-output",
      path: site.location,
      message: `${activity} has no output '${name}'; generated images are listed under outputs.images`,
      suggestion: `${prefix}.images[0].path`,
    });
    return;
  }
  if (activity === "list_emit_await" && name === "trajectory_ids") {
    report({
      severity: "error",
      code: "list_emit_await/trajectory-ids",
      path: site.location,
      message:
        "list_emit_await has no output 'trajectory_ids'; the children are listed as trajectory_references",
      suggestion: replaceSegmentText(site.expression, output, "trajectory_references"),
    });
    return;
  }
  const known = KNOWN_OUTPUTS[activity];
  if (!known || OPEN_OUTPUTS.has(activity) || Object.hasOwn(known, name)) return;
  const names = Object.keys(known);
  const guess = names.length === 1 ? names[0] : closest(name, names);
  report({
    severity: "warning",
    code: "path/unknown-output",
    path: site.location,
    message: `${activity} is not known to produce '${name}' (known outputs: ${names.join(", ")})`,
    ...(guess ? { suggestion: replaceSegmentText(site.expression, output, guess) } : {}),
  });
}

function replaceSegmentText(expression: string, segment: PathSegment & { kind: "key" }, key: string): string {
  return (
    expression.slice(0, segment.position) + key + expression.slice(segment.position + segment.key.length)
  );
}

/**
 * A literal whose whole value is a path expression into this workflow was probably meant as a
 * reference: the runtime passes it on as the text "init_params.x".
 */
export function checkLiteralLooksLikePath(site: LiteralSite, model: WorkflowModel, report: Report): void {
  const segments = tryParse(site.value);
  if (!segments || segments.length < 2) return;
  const root = (segments[0] as { key: string }).key;
  if (root !== "init_params" && !model.configs.has(root)) return;
  // litellm_vision's image_path already ends in _path; its reference twin is image_path_expr.
  const renamed = site.key.endsWith("_path") ? `${site.key}_expr` : `${site.key}_path`;
  report({
    severity: "warning",
    code: "path/literal-looks-like-path",
    path: site.location,
    message: `'${site.key}' is a literal, so the step receives the text '${site.value}', not the value it names`,
    suggestion: renamed,
  });
}

/** The literal parameter a `_path`/`_path_expr` parameter stands for: `prompt_path` → `prompt`. */
export function literalName(key: string): string {
  if (key.endsWith("_path_expr")) return key.slice(0, -"_path_expr".length);
  if (key.endsWith("_path")) return key.slice(0, -"_path".length);
  return key;
}

function tryParse(expression: string): readonly PathSegment[] | undefined {
  try {
    return parsePath(expression);
  } catch {
    return undefined;
  }
}
