import { InvalidInputError } from "../errors";
import { isFileId, isStoragePath } from "../helpers/storage-path";
import { parseRunbook } from "./parse";
import {
  DEFAULT_RESULTS_DIR,
  type Runbook,
  type RunbookAgent,
  type RunbookModelProvider,
  type RunbookSnapshot,
} from "./runbook";

/**
 * Model used when neither the caller nor the frontmatter names one (nor an agent with its own default).
 *
 * @example
 * ```ts
 * import { DEFAULT_RUNBOOK_MODEL } from "@jetty/sdk";
 * const model = runbook.frontmatter.model ?? DEFAULT_RUNBOOK_MODEL;
 * ```
 */
export const DEFAULT_RUNBOOK_MODEL = "claude-sonnet-4-6";
/**
 * Agent used when none is named and none can be inferred from the model.
 *
 * @example
 * ```ts
 * import { DEFAULT_RUNBOOK_AGENT, inferAgentFromModel } from "@jetty/sdk";
 * const agent = inferAgentFromModel("mistral-large") ?? DEFAULT_RUNBOOK_AGENT; // "claude-code"
 * ```
 */
export const DEFAULT_RUNBOOK_AGENT = "claude-code";
/**
 * Sandbox snapshot used when none is named.
 *
 * @example
 * ```ts
 * import { DEFAULT_RUNBOOK_SNAPSHOT } from "@jetty/sdk";
 * const snapshot = runbook.frontmatter.snapshot ?? DEFAULT_RUNBOOK_SNAPSHOT; // "python312-uv"
 * ```
 */
export const DEFAULT_RUNBOOK_SNAPSHOT = "python312-uv";
/**
 * The user message of a runbook-mode request. Parameters belong in `template_variables`, not here.
 *
 * @example
 * ```ts
 * import { buildRunbookRequest, DEFAULT_RUNBOOK_USER_MESSAGE } from "@jetty/sdk";
 * buildRunbookRequest(runbook, { collection: "c", task: "t" }).messages[1].content === DEFAULT_RUNBOOK_USER_MESSAGE;
 * ```
 */
export const DEFAULT_RUNBOOK_USER_MESSAGE = "Execute the runbook.";

/**
 * Each documented agent's default model, used only when an agent is named but no model is.
 *
 * @example
 * ```ts
 * import { DEFAULT_MODEL_BY_AGENT } from "@jetty/sdk";
 * DEFAULT_MODEL_BY_AGENT.codex; // "gpt-5.5"
 * ```
 */
export const DEFAULT_MODEL_BY_AGENT: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  "claude-code": "claude-sonnet-4-6",
  opencode: "anthropic/claude-sonnet-4.6",
  codex: "gpt-5.5",
  "gemini-cli": "gemini-3.1-pro-preview",
});

/**
 * The agent the platform picks for a model when `agent` is absent: `claude-*` and `anthropic/*` →
 * `claude-code`; `gpt-*`, `o1`/`o3`/`o4` models → `codex`; `gemini-*` and `gemini/*` → `gemini-cli`.
 * Returns `undefined` for anything else. An OpenRouter slug never selects `opencode`.
 *
 * @example
 * ```ts
 * import { inferAgentFromModel } from "@jetty/sdk";
 * inferAgentFromModel("anthropic/claude-sonnet-4.6"); // "claude-code"
 * inferAgentFromModel("o4-mini");                     // "codex"
 * inferAgentFromModel("google/nano-banana");          // undefined
 * ```
 */
export function inferAgentFromModel(model: string): RunbookAgent | undefined {
  const m = model.trim().toLowerCase();
  if (m.startsWith("claude-") || m.startsWith("anthropic/")) return "claude-code";
  if (m.startsWith("gpt-") || /^o[134](-|$)/.test(m)) return "codex";
  if (m.startsWith("gemini-") || m.startsWith("gemini/")) return "gemini-cli";
  return undefined;
}

