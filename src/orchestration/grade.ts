/**
 * `gradeWithJetty`, the eval primitive of @jetty/sdk 0.4.0, on the 0.5 client: upload an output, run an
 * independent grading task (a rubric or an LLM judge) to completion, read its grade file and label the
 * trajectory, which stays on Jetty as the durable, comparable record of the eval.
 */
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import type { RequestOptions } from "../core/options";
import type { Uploadable } from "../core/upload-source";
import type { StoragePath } from "../helpers/storage-path";
import { checkWaitOptions, type WaitOptions } from "../helpers/wait";
import type { Files } from "../resources/files";
import type { RunParams, Runs } from "../resources/runs";
import type { LabelWriteOptions, Trajectories, Trajectory } from "../resources/trajectories";
import { GradeFileNotFoundError, GradeLabelsError, GradeParseError } from "./grade-errors";

/**
 * Labels for the grading trajectory: a fixed map, or a function of the parsed grade.
 *
 * @example
 * ```ts
 * const labels: GradeLabels<{ total: number }> = (g) => ({ "eval.grade": g.total.toFixed(2) });
 * ```
 */
export type GradeLabels<G> = Record<string, string> | ((grade: G) => Record<string, string>);

/**
 * An output to grade. As in 0.4.0, an object `{ filename, data, contentType? }` carries the file's
 * **content** in `data` (a string is text, not a path; bytes, a `Blob` or an `ArrayBuffer` work too).
 * Anything else is an `Uploadable` as everywhere in 0.5: a bare string is a local file path, a `File`,
 * `Blob`, bytes or a stream are uploaded as they are.
 *
 * @example
 * ```ts
 * const files: GradeFile[] = [
 *   { filename: "case.json", data: JSON.stringify({ answer: 42 }) }, // text content
 *   "./transcript.txt",                                            // a local file
 * ];
 * ```
 */
export type GradeFile =
  | Exclude<Uploadable, { data: unknown }>
  | {
      filename?: string;
      data: Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string;
      contentType?: string;
    };

/**
 * Options of {@link gradeWithJetty}: 0.4.0's (`files`, `initParams`, `gradeFile`, `parseGrade`, `labels`,
 * `author`), the run parameters of `runs.create` and the wait options of `runs.wait`.
 *
 * @example
 * ```ts
 * const options: GradeOptions<{ pass: boolean }> = {
 *   files: [{ filename: "case.json", data: "{}" }],
 *   labels: (g) => ({ "eval.pass": String(g.pass) }),
 *   timeout: 10 * 60_000,
 * };
 * ```
 */
export interface GradeOptions<G = unknown>
  extends Omit<RunParams, "files" | "initParams">,
    Omit<WaitOptions<Trajectory>, "throwOnFailure"> {
  /** The output(s) to grade, uploaded with the grading run (they land in `init_params.file_paths`). */
  files: GradeFile[];
  /** `init_params` for the grading task. Default `{}`. */
  initParams?: Record<string, unknown>;
  /** The grade file: a suffix its storage path ends with (default `"grade.json"`), or a predicate on the path. */
  gradeFile?: string | ((key: string) => boolean);
  /** Turns the grade file's bytes into the grade. Default: `JSON.parse` of the UTF-8 text. */
  parseGrade?: (bytes: Uint8Array) => G | Promise<G>;
  /** Labels to write on the trajectory once the grade is read. */
  labels?: GradeLabels<G>;
  /** Author recorded on the labels. Default `"jetty-sdk"`. */
  author?: string;
  /**
   * Re-check the labels after writing them (see `addLabel`'s `verify`): the platform can drop a label
   * written right after a run completes. Off by default, as in 0.4.0.
   */
  verifyLabels?: LabelWriteOptions["verify"];
  /** 0.4.0's name for `timeout` (ms); give one or the other. */
  timeoutMs?: number;
  /** 0.4.0's fixed poll interval (ms): sets `pollInterval` and `maxPollInterval` both. */
  pollMs?: number;
  /**
   * 0.4.0's progress callback, given the trajectory. 0.5 reports progress when the status or the completed
   * steps change (see `onProgress`), not on polls that saw no change.
   */
  onPoll?: (trajectory: Trajectory) => void;
}

/**
 * What {@link gradeWithJetty} resolves with.
 *
 * @example
 * ```ts
 * const { trajectoryId, grade, gradeKey }: GradeResult = await gradeWithJetty(jetty, "acme", "grader", { files: [] });
 * ```
 */
export interface GradeResult<G = unknown> {
  /** The grading run's trajectory id. */
  trajectoryId: string;
  /** The parsed grade. */
  grade: G;
  /** The storage path of the grade file that was read. */
  gradeKey: StoragePath;
  /** The completed grading trajectory (as it was before the labels were written). */
  trajectory: Trajectory;
}

