import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { InvalidInputError, JettyError } from "../core/errors";
import { requireName, requireObject, toStrictJSON } from "../core/input";
import { callOperation, streamOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { STREAM_DEFAULTS, streamLimits } from "../core/stream-limits";
import {
  addTrajectoryLabel,
  downloadTrajectory,
  getTrajectory,
  getTrajectoryStats,
  ingestTrajectory,
  listFiles,
  listTrajectories,
  updateTrajectoryStatuses,
} from "../generated/operations";
import type {
  zFileListResponse,
  zIngestTrajectoryRequest,
  zIngestTrajectoryResponse,
  zLabelCreate,
  zStep,
  zTrajectory,
  zTrajectoryList,
  zTrajectoryStats,
  zTrajectoryStatus,
} from "../generated/schemas";
import { zSettableTrajectoryStatus } from "../generated/schemas";
import { type DiagnoseOptions, type Diagnosis, diagnoseTrajectory } from "../helpers/diagnose";
import { createFileDownload, type FileDownload } from "../helpers/file-download";
import { sleep } from "../helpers/sleep";
import { asStoragePath, pathOfEntry, type StoragePath } from "../helpers/storage-path";
import { orderedSteps } from "../helpers/trajectory-steps";
import { type Acknowledgement, acknowledgement } from "./acknowledgement";
import { APIResource } from "./resource";

/**
 * Options of `trajectories.addLabel`: the usual request options, plus `verify` to re-check (and
 * re-write) a label that the platform's final write of a just-finished trajectory may drop.
 *
 * @example
 * ```ts
 * const options: LabelWriteOptions = { verify: { delay: 2_000, attempts: 4 } };
 * await jetty.trajectories.addLabel("acme", "triage", id, { key: "k", value: "v", author: "me" }, options);
 * ```
 */
export interface LabelWriteOptions extends RequestOptions {
  /** `true` for 3 checks 1.5 s apart, or set them; off by default. */
  verify?: boolean | { delay?: number; attempts?: number };
}

function labelVerification(
  verify: LabelWriteOptions["verify"],
): { delay: number; attempts: number } | undefined {
  if (!verify) return undefined;
  const { delay = 1_500, attempts = 3 } = verify === true ? {} : verify;
  if (!Number.isFinite(delay) || delay < 0)
    throw new InvalidInputError("verify.delay", "must be a number of ms ≥ 0.");
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new InvalidInputError("verify.attempts", "must be an integer ≥ 1.");
  return { delay, attempts };
}

/**
 * Body of `trajectories.ingest`: an external run's input, output, scores and labels.
 *
 * @example
 * ```ts
 * const payload: IngestTrajectoryParams = { input: "q", output: "a", scores: { f1: 0.8 }, status: "completed" };
 * ```
 */
export type IngestTrajectoryParams = z.input<typeof zIngestTrajectoryRequest>;
/**
 * What `trajectories.ingest` returns: `{ trajectory_id, name, storage_path, status, labels }`.
 *
 * @example
 * ```ts
 * const { trajectory_id }: IngestTrajectoryResponse = await jetty.trajectories.ingest("acme", "evals", payload);
 * ```
 */
export type IngestTrajectoryResponse = z.output<typeof zIngestTrajectoryResponse>;

/**
 * The record of one run: status, inputs, steps (an object keyed by step name), labels.
 * Unknown extra fields from the server are kept.
 *
 * @example
 * ```ts
 * const t: Trajectory = await jetty.trajectories.get("acme", "triage", "aa7e4430");
 * console.log(t.status, Object.keys(t.steps ?? {}));
 * ```
 */
export type Trajectory = z.output<typeof zTrajectory>;
/**
 * One step of a trajectory.
 *
 * @example
 * ```ts
 * const step: Step | undefined = trajectory.steps?.echo;
 * ```
 */
export type Step = z.output<typeof zStep>;
/**
 * A trajectory status: one of the documented values, or a newer one passed through as a string.
 *
 * @example
 * ```ts
 * const s: TrajectoryStatus = "running";
 * ```
 */
export type TrajectoryStatus = z.output<typeof zTrajectoryStatus>;
/**
 * A status that `setStatuses` may set.
 *
 * @example
 * ```ts
 * const s: SettableTrajectoryStatus = "archived";
 * ```
 */
export type SettableTrajectoryStatus = z.output<typeof zSettableTrajectoryStatus>;
/**
 * The body of `addLabel`.
 *
 * @example
 * ```ts
 * const label: LabelCreateParams = { key: "quality", value: "high", author: "me@example.com" };
 * ```
 */
export type LabelCreateParams = z.input<typeof zLabelCreate>;
/**
 * The answer to `addLabel`: an {@link Acknowledgement} (the body is undocumented; `{ ok: true }`
 * in known fixtures, and an empty or text body is a success too).
 *
 * @example
 * ```ts
 * const res: LabelResponse = await jetty.trajectories.addLabel("acme", "triage", id, label);
 * console.log(res.ok, res.body);
 * ```
 */
export type LabelResponse = Acknowledgement;
/**
 * The answer to `setStatuses` and `cancel`: an {@link Acknowledgement} (the body is undocumented).
 *
 * @example
 * ```ts
 * const res: StatusUpdateResponse = await jetty.trajectories.cancel("acme", "triage", id);
 * console.log(res.body);
 * ```
 */
export type StatusUpdateResponse = Acknowledgement;
/**
 * Task statistics, exactly as sent: the shape is undocumented, so this is any JSON (an object in
 * known answers), the text of a non-JSON body, or `undefined` for an empty one.
 *
 * @example
 * ```ts
 * const stats: TrajectoryStats = await jetty.trajectories.stats("acme", "triage");
 * console.log(JSON.stringify(stats));
 * ```
 */
export type TrajectoryStats = z.output<typeof zTrajectoryStats>;
/**
 * The answer to `listFiles`: `{ files: [...] }`, entries being paths or objects.
 *
 * @example
 * ```ts
 * const { files }: FileListResponse = await jetty.trajectories.listFiles("acme/triage/0000");
 * ```
 */
export type FileListResponse = z.output<typeof zFileListResponse>;
/**
 * One page of `GET /db/trajectories` as the server sent it.
 *
 * @example
 * ```ts
 * const body: TrajectoryListBody = (await jetty.trajectories.list("acme", "triage")).body;
 * ```
 */
export type TrajectoryListBody = z.output<typeof zTrajectoryList>;

/**
 * Paging of `trajectories.list`.
 *
 * @example
 * ```ts
 * const params: TrajectoryListParams = { limit: 20, page: 2 };
 * ```
 */
export interface TrajectoryListParams {
  /** Items per page. Default: the server's (10 in known clients). */
  limit?: number;
  /** The page to start at; pages start at 1. Default 1. */
  page?: number;
}

/**
 * The statuses `setStatuses` accepts: `pending`, `completed`, `failed`, `cancelled`, `archived`
 * (`running` cannot be set).
 *
 * @example
 * ```ts
 * SETTABLE_STATUSES.includes("archived"); // true
 * ```
 */
export const SETTABLE_STATUSES: readonly SettableTrajectoryStatus[] = zSettableTrajectoryStatus.options;

/**
 * One page of trajectories, newest first as the server orders them. Also an async iterator over every
 * trajectory of this page and all later ones, fetched page by page as the loop reaches them.
 *
 * Iteration stops at the first page that says `has_more: false`, is empty, or is short (fewer items
 * than the page's `limit` — the server's reported limit when it sends one, else the one requested).
 *
 * @example
 * ```ts
 * const page = await jetty.trajectories.list("acme", "triage", { limit: 50 });
 * console.log(page.total, page.trajectories.length, page.hasMore);
 * if (page.hasNextPage()) {
 *   const next = await page.nextPage();
 * }
 * ```
 */
export class TrajectoryPage implements AsyncIterable<Trajectory> {
  /** The items of this page. */
  readonly trajectories: Trajectory[];
  /** Total number of trajectories of the task, when the server says. */
  readonly total: number | undefined;
  /** This page's number (from 1). */
  readonly page: number;
  /** Page size: the server's reported `limit`, else the one requested, else `undefined`. */
  readonly limit: number | undefined;
  /** Whether a next page should be fetched (the stop rules above applied to this page). */
  readonly hasMore: boolean;
  /** The page body as received (wire names, unknown fields kept). */
  readonly body: TrajectoryListBody;
  readonly #fetchPage: (page: number) => APIPromise<TrajectoryPage>;

  /**
   * Built by `trajectories.list`; not meant to be constructed by callers.
   *
   * @example
   * ```ts
   * const page = await jetty.trajectories.list("acme", "triage");
   * ```
   */
  constructor(
    body: TrajectoryListBody,
    requested: { page: number; limit: number | undefined },
    fetchPage: (page: number) => APIPromise<TrajectoryPage>,
  ) {
    this.body = body;
    this.trajectories = body.trajectories;
    this.total = body.total ?? undefined;
    this.page = body.page ?? requested.page;
    this.limit = body.limit ?? requested.limit;
    this.#fetchPage = fetchPage;
    const count = body.trajectories.length;
    this.hasMore = count > 0 && body.has_more !== false && !(this.limit !== undefined && count < this.limit);
  }

  /**
   * The server's own `has_more`, as sent (the wire name, like the body's other fields); undefined when
   * the server left it out. {@link TrajectoryPage.hasMore} is the SDK's decision, which also stops
   * on an empty or short page.
   *
   * @example
   * ```ts
   * const page = await jetty.trajectories.list("acme", "triage", { limit: 20 });
   * console.log(page.has_more, page.hasMore);
   * ```
   */
  get has_more(): boolean | undefined {
    return this.body.has_more ?? undefined;
  }

  /**
   * Whether another page follows (same as {@link TrajectoryPage.hasMore}).
   *
   * @example
   * ```ts
   * let page = await jetty.trajectories.list("acme", "triage");
   * while (page.hasNextPage()) page = await page.nextPage();
   * ```
   */
  hasNextPage(): boolean {
    return this.hasMore;
  }

  /**
   * Fetches the following page with the same limit and request options. Throws `JettyError` when
   * {@link TrajectoryPage.hasNextPage} is false.
   *
   * @example
   * ```ts
   * const second = await (await jetty.trajectories.list("acme", "triage", { limit: 5 })).nextPage();
   * ```
   */
  nextPage(): APIPromise<TrajectoryPage> {
    return APIPromise.attempt(() => {
      if (!this.hasMore) {
        throw new JettyError(`No page after page ${this.page}; check hasNextPage() first.`);
      }
      return this.#fetchPage(this.page + 1);
    });
  }

  /**
   * This page and every later one, fetched one at a time.
   *
   * @example
   * ```ts
   * for await (const page of (await jetty.trajectories.list("acme", "triage")).iterPages()) {
   *   console.log(page.page, page.trajectories.length);
   * }
   * ```
   */
  async *iterPages(): AsyncGenerator<TrajectoryPage, void, undefined> {
    let page: TrajectoryPage = this;
    for (;;) {
      yield page;
      if (!page.hasMore) return;
      page = await page.nextPage();
    }
  }

  /**
   * Every trajectory of this page and the later ones.
   *
   * @example
   * ```ts
   * for await (const t of await jetty.trajectories.list("acme", "triage")) console.log(t.trajectory_id);
   * ```
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<Trajectory, void, undefined> {
    for await (const page of this.iterPages()) yield* page.trajectories;
  }
}

/**
 * What `trajectories.list` returns: awaiting it gives the first page; iterating it with `for await`
 * gives every trajectory of every page.
 *
 * @example
 * ```ts
 * const first = await jetty.trajectories.list("acme", "triage");        // one page
 * for await (const t of jetty.trajectories.list("acme", "triage")) {}   // all items
 * ```
 */
export type TrajectoryPagePromise = APIPromise<TrajectoryPage> & AsyncIterable<Trajectory>;

/**
 * `jetty.trajectories`: list, read, label, cancel and download the records of runs, and find out why
 * one failed.
 *
 * @example
 * ```ts
 * for await (const t of jetty.trajectories.list("acme", "triage")) {
 *   if (t.status === "failed") console.log((await jetty.trajectories.diagnose("acme", "triage", t.trajectory_id)).rootCause);
 * }
 * ```
 */
export class Trajectories extends APIResource {
  /**
   * Lists a task's trajectories, one page per request (`GET /api/v1/db/trajectories/{c}/{task}`).
   * Await it for one page, or `for await` it for every item of every page.
   *
   * @example
   * ```ts
   * const page = await jetty.trajectories.list("acme", "triage", { limit: 20 });
   * for await (const t of jetty.trajectories.list("acme", "triage", { limit: 100 })) console.log(t.status);
   * ```
   */
  list(
    collection: string,
    task: string,
    params: TrajectoryListParams = {},
    options?: RequestOptions,
  ): TrajectoryPagePromise {
    const first = APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      requireObject("params", params);
      const limit = positiveInteger("limit", params.limit);
      const start = positiveInteger("page", params.page) ?? 1;
      const fetchPage = (page: number): APIPromise<TrajectoryPage> =>
        callOperation(
          this._transport,
          listTrajectories,
          { path: { collection, task }, query: { limit, page } },
          options,
        ).map((body) => new TrajectoryPage(body, { page, limit }, fetchPage));
      return fetchPage(start);
    });
    return Object.assign(first, {
      async *[Symbol.asyncIterator]() {
        yield* await first;
      },
    });
  }

  /**
   * Reads one trajectory (`GET /api/v1/db/trajectory/{c}/{task}/{id}`).
   *
   * @example
   * ```ts
   * const t = await jetty.trajectories.get("acme", "triage", "aa7e4430");
   * console.log(t.status, t.init_params);
   * ```
   */
  get(
    collection: string,
    task: string,
    trajectoryId: string,
    options?: RequestOptions,
  ): APIPromise<Trajectory> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      requireName("trajectoryId", trajectoryId);
      return callOperation(
        this._transport,
        getTrajectory,
        { path: { collection, task, trajectory_id: trajectoryId } },
        options,
      );
    });
  }

  /**
   * Sets the status of one or more trajectories in one call. Only `pending`, `completed`, `failed`,
   * `cancelled` and `archived` can be set; anything else (or an empty map) is refused with
   * `InvalidInputError` before sending. The body is exactly the map given.
   *
   * @example
   * ```ts
   * await jetty.trajectories.setStatuses("acme", "triage", { aa7e4430: "archived", "1646887f": "archived" });
   * ```
   */
  setStatuses(
    collection: string,
    task: string,
    statuses: Record<string, SettableTrajectoryStatus>,
    options?: RequestOptions,
  ): APIPromise<StatusUpdateResponse> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      requireObject("statuses", statuses);
      const entries = Object.entries(statuses);
      if (entries.length === 0) {
        throw new InvalidInputError("statuses", "give at least one trajectory id and its new status.");
      }
      for (const [id, status] of entries) {
        if (id.trim() === "") throw new InvalidInputError("statuses", "a trajectory id must not be empty.");
        if (!(SETTABLE_STATUSES as readonly unknown[]).includes(status)) {
          throw new InvalidInputError(
            `statuses.${id}`,
            `${JSON.stringify(status) ?? String(status)} cannot be set on trajectory ${id}; ` +
              `use one of ${SETTABLE_STATUSES.join(", ")}.`,
          );
        }
      }
      return callOperation(
        this._transport,
        updateTrajectoryStatuses,
        { path: { collection, task }, body: statuses },
        options,
      ).map(acknowledgement);
    });
  }

  /**
   * Marks a trajectory `cancelled` (the documented way to cancel). Whether that halts a run that is
   * still going is not documented by the platform.
   *
   * @example
   * ```ts
   * await jetty.trajectories.cancel("acme", "triage", handle.trajectoryId);
   * ```
   */
  cancel(
    collection: string,
    task: string,
    trajectoryId: string,
    options?: RequestOptions,
  ): APIPromise<StatusUpdateResponse> {
    return APIPromise.attempt(() => {
      requireName("trajectoryId", trajectoryId);
      return this.setStatuses(collection, task, { [trajectoryId]: "cancelled" }, options);
    });
  }

  /**
   * Adds a label. `key`, `value` and `author` are all required non-empty strings.
   *
   * A label written right after a run completes can be lost: the engine's final write of the
   * trajectory can overwrite it although the POST succeeded. With `{ verify: true }` the SDK waits
   * (1.5 s by default), reads the trajectory back and writes the label again while it is missing
   * (3 checks by default), then throws `JettyError` if it still did not stick.
   *
   * @example
   * ```ts
   * await jetty.trajectories.addLabel("acme", "triage", id, { key: "quality", value: "high", author: "me@example.com" });
   * // Right after a run finished:
   * await jetty.trajectories.addLabel("acme", "triage", id, { key: "reviewed", value: "yes", author: "me" }, { verify: true });
   * ```
   */
  addLabel(
    collection: string,
    task: string,
    trajectoryId: string,
    label: LabelCreateParams,
    options: LabelWriteOptions = {},
  ): APIPromise<LabelResponse> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      requireName("trajectoryId", trajectoryId);
      requireObject("label", label);
      const body = {
        key: requireName("key", label.key),
        value: requireName("value", label.value),
        author: requireName("author", label.author),
      };
      const verify = labelVerification(options.verify);
      const post = () =>
        callOperation(
          this._transport,
          addTrajectoryLabel,
          { path: { collection, task, trajectory_id: trajectoryId }, body },
          options,
        ).map(acknowledgement);
      if (!verify) return post();
      return post().map(async (response) => {
        let last = response;
        for (let check = 1; check <= verify.attempts; check++) {
          await sleep(verify.delay, options.signal);
          const trajectory = await this.get(collection, task, trajectoryId, options);
          const stuck = (trajectory.labels ?? []).some(
            (l) => l.key === body.key && String(l.value) === body.value,
          );
          if (stuck) return last;
          if (check < verify.attempts) last = await post();
        }
        throw new JettyError(
          `Label "${body.key}" on trajectory ${trajectoryId} did not persist after ${verify.attempts} checks ` +
            "(the engine's final write kept overwriting it).",
        );
      });
    });
  }

  /**
   * Task statistics (`GET /api/v1/db/stats/{c}/{task}`); the shape is undocumented and handed back
   * as sent (any JSON, the text of a non-JSON body, or `undefined` when empty).
   *
   * @example
   * ```ts
   * console.log(await jetty.trajectories.stats("acme", "triage"));
   * ```
   */
  stats(collection: string, task: string, options?: RequestOptions): APIPromise<TrajectoryStats> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      return callOperation(this._transport, getTrajectoryStats, { path: { collection, task } }, options);
    });
  }

  /**
   * Records a finished external run (an eval case, an agent session) as a trajectory without
   * executing anything (`POST /api/v1/trajectories/{c}/{task}/ingest`, note the plural). Scores become
   * `score.<name>` labels; `cost_usd` becomes `cost_est_usd`; a given `trajectory_id` makes the push
   * idempotent (the existing trajectory is overwritten).
   *
   * @example
   * ```ts
   * const t = await jetty.trajectories.ingest("acme", "evals", {
   *   input: { question: "2+2?" },
   *   output: "4",
   *   scores: { correct: 1 },
   *   labels: { model: "gpt-4o-mini" },
   *   author: "ci@example.com",
   * });
   * console.log(t.trajectory_id, t.labels);
   * ```
   */
  ingest(
    collection: string,
    task: string,
    payload: IngestTrajectoryParams,
    options?: RequestOptions,
  ): APIPromise<IngestTrajectoryResponse> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      requireObject("payload", payload);
      // Refuse what JSON would silently drop (functions, BigInt, cycles) before sending.
      toStrictJSON("payload", payload);
      return callOperation(
        this._transport,
        ingestTrajectory,
        { path: { collection, task }, body: payload },
        options,
      );
    });
  }

  /**
   * Every storage path a trajectory references, deduplicated, in this order: `init_params.file_paths`,
   * then per step (workflow order) `outputs.images[].path`, `outputs.results_files[].path`,
   * `outputs.primary_files[]` and `outputs.files[]` (plain strings or `{ path }`). Pure: nothing is
   * fetched. Values that are not storage paths (file ids, absolute paths) are skipped.
   *
   * @example
   * ```ts
   * const t = await jetty.runs.createAndWait("acme", "render", { initParams: { prompt: "a cat" } });
   * for (const p of jetty.trajectories.files(t)) await (await jetty.files.download(p)).saveTo(`./out/${p.split("/").pop()}`);
   * ```
   */
  files(trajectory: Trajectory): StoragePath[] {
    requireObject("trajectory", trajectory);
    return collectStoragePaths(trajectory);
  }

  /**
   * Downloads every asset of a trajectory as one zip, streamed
   * (`GET /api/v1/trajectory/{c}/{task}/{id}/download`). The file name comes from
   * `Content-Disposition`, else `{id}.zip`.
   *
   * @example
   * ```ts
   * const zip = await jetty.trajectories.download("acme", "triage", "aa7e4430");
   * await zip.saveTo(`./${zip.name}`);
   * ```
   */
  download(
    collection: string,
    task: string,
    trajectoryId: string,
    options?: RequestOptions,
  ): APIPromise<FileDownload> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      requireName("trajectoryId", trajectoryId);
      const { idleTimeout } = streamLimits(options, STREAM_DEFAULTS.downloadIdleTimeout);
      return streamOperation(
        this._transport,
        downloadTrajectory,
        { path: { collection, task, trajectory_id: trajectoryId } },
        options,
      ).map((response) =>
        createFileDownload(response, {
          fallbackName: `${trajectoryId}.zip`,
          signal: options?.signal,
          idleTimeout,
          secrets: this._transport.secretsFor(),
        }),
      );
    });
  }

  /**
   * Lists stored files under a storage prefix (`GET /api/v1/list-files?prefix=`), e.g.
   * `acme/triage/0000`. Entries are paths or objects, as the server sends them.
   *
   * @example
   * ```ts
   * const { files } = await jetty.trajectories.listFiles("acme/triage/0000");
   * ```
   */
  listFiles(prefix: string, options?: RequestOptions): APIPromise<FileListResponse> {
    return APIPromise.attempt(() => {
      requireName("prefix", prefix);
      return callOperation(this._transport, listFiles, { query: { prefix } }, options);
    });
  }

  /**
   * Explains a failed run in one call: fetches the trajectory, collects its failed steps and errors,
   * and follows fan-out steps (`outputs.trajectory_references`) into the children that did not
   * complete, recursively, to the deepest failure (`rootCause`). Fetches run with bounded
   * concurrency and depth (see {@link DiagnoseOptions}); a child that cannot be read is reported with
   * status `"unavailable"` rather than failing the diagnosis.
   *
   * @example
   * ```ts
   * const d = await jetty.trajectories.diagnose("acme", "batch-grade", "aa7e4430");
   * if (d.rootCause) console.log(`${d.rootCause.task}/${d.rootCause.trajectoryId} ${d.rootCause.step}: ${d.rootCause.error}`);
   * ```
   */
  async diagnose(
    collection: string,
    task: string,
    trajectoryId: string,
    params: DiagnoseOptions = {},
    options?: RequestOptions,
  ): Promise<Diagnosis> {
    requireName("collection", collection);
    requireName("task", task);
    requireName("trajectoryId", trajectoryId);
    requireObject("params", params);
    positiveInteger("maxDepth", params.maxDepth, true);
    positiveInteger("concurrency", params.concurrency);
    positiveInteger("maxChildren", params.maxChildren);
    return diagnoseTrajectory(
      (c, t, id) => this.get(c, t, id, options),
      collection,
      task,
      trajectoryId,
      params,
    );
  }
}

/** Storage paths referenced by a trajectory; see {@link Trajectories.files}. */
function collectStoragePaths(trajectory: Trajectory): StoragePath[] {
  const found = new Set<string>();
  const out: StoragePath[] = [];
  const add = (value: unknown) => {
    const candidate = pathOfEntry(value);
    if (candidate === undefined || found.has(candidate)) return;
    found.add(candidate);
    try {
      out.push(asStoragePath(candidate));
    } catch {
      // Not a storage path (a file id, an absolute path): not something files.download could fetch.
    }
  };
  const each = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) add(item);
  };
  each(trajectory.init_params?.file_paths);
  const steps = trajectory.steps ?? {};
  for (const [name] of orderedSteps(trajectory)) {
    const outputs = steps[name]?.outputs;
    if (!outputs) continue;
    each(outputs.images);
    each(outputs.results_files);
    each(outputs.primary_files);
    each(outputs.files);
  }
  return out;
}

function positiveInteger(param: string, value: unknown, allowZero = false): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new InvalidInputError(
      param,
      `expected a ${allowZero ? "non-negative" : "positive"} integer, got ${String(value)}.`,
    );
  }
  return value;
}