/**
 * A message of a runbook-mode chat request.
 *
 * @example
 * ```ts
 * import type { RunbookChatMessage } from "@jetty/sdk";
 * const message: RunbookChatMessage = { role: "user", content: "Execute the runbook." };
 * ```
 */
export interface RunbookChatMessage {
  role: "system" | "user";
  content: string;
}

/**
 * The `jetty` block that switches `POST /v1/chat/completions` to runbook mode (wire names).
 *
 * @example
 * ```ts
 * import { buildRunbookRequest } from "@jetty/sdk";
 * const { jetty } = buildRunbookRequest(runbook, { collection: "acme", task: "report" });
 * console.log(jetty.agent, jetty.snapshot, jetty.template_variables.results_dir);
 * ```
 */
export interface RunbookJettyBlock {
  runbook: true;
  collection: string;
  task: string;
  agent: RunbookAgent;
  /** Present only when the caller or the frontmatter names one; otherwise the server decides. */
  model_provider?: RunbookModelProvider;
  snapshot: RunbookSnapshot;
  /** String values substituted into `{{placeholders}}` by the server; always has `results_dir`. */
  template_variables: Record<string, string>;
  /** Storage paths (e.g. from `/api/v1/sandbox/upload`), mounted under `/app/assets/`. */
  file_paths?: string[];
  /** `file-…` ids from `POST /api/v1/files`. */
  files?: string[];
  use_trial_keys: boolean;
}

/**
 * The body of a runbook-mode chat-completions request.
 *
 * @example
 * ```ts
 * import { buildRunbookRequest, type RunbookRequest } from "@jetty/sdk";
 * const body: RunbookRequest = buildRunbookRequest(runbook, { collection: "acme", task: "report" });
 * await fetch("https://flows-api.jetty.io/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });
 * ```
 */
export interface RunbookRequest {
  model: string;
  messages: [RunbookChatMessage & { role: "system" }, RunbookChatMessage & { role: "user" }];
  stream: false;
  jetty: RunbookJettyBlock;
}

/**
 * A template-variable value; numbers and booleans are sent as strings.
 *
 * @example
 * ```ts
 * import type { TemplateVariableValue } from "@jetty/sdk";
 * const vars: Record<string, TemplateVariableValue> = { sample_size: 5, dry_run: true, tone: "calm" };
 * ```
 */
export type TemplateVariableValue = string | number | boolean;

/**
 * Options of {@link buildRunbookRequest}. Options override the frontmatter.
 *
 * @example
 * ```ts
 * import type { BuildRunbookRequestOptions } from "@jetty/sdk";
 * const options: BuildRunbookRequestOptions = {
 *   collection: "acme", task: "report", templateVariables: { sample_size: 5 }, useTrialKeys: true,
 * };
 * ```
 */
export interface BuildRunbookRequestOptions {
  collection: string;
  task: string;
  /** Values for `{{placeholders}}`. `results_dir` defaults to `/app/results`. Never put secrets here. */
  templateVariables?: Record<string, TemplateVariableValue>;
  /** Storage paths (not `file-…` ids). */
  filePaths?: readonly string[];
  /** `file-…` ids (not storage paths). */
  files?: readonly string[];
  useTrialKeys?: boolean;
  agent?: RunbookAgent;
  model?: string;
  modelProvider?: RunbookModelProvider;
  snapshot?: RunbookSnapshot;
  /** Replaces "Execute the runbook.". Parameters written here are ignored by the server. */
  userMessage?: string;
  /** Receives advisory messages (placeholders left without a value, unused variables, …). */
  onWarning?: (message: string) => void;
}

const LOCAL_PATH = /^(\/|\.{1,2}\/|~|[A-Za-z]:[\\/]|file:)/;

