/**
 * What a run is launched with: the SDK's run parameters, checked (unknown keys included) and turned
 * into the launch's multipart fields, with the values its errors must never show.
 */
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject, toStrictJSON } from "../core/input";
import type { MultipartField, Uploadable } from "../core/multipart";
import { checkOptionKeys, optionKeys } from "../core/option-keys";
import { secretValues } from "../core/redact";

/**
 * What a run is launched with. Names are the SDK's (camelCase); they become the multipart fields
 * `init_params`, `files`, `use_trial_keys`, `secret_params`, `webhook_url`, `webhook_secret` and
 * `subscription_credential`.
 *
 * @example
 * ```ts
 * const params: RunParams = {
 *   initParams: { prompt: "Summarise this" },
 *   files: ["./report.pdf"],
 *   secretParams: { GITHUB_PAT: process.env.GITHUB_PAT! },
 * };
 * ```
 */
export interface RunParams {
  /** Overrides of the workflow's `init_params`; any JSON object. Sent as `{}` when absent. */
  initParams?: Record<string, unknown>;
  /** Files to upload with the run; each lands in the trajectory's `init_params.file_paths`. */
  files?: Uploadable[];
  /** Run on Jetty's trial provider keys (see `jetty.trial.shouldUseTrialKeys`). */
  useTrialKeys?: boolean;
  /**
   * One-off secrets added to the run's environment like collection variables and never stored in the
   * trajectory. The SDK never logs them, never puts them in errors and does not keep them on the handle.
   */
  secretParams?: Record<string, unknown>;
  /** URL called when the run completes. */
  webhookUrl?: string;
  /** HMAC secret for the webhook signature. */
  webhookSecret?: string;
  /** Bill the agent to a linked personal subscription; needs a user (Clerk) token. */
  subscriptionCredential?: "nous" | "codex" | "anthropic" | (string & {});
}

/** Every key of {@link RunParams}. */
export const RUN_PARAM_KEYS: ReadonlySet<string> = optionKeys<RunParams>()(
  "initParams",
  "files",
  "useTrialKeys",
  "secretParams",
  "webhookUrl",
  "webhookSecret",
  "subscriptionCredential",
);

/** Where an unknown key most likely belonged: the task's own inputs go inside `initParams`. */
export const RUN_PARAMS_HINT = "the task's own inputs go inside initParams: { initParams: { ... } }";

/**
 * One input of `runs.batch`: full {@link RunParams}, or a plain object taken as `initParams`.
 * An object is read as `RunParams` exactly when it has an `initParams` key; to pass an init param that
 * is itself called `initParams`, or files without init params, wrap it: `{ initParams: {...}, files }`.
 *
 * @example
 * ```ts
 * const inputs: BatchInput[] = [{ text: "a" }, { initParams: { text: "b" }, useTrialKeys: true }];
 * ```
 */
export type BatchInput = RunParams | Record<string, unknown>;

/** The values an error must never show: secret params and the webhook secret. */
export function runSecrets(params: RunParams): string[] {
  return [...secretValues(params.secretParams), ...secretValues(params.webhookSecret)];
}

/**
 * Checks run parameters and turns them into multipart fields; nothing secret goes into an error.
 * `known` are the keys `params` may have (RunParams', or createSync's, which adds its own).
 */
export function runFields(
  collection: string,
  task: string,
  params: RunParams,
  known: ReadonlySet<string> = RUN_PARAM_KEYS,
): MultipartField[] {
  requireName("collection", collection);
  requireName("task", task);
  requireObject("params", params);
  checkOptionKeys(params, known, { what: "params", hint: RUN_PARAMS_HINT });
  const initParams = params.initParams === undefined ? {} : requireObject("initParams", params.initParams);
  const fields: MultipartField[] = [{ name: "init_params", value: toStrictJSON("initParams", initParams) }];
  if (params.files !== undefined) {
    if (!Array.isArray(params.files)) throw new InvalidInputError("files", "expected an array of files.");
    for (const file of params.files) fields.push({ name: "files", file });
  }
  if (params.useTrialKeys !== undefined && typeof params.useTrialKeys !== "boolean") {
    throw new InvalidInputError("useTrialKeys", "expected true or false.");
  }
  if (params.useTrialKeys === true) fields.push({ name: "use_trial_keys", value: "true" });
  if (params.secretParams !== undefined) {
    requireObject("secretParams", params.secretParams);
    fields.push({ name: "secret_params", value: toStrictJSON("secretParams", params.secretParams) });
  }
  if (params.webhookUrl !== undefined) {
    requireName("webhookUrl", params.webhookUrl);
    if (!URL.canParse(params.webhookUrl))
      throw new InvalidInputError("webhookUrl", "expected an absolute URL.");
    fields.push({ name: "webhook_url", value: params.webhookUrl });
  }
  if (params.webhookSecret !== undefined) {
    if (typeof params.webhookSecret !== "string" || params.webhookSecret === "") {
      throw new InvalidInputError("webhookSecret", "expected a non-empty string.");
    }
    fields.push({ name: "webhook_secret", value: params.webhookSecret });
  }
  if (params.subscriptionCredential !== undefined) {
    requireName("subscriptionCredential", params.subscriptionCredential);
    fields.push({ name: "subscription_credential", value: params.subscriptionCredential });
  }
  return fields;
}

/** A batch input as RunParams: objects with an `initParams` key are RunParams, others are init params. */
export function toRunParams(input: BatchInput): RunParams {
  requireObject("input", input);
  return Object.hasOwn(input, "initParams")
    ? (input as RunParams)
    : { initParams: input as Record<string, unknown> };
}
