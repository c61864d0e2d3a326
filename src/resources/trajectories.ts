import { APIPromise } from "../core/api-promise";
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
  updateTrajectoryStatuses,
} from "../generated/operations";
import { type DiagnoseOptions, type Diagnosis, diagnoseTrajectory } from "../helpers/diagnose";
import { createFileDownload, type FileDownload } from "../helpers/file-download";
import type { StoragePath } from "../helpers/storage-path";
import { acknowledgement } from "./acknowledgement";
import { APIResource } from "./resource";
import { collectStoragePaths } from "./trajectory-files";
import {
  checkStatuses,
  type LabelWriteOptions,
  labelBody,
  labelVerification,
  verifyLabel,
} from "./trajectory-labels";
import {
  listTrajectoryPages,
  positiveInteger,
  type TrajectoryListParams,
  type TrajectoryPagePromise,
} from "./trajectory-page";
import type {
  FileListResponse,
  IngestTrajectoryParams,
  IngestTrajectoryResponse,
  LabelCreateParams,
  LabelResponse,
  SettableTrajectoryStatus,
  StatusUpdateResponse,
  Trajectory,
  TrajectoryStats,
} from "./trajectory-types";

export type { LabelWriteOptions } from "./trajectory-labels";
export {
  type TrajectoryListParams,
  TrajectoryPage,
  type TrajectoryPagePromise,
} from "./trajectory-page";
export {
  type FileListResponse,
  type IngestTrajectoryParams,
  type IngestTrajectoryResponse,
  type LabelCreateParams,
  type LabelResponse,
  SETTABLE_STATUSES,
  type SettableTrajectoryStatus,
  type StatusUpdateResponse,
  type Step,
  type Trajectory,
  type TrajectoryListBody,
  type TrajectoryStats,
  type TrajectoryStatus,
} from "./trajectory-types";

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
    return listTrajectoryPages(this._transport, collection, task, params, options);
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
      checkStatuses(statuses);
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
      const body = labelBody(label);
      const verify = labelVerification(options.verify);
      const post = () =>
        callOperation(
          this._transport,
          addTrajectoryLabel,
          { path: { collection, task, trajectory_id: trajectoryId }, body },
          options,
        ).map(acknowledgement);
      if (!verify) return post();
      return post().map((response) =>
        verifyLabel(response, body, trajectoryId, verify, {
          post,
          read: () => this.get(collection, task, trajectoryId, options),
          signal: options.signal,
        }),
      );
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
