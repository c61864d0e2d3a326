/**
 * The emulator's in-memory state. Records are kept in their wire shapes so a response is a copy of a
 * record, not a translation of one. Names are looked up case-insensitively, as on the platform.
 */
import { Auth, type Principal } from "./auth";
import type {
  EmulatedCollection,
  EmulatedTask,
  EmulatedTrajectory,
  EmulatedTrial,
  StoredFileInfo,
} from "./entities";
import { HttpError } from "./http/respond";
import { nameKey, nowIso } from "./ids";
import type { RequestLogEntry } from "./types";
import type { Conforms } from "./wire";

/** Trial counters of one collection. */
interface TrialState {
  active: boolean;
  runsUsed: number;
  runsLimit: number;
  minutesRemaining?: number;
}

/** A collection with its environment and trial state (neither is part of the collection's wire shape). */
export interface CollectionRecord {
  readonly wire: EmulatedCollection;
  env: Record<string, string> | null;
  trial: TrialState;
}

/** One entry of `GET /api/v1/workflows-logs/{workflow_id}`. */
export type LogEvent = Conforms<
  {
    timestamp: string;
    level: "info" | "warning" | "error";
    message: string;
    step?: string;
  },
  "LogEvent"
>;

/** A trajectory (wire shape in `t`) plus what the engine and routes need to know about it. */
export interface TrajectoryRecord {
  readonly t: EmulatedTrajectory;
  /** Creation order, to sort newest first even within one millisecond. */
  readonly seq: number;
  readonly collection: string;
  readonly task: string;
  readonly workflowId: string;
  readonly events: LogEvent[];
  /** Fan-out children started by this run, so cancelling the parent cancels them too. */
  readonly children: string[];
  /** Resolves once the trajectory reaches a terminal status. */
  readonly done: Promise<void>;
  markDone(): void;
}

/** One file in the emulator's storage, kept as the chunks it arrived in. */
export interface StoredFile {
  readonly path: string;
  readonly size: number;
  readonly contentType: string;
  /** `null` when only the size was kept (too large, or evicted to stay within the storage bound). */
  chunks: Buffer[] | null;
  readonly created: string;
}

/** How much the emulator keeps in memory; see docs/emulator.md ("Memory bounds"). */
export interface StoreLimits {
  /** Most entries in the request log; the oldest go first. */
  readonly maxLoggedRequests: number;
  /** Most bytes of file content kept across all files; the oldest files' bytes go first. */
  readonly maxTotalStoredBytes: number;
}

/** The defaults of {@link StoreLimits} and of the per-file upload limit. */
export const MEMORY_DEFAULTS = {
  maxLoggedRequests: 10_000,
  maxStoredBytes: 64 * 1024 * 1024,
  maxTotalStoredBytes: 256 * 1024 * 1024,
  /** A logged body (or multipart field) larger than this is replaced by a note of its size. */
  maxLoggedBodyBytes: 64 * 1024,
} as const;

/**
 * What the request log keeps of a body of `size` bytes: the body itself, or a note of its size, so a
 * log of many large requests stays small.
 */
export function loggable(body: unknown, size: number): unknown {
  return size > MEMORY_DEFAULTS.maxLoggedBodyBytes ? `[${size} bytes, not kept in the request log]` : body;
}

/** Statuses after which a run never changes by itself. */
export const TERMINAL = new Set(["completed", "failed", "cancelled", "archived"]);

/** All state of one emulator. */
export class Store {
  readonly collections = new Map<string, CollectionRecord>();
  readonly tasks = new Map<string, EmulatedTask>();
  readonly trajectories = new Map<string, TrajectoryRecord>();
  readonly files = new Map<string, StoredFile>();
  /** `file-…` id → the object `POST /api/v1/files` returned. */
  readonly fileObjects = new Map<string, Record<string, unknown>>();
  readonly datasets = new Map<string, Record<string, unknown>>();
  readonly models = new Map<string, Record<string, unknown>>();
  readonly routines = new Map<string, Record<string, unknown>>();
  readonly requests: RequestLogEntry[] = [];
  private storedBytes = 0;
  private readonly runCounters = new Map<string, number>();
  private readonly runsStarted = new Map<string, number>();
  private nextId = 1;
  private nextSeq = 1;

