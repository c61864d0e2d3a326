/**
 * Runbooks: parse a `RUNBOOK.md`, check its secrets against a collection, and build the
 * chat-completions request that runs it on Jetty. Pure logic; no HTTP.
 *
 * @example
 * ```ts
 * import { buildRunbookRequest, computePreflight, loadRunbook } from "@jetty/sdk";
 * const runbook = await loadRunbook("./RUNBOOK.md");
 * const preflight = computePreflight(runbook, { configuredKeys: ["OPENROUTER_API_KEY"], trialActive: false });
 * if (preflight.ready) {
 *   const body = buildRunbookRequest(runbook, { collection: "acme", task: "report", useTrialKeys: preflight.useTrialKeys });
 * }
 * ```
 *
 * @module
 */
export { MissingSecretsError, RunbookParseError } from "./errors";
export { loadRunbook, parseRunbook } from "./parse";
export {
  computePreflight,
  DEFAULT_PROVIDER_KEYS,
  PROVIDER_ENV_KEYS,
  type PreflightOptions,
  type PreflightResult,
} from "./preflight";
export {
  type BuildRunbookRequestOptions,
  buildRunbookRequest,
  DEFAULT_MODEL_BY_AGENT,
  DEFAULT_RUNBOOK_AGENT,
  DEFAULT_RUNBOOK_MODEL,
  DEFAULT_RUNBOOK_SNAPSHOT,
  DEFAULT_RUNBOOK_USER_MESSAGE,
  inferAgentFromModel,
  missingTemplateVariables,
  type RunbookChatMessage,
  type RunbookJettyBlock,
  type RunbookRequest,
  type TemplateVariableValue,
} from "./request";
export {
  DEFAULT_RESULTS_DIR,
  type ParseRunbookOptions,
  RUNBOOK_AGENTS,
  RUNBOOK_EVALUATIONS,
  RUNBOOK_MODEL_PROVIDERS,
  RUNBOOK_SNAPSHOTS,
  type Runbook,
  type RunbookAgent,
  type RunbookEvaluation,
  type RunbookFrontmatter,
  type RunbookModelProvider,
  type RunbookOrigin,
  type RunbookSecret,
  type RunbookSecretSpec,
  type RunbookSnapshot,
  type RunbookTemplateVariable,
} from "./runbook";
