import type { Uploadable } from "../core/multipart";
import type { RequestOptions } from "../core/options";
import type { FileDownload } from "../helpers/file-download";
import type { FileId, StoragePath } from "../helpers/storage-path";
import type { WaitOptions } from "../helpers/wait";
import type { Chat, ChatCompletionChunk, ChatCompletionResult } from "../resources/chat";
import type { Environment } from "../resources/environment";
import type { Files } from "../resources/files";
import type { Runs } from "../resources/runs";
import type { Trajectories, Trajectory } from "../resources/trajectories";
import type { Trial } from "../resources/trial";
import type { PreflightResult } from "../runbooks/preflight";
import type { BuildRunbookRequestOptions, TemplateVariableValue } from "../runbooks/request";

// The options and results of jetty.runbooks: what callers pass and get back, apart from the class.

/**
 * The resources `jetty.runbooks` composes.
 *
 * @example
 * ```ts
 * // Wired by the client; you only meet it when composing resources yourself.
 * const deps: RunbookDependencies = {
 *   environment: jetty.environment, trial: jetty.trial, files: jetty.files,
 *   runs: jetty.runs, chat: jetty.chat, trajectories: jetty.trajectories,
 * };
 * ```
 */
export interface RunbookDependencies {
  environment: Environment;
  trial: Trial;
  files: Files;
  runs: Runs;
  chat: Chat;
  /** Finds the run's trajectory when the response does not name it. */
  trajectories: Trajectories;
}

/**
 * Options of `jetty.runbooks.preflight`.
 *
 * @example
 * ```ts
 * const options: RunbookPreflightOptions = { secretParams: { GITHUB_PAT: token } };
 * await jetty.runbooks.preflight("acme", runbook, options);
 * ```
 */
export interface RunbookPreflightOptions extends RequestOptions {
  /** One-off secrets you will pass to `run`; only their names count here. */
  secretParams?: Record<string, string>;
  /** Provider keys that make a collection "have its own keys" (default: the five documented ones). */
  providerKeys?: string[];
}

/**
 * Options of `jetty.runbooks.run`.
 *
 * @example
 * ```ts
 * const options: RunbookRunOptions = { collection: "acme", task: "report", templateVariables: { sample_size: 5 }, wait: true };
 * await jetty.runbooks.run(runbook, options);
 * ```
 */
export interface RunbookRunOptions extends RequestOptions {
  /** The collection to run in (supplies env vars and secrets). */
  collection: string;
  /** The task the trajectories are grouped under; created by the server on the first run. */
  task: string;
  /** Values for the runbook's `{{placeholders}}` (sent as `jetty.template_variables`). */
  templateVariables?: Record<string, TemplateVariableValue>;
  /** Local files, Blobs, bytes or streams to upload first; they reach the sandbox under /app/assets/. */
  files?: Uploadable[];
  /** Storage paths already uploaded (`jetty.file_paths`). */
  filePaths?: Array<StoragePath | string>;
  /** `file-…` ids from `jetty.files.create` (`jetty.files`). */
  fileIds?: Array<FileId | string>;
  /**
   * One-off secrets for this run, for required secrets the collection lacks. Sent as
   * `jetty.secret_params` (the older skill's suggestion; the field is undocumented) and never logged.
   */
  secretParams?: Record<string, string>;
  /** Force trial keys on or off; by default the preflight decides. */
  useTrialKeys?: boolean;
  /** Override agent, model, provider or snapshot from the front matter. */
  agent?: BuildRunbookRequestOptions["agent"];
  model?: string;
  modelProvider?: BuildRunbookRequestOptions["modelProvider"];
  snapshot?: BuildRunbookRequestOptions["snapshot"];
  /** Stream the completion; each chunk goes to `onEvent`. */
  stream?: boolean;
  /** Receives each streamed chunk (with `stream: true`). */
  onEvent?: (chunk: ChatCompletionChunk) => void;
  /** Wait for the trajectory to finish and collect its results files. */
  wait?: boolean | WaitOptions;
}

/**
 * A results file of a finished runbook run, ready to download.
 *
 * @example
 * ```ts
 * const run = await jetty.runbooks.run(runbook, { collection: "acme", task: "report", wait: true });
 * const file: RunbookResultFile | undefined = run.resultFiles[0];
 * if (file) await (await file.download()).saveTo("./results");
 * ```
 */
export interface RunbookResultFile {
  /** The storage path, as the trajectory reports it. */
  path: StoragePath;
  /** True for files named in the front matter's `primary_outputs`. */
  primary: boolean;
  /** Downloads the file (streamed). */
  download(options?: RequestOptions): Promise<FileDownload>;
}

/**
 * What `jetty.runbooks.run` resolves with.
 *
 * @example
 * ```ts
 * const run: RunbookRun = await jetty.runbooks.run(runbook, { collection: "acme", task: "report" });
 * const trajectory = await run.wait();
 * ```
 */
export interface RunbookRun {
  trajectoryId: string;
  collection: string;
  task: string;
  /** The trajectory's page in the web app. */
  url: string;
  /** The preflight that allowed the run. */
  preflight: PreflightResult;
  /** The completion (non-streamed runs). */
  completion: ChatCompletionResult | undefined;
  /** The finished trajectory (with `wait`). */
  trajectory: Trajectory | undefined;
  /** Results files, primary outputs first (with `wait`). */
  resultFiles: RunbookResultFile[];
  /** Waits for the run (if not already waited for) and returns the final trajectory. */
  wait(options?: WaitOptions): Promise<Trajectory>;
}
