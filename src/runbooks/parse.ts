import matter from "gray-matter";
import { InvalidInputError, JettyError } from "../errors";
import { readFile, requireNode } from "../platform/node";
import { extractParameterTable, type ParameterRow } from "./parameters";

/**
 * Evaluation modes the platform documents for `evaluation`. Other values parse, with a warning.
 *
 * @example
 * ```ts
 * import { RUNBOOK_EVALUATIONS } from "@jetty/sdk";
 * RUNBOOK_EVALUATIONS.includes("rubric"); // true
 * ```
 */
export const RUNBOOK_EVALUATIONS = ["programmatic", "rubric"] as const;
/**
 * Coding agents the platform documents for `agent`. Other values parse, with a warning.
 *
 * @example
 * ```ts
 * import { RUNBOOK_AGENTS } from "@jetty/sdk";
 * const known = (RUNBOOK_AGENTS as readonly string[]).includes(runbook.frontmatter.agent ?? "");
 * ```
 */
export const RUNBOOK_AGENTS = ["claude-code", "opencode", "codex", "gemini-cli"] as const;
/**
 * Providers the platform documents for `model_provider`. Other values (e.g. `replicate`) parse,
 * with a warning.
 *
 * @example
 * ```ts
 * import { RUNBOOK_MODEL_PROVIDERS } from "@jetty/sdk";
 * for (const provider of RUNBOOK_MODEL_PROVIDERS) console.log(provider);
 * ```
 */
export const RUNBOOK_MODEL_PROVIDERS = ["anthropic", "openrouter", "openai", "google", "bedrock"] as const;
/**
 * Sandbox snapshots the platform documents for `snapshot`. Custom snapshots parse, with a warning.
 *
 * @example
 * ```ts
 * import { RUNBOOK_SNAPSHOTS } from "@jetty/sdk";
 * RUNBOOK_SNAPSHOTS[0]; // "python312-uv", the default
 * ```
 */
export const RUNBOOK_SNAPSHOTS = ["python312-uv", "prism-playwright"] as const;

/**
 * A documented `evaluation` value, or any other string (unknown values are kept and warned about).
 *
 * @example
 * ```ts
 * import type { RunbookEvaluation } from "@jetty/sdk";
 * const evaluation: RunbookEvaluation = "rubric";
 * ```
 */
export type RunbookEvaluation = (typeof RUNBOOK_EVALUATIONS)[number] | (string & {});

/**
 * A documented coding agent, or any other string the server may add later.
 *
 * @example
 * ```ts
 * import type { RunbookAgent } from "@jetty/sdk";
 * const agent: RunbookAgent = "codex";
 * ```
 */
export type RunbookAgent = (typeof RUNBOOK_AGENTS)[number] | (string & {});

/**
 * A documented model provider, or any other string (e.g. `replicate`, seen in real runbooks).
 *
 * @example
 * ```ts
 * import type { RunbookModelProvider } from "@jetty/sdk";
 * const provider: RunbookModelProvider = "openrouter";
 * ```
 */
export type RunbookModelProvider = (typeof RUNBOOK_MODEL_PROVIDERS)[number] | (string & {});

/**
 * A documented sandbox snapshot, or a custom one.
 *
 * @example
 * ```ts
 * import type { RunbookSnapshot } from "@jetty/sdk";
 * const snapshot: RunbookSnapshot = "prism-playwright";
 * ```
 */
export type RunbookSnapshot = (typeof RUNBOOK_SNAPSHOTS)[number] | (string & {});

/**
 * One entry of the frontmatter `secrets` map, as written in the file.
 *
 * @example
 * ```ts
 * import type { RunbookSecretSpec } from "@jetty/sdk";
 * const spec: RunbookSecretSpec = { env: "GITHUB_PAT", description: "repo access", required: true };
 * ```
 */
export interface RunbookSecretSpec {
  env?: string;
  description?: string;
  required?: boolean;
  [key: string]: unknown;
}