  constructor(
    readonly limits: StoreLimits = {
      maxLoggedRequests: MEMORY_DEFAULTS.maxLoggedRequests,
      maxTotalStoredBytes: MEMORY_DEFAULTS.maxTotalStoredBytes,
    },
  ) {}

  /** Appends to the request log, dropping the oldest entries beyond `maxLoggedRequests`. */
  logRequest(entry: RequestLogEntry): void {
    this.requests.push(entry);
    while (this.requests.length > this.limits.maxLoggedRequests) this.requests.shift();
  }

  /** A fresh integer id for collections, tasks, datasets, models and routines. */
  newId(): number {
    return this.nextId++;
  }

  newSeq(): number {
    return this.nextSeq++;
  }

  // ---- collections ---------------------------------------------------------------------------------

  getCollection(name: string): CollectionRecord | undefined {
    return this.collections.get(nameKey(name));
  }

  /** The collection, after the access check (403 before 404, as DOCK does for keys). */
  requireCollection(principal: Principal | undefined, name: string): CollectionRecord {
    Auth.assertAccess(principal, name);
    const record = this.getCollection(name);
    if (!record) throw new HttpError(404, `Collection '${name}' not found`);
    return record;
  }

  createCollection(
    name: string,
    description: string | null,
    env: Record<string, string> | null,
  ): CollectionRecord {
    if (this.getCollection(name)) throw new HttpError(400, "Collection already exists");
    const record: CollectionRecord = {
      wire: { id: this.newId(), name, description, auth_org_id: null, owner_identifier: null },
      env,
      trial: { active: false, runsUsed: 0, runsLimit: 10 },
    };
    this.collections.set(nameKey(name), record);
    return record;
  }

  trialView(record: CollectionRecord): EmulatedTrial {
    const { trial } = record;
    const view: EmulatedTrial = {
      active: trial.active,
      runs_used: trial.runsUsed,
      runs_limit: trial.runsLimit,
      runs_remaining: Math.max(0, trial.runsLimit - trial.runsUsed),
    };
    if (trial.minutesRemaining !== undefined) view.minutes_remaining = trial.minutesRemaining;
    return view;
  }

  // ---- tasks ---------------------------------------------------------------------------------------

  private taskKey(collection: string, task: string): string {
    return `${nameKey(collection)}/${nameKey(task)}`;
  }

  getTask(collection: string, task: string): EmulatedTask | undefined {
    return this.tasks.get(this.taskKey(collection, task));
  }

  requireTask(collection: CollectionRecord, task: string): EmulatedTask {
    const record = this.getTask(collection.wire.name, task);
    if (!record) throw new HttpError(404, `Task '${task}' not found in collection '${collection.wire.name}'`);
    return record;
  }

  tasksOf(collection: CollectionRecord): EmulatedTask[] {
    return [...this.tasks.values()].filter((t) => t.collection_id === collection.wire.id);
  }

  createTask(
    collection: CollectionRecord,
    fields: {
      name: string;
      workflow: Record<string, unknown>;
      description?: string | null;
      version?: string | null;
      has_file_uploads?: boolean;
      is_private?: boolean;
      croissant_metadata?: Record<string, unknown> | null;
    },
  ): EmulatedTask {
    const c = collection.wire.name;
    if (this.getTask(c, fields.name)) {
      throw new HttpError(400, `Task with name '${fields.name}' already exists in collection '${c}'`);
    }
    const now = nowIso();
    const task: EmulatedTask = {
      id: this.newId(),
      name: fields.name,
      workflow: structuredClone(fields.workflow),
      version: fields.version ?? null,
      description: fields.description ?? null,
      has_file_uploads: fields.has_file_uploads ?? false,
      collection_id: collection.wire.id,
      collection_name: c,
      entity_type: "task",
      is_private: fields.is_private ?? true,
      croissant_metadata: fields.croissant_metadata ?? null,
      created_at: now,
      updated_at: now,
    };
    this.tasks.set(this.taskKey(c, fields.name), task);
    return task;
  }