/**
 * Builds the chat-completions body that runs a runbook on Jetty. Model, agent, provider and
 * snapshot come from the options, else the frontmatter, else the documented defaults (model
 * `claude-sonnet-4-6`; agent inferred from the model, else `claude-code`; snapshot `python312-uv`).
 * `model_provider` is sent only when named. `template_variables` holds exactly the given values plus
 * `results_dir`; the agent applies the Parameters table's defaults itself, and placeholders with
 * neither a value nor a default are reported through `onWarning`.
 *
 * @throws {InvalidInputError} on an empty collection or task, a `file-…` id in `filePaths`, a
 *   storage or local path in `files`, a local path in `filePaths` (upload it first), a
 *   template-variable value that is not a string/number/boolean, or a template variable named like
 *   a declared secret (secrets must stay in the collection environment).
 *
 * @example
 * ```ts
 * import { buildRunbookRequest, loadRunbook } from "@jetty/sdk";
 * const runbook = await loadRunbook("./RUNBOOK.md");
 * const body = buildRunbookRequest(runbook, {
 *   collection: "acme",
 *   task: "weekly-report",
 *   templateVariables: { sample_size: "5" },
 *   filePaths: ["acme/_sandbox_uploads/u1/data.csv"],
 *   onWarning: console.warn,
 * });
 * // body.jetty.template_variables → { sample_size: "5", results_dir: "/app/results" }
 * ```
 */
export function buildRunbookRequest(
  runbook: Runbook | string,
  options: BuildRunbookRequestOptions,
): RunbookRequest {
  const rb = typeof runbook === "string" ? parseRunbook(runbook) : runbook;
  if (!options || typeof options !== "object") throw new InvalidInputError("options", "is required");
  const warn = options.onWarning ?? (() => {});
  const collection = requireName(options.collection, "collection");
  const task = requireName(options.task, "task");
  const fm = rb.frontmatter;

  const namedAgent = options.agent ?? fm.agent;
  const model =
    options.model ??
    fm.model ??
    (namedAgent !== undefined ? DEFAULT_MODEL_BY_AGENT[namedAgent] : undefined) ??
    DEFAULT_RUNBOOK_MODEL;
  const agent = namedAgent ?? inferAgentFromModel(model) ?? DEFAULT_RUNBOOK_AGENT;
  const modelProvider = options.modelProvider ?? fm.model_provider;
  const snapshot = options.snapshot ?? fm.snapshot ?? DEFAULT_RUNBOOK_SNAPSHOT;
  if (fm.image !== undefined && options.snapshot === undefined && fm.snapshot === undefined) {
    warn(
      `the frontmatter names image "${fm.image}", which the chat API has no documented field for; snapshot ${snapshot} is used`,
    );
  }

  const variables = templateVariables(rb, options.templateVariables, warn);
  const filePaths =
    options.filePaths !== undefined ? checkFilePaths(options.filePaths, collection, warn) : undefined;
  const files = options.files !== undefined ? checkFileIds(options.files) : undefined;
  const jetty: RunbookJettyBlock = {
    runbook: true,
    collection,
    task,
    agent,
    ...(modelProvider !== undefined ? { model_provider: modelProvider } : {}),
    snapshot,
    template_variables: variables,
    ...(filePaths !== undefined ? { file_paths: filePaths } : {}),
    ...(files !== undefined ? { files } : {}),
    use_trial_keys: options.useTrialKeys === true,
  };

  const userMessage = options.userMessage ?? DEFAULT_RUNBOOK_USER_MESSAGE;
  const content = rb.content.charCodeAt(0) === 0xfeff ? rb.content.slice(1) : rb.content;
  return {
    model,
    messages: [
      { role: "system", content },
      { role: "user", content: userMessage },
    ],
    stream: false,
    jetty,
  };
}

