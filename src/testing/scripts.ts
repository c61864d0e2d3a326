/**
 * Scripted answers: what a runbook run leaves in its results folder, and what a judge or model step says,
 * chosen by the test instead of the emulator's deterministic stand-ins. So an eval grader run can produce
 * the `grade.json` a test wants, and a `simple_judge` step the score it wants.
 */
import { nameKey } from "./ids";
import type { Store } from "./store";

/**
 * Which runs or steps a script applies to. Every field is optional: a script without filters applies to
 * every run (or step). Names are matched case-insensitively, as the platform does.
 *
 * @example
 * ```ts
 * const match: ScriptMatch = { collection: "acme", task: "grader", times: 1 };
 * ```
 */
export interface ScriptMatch {
  collection?: string;
  task?: string;
  /** How many matching runs (or step executions) it answers; default: every one until cleared. */
  times?: number;
}

/**
 * Result files by name (a path under `results/`): strings and bytes are written as given, any other value
 * as pretty-printed JSON.
 *
 * @example
 * ```ts
 * const files: ScriptedFiles = { "grade.json": { total: 0.9, pass: true }, "notes.md": "# Notes\n" };
 * ```
 */
export type ScriptedFiles = Record<string, unknown>;

/**
 * One input file of a scripted runbook run, with its stored bytes.
 *
 * @example
 * ```ts
 * const files = (run: ScriptedRunbookRun) => ({ "grade.json": { echoed: run.inputs[0]?.json() } });
 * ```
 */
export interface ScriptedInputFile {
  /** The storage path (`init_params.file_paths` entry). */
  path: string;
  /** The file name (last path segment). */
  name: string;
  /** The stored bytes (empty when the emulator kept only the size). */
  bytes: Buffer;
  /** The bytes as UTF-8 text. */
  text(): string;
  /** The bytes parsed as JSON. */
  json(): unknown;
}

/**
 * The run a runbook script is answering, for scripts that compute their files.
 *
 * @example
 * ```ts
 * emulator.scriptRunbook({ files: (run: ScriptedRunbookRun) => ({ "grade.json": { id: run.trajectoryId } }) });
 * ```
 */
export interface ScriptedRunbookRun {
  collection: string;
  task: string;
  trajectoryId: string;
  initParams: Record<string, unknown>;
  /** The run's input files (its `files` input, else `init_params.file_paths`). */
  inputs: ScriptedInputFile[];
}

/**
 * What a runbook run produces instead of the emulator's placeholders. The default files (`summary.md`,
 * `validation_report.json`, the `primary_outputs`) are still written; scripted files are added, or replace
 * a default file of the same name, and are listed in `results_files` like the others.
 *
 * @example
 * ```ts
 * emulator.scriptRunbook({ task: "triage-grader", files: { "grade.json": { total: 0.75, pass: true } } });
 * emulator.scriptRunbook({ task: "triage-grader", times: 1, fail: "RuntimeError: the agent gave up" });
 * ```
 */
export interface RunbookResultScript extends ScriptMatch {
  /** The files to write, or a function of the run that returns them. */
  files?: ScriptedFiles | ((run: ScriptedRunbookRun) => ScriptedFiles | Promise<ScriptedFiles>);
  /** Fail the run's step with this error, after writing the files (a failed agent leaves what it wrote). */
  fail?: string;
}

/**
 * What a judge or model step answers. `simple_judge` uses `score` (a number on scale judges, a label on
 * categorical ones) and `explanation`; model steps (`litellm_chat`, `gemini_prompt`, `litellm_vision`)
 * and plain chat completions reply `reply` (a non-string is sent as JSON), else `{ score, explanation }`
 * as JSON when a score is given.
 *
 * @example
 * ```ts
 * const verdict: JudgeVerdict = { score: 4, explanation: "Accurate and concise" };
 * ```
 */
export interface JudgeVerdict {
  score?: number | string;
  explanation?: string;
  reply?: unknown;
}

/**
 * One judgement being made, for scripts that compute their verdict.
 *
 * @example
 * ```ts
 * const verdict = (call: JudgeCall): JudgeVerdict => ({ score: String(call.item).includes("cat") ? 5 : 1 });
 * ```
 */
export interface JudgeCall {
  /** `simple_judge`, `litellm_chat`, `gemini_prompt`, `litellm_vision`, or `chat.completions`. */
  activity: string;
  /** Absent for plain chat completions. */
  collection?: string;
  task?: string;
  step?: string;
  model: string;
  /** The prompt of a model step or chat call (the last user message). */
  prompt?: string;
  /** `simple_judge`: the item being judged, its index, and the instruction. */
  item?: unknown;
  index?: number;
  instruction?: string;
}

/**
 * A scripted judge or model reply. Besides {@link ScriptMatch} it can be limited to a `step` name or an
 * `activity`; `verdict` computes the answer per call (per item for `simple_judge`) instead of a fixed one.
 *
 * @example
 * ```ts
 * emulator.scriptJudge({ task: "compare", activity: "simple_judge", score: "first_better", explanation: "Clearer" });
 * emulator.scriptJudge({ step: "grade", reply: { score: 3, reason: "partly right" } }); // an LLM-judge step
 * emulator.scriptJudge({ activity: "simple_judge", verdict: (call) => ({ score: call.index === 0 ? 5 : 2 }) });
 * ```
 */
export interface JudgeReplyScript extends ScriptMatch, JudgeVerdict {
  step?: string;
  activity?: string;
  verdict?: (call: JudgeCall) => JudgeVerdict;
}

