import { InvalidInputError } from "../errors";
import { DEFAULT_RUNBOOK_AGENT, DEFAULT_RUNBOOK_MODEL, inferAgentFromModel } from "./request";
import type { Runbook } from "./runbook";

/**
 * Provider keys whose presence means a collection "has its own keys", so trial keys are not used.
 * Pass `providerKeys` to {@link computePreflight} to override.
 *
 * @example
 * ```ts
 * import { DEFAULT_PROVIDER_KEYS } from "@jetty/sdk";
 * const ownKeys = DEFAULT_PROVIDER_KEYS.filter((k) => configured.includes(k));
 * ```
 */
export const DEFAULT_PROVIDER_KEYS = /* @__PURE__ */ Object.freeze([
  "OPENROUTER_API_KEY",
  "OPENAI_API_KEY",
  "ANTHROPIC_API_KEY",
  "GEMINI_API_KEY",
  "REPLICATE_API_TOKEN",
] as const);

/**
 * The environment variable each documented model provider needs.
 *
 * @example
 * ```ts
 * import { PROVIDER_ENV_KEYS } from "@jetty/sdk";
 * PROVIDER_ENV_KEYS.openrouter; // "OPENROUTER_API_KEY"
 * ```
 */
export const PROVIDER_ENV_KEYS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  openrouter: "OPENROUTER_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  openai: "OPENAI_API_KEY",
  google: "GOOGLE_API_KEY",
  bedrock: "AWS_BEARER_TOKEN_BEDROCK",
});

const AGENT_PROVIDER_KEY: Readonly<Record<string, string>> = {
  "claude-code": "ANTHROPIC_API_KEY",
  opencode: "OPENROUTER_API_KEY",
  codex: "OPENAI_API_KEY",
  "gemini-cli": "GOOGLE_API_KEY",
};
const OPENROUTER_AGENTS = new Set(["claude-code", "opencode", "gemini-cli"]);

/**
 * What {@link computePreflight} needs to know about the target collection. Only names are read:
 * values never are, and never appear in the result.
 *
 * @example
 * ```ts
 * import type { PreflightOptions } from "@jetty/sdk";
 * const options: PreflightOptions = { configuredKeys: ["GITHUB_PAT"], trialActive: false };
 * ```
 */
export interface PreflightOptions {
  /** Names of the collection's environment variables (keys of `.environment_variables`). */
  configuredKeys: readonly string[];
  /** Whether the collection's trial is active (`GET /api/v1/trial/{c}` → `active`). */
  trialActive: boolean;
  /** One-off secrets for this run; only their names (and whether they are empty) are looked at. */
  secretParams?: Readonly<Record<string, string>>;
  /** Overrides {@link DEFAULT_PROVIDER_KEYS} for the trial decision. */
  providerKeys?: readonly string[];
}

/**
 * The outcome of a secret preflight. Holds names only, never values.
 *
 * @example
 * ```ts
 * import { computePreflight } from "@jetty/sdk";
 * const result = computePreflight(runbook, { configuredKeys: [], trialActive: true });
 * if (!result.ready) console.log("set these first:", result.missingSecrets.join(", "));
 * ```
 */
export interface PreflightResult {
  /** Env names of required secrets that are neither configured nor passed in `secretParams`. */
  missingSecrets: string[];
  /** Env names of optional secrets that are not available (the run can go ahead). */
  missingOptionalSecrets: string[];
  /** Env names of declared secrets that are available. */
  configuredSecrets: string[];
  /** Send `use_trial_keys: true`: the trial is active and no provider key is available. */
  useTrialKeys: boolean;
  /**
   * No required secret is missing. It does not promise a model key: when neither trial keys nor a provider
   * key are available, `ready` is still true and `warnings` says so (the run would fail in the sandbox).
   */
  ready: boolean;
  warnings: string[];
}