/**
 * Provenance of an imported runbook (`origin`; not documented by the platform, present in most
 * public runbooks).
 *
 * @example
 * ```ts
 * import { parseRunbook } from "@jetty/sdk";
 * const { frontmatter } = parseRunbook(text);
 * console.log(frontmatter.origin?.attribution?.license);
 * ```
 */
export interface RunbookOrigin {
  url?: string;
  user_supplied_url?: string;
  source_host?: string;
  source_title?: string;
  imported_at?: string;
  imported_by?: string;
  is_directory_mirror?: boolean;
  attribution?: {
    collection_or_org?: string;
    skill_name?: string;
    confidence?: string;
    source_collection?: string;
    author?: string;
    license?: string;
    note?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * The YAML frontmatter of a runbook. Known keys are typed and normalised (scalars coerced to
 * strings, `primary_outputs` always an array); unknown keys are kept as parsed.
 *
 * @example
 * ```ts
 * import { parseRunbook } from "@jetty/sdk";
 * const { frontmatter } = parseRunbook(text);
 * if (frontmatter.snapshot === "prism-playwright") console.log("browser runbook");
 * ```
 */
export interface RunbookFrontmatter {
  version?: string;
  evaluation?: RunbookEvaluation;
  agent?: RunbookAgent;
  model?: string;
  model_provider?: RunbookModelProvider;
  snapshot?: RunbookSnapshot;
  image?: string;
  /** Paths relative to `results_dir`, in priority order (a single string is normalised to a list). */
  primary_outputs?: string[];
  secrets?: Record<string, RunbookSecretSpec>;
  origin?: RunbookOrigin;
  [key: string]: unknown;
}

/**
 * A `{{name}}` placeholder of the body, with what the Parameters table says about it.
 *
 * @example
 * ```ts
 * import { parseRunbook } from "@jetty/sdk";
 * for (const v of parseRunbook(text).templateVariables) console.log(v.name, v.default ?? "(no default)");
 * ```
 */
export interface RunbookTemplateVariable {
  name: string;
  /** The literal default from the Parameters table, when the table gives one. */
  default?: string;
  /** The Parameters table's description of the variable. */
  description?: string;
}

/**
 * A secret the runbook declares, normalised: `env` falls back to the key, `required` to `true`.
 *
 * @example
 * ```ts
 * import { parseRunbook } from "@jetty/sdk";
 * const needed = parseRunbook(text).secrets.filter((s) => s.required).map((s) => s.env);
 * ```
 */
export interface RunbookSecret {
  /** The key in the frontmatter `secrets` map. */
  name: string;
  /** The environment variable to read (collection env var on Jetty). */
  env: string;
  description?: string;
  required: boolean;
}

/**
 * A parsed runbook.
 *
 * @example
 * ```ts
 * import { parseRunbook } from "@jetty/sdk";
 * const runbook = parseRunbook(text);
 * console.log(runbook.frontmatter.agent, runbook.secrets, runbook.templateVariables, runbook.warnings);
 * ```
 */
export interface Runbook {
  frontmatter: RunbookFrontmatter;
  /** The markdown after the frontmatter (line endings normalised to `\n`). */
  body: string;
  /** The full text exactly as given; this is what runbook mode sends as the system message. */
  content: string;
  /** Every `{{name}}` of the body in order of first appearance, plus `results_dir`. */
  templateVariables: RunbookTemplateVariable[];
  secrets: RunbookSecret[];
  /** Problems that do not stop the runbook from running (unknown enum values, missing keys). */
  warnings: string[];
}

/**
 * Options of {@link parseRunbook}.
 *
 * @example
 * ```ts
 * import { parseRunbook } from "@jetty/sdk";
 * parseRunbook(text, { filename: "runbooks/report/RUNBOOK.md" });
 * ```
 */
export interface ParseRunbookOptions {
  /** Named in error messages and warnings. */
  filename?: string;
}

/**
 * The runbook could not be parsed: malformed YAML, a non-YAML frontmatter language (which is
 * refused, never evaluated), or an unclosed frontmatter block. `line` is 1-based in the file.
 *
 * @example
 * ```ts
 * import { parseRunbook, RunbookParseError } from "@jetty/sdk";
 * try { parseRunbook(text); } catch (e) {
 *   if (e instanceof RunbookParseError) console.log(`line ${e.line}: ${e.reason}`);
 * }
 * ```
 */
export class RunbookParseError extends JettyError {
  override name = "RunbookParseError";
  /** 1-based line in the file, when known. */
  readonly line: number | undefined;
  /** 1-based column, when known. */
  readonly column: number | undefined;
  /** The problem, without the location prefix. */
  readonly reason: string;
  readonly filename: string | undefined;

  constructor(
    reason: string,
    init: { line?: number; column?: number; filename?: string; cause?: unknown } = {},
  ) {
    const where =
      (init.filename ?? "runbook") +
      (init.line !== undefined ? `:${init.line}` : "") +
      (init.line !== undefined && init.column !== undefined ? `:${init.column}` : "");
    super(`${where}: ${reason}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = reason;
    this.line = init.line;
    this.column = init.column;
    this.filename = init.filename;
  }
}

const TEMPLATE_VAR = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}/g;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_OUTPUTS = new Set(["summary.md", "validation_report.json"]);
/**
 * The value of `{{results_dir}}` on Jetty when none is given (locally it is `./results`).
 *
 * @example
 * ```ts
 * import { DEFAULT_RESULTS_DIR } from "@jetty/sdk";
 * DEFAULT_RESULTS_DIR; // "/app/results"
 * ```
 */
export const DEFAULT_RESULTS_DIR = "/app/results";

type YamlParse = (source: string) => unknown;

// gray-matter's YAML engine is js-yaml 3's `safeLoad`, bound to its private copy of js-yaml: the
// default safe schema, without the `!!js/*` types. We capture it once and call it with no options,
// because gray-matter would otherwise forward its own options object, and a `schema` key in there
// would replace the safe schema. Captured (and self-checked) at the first parse, not at import.
let bundledYamlParse: { parse: YamlParse | undefined } | undefined;
function safeYamlParse(): YamlParse | undefined {
  bundledYamlParse ??= (() => {
    const engine = (matter as unknown as { engines?: Record<string, unknown> }).engines?.yaml as
      | { parse?: unknown }
      | undefined;
    const parse = engine?.parse;
    const safe = typeof parse === "function" && rejectsJsTypes(parse as YamlParse);
    return { parse: safe ? (parse as YamlParse) : undefined };
  })();
  return bundledYamlParse.parse;
}

// Checked by behaviour rather than by name so minified bundles still work: a loader that
// understands `!!js/undefined` (harmless to construct) would also understand `!!js/function`.
function rejectsJsTypes(parse: YamlParse): boolean {
  try {
    parse("probe: !!js/undefined ''");
    return false;
  } catch {
    return true;
  }
}

function refuse(language: string): never {
  throw new RunbookParseError(
    `frontmatter language "${language}" is not supported: only YAML frontmatter is read, and code frontmatter is never evaluated`,
    { line: 1 },
  );
}

// Defence in depth behind the language check in parseRunbook: every engine name gray-matter maps to
// code evaluation (and JSON, which is not the YAML the format specifies) refuses instead.
const SAFE_ENGINES = {
  yaml: { parse: (source: string) => safeYaml(source) },
  yml: { parse: (source: string) => safeYaml(source) },
  js: { parse: () => refuse("js") },
  javascript: { parse: () => refuse("javascript") },
  coffee: { parse: () => refuse("coffee") },
  coffeescript: { parse: () => refuse("coffeescript") },
  cson: { parse: () => refuse("cson") },
  json: { parse: () => refuse("json") },
};

function safeYaml(source: string): object {
  const parse = safeYamlParse();
  if (!parse) {
    // Fail closed: gray-matter's YAML engine was replaced by one that knows JavaScript types.
    throw new RunbookParseError("gray-matter's safe YAML loader is unavailable; refusing to parse");
  }
  return (parse(source) ?? {}) as object;
}

interface YamlErrorLike {
  name?: string;
  reason?: string;
  message?: string;
  mark?: { line?: number; column?: number };
}

/**
 * Parses the text of a `RUNBOOK.md`: YAML frontmatter (YAML only; JavaScript/CoffeeScript
 * frontmatter is refused and never evaluated, and YAML's `!!js/*` tags are rejected), the body, its
 * `{{placeholders}}` with defaults from the Parameters table, and the declared secrets.
 * Unknown frontmatter values are kept and reported in `warnings`. Tolerates a BOM and CRLF.
 *
 * @throws {RunbookParseError} on malformed YAML (with the 1-based line), a non-YAML frontmatter
 *   language, an unclosed frontmatter block, or frontmatter that is not a mapping.
 *
 * @example
 * ```ts
 * import { parseRunbook } from "@jetty/sdk";
 * const runbook = parseRunbook(`---\nversion: "1.0.0"\nevaluation: programmatic\n---\n# Do it\nWrite to {{results_dir}}`);
 * runbook.frontmatter.evaluation; // "programmatic"
 * runbook.templateVariables;      // [{ name: "results_dir", default: "/app/results" }]
 * ```
 */
export function parseRunbook(markdown: string, options: ParseRunbookOptions = {}): Runbook {
  if (typeof markdown !== "string") throw new InvalidInputError("markdown", "must be a string");
  const filename = options.filename;
  const warnings: string[] = [];

  // Line numbers are computed on this normalised text; a BOM occupies no line.
  const text = (markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown).replace(/\r\n?/g, "\n");

  let data: Record<string, unknown> = {};
  let body = text;
  // The same opening rule as gray-matter: "---" not followed by another "-".
  if (text.startsWith("---") && text.charAt(3) !== "-") {
    const firstLineEnd = text.indexOf("\n");
    const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
    const language = firstLine.slice(3).trim();
    if (language !== "" && language.toLowerCase() !== "yaml" && language.toLowerCase() !== "yml") {
      throw new RunbookParseError(
        `frontmatter language "${language}" is not supported: only YAML frontmatter is read, and code frontmatter is never evaluated`,
        { line: 1, filename },
      );
    }
    if (firstLineEnd === -1 || text.indexOf("\n---", firstLineEnd) === -1) {
      throw new RunbookParseError("the frontmatter opened on line 1 is never closed with ---", {
        line: 1,
        filename,
      });
    }
    let file: { data: unknown; content: string };
    try {
      // Passing options disables gray-matter's cache (keyed by input text and returning a shared,
      // mutable object); `language` pins YAML; `engines` replaces the evaluating defaults.
      file = matter(text, { language: "yaml", excerpt: false, engines: SAFE_ENGINES });
    } catch (error) {
      throw toParseError(error, filename);
    }
    if (file.data === null || typeof file.data !== "object" || Array.isArray(file.data)) {
      throw new RunbookParseError("the frontmatter must be a YAML mapping of keys to values", {
        line: 2,
        filename,
      });
    }
    data = file.data as Record<string, unknown>;
    body = file.content;
  } else {
    warnings.push("no YAML frontmatter (a runbook starts with a --- block)");
  }

  const frontmatter = normaliseFrontmatter(data, warnings);
  const secrets = extractSecrets(data.secrets, warnings);
  const templateVariables = extractTemplateVariables(body, secrets, warnings);

  return {
    frontmatter,
    body,
    content: markdown,
    templateVariables,
    secrets,
    warnings,
  };
}

/**
 * Reads a `RUNBOOK.md` (UTF-8) and parses it with {@link parseRunbook}.
 *
 * @throws {JettyError} when the file cannot be read (`cause` holds the filesystem error).
 * @throws {RunbookParseError} when it cannot be parsed.
 *
 * @example
 * ```ts
 * import { loadRunbook } from "@jetty/sdk";
 * const runbook = await loadRunbook("./runbooks/report/RUNBOOK.md");
 * console.log(runbook.frontmatter.version);
 * ```
 */
export async function loadRunbook(path: string | URL): Promise<Runbook> {
  requireNode("loadRunbook() (jetty.runbooks.load)");
  const filename = typeof path === "string" ? path : path.pathname;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JettyError(`Cannot read runbook ${filename}: ${reason}`, { cause: error });
  }
  return parseRunbook(text, { filename });
}

function toParseError(error: unknown, filename: string | undefined): RunbookParseError {
  if (error instanceof RunbookParseError) {
    return filename && !error.filename
      ? new RunbookParseError(error.reason, {
          line: error.line,
          column: error.column,
          filename,
          cause: error,
        })
      : error;
  }
  const e = (error ?? {}) as YamlErrorLike;
  if (e.name === "YAMLException") {
    // js-yaml counts lines from 0 within the block; the block starts on the opening --- line.
    const line = typeof e.mark?.line === "number" ? e.mark.line + 1 : undefined;
    const column = typeof e.mark?.column === "number" ? e.mark.column + 1 : undefined;
    return new RunbookParseError(`invalid YAML frontmatter: ${e.reason ?? e.message ?? "syntax error"}`, {
      line,
      column,
      filename,
      cause: error,
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new RunbookParseError(`cannot read the frontmatter: ${reason}`, { line: 1, filename, cause: error });
}

function normaliseFrontmatter(data: Record<string, unknown>, warnings: string[]): RunbookFrontmatter {
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
    else if (!isRecord(raw)) delete fm.secrets;
  }

  if ("origin" in data && data.origin !== undefined && !isRecord(data.origin)) {
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

function extractSecrets(raw: unknown, warnings: string[]): RunbookSecret[] {
  if (raw === null || raw === undefined) return [];
  if (!isRecord(raw)) {
    warnings.push("frontmatter secrets should be a mapping of NAME: { env, description, required }; ignored");
    return [];
  }
  const secrets: RunbookSecret[] = [];
  for (const [name, spec] of Object.entries(raw)) {
    const entry = isRecord(spec) ? spec : {};
    if (!isRecord(spec) && spec !== null) {
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

function extractTemplateVariables(
  body: string,
  secrets: RunbookSecret[],
  warnings: string[],
): RunbookTemplateVariable[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const secretRefs = new Set<string>();
  for (const match of body.matchAll(TEMPLATE_VAR)) {
    const name = match[1]!;
    if (name.startsWith("secrets.")) {
      secretRefs.add(name.slice("secrets.".length));
      continue;
    }
    // Other dotted names ({{github.sha}} and the like) are not Jetty placeholders.
    if (name.includes(".")) continue;
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  if (!seen.has("results_dir")) names.push("results_dir");

  const declared = new Set(secrets.flatMap((s) => [s.name, s.env]));
  for (const ref of secretRefs) {
    if (!declared.has(ref))
      warnings.push(`the body uses {{secrets.${ref}}} but the frontmatter does not declare it`);
  }

  const rows = extractParameterTable(body);
  const byName = matchRows(rows, names);
  return names.map((name) => {
    const variable: RunbookTemplateVariable = { name };
    const row = byName.get(name);
    const fallback = name === "results_dir" ? DEFAULT_RESULTS_DIR : undefined;
    const value = row?.default ?? fallback;
    if (value !== undefined) variable.default = value;
    if (row?.description) variable.description = row.description;
    return variable;
  });
}

function matchRows(rows: ParameterRow[], names: string[]): Map<string, ParameterRow> {
  const exact = new Set(names);
  const loose = new Map<string, string>();
  for (const name of names) {
    const key = looseKey(name);
    if (!loose.has(key)) loose.set(key, name);
  }
  const byName = new Map<string, ParameterRow>();
  for (const row of rows) {
    let target: string | undefined;
    for (const candidate of row.candidates) {
      target = exact.has(candidate) ? candidate : loose.get(looseKey(candidate));
      if (target) break;
    }
    // The first table row naming a variable wins; later tables are usually examples.
    if (target && !byName.has(target)) byName.set(target, row);
  }
  return byName;
}

function looseKey(name: string): string {
  return name.toLowerCase().replace(/-/g, "_");
}

function asString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