/**
 * Grades an output with a Jetty grading task in one call: launches the task with `files` uploaded, waits
 * for it, finds the first result file whose storage path ends with `gradeFile` (or matches the
 * predicate) among the paths the trajectory references (its own inputs excluded), downloads and parses
 * it, writes `labels` (with `author`), and resolves with the grade and the trajectory.
 *
 * 0.4.0's wait options still work: `timeoutMs` is `timeout`, `pollMs` a fixed interval, and `onPoll` is
 * called with the trajectory whenever the wait reports progress. Throws `InvalidInputError` before
 * launching anything for bad arguments, `RunFailedError` when the grading run fails, `WaitTimeoutError` past `timeout`, and a `GradeError` when the run completed but gave no grade:
 * `GradeFileNotFoundError`, `GradeParseError` or `GradeLabelsError`.
 *
 * @example
 * ```ts
 * import { Jetty, gradeWithJetty } from "@jetty/sdk";
 *
 * const jetty = new Jetty();
 * const { grade, trajectoryId } = await gradeWithJetty<{ total: number; pass: boolean }>(jetty, "acme", "triage-grader", {
 *   files: [{ filename: "case.json", data: JSON.stringify({ ticket: "…", triage: "…" }) }],
 *   labels: (g) => ({ "eval.grade": g.total.toFixed(2), "eval.pass": String(g.pass) }),
 * });
 * console.log(grade.pass, jetty.urls.trajectory("acme", "triage-grader", trajectoryId));
 * ```
 */
export async function gradeWithJetty<G = unknown>(
  jetty: { runs: Runs; trajectories: Trajectories; files: Files },
  collection: string,
  task: string,
  options: GradeOptions<G>,
  requestOptions?: RequestOptions,
): Promise<GradeResult<G>> {
  if (typeof jetty?.runs?.createAndWait !== "function" || typeof jetty.files?.download !== "function") {
    throw new InvalidInputError(
      "jetty",
      "expected a client made with new Jetty() (a 0.4.0 JettyClient does not work here; see MIGRATION.md).",
    );
  }
  requireName("collection", collection);
  requireName("task", task);
  requireObject("options", options);
  const {
    files,
    initParams = {},
    gradeFile = "grade.json",
    parseGrade,
    labels,
    author = "jetty-sdk",
    verifyLabels,
    secretParams,
    useTrialKeys,
    webhookUrl,
    webhookSecret,
    subscriptionCredential,
    timeoutMs,
    pollMs,
    onPoll,
    ...rest
  } = options;
  const waitOptions = legacyWaitOptions(rest, { timeoutMs, pollMs, onPoll });
  if (!Array.isArray(files)) {
    throw new InvalidInputError("options.files", "expected an array of the outputs to grade ([] for none).");
  }
  const uploads = files.map(toUploadable);
  const matches = gradeMatcher(gradeFile);
  if (parseGrade !== undefined && typeof parseGrade !== "function") {
    throw new InvalidInputError("options.parseGrade", "expected a function of the grade file's bytes.");
  }
  requireName("options.author", author);
  if (typeof labels !== "function" && labels !== undefined) checkLabels("options.labels", labels);

  const params: RunParams = { initParams, files: uploads, secretParams, useTrialKeys };
  if (webhookUrl !== undefined) params.webhookUrl = webhookUrl;
  if (webhookSecret !== undefined) params.webhookSecret = webhookSecret;
  if (subscriptionCredential !== undefined) params.subscriptionCredential = subscriptionCredential;
  const trajectory = await jetty.runs.createAndWait(collection, task, params, waitOptions, requestOptions);
  const where = { collection, task, trajectory };

  const inputs = new Set(jetty.trajectories.files({ ...trajectory, steps: {} }));
  const resultFiles = jetty.trajectories.files(trajectory).filter((p) => !inputs.has(p));
  const gradeKey = resultFiles.find(matches);
  if (gradeKey === undefined) {
    const wanted =
      typeof gradeFile === "string" ? `a file ending in "${gradeFile}"` : "a file gradeFile accepts";
    throw new GradeFileNotFoundError({ ...where, wanted, resultFiles });
  }
  const bytes = await (await jetty.files.download(gradeKey, requestOptions)).bytes();
  let grade: G;
  try {
    grade = parseGrade ? await parseGrade(bytes) : (JSON.parse(new TextDecoder().decode(bytes)) as G);
  } catch (cause) {
    throw new GradeParseError({ ...where, gradeKey, cause, custom: parseGrade !== undefined });
  }

  const resolved = labelsFor(labels, grade, where);
  await Promise.all(
    Object.entries(resolved).map(([key, value]) =>
      jetty.trajectories.addLabel(
        collection,
        task,
        trajectory.trajectory_id,
        { key, value, author },
        { ...requestOptions, verify: verifyLabels },
      ),
    ),
  );
  return { trajectoryId: trajectory.trajectory_id, grade, gradeKey, trajectory };
}

