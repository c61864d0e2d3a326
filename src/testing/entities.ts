/**
 * The entities the emulator keeps, in the wire shapes of jetty-api.md as the full mode serves them.
 * Each is checked at compile time against the type generated from api-schema.yaml ({@link WireChecks}),
 * so a schema change the emulator's data would no longer satisfy fails the type-check.
 */
import type { Conforms, Wire } from "./wire";
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
  workflow: Wire<"Workflow">;
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
  /** Who ran the step (the trajectory's author). */
  author: string;
  /** Where the step came from: the workflow step it ran (`{ type: "workflow", step }`) or an ingest. */
  origin: Record<string, unknown>;
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
  /** A fan-out child also records its parent here (a field the schema leaves open). */
  attributes: Wire<"TrajectoryAttributes"> & { parent_trajectory_id?: string };
  init_params: Wire<"TrajectoryInitParams">;
  step_configs: Record<string, Wire<"StepConfig">>;
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
 * Compile-time proof that every emulated entity is a value its wire schema accepts (the task both as a
 * task and as a list item), so a schema change the emulator no longer satisfies fails the type-check.
 */
export type WireChecks = [
  Conforms<EmulatedCollection, "Collection">,
  Conforms<EmulatedTask, "Task">,
  Conforms<EmulatedTask, "TaskListItem">,
  Conforms<EmulatedStep, "Step">,
  Conforms<EmulatedLabel, "Label">,
  Conforms<EmulatedTrajectory, "Trajectory">,
  Conforms<EmulatedTrial, "TrialStatus">,
];