/**
 * The runbook's placeholders that would reach the agent unfilled: no value given and no literal
 * default in the Parameters table. `results_dir` is never missing (it defaults to `/app/results`).
 *
 * @example
 * ```ts
 * import { missingTemplateVariables, parseRunbook } from "@jetty/sdk";
 * const runbook = parseRunbook("---\nversion: \"1\"\n---\nAudit {{target_url}} into {{results_dir}}");
 * missingTemplateVariables(runbook, {}); // ["target_url"]
 * ```
 */
export function missingTemplateVariables(
  runbook: Runbook,
  templateVariables: Record<string, TemplateVariableValue> = {},
): string[] {
  return runbook.templateVariables
    .filter(
      (v) => v.name !== "results_dir" && v.default === undefined && !Object.hasOwn(templateVariables, v.name),
    )
    .map((v) => v.name);
}

function requireName(value: unknown, param: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidInputError(param, "must be a non-empty string");
  }
  return value;
}

function templateVariables(
  runbook: Runbook,
  given: Record<string, TemplateVariableValue> | undefined,
  warn: (message: string) => void,
): Record<string, string> {
  const secretNames = new Set(runbook.secrets.flatMap((s) => [s.name, s.env]));
  const known = new Set(runbook.templateVariables.map((v) => v.name));
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(given ?? {})) {
    const param = `templateVariables.${key}`;
    if (key.startsWith("secrets.") || secretNames.has(key)) {
      // The value is deliberately left out of the message.
      throw new InvalidInputError(
        param,
        "is declared as a secret by the runbook; template variables are stored in the trajectory, so set it as a collection environment variable instead",
      );
    }
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new InvalidInputError(param, "must be a string, number or boolean");
    }
    if (!known.has(key)) warn(`template variable ${key} does not appear as {{${key}}} in the runbook`);
    out[key] = String(value);
  }
  if (!Object.hasOwn(out, "results_dir")) out.results_dir = DEFAULT_RESULTS_DIR;
  for (const name of missingTemplateVariables(runbook, given)) {
    warn(
      `template variable ${name} has no value and no default in the Parameters table; the agent will see {{${name}}} literally`,
    );
  }
  return out;
}

function checkFilePaths(paths: readonly string[], collection: string, warn: (m: string) => void): string[] {
  if (!Array.isArray(paths)) throw new InvalidInputError("filePaths", "must be an array of storage paths");
  return paths.map((path, i) => {
    const param = `filePaths[${i}]`;
    if (typeof path !== "string" || path.trim() === "") {
      throw new InvalidInputError(param, "must be a non-empty storage path");
    }
    if (isFileId(path)) {
      throw new InvalidInputError(
        param,
        `"${path}" is a file id (from POST /api/v1/files); pass it in \`files\`. file_paths takes storage paths, and the platform silently drops ids placed there`,
      );
    }
    if (LOCAL_PATH.test(path)) {
      throw new InvalidInputError(
        param,
        `"${path}" looks like a local path; upload the file first (POST /api/v1/sandbox/upload) and pass the storage path it returns`,
      );
    }
    if (!isStoragePath(path)) {
      throw new InvalidInputError(
        param,
        `"${path}" is not a storage path (collection/…, without . or .. segments)`,
      );
    }
    const owner = path.split("/", 1)[0];
    if (owner !== collection) {
      warn(
        `${param} "${path}" is not under collection ${collection}; the token must have access to ${owner}`,
      );
    }
    return path;
  });
}

function checkFileIds(ids: readonly string[]): string[] {
  if (!Array.isArray(ids)) throw new InvalidInputError("files", "must be an array of file ids");
  return ids.map((id, i) => {
    const param = `files[${i}]`;
    if (!isFileId(id)) {
      const hint =
        typeof id === "string" && id.includes("/")
          ? `"${id}" is a storage path; pass it in \`filePaths\`. \`files\` takes file-… ids from POST /api/v1/files, and the platform silently drops anything else`
          : "must be a file-… id from POST /api/v1/files";
      throw new InvalidInputError(param, hint);
    }
    return id;
  });
}
