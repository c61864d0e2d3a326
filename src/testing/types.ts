/**
 * Public types of `@jetty/sdk/testing`: seeds, faults, options, the request log and the emulator
 * handle. The emulated entities are in `entities.ts`.
 */
import type { DriftRule } from "./drift";

import type {
  EmulatedCollection,
  EmulatedTask,
  EmulatedTrajectory,
  EmulatedTrial,
  StoredFileInfo,
} from "./entities";
import type { ResponseMode, ResponseViolation } from "./responses/pipeline";
import type { JudgeReplyScript, RunbookResultScript } from "./scripts";

/**
 * A collection to create when the emulator starts.
 *
 * @example
 * ```ts
 * const seed: SeedCollection = { name: "demo", environment: { OPENAI_API_KEY: "sk-test" } };
 * ```
 */
export interface SeedCollection {
  name: string;
  description?: string;
  /** Initial environment variables (plain-text values, as the platform stores them). */
  environment?: Record<string, string>;
  /** Initial trial state; without it the trial is inactive with a limit of 10 runs. */
  trial?: { active: boolean; runsLimit?: number; runsUsed?: number; minutesRemaining?: number };
}

/**
 * A task to create when the emulator starts (its collection must be seeded too).
 *
 * @example
 * ```ts
 * const seed: SeedTask = {
 *   collection: "demo",
 *   name: "echo",
 *   workflow: {
 *     init_params: { text: "hi" },
 *     step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
 *     steps: ["echo"],
 *   },
 * };
 * ```
 */
export interface SeedTask {
  collection: string;
  name: string;
  description?: string;
  workflow: object;
  /** Default `true`, as on the platform. A public task can be read without a token. */
  isPrivate?: boolean;
}

/**
 * A scripted misbehaviour for the next `times` requests matching `method` and `path`. Faults act before
 * authentication and validation, and every attempt still appears in `emulator.requests`.
 *
 * @example
 * ```ts
 * // Two 429s with Retry-After, then normal answers.
 * emulator.fault({ method: "GET", path: "/api/v1/collections/", times: 2, status: 429, headers: { "retry-after": "0" } });
 * // Reset the connection of the next run request.
 * emulator.fault({ method: "POST", path: "/api/v1/run/*", reset: true });
 * ```
 */
export interface FaultRule {
  /** HTTP method (any case); all methods when absent. */
  method?: string;
  /**
   * The pathname to match: a string is an exact path, or a prefix when it ends with `*`; a RegExp is tested
   * against the pathname. A string containing `?` is compared with pathname plus query.
   */
  path: string | RegExp;
  /** How many matching requests this rule affects (default 1). */
  times?: number;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** Headers for the `status` answer, e.g. `{ "retry-after": "1" }`. */
  headers?: Record<string, string>;
  /** Body for the `status` answer (JSON unless a string); default `{"detail":"Injected fault"}`. */
  body?: unknown;
  /** Wait this many ms first; then answer normally unless `status` (or another kind) is set. */
  delay?: number;
  /** Destroy the connection (TCP reset) without any response. */
  reset?: boolean;
  /**
   * With `status` or `reset`: handle the request first (a run really starts), then answer with the fault
   * instead of the real response — the "server acted but the answer was lost" case, e.g. a 524 edge timeout.
   * Without it, a `status`/`reset` fault answers before anything is handled.
   */
  afterHandling?: boolean;
  /** Send the headers with the full Content-Length, then half the body, then cut the connection. */
  truncate?: boolean;
  /** For event streams: send the first chunks, then cut the connection without `[DONE]`. */
  brokenStream?: boolean;
  /** For event streams: send an `event: error` with a JSON error payload and end the stream. */
  sseError?: boolean;
}

/**
 * Options of {@link startEmulator}.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({
 *   token: "mlc_test",
 *   scopedTokens: { mlc_only_demo: ["demo"] },
 *   collections: [{ name: "demo" }],
 *   stepDuration: 20,
 * });
 * ```
 */