/**
 * Works out, without any I/O, whether a runbook can run in a collection: which required secrets are
 * missing, which declared secrets are available, and whether to send `use_trial_keys` (the trial
 * is active and none of the provider keys is configured or passed). Keys passed in `secretParams`
 * count as available; an empty value counts as missing.
 *
 * @example
 * ```ts
 * import { computePreflight, parseRunbook } from "@jetty/sdk";
 * const runbook = parseRunbook(text);
 * const keys = await jetty.environment.keys("acme");
 * const { missingSecrets, useTrialKeys, warnings } = computePreflight(runbook, {
 *   configuredKeys: keys,
 *   trialActive: (await jetty.trial.status("acme")).active === true,
 * });
 * ```
 */
export function computePreflight(runbook: Runbook, options: PreflightOptions): PreflightResult {
  if (!options || !Array.isArray(options.configuredKeys)) {
    throw new InvalidInputError("configuredKeys", "must be an array of environment variable names");
  }
  const providerKeys = options.providerKeys ?? DEFAULT_PROVIDER_KEYS;
  if (!Array.isArray(providerKeys)) throw new InvalidInputError("providerKeys", "must be an array of names");

  const available = new Set(options.configuredKeys.filter((k) => typeof k === "string"));
  for (const [name, value] of Object.entries(options.secretParams ?? {})) {
    if (typeof value === "string" && value !== "") available.add(name);
  }

  const missingSecrets: string[] = [];
  const missingOptionalSecrets: string[] = [];
  const configuredSecrets: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  // Several entries may share one env var; the strictest `required` wins.
  const requiredByEnv = new Map<string, boolean>();
  for (const secret of runbook.secrets) {
    requiredByEnv.set(secret.env, (requiredByEnv.get(secret.env) ?? false) || secret.required);
  }
  for (const secret of runbook.secrets) {
    if (seen.has(secret.env)) continue;
    seen.add(secret.env);
    if (available.has(secret.env)) {
      configuredSecrets.push(secret.env);
    } else if (requiredByEnv.get(secret.env)) {
      missingSecrets.push(secret.env);
      warnings.push(
        `required secret ${secret.env} is not set: add it to the collection (Settings → Environment Variables) or pass it in secretParams`,
      );
    } else {
      missingOptionalSecrets.push(secret.env);
      warnings.push(`optional secret ${secret.env} is not set; the runbook may skip what needs it`);
    }
  }

  const hasOwnProviderKey = providerKeys.some((k) => available.has(k));
  const useTrialKeys = options.trialActive === true && !hasOwnProviderKey;
  if (useTrialKeys) {
    warnings.push(`using trial keys: the collection has none of ${providerKeys.join(", ")}`);
  } else {
    const providerWarning = checkProviderKey(runbook, available);
    if (providerWarning) warnings.push(providerWarning);
  }

  return {
    missingSecrets,
    missingOptionalSecrets,
    configuredSecrets,
    useTrialKeys,
    ready: missingSecrets.length === 0,
    warnings,
  };
}

/** Mirrors the server's provider choice (explicit provider, else OpenRouter/Bedrock/agent default). */
function checkProviderKey(runbook: Runbook, available: ReadonlySet<string>): string | undefined {
  const fm = runbook.frontmatter;
  const provider = fm.model_provider;
  if (provider !== undefined) {
    const key = PROVIDER_ENV_KEYS[provider];
    if (key === undefined || available.has(key)) return undefined;
    return `model_provider ${provider} needs ${key}, which is not set and no trial keys are used`;
  }
  const agent = fm.agent ?? inferAgentFromModel(fm.model ?? DEFAULT_RUNBOOK_MODEL) ?? DEFAULT_RUNBOOK_AGENT;
  const usable = [
    ...(OPENROUTER_AGENTS.has(agent) ? ["OPENROUTER_API_KEY"] : []),
    "AWS_BEARER_TOKEN_BEDROCK",
    ...(AGENT_PROVIDER_KEY[agent] ? [AGENT_PROVIDER_KEY[agent]] : []),
  ];
  if (usable.some((k) => available.has(k)) || AGENT_PROVIDER_KEY[agent] === undefined) return undefined;
  return `agent ${agent} needs one of ${usable.join(", ")}, none of which is set, and no trial keys are used`;
}
