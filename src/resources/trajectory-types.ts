/** The public types of `jetty.trajectories`: records, statuses, label and list bodies. */
import type { z } from "zod";
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
import type { Acknowledgement } from "./acknowledgement";

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
 * The statuses `setStatuses` accepts: `pending`, `completed`, `failed`, `cancelled`, `archived`
 * (`running` cannot be set).
 *
 * @example
 * ```ts
 * SETTABLE_STATUSES.includes("archived"); // true
 * ```
 */
export const SETTABLE_STATUSES: readonly SettableTrajectoryStatus[] = zSettableTrajectoryStatus.options;