export interface EmulatorOptions {
  /** Port on 127.0.0.1; default 0 (a free port). */
  port?: number;
  /**
   * The full-access token; default a random `mlc_` + 32 `[a-z0-9]` token. Unlike a real `mlc_` key,
   * which is always bound to one collection, it reaches every collection: use
   * `emulator.scopedToken(collection)` (or `scopedTokens`) to test what a real key can and cannot do.
   */
  token?: string;
  /** Extra tokens, each limited to the named collections (403 elsewhere). */
  scopedTokens?: Record<string, string[]>;
  /** Collections to create at start. */
  collections?: SeedCollection[];
  /** Tasks to create at start. */
  tasks?: SeedTask[];
  /** Milliseconds each workflow step takes (default 0: a run ends within a few event-loop turns). */
  stepDuration?: number;
  /**
   * Milliseconds a new run stays `pending` before it starts (default 0: one event-loop turn, enough for
   * the run response and a poll right after it to see `pending`). Raise it to test queued runs.
   */
  pendingDuration?: number;
  /**
   * Reproduces the platform's label race: this many ms after a run finishes, the engine's final write
   * of the trajectory replaces its labels with those it had when it finished, so a label added in
   * between is lost although its POST succeeded. Default 0 (no race).
   */
  labelRaceMs?: number;
  /** Faults armed from the start. */
  faults?: FaultRule[];
  /** Shape drift: rewrite successful JSON bodies on chosen routes (see {@link DriftRule}). */
  drift?: DriftRule[];
  /** Keep only the size of uploaded files, not their bytes (for large-upload benchmarks). */
  discardUploads?: boolean;
  /** Keep the bytes of uploaded files up to this size each (default 64 MiB); larger files keep only their size. */
  maxStoredBytes?: number;
  /**
   * Most bytes of file content kept across all files (default 256 MiB). Storing past it drops the bytes
   * of the oldest files first; they stay listed (`retained: false`) and their download is a 404.
   */
  maxTotalStoredBytes?: number;
  /** Most entries `emulator.requests` keeps (default 10 000); the oldest are dropped first. */
  maxLoggedRequests?: number;
  /** Web-app origin used in `trajectory_url` of runbook chat responses; default `https://flows.jetty.io`. */
  frontendURL?: string;
  /**
   * How `GET /api/v1/tasks/{collection}/search` behaves. `"documented"` (default): it searches the
   * collection, as the skills document. `"backend"`: as on the asset store, whose
   * `/tasks/{collection}/{task}` route takes `search` for a task name and answers 404 "Task
   * 'search' in collection '…' not found" (unless a task is really called `search`); only the
   * global `GET /api/v1/tasks/search?q=` finds tasks then. The global route answers in both modes.
   */
  taskSearch?: "documented" | "backend";
  /**
   * What a step does with the documented parameter-name mistakes (`user_prompt_path` on
   * `litellm_chat`, `content_path` on `simple_judge`, `trajectory_ids_path` on
   * `extract_from_trajectories`, …). `"fail"` (default): the step fails with a message naming the
   * right parameter. `"ignore"`: as on the platform, the misnamed key is ignored without an error;
   * the step runs without it and, if it cannot do its job then, still ends `completed` with empty
   * outputs, so the symptom shows up downstream, as users really see it.
   */
  misnamedParameters?: "fail" | "ignore";
  /** What runbook runs leave in their results folder (see `emulator.scriptRunbook`), armed from the start. */
  runbookResults?: RunbookResultScript[];
  /** What judge and model steps answer (see `emulator.scriptJudge`), armed from the start. */
  judgeReplies?: JudgeReplyScript[];
  /**
   * How much of each body the emulator sends. `"full"` (default): every field filled in. `"sparse"`:
   * the least the public evidence allows the platform to send (see docs/emulator.md): optional
   * fields `null` or left out, acknowledgements empty (a 204, an empty 200 or a text `OK`), lists in
   * their other wrapper shape, `error` fields as objects, 422 `detail` as a string, runbook chat
   * answers without the `jetty` block. The data itself (step outputs, labels, workflows,
   * environment values, ids and statuses) is the same in both modes.
   */
  responses?: ResponseMode;
  /**
   * Self-check (default `false`): validate every JSON success body against its operation's generated
   * response schema before sending it. A body that does not match is answered with a 500 naming the
   * operation and the mismatch, and recorded in `emulator.responseViolations`.
   */
  validateResponses?: boolean;
}

/**
 * One request as the emulator received it. The Authorization header is redacted (`Bearer mlc_...abcd`),
 * secret parameters and environment variable values in bodies are replaced by `[REDACTED]`. A body (or
 * multipart field) over 64 KiB is logged as a note of its size.
 *
 * @example
 * ```ts
 * const runs = emulator.requests.filter((r) => r.method === "POST" && r.path.startsWith("/api/v1/run/"));
 * ```
 */