interface Armed<S> {
  readonly script: S;
  remaining: number;
}

/** The scripts of one emulator; the most recently added matching script answers. */
export class Scripts {
  #runbooks: Array<Armed<RunbookResultScript>> = [];
  #judges: Array<Armed<JudgeReplyScript>> = [];

  addRunbook(script: RunbookResultScript): void {
    const remaining = checkMatch(script, "RunbookResultScript");
    if (script.files !== undefined && typeof script.files !== "function") checkFiles(script.files);
    if (script.fail !== undefined && (typeof script.fail !== "string" || script.fail === "")) {
      throw new TypeError("RunbookResultScript.fail must be a non-empty error message");
    }
    this.#runbooks.push({ script, remaining });
  }

  addJudge(script: JudgeReplyScript): void {
    const remaining = checkMatch(script, "JudgeReplyScript");
    if (script.verdict !== undefined && typeof script.verdict !== "function") {
      throw new TypeError("JudgeReplyScript.verdict must be a function");
    }
    this.#judges.push({ script, remaining });
  }

  clear(): void {
    this.#runbooks = [];
    this.#judges = [];
  }

  /** The script answering this runbook run, counted as used. */
  takeRunbook(collection: string, task: string): RunbookResultScript | undefined {
    return take(this.#runbooks, (s) => matches(s, collection, task));
  }

  /** The script answering this judgement, counted as used (once per step execution or chat call). */
  takeJudge(
    call: Pick<JudgeCall, "activity" | "collection" | "task" | "step">,
  ): JudgeReplyScript | undefined {
    return take(
      this.#judges,
      (s) =>
        matches(s, call.collection, call.task) &&
        (s.step === undefined || s.step === call.step) &&
        (s.activity === undefined || s.activity === call.activity),
    );
  }
}

/** The verdict of one call: the script's function, else its fixed fields. */
export function verdictOf(script: JudgeReplyScript, call: JudgeCall): JudgeVerdict {
  return script.verdict ? script.verdict(call) : script;
}

/** What a model step or chat call replies under a script; `undefined` when the script sets no reply. */
export function replyText(verdict: JudgeVerdict): string | undefined {
  if (verdict.reply !== undefined) {
    return typeof verdict.reply === "string" ? verdict.reply : JSON.stringify(verdict.reply);
  }
  if (verdict.score === undefined) return undefined;
  return JSON.stringify({
    score: verdict.score,
    ...(verdict.explanation !== undefined ? { explanation: verdict.explanation } : {}),
  });
}

/** The scripted files of a runbook run as name → bytes, in the order given. */
export async function scriptedFiles(
  script: RunbookResultScript,
  run: ScriptedRunbookRun,
): Promise<Array<{ name: string; data: Buffer | string }>> {
  if (script.files === undefined) return [];
  const files = typeof script.files === "function" ? await script.files(run) : script.files;
  checkFiles(files);
  return Object.entries(files).map(([name, value]) => ({ name, data: fileData(value) }));
}

/** The input files of a run, read from the store. */
export function inputFiles(store: Store, paths: unknown): ScriptedInputFile[] {
  return (Array.isArray(paths) ? paths : [])
    .filter((p): p is string => typeof p === "string")
    .map((path) => {
      const chunks = store.files.get(path)?.chunks;
      const bytes = chunks ? Buffer.concat(chunks) : Buffer.alloc(0);
      return {
        path,
        name: path.slice(path.lastIndexOf("/") + 1),
        bytes,
        text: () => bytes.toString("utf8"),
        json: () => JSON.parse(bytes.toString("utf8")),
      };
    });
}

function fileData(value: unknown): Buffer | string {
  if (typeof value === "string" || Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value);
  return `${JSON.stringify(value, null, 2)}\n`;
}

function checkFiles(files: unknown): asserts files is ScriptedFiles {
  if (typeof files !== "object" || files === null || Array.isArray(files)) {
    throw new TypeError("RunbookResultScript.files must map file names to contents");
  }
  for (const name of Object.keys(files)) {
    const segments = name.split("/");
    if (name === "" || name.startsWith("/") || segments.some((s) => s === "" || s === "." || s === "..")) {
      throw new TypeError(`RunbookResultScript.files: "${name}" is not a relative file name under results/`);
    }
  }
}

function checkMatch(script: ScriptMatch, type: string): number {
  if (typeof script !== "object" || script === null) throw new TypeError(`${type} must be an object`);
  const times = script.times ?? Number.POSITIVE_INFINITY;
  if (times !== Number.POSITIVE_INFINITY && (!Number.isInteger(times) || times < 1)) {
    throw new TypeError(`${type}.times must be a positive integer`);
  }
  return times;
}

function matches(script: ScriptMatch, collection: string | undefined, task: string | undefined): boolean {
  const same = (want: string | undefined, got: string | undefined) =>
    want === undefined || (got !== undefined && nameKey(want) === nameKey(got));
  return same(script.collection, collection) && same(script.task, task);
}

function take<S>(armed: Array<Armed<S>>, predicate: (script: S) => boolean): S | undefined {
  for (let i = armed.length - 1; i >= 0; i--) {
    const entry = armed[i]!;
    if (!predicate(entry.script)) continue;
    entry.remaining -= 1;
    if (entry.remaining <= 0) armed.splice(i, 1);
    return entry.script;
  }
  return undefined;
}
