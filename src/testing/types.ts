/**
 * Public types of `@jetty/sdk/testing`. The emulated objects are the wire shapes of jetty-api.md, as the
 * emulator serves them.
 */
import type { DriftRule } from "./drift";

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
  /** The full-access token; default a random `mlc_` + 32 `[a-z0-9]` token. */
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
  /** Keep the bytes of uploaded files up to this size each; larger files keep only their size. */
  maxStoredBytes?: number;
  /** Web-app origin used in `trajectory_url` of runbook chat responses; default `https://flows.jetty.io`. */
  frontendURL?: string;
}

/**
 * One request as the emulator received it. The Authorization header is redacted (`Bearer mlc_...abcd`),
 * secret parameters and environment variable values in bodies are replaced by `[REDACTED]`.
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
  /** `Date.now()` when the request arrived. */
  readonly at: number;
}

/**
 * A collection as `GET /api/v1/collections/{c}` returns it.
 *
 * @example
 * ```ts
 * const names = emulator.state.collections.map((c: EmulatedCollection) => c.name);
 * ```
 */
export interface EmulatedCollection {
  id: number;
  name: string;
  description: string | null;
  auth_org_id: string | null;
  owner_identifier: string | null;
}

/**
 * A task as `GET /api/v1/tasks/{c}/{t}` returns it, plus `collection_name`.
 *
 * @example
 * ```ts
 * const task: EmulatedTask | undefined = emulator.state.tasks.find((t) => t.name === "echo");
 * ```
 */
export interface EmulatedTask {
  id: number;
  name: string;
  workflow: Record<string, unknown>;
  version: string | null;
  description: string | null;
  has_file_uploads: boolean;
  collection_id: number;
  collection_name: string;
  entity_type: "task";
  is_private: boolean;
  croissant_metadata: Record<string, unknown> | null;
  created_at: string;
  updated_at: string | null;
}

/**
 * One step of an emulated trajectory.
 *
 * @example
 * ```ts
 * const trajectory = emulator.state.trajectory(id)!;
 * const step: EmulatedStep | undefined = trajectory.steps.echo;
 * console.log(step?.status, step?.outputs);
 * ```
 */
export interface EmulatedStep {
  key: string;
  activity: string;
  status: "running" | "completed" | "failed" | "cancelled";
  error: string | null;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  config: Record<string, unknown>;
  depends_on: string[];
  created: string;
  ended: string | null;
  duration_seconds: number | null;
}

/**
 * A label on a trajectory.
 *
 * @example
 * ```ts
 * const trajectory = emulator.state.trajectory(id)!;
 * const quality = trajectory.labels.find((l: EmulatedLabel) => l.key === "quality")?.value;
 * ```
 */
export interface EmulatedLabel {
  key: string;
  value: string;
  author: string;
  created: string;
}

/**
 * A trajectory as `GET /api/v1/db/trajectory/{c}/{t}/{id}` returns it.
 *
 * @example
 * ```ts
 * const failed = emulator.state.trajectories.filter((t: EmulatedTrajectory) => t.status === "failed");
 * ```
 */
export interface EmulatedTrajectory {
  name: string;
  trajectory_id: string;
  storage_path: string;
  status: "pending" | "running" | "completed" | "failed" | "cancelled" | "archived";
  error: string | null;
  created: string;
  updated: string;
  author: string;
  metadata_uri: string;
  org_id: string | null;
  attributes: Record<string, unknown>;
  init_params: Record<string, unknown>;
  step_configs: Record<string, unknown>;
  steps: Record<string, EmulatedStep>;
  total_steps: string[];
  completed_steps: string[];
  labels: EmulatedLabel[];
  triggered_by_routine_id: number | null;
  webhook_url: string | null;
}

/**
 * A file held by the emulator's storage.
 *
 * @example
 * ```ts
 * const inputs = emulator.state.files.filter((f: StoredFileInfo) => f.path.includes("/inputs/"));
 * ```
 */
export interface StoredFileInfo {
  path: string;
  size: number;
  content_type: string;
  /** `false` when only the size was kept (`discardUploads` / `maxStoredBytes`). */
  retained: boolean;
}

/**
 * Trial state of a collection, as `GET /api/v1/trial/{c}` reports it.
 *
 * @example
 * ```ts
 * expect(emulator.state.trial.demo?.runs_used).toBe(1);
 * ```
 */
export interface EmulatedTrial {
  active: boolean;
  runs_used: number;
  runs_limit: number;
  runs_remaining: number;
  minutes_remaining?: number;
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
  /** The full-access token. */
  readonly token: string;
  /** Stops the server, destroys every open connection and cancels every timer. */
  close(): Promise<void>;
  /** Arms a fault for the next matching request(s). */
  fault(rule: FaultRule): void;
  /** Every request received since start (or the last `clearRequests()`), oldest first. */
  readonly requests: ReadonlyArray<RequestLogEntry>;
  /** Empties `requests`. */
  clearRequests(): void;
  /** Snapshots of the in-memory state. */
  readonly state: EmulatorState;
  /** How many runs the emulator started for this task (fan-out children count under their own task). */
  runsCreated(collection: string, task: string): number;
}
