import { ConfigError } from "./errors";
import type { Hooks } from "./hooks";
import { isLogLevel, type Logger, type LogLevel } from "./logger";
import { CLIENT_OPTION_KEYS, CLIENT_OPTION_RENAMES, checkOptionKeys } from "./option-keys";
import type { ClientOptions, Fetch } from "./options";
import { DEFAULT_MAX_JSON_BYTES } from "./read-body";
import { type BackoffOptions, DEFAULT_BACKOFF } from "./retry-policy";
import type { TokenFunction } from "./token";
import { defaultTokenFile, readTokenFile } from "./token-file";

/**
 * The API origin used when nothing else is configured.
 *
 * @example
 * ```ts
 * import { DEFAULT_BASE_URL } from "@jetty/sdk";
 * const jetty = new Jetty({ baseURL: process.env.STAGING_URL ?? DEFAULT_BASE_URL });
 * ```
 */
export const DEFAULT_BASE_URL = "https://flows-api.jetty.io";
/**
 * The web app origin used for links when nothing else is configured.
 *
 * @example
 * ```ts
 * import { DEFAULT_FRONTEND_URL } from "@jetty/sdk";
 * console.log(`${DEFAULT_FRONTEND_URL}/acme`);
 * ```
 */
export const DEFAULT_FRONTEND_URL = "https://flows.jetty.io";

/** Client settings after every default and environment variable has been applied, once. */
export interface ResolvedConfig {
  token: string | TokenFunction | undefined;
  /** Where the token came from, for error messages that must not show it. */
  tokenSource: "option" | "function" | "env" | "file" | "none";
  baseURL: string;
  frontendURL: string;
  timeout: number;
  /** Whether `timeout` was chosen by the caller (then uploads get no longer default). */
  timeoutSet: boolean;
  maxRetries: number;
  fetch: Fetch;
  defaultHeaders: Record<string, string>;
  logger: Logger;
  logLevel: LogLevel;
  tokenFile: string;
  backoff: BackoffOptions;
  hooks: Hooks | undefined;
  maxJsonBytes: number;
}

/** Applies option → environment → default for every setting and rejects nonsense early. */
export function resolveConfig(
  options: ClientOptions,
  // Workers and browsers have no `process`: there, only options apply.
  env: NodeJS.ProcessEnv = globalThis.process?.env ?? {},
): ResolvedConfig {
  checkOptionKeys(options, CLIENT_OPTION_KEYS, { what: "options", renamed: CLIENT_OPTION_RENAMES });
  const tokenFile = options.tokenFile ?? defaultTokenFile();
  const { token, tokenSource } = resolveToken(options, env, tokenFile);
  const logger = options.logger ?? console;
  const logLevel = options.logLevel ?? envLogLevel(env.JETTY_LOG, logger);
  if (!isLogLevel(logLevel)) {
    throw new ConfigError(
      `logLevel must be one of off, error, warn, info, debug (got ${JSON.stringify(logLevel)})`,
    );
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") {
    throw new ConfigError("No fetch implementation: pass { fetch } or use Node 20 or later.");
  }
  return {
    token,
    tokenSource,
    baseURL: origin("baseURL", options.baseURL ?? nonEmpty(env.JETTY_API_URL) ?? DEFAULT_BASE_URL),
    frontendURL: origin("frontendURL", options.frontendURL ?? DEFAULT_FRONTEND_URL),
    timeout: count("timeout", options.timeout ?? 60_000, 1),
    timeoutSet: options.timeout !== undefined,
    maxRetries: count("maxRetries", options.maxRetries ?? 2, 0),
    // Called as a plain function: workerd's fetch throws "Illegal invocation" when called as a
    // method of another object (here, the config).
    fetch: (input, init) => fetchImpl(input, init),
    defaultHeaders: { ...options.defaultHeaders },
    logger,
    logLevel,
    tokenFile,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    hooks: checkHooks(options.hooks),
    maxJsonBytes: count("maxJsonBytes", options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES, 1),
  };
}

function resolveToken(
  options: ClientOptions,
  env: NodeJS.ProcessEnv,
  tokenFile: string,
): { token: ResolvedConfig["token"]; tokenSource: ResolvedConfig["tokenSource"] } {
  if (typeof options.token === "function") return { token: options.token, tokenSource: "function" };
  if (options.token !== undefined) {
    if (typeof options.token !== "string" || options.token.trim() === "") {
      throw new ConfigError(
        "token must be a non-empty string or a function returning one (or leave it out to use JETTY_API_TOKEN).",
      );
    }
    return { token: options.token.trim(), tokenSource: "option" };
  }
  // An empty or blank variable counts as unset, as in the Jetty MCP server.
  const fromEnv = nonEmpty(env.JETTY_API_TOKEN);
  if (fromEnv) return { token: fromEnv, tokenSource: "env" };
  const fromFile = readTokenFile(tokenFile, options.tokenFile !== undefined);
  if (fromFile) return { token: fromFile, tokenSource: "file" };
  return { token: undefined, tokenSource: "none" };
}

/**
 * `JETTY_LOG`, any letter case. An unknown value is a warning, not a failure: a typo in the
 * environment should not stop a program that never asked for logging.
 */
function envLogLevel(value: string | undefined, logger: Logger): LogLevel {
  const level = nonEmpty(value)?.toLowerCase();
  if (level === undefined) return "warn";
  if (isLogLevel(level)) return level;
  logger.warn(`Ignoring JETTY_LOG=${JSON.stringify(value)}: use off, error, warn, info or debug.`);
  return "warn";
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Validates an http(s) origin and drops any trailing slash so paths can be appended. */
function origin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute http(s) URL (got ${JSON.stringify(value)}).`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${name} must use http or https (got ${url.protocol}).`);
  }
  if (url.username || url.password) {
    throw new ConfigError(`${name} must not contain credentials; pass the token with { token } instead.`);
  }
  return url.href.replace(/\/+$/, "");
}

const HOOK_NAMES = ["beforeRequest", "afterResponse", "beforeRetry", "beforeError"];

/** Hooks must be lists of functions under ky's four names: a typo would otherwise never run. */
function checkHooks(hooks: Hooks | undefined): Hooks | undefined {
  if (hooks === undefined) return undefined;
  if (typeof hooks !== "object" || hooks === null)
    throw new ConfigError("hooks must be an object of hook lists.");
  for (const [name, list] of Object.entries(hooks)) {
    if (!HOOK_NAMES.includes(name)) {
      throw new ConfigError(`Unknown hook "${name}": use ${HOOK_NAMES.join(", ")}.`);
    }
    if (list !== undefined && (!Array.isArray(list) || list.some((hook) => typeof hook !== "function"))) {
      throw new ConfigError(`hooks.${name} must be an array of functions.`);
    }
  }
  return hooks;
}

function count(name: string, value: number, min: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || !Number.isInteger(value)) {
    throw new ConfigError(`${name} must be an integer ≥ ${min} (got ${String(value)}).`);
  }
  return value;
}
