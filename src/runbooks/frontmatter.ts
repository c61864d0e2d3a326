import { isRecord } from "../util/is-record";
import {
  RUNBOOK_AGENTS,
  RUNBOOK_EVALUATIONS,
  RUNBOOK_MODEL_PROVIDERS,
  RUNBOOK_SNAPSHOTS,
  type RunbookFrontmatter,
  type RunbookSecret,
} from "./runbook";

// Front matter is read leniently: unknown or mistyped values become warnings, never errors.

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_OUTPUTS = new Set(["summary.md", "validation_report.json"]);

export function normaliseFrontmatter(data: Record<string, unknown>, warnings: string[]): RunbookFrontmatter {
  // Spread (not Object.assign) so a YAML `__proto__` key stays an own property.
  const fm: RunbookFrontmatter = { ...data };

  for (const key of ["version", "evaluation", "agent", "model", "model_provider", "snapshot", "image"]) {
    if (!(key in data)) continue;
    const value = asString(data[key]);
    if (value === undefined) {
      delete fm[key];
      warnings.push(`frontmatter ${key} should be a string; ignored`);
    } else {
      fm[key] = value;
      if (typeof data[key] !== "string") {
        warnings.push(`frontmatter ${key} should be a quoted string (read ${JSON.stringify(value)})`);
      }
    }
  }

  if (fm.version === undefined) warnings.push('frontmatter has no version (e.g. version: "1.0.0")');
  if (fm.evaluation === undefined) {
    warnings.push(`frontmatter has no evaluation (expected ${RUNBOOK_EVALUATIONS.join(" | ")})`);
  }
  checkEnum("evaluation", fm.evaluation, RUNBOOK_EVALUATIONS, warnings);
  checkEnum("agent", fm.agent, RUNBOOK_AGENTS, warnings);
  checkEnum("model_provider", fm.model_provider, RUNBOOK_MODEL_PROVIDERS, warnings);
  if (fm.snapshot !== undefined && !(RUNBOOK_SNAPSHOTS as readonly string[]).includes(fm.snapshot)) {
    warnings.push(
      `frontmatter snapshot "${fm.snapshot}" is not a documented snapshot (${RUNBOOK_SNAPSHOTS.join(" | ")}); it is passed through as a custom snapshot`,
    );
  }

  if ("primary_outputs" in data) {
    const outputs = normaliseOutputs(data.primary_outputs, warnings);
    if (outputs) fm.primary_outputs = outputs;
    else delete fm.primary_outputs;
  }

  if ("secrets" in data) {
    const raw = data.secrets;
    if (raw === null || raw === undefined) fm.secrets = {};
    else if (!isMapping(raw)) delete fm.secrets;
  }

  if ("origin" in data && data.origin !== undefined && !isMapping(data.origin)) {
    warnings.push("frontmatter origin should be a mapping");
  }
  return fm;
}

function checkEnum(key: string, value: string | undefined, allowed: readonly string[], warnings: string[]) {
  if (value !== undefined && !allowed.includes(value)) {
    warnings.push(`frontmatter ${key} "${value}" is not one of ${allowed.join(" | ")}`);
  }
}

function normaliseOutputs(raw: unknown, warnings: string[]): string[] | undefined {
  if (raw === null || raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : [raw];
  const outputs: string[] = [];
  for (const item of list) {
    const value = asString(item);
    if (value === undefined || value === "") {
      warnings.push("frontmatter primary_outputs entries should be paths (strings); one was ignored");
      continue;
    }
    if (RESERVED_OUTPUTS.has(value.replace(/^\.?\//, ""))) {
      warnings.push(`frontmatter primary_outputs should not list ${value} (it is always produced)`);
    }
    outputs.push(value);
  }
  return outputs;
}

export function extractSecrets(raw: unknown, warnings: string[]): RunbookSecret[] {
  if (raw === null || raw === undefined) return [];
  if (!isMapping(raw)) {
    warnings.push("frontmatter secrets should be a mapping of NAME: { env, description, required }; ignored");
    return [];
  }
  const secrets: RunbookSecret[] = [];
  for (const [name, spec] of Object.entries(raw)) {
    const entry = isMapping(spec) ? spec : {};
    if (!isMapping(spec) && spec !== null) {
      warnings.push(`secret ${name} should be a mapping with env, description and required`);
    }
    const env = typeof entry.env === "string" && entry.env.trim() !== "" ? entry.env.trim() : name;
    if (!ENV_NAME.test(env))
      warnings.push(`secret ${name}: "${env}" is not a valid environment variable name`);
    let required = true;
    if (typeof entry.required === "boolean") required = entry.required;
    else warnings.push(`secret ${name} does not say required: true|false; treating it as required`);
    const secret: RunbookSecret = { name, env, required };
    if (typeof entry.description === "string") secret.description = entry.description;
    secrets.push(secret);
  }
  return secrets;
}

function asString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

// YAML front matter can hold timestamps; a Date is a value here, never a mapping.
function isMapping(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && !(value instanceof Date);
}