  renameTask(collection: CollectionRecord, task: EmulatedTask, newName: string): void {
    const c = collection.wire.name;
    if (nameKey(newName) === nameKey(task.name)) {
      task.name = newName;
      return;
    }
    if (this.getTask(c, newName)) {
      throw new HttpError(400, `Task with name '${newName}' already exists in collection '${c}'`);
    }
    this.tasks.delete(this.taskKey(c, task.name));
    task.name = newName;
    this.tasks.set(this.taskKey(c, newName), task);
  }

  deleteTask(collection: CollectionRecord, task: EmulatedTask): void {
    this.tasks.delete(this.taskKey(collection.wire.name, task.name));
  }

  // ---- runs and trajectories -----------------------------------------------------------------------

  /**
   * The next `{c}/{t}/{NNNN}` folder. The counter lives outside the task record so a deleted and
   * re-created task never reuses an old run's folder.
   */
  nextStoragePath(collection: string, task: string): string {
    const key = this.taskKey(collection, task);
    const n = this.runCounters.get(key) ?? 0;
    this.runCounters.set(key, n + 1);
    return `${collection}/${task}/${String(n).padStart(4, "0")}`;
  }

  countRun(collection: string, task: string): void {
    const key = this.taskKey(collection, task);
    this.runsStarted.set(key, (this.runsStarted.get(key) ?? 0) + 1);
  }

  runsCreated(collection: string, task: string): number {
    return this.runsStarted.get(this.taskKey(collection, task)) ?? 0;
  }

  /** Trajectories of one task, newest first. */
  trajectoriesOf(collection: string, task: string): TrajectoryRecord[] {
    const c = nameKey(collection);
    const t = nameKey(task);
    return [...this.trajectories.values()]
      .filter((r) => nameKey(r.collection) === c && nameKey(r.task) === t)
      .sort((a, b) => b.seq - a.seq);
  }

  requireTrajectory(collection: string, task: string, id: string): TrajectoryRecord {
    const record = this.trajectories.get(id);
    if (
      !record ||
      nameKey(record.collection) !== nameKey(collection) ||
      nameKey(record.task) !== nameKey(task)
    ) {
      throw new HttpError(404, `Trajectory '${id}' not found`);
    }
    return record;
  }

  // ---- files ---------------------------------------------------------------------------------------

  /**
   * Stores a file. Its bytes are kept only within `maxTotalStoredBytes`: to make room, the bytes of the
   * oldest files are dropped (they stay listed, with `retained: false`, and download as a 404); a file
   * larger than the whole bound keeps only its size.
   */
  putFile(path: string, chunks: Buffer[] | null, size: number, contentType: string): StoredFile {
    const previous = this.files.get(path);
    if (previous) {
      this.drop(previous);
      this.files.delete(path);
    }
    const keep = chunks !== null && size <= this.limits.maxTotalStoredBytes;
    if (keep) {
      for (const older of this.files.values()) {
        if (this.storedBytes + size <= this.limits.maxTotalStoredBytes) break;
        this.drop(older);
      }
      this.storedBytes += size;
    }
    const file: StoredFile = { path, size, contentType, chunks: keep ? chunks : null, created: nowIso() };
    this.files.set(path, file);
    return file;
  }

  /** Bytes of file content held right now. */
  get retainedBytes(): number {
    return this.storedBytes;
  }

  private drop(file: StoredFile): void {
    if (file.chunks === null) return;
    file.chunks = null;
    this.storedBytes -= file.size;
  }

  fileInfo(file: StoredFile): StoredFileInfo {
    return {
      path: file.path,
      size: file.size,
      content_type: file.contentType,
      retained: file.chunks !== null,
    };
  }

  /** Stored files under `prefix` (a folder: `a/b` matches `a/b/x`, not `a/bc`), sorted by path. */
  filesUnder(prefix: string): StoredFile[] {
    const folder = prefix.endsWith("/") ? prefix : `${prefix}/`;
    return [...this.files.values()]
      .filter((f) => f.path === prefix || f.path.startsWith(folder))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
  }
}
