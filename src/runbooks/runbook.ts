// What a parsed runbook is: its front matter's vocabulary and the Runbook shape parseRunbook returns.

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
 * The value of `{{results_dir}}` on Jetty when none is given (locally it is `./results`).
 *
 * @example
 * ```ts
 * import { DEFAULT_RESULTS_DIR } from "@jetty/sdk";
 * DEFAULT_RESULTS_DIR; // "/app/results"
 * ```
 */
export const DEFAULT_RESULTS_DIR = "/app/results";