/** 0.4.0's wait options folded into 0.5's; giving both names of one option is a mistake, not a choice. */
function legacyWaitOptions(
  wait: Omit<WaitOptions<Trajectory>, "throwOnFailure">,
  legacy: Pick<GradeOptions, "timeoutMs" | "pollMs" | "onPoll">,
): WaitOptions<Trajectory> {
  const out: WaitOptions<Trajectory> = { ...wait };
  const both = (old: string, now: string) =>
    new InvalidInputError(`options.${old}`, `give ${old} (0.4.0's name) or ${now}, not both.`);
  if (legacy.timeoutMs !== undefined) {
    if (wait.timeout !== undefined) throw both("timeoutMs", "timeout");
    out.timeout = legacy.timeoutMs;
  }
  if (legacy.pollMs !== undefined) {
    if (wait.pollInterval !== undefined || wait.maxPollInterval !== undefined)
      throw both("pollMs", "pollInterval");
    out.pollInterval = legacy.pollMs;
    out.maxPollInterval = legacy.pollMs;
  }
  const onPoll = legacy.onPoll;
  if (onPoll !== undefined) {
    if (typeof onPoll !== "function") throw new InvalidInputError("options.onPoll", "expected a function.");
    const onProgress = wait.onProgress;
    out.onProgress = (event) => {
      onProgress?.(event);
      onPoll(event.trajectory);
    };
  }
  // Checked here, under the names the caller used, before anything is launched.
  try {
    checkWaitOptions(out as WaitOptions<never>);
  } catch (error) {
    const field = error instanceof InvalidInputError ? error.param.replace(/^waitOptions\./, "") : "";
    const old =
      field === "timeout" && legacy.timeoutMs !== undefined
        ? "timeoutMs"
        : /^(pollInterval|maxPollInterval)$/.test(field) && legacy.pollMs !== undefined
          ? "pollMs"
          : undefined;
    if (old)
      throw new InvalidInputError(`options.${old}`, (error as Error).message.replace(/^Invalid [^:]+: /, ""));
    throw error;
  }
  return out;
}

/** 0.4.0's `{ filename, data }` carries content; everything else is a 0.5 Uploadable already. */
function toUploadable(file: GradeFile, index: number): Uploadable {
  const param = `options.files[${index}]`;
  if (typeof file !== "object" || file === null || !("data" in file) || file instanceof Blob) {
    if (file === null || file === undefined) throw new InvalidInputError(param, "expected a file to upload.");
    return file as Uploadable;
  }
  const { data, filename, contentType } = file;
  if (filename !== undefined && (typeof filename !== "string" || filename === "")) {
    throw new InvalidInputError(`${param}.filename`, "expected a non-empty file name.");
  }
  if (contentType !== undefined && typeof contentType !== "string") {
    throw new InvalidInputError(`${param}.contentType`, "expected a MIME type string.");
  }
  const wrap = (body: Blob | Uint8Array | ReadableStream<Uint8Array>): Uploadable => ({
    data: body,
    ...(filename !== undefined ? { filename } : {}),
    ...(contentType !== undefined ? { contentType } : {}),
  });
  if (typeof data === "string") return wrap(new Blob([data], contentType ? { type: contentType } : {}));
  if (data instanceof Blob || data instanceof Uint8Array || data instanceof ReadableStream) return wrap(data);
  if (data instanceof ArrayBuffer) return wrap(new Uint8Array(data));
  if (ArrayBuffer.isView(data)) return wrap(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  throw new InvalidInputError(`${param}.data`, "expected text, bytes, a Blob or an ArrayBuffer.");
}

function gradeMatcher(gradeFile: unknown): (key: string) => boolean {
  // Truthy, as 0.4.0 read it (`keys.find(predicate)`).
  if (typeof gradeFile === "function") return (key) => Boolean((gradeFile as (key: string) => unknown)(key));
  if (typeof gradeFile === "string" && gradeFile !== "") return (key) => key.endsWith(gradeFile);
  throw new InvalidInputError(
    "options.gradeFile",
    'expected a file name suffix such as "grade.json", or a predicate on the storage path.',
  );
}

function labelsFor<G>(
  labels: GradeLabels<G> | undefined,
  grade: G,
  where: { collection: string; task: string; trajectory: Trajectory },
): Record<string, string> {
  if (labels === undefined) return {};
  if (typeof labels !== "function") return labels;
  let resolved: unknown;
  try {
    resolved = labels(grade);
  } catch (cause) {
    const reason = `options.labels threw: ${cause instanceof Error ? cause.message : String(cause)}`;
    throw new GradeLabelsError({ ...where, grade, reason, cause });
  }
  try {
    return checkLabels("the labels returned by options.labels", resolved);
  } catch (error) {
    throw new GradeLabelsError({ ...where, grade, reason: (error as Error).message });
  }
}

function checkLabels(param: string, labels: unknown): Record<string, string> {
  const map = requireObject(param, labels);
  for (const [key, value] of Object.entries(map)) {
    if (key.trim() === "") throw new InvalidInputError(param, "a label key must not be empty.");
    if (typeof value !== "string" || value.trim() === "") {
      throw new InvalidInputError(
        `${param}.${key}`,
        `expected a non-empty string value, got ${JSON.stringify(value) ?? typeof value}` +
          (typeof value === "number" || typeof value === "boolean" ? ` (use String(...))` : "") +
          ".",
      );
    }
  }
  return map as Record<string, string>;
}