export interface RequestLogEntry {
  readonly method: string;
  /** Pathname as sent (percent-encoding kept). */
  readonly path: string;
  /** Query string without the `?` (empty when none). */
  readonly query: string;
  /** Lower-cased request headers. */
  readonly headers: Record<string, string>;
  /** The parsed body (JSON, or a summary of multipart fields and files) once a handler has read it. */
  body?: unknown;
  /**
   * The operation of api-schema.yaml that handled the request (its operationId, e.g. `getTrajectory`);
   * absent when no operation matched (a 404, a 405, a redirect, a fault, or a route off the spec).
   */
  operationId?: string;
  /** `Date.now()` when the request arrived. */
  readonly at: number;
}

/**
 * Read-only snapshots of the emulator's in-memory state, for assertions. Each getter returns a fresh copy.
 *
 * @example
 * ```ts
 * expect(emulator.state.env.demo).toEqual({ OPENAI_API_KEY: "sk-test" });
 * expect(emulator.state.readFile("demo/echo/0000/inputs/a.txt")?.toString()).toBe("hello");
 * ```
 */
export interface EmulatorState {
  readonly collections: EmulatedCollection[];
  readonly tasks: EmulatedTask[];
  /** Every trajectory, oldest first. */
  readonly trajectories: EmulatedTrajectory[];
  /** Environment variables by collection name (`null` until set). */
  readonly env: Record<string, Record<string, string> | null>;
  readonly files: StoredFileInfo[];
  /** Trial state by collection name. */
  readonly trial: Record<string, EmulatedTrial>;
  readonly datasets: Record<string, unknown>[];
  readonly models: Record<string, unknown>[];
  readonly routines: Record<string, unknown>[];
  /** The stored bytes of one file, or `undefined` (unknown path, or bytes not retained). */
  readFile(path: string): Buffer | undefined;
  /** One trajectory by id, or `undefined`. */
  trajectory(trajectoryId: string): EmulatedTrajectory | undefined;
}

/**
 * A running emulator. Point a client at `url` with `token`, and `close()` it when done.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator();
 * const res = await fetch(`${emulator.url}/api/v1/collections/`, {
 *   headers: { authorization: `Bearer ${emulator.token}` },
 * });
 * await emulator.close();
 * ```
 */
export interface Emulator {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** The full-access token (it reaches every collection, which a real `mlc_` key never does). */
  readonly token: string;
  /**
   * A token bound to one collection, like every real `mlc_` key: 403 "API key not valid for this
   * collection" anywhere else, and `collections.list()` shows only that collection. The same token
   * comes back for the same collection.
   */
  scopedToken(collection: string): string;
  /** Stops the server, destroys every open connection and cancels every timer. */
  close(): Promise<void>;
  /**
   * Back to the state `startEmulator` gave, at the same URL with the same tokens: seeded collections and
   * tasks only, the faults and scripts of the options re-armed (later ones gone), `requests` empty. Runs
   * in progress stop, and requests still being answered are cut off. For a `beforeEach`.
   */
  reset(): Promise<void>;
  /** Arms a fault for the next matching request(s). */
  fault(rule: FaultRule): void;
  /** Disarms every fault, armed or left over (e.g. one armed for 5 requests that saw 2). */
  clearFaults(): void;
  /**
   * Scripts what matching runbook runs write to `results/` (and whether they fail). The newest matching
   * script answers; `times` limits how many runs it answers.
   */
  scriptRunbook(script: RunbookResultScript): void;
  /**
   * Scripts what matching `simple_judge` steps, model steps and plain chat completions answer. The newest
   * matching script answers; `times` limits how many steps or calls it answers.
   */
  scriptJudge(script: JudgeReplyScript): void;
  /** Removes every script (including those of the options). */
  clearScripts(): void;
  /** Every request received since start (or the last `clearRequests()`), oldest first. */
  readonly requests: ReadonlyArray<RequestLogEntry>;
  /** Empties `requests`. */
  clearRequests(): void;
  /** Snapshots of the in-memory state. */
  readonly state: EmulatorState;
  /** How many runs the emulator started for this task (fan-out children count under their own task). */
  runsCreated(collection: string, task: string): number;
  /** The responses the self-check rejected (`validateResponses`), oldest first; kept across `reset()`. */
  readonly responseViolations: ReadonlyArray<ResponseViolation>;
}
