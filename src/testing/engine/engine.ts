/**
 * The workflow engine: runs a task's steps in order, resolving `*_path` parameters against
 * `init_params` and the earlier steps, and moves the trajectory from `pending` (when the run request
 * returns) through `running` to a terminal status, one scheduler turn (or `stepDuration` ms) per step.
 */
import { randomBytes } from "node:crypto";
import { isRecord } from "../../util/is-record";
import { runtimeParameterName, workflowIdOf } from "../contracts";
import type { EmulatedStep, EmulatedTask, EmulatedTrajectory } from "../entities";
import { contentTypeFor } from "../files/content-type";
import { nowIso } from "../ids";
import type { Scheduler } from "../scheduler";
import { Scripts } from "../scripts";
import { type CollectionRecord, type LogEvent, type Store, TERMINAL, type TrajectoryRecord } from "../store";
import { type Activity, type EngineHost, misnamedParameter, StepFailure } from "./activity";
import { resolveParams } from "./params";
import { activityFor, isCatalogued } from "./registry";

/** What a run is started with. */
export interface StartRun {
  collection: CollectionRecord;
  task: EmulatedTask;
  /** Overrides of the workflow's default `init_params` (already including `file_paths`). */
  initParams: Record<string, unknown>;
  /** From `allocate()` when input files were stored before the start. */
  slot?: RunSlot;
  /** Added to the runtime environment; never stored. */
  secretParams?: Record<string, string>;
  webhookUrl?: string | null;
  routineId?: number | null;
  parent?: TrajectoryRecord;
  author?: string;
}

/** A reserved trajectory id and storage folder. */
export interface RunSlot {
  trajectoryId: string;
  storagePath: string;
}

/** Starts runs, executes their steps on the scheduler, and records everything on the trajectory. */
export class Engine implements EngineHost {
  readonly scripts = new Scripts();

  constructor(
    readonly store: Store,
    private readonly scheduler: Scheduler,
    private readonly stepDuration: number,
    private readonly labelRaceMs = 0,
    private readonly pendingDuration = 0,
    /** `ignore`: the documented parameter-name mistakes are ignored silently, as on the platform. */
    private readonly misnamedParameters: "fail" | "ignore" = "fail",
  ) {}

  /** Reserves the id and `{c}/{t}/{NNNN}` folder of a run, so its uploads can be stored first. */
  allocate(collection: string, task: string): RunSlot {
    return {
      trajectoryId: this.newTrajectoryId(),
      storagePath: this.store.nextStoragePath(collection, task),
    };
  }

  /** Creates a `pending` trajectory and schedules its execution; returns at once. */
  start(opts: StartRun): TrajectoryRecord {
    const c = opts.collection.wire.name;
    const t = opts.task.name;
    const slot = opts.slot ?? this.allocate(c, t);
    const workflow = opts.task.workflow as { init_params?: unknown; step_configs?: unknown; steps?: unknown };
    const defaults = isRecord(workflow.init_params) ? workflow.init_params : {};
    const stepNames = Array.isArray(workflow.steps)
      ? workflow.steps.filter((s) => typeof s === "string")
      : [];
    const now = nowIso();
    const trajectory: EmulatedTrajectory = {
      name: `${c}/${t}`,
      trajectory_id: slot.trajectoryId,
      storage_path: slot.storagePath,
      status: "pending",
      error: null,
      created: now,
      updated: now,
      author: opts.author ?? "emulator",
      metadata_uri: `${slot.storagePath}/trajectory.json`,
      org_id: null,
      // As the platform's trajectory type has them; a fan-out child also names its parent.
      attributes: {
        asset_type: "trajectory",
        asset_filename: "trajectory.json",
        created: now,
        params: opts.parent ? { parent_trajectory_id: opts.parent.t.trajectory_id } : {},
      },
      init_params: structuredClone({ ...defaults, ...opts.initParams }),
      // Each config passed the StepConfig schema when the task was stored.
      step_configs: structuredClone(
        isRecord(workflow.step_configs) ? workflow.step_configs : {},
      ) as EmulatedTrajectory["step_configs"],
      steps: {},
      total_steps: stepNames,
      completed_steps: [],
      labels: [],
      triggered_by_routine_id: opts.routineId ?? null,
      webhook_url: opts.webhookUrl ?? null,
    };
    const record = this.register(trajectory, c, t);
    this.store.countRun(c, t);
    opts.parent?.children.push(record.t.trajectory_id);
    this.log(record, "info", `Workflow ${record.workflowId} created`);
    const env = { ...(opts.collection.env ?? {}), ...(opts.secretParams ?? {}) };
    this.execute(record, workflow, env).catch((error: unknown) => {
      // A fault in the step runner fails this run; it must never reach the process as an unhandled rejection.
      if (!TERMINAL.has(record.t.status)) {
        this.finish(
          record,
          "failed",
          `Emulator error: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
    return record;
  }

  /** Adds a trajectory to the store (runs and ingests alike). */
  register(t: EmulatedTrajectory, collection: string, task: string): TrajectoryRecord {
    let markDone = () => {};
    const done = new Promise<void>((resolve) => {
      markDone = resolve;
    });
    const record: TrajectoryRecord = {
      t,
      seq: this.store.newSeq(),
      collection,
      task,
      workflowId: workflowIdOf(collection, task, t.trajectory_id),
      events: [],
      children: [],
      done,
      markDone,
    };
    if (TERMINAL.has(t.status)) markDone();
    this.store.trajectories.set(t.trajectory_id, record);
    return record;
  }

  /**
   * Sets a status from outside (the statuses endpoint). A terminal status stops a run that is still going,
   * and its fan-out children with it.
   */
  setStatus(record: TrajectoryRecord, status: EmulatedTrajectory["status"]): void {
    const wasActive = !TERMINAL.has(record.t.status);
    record.t.status = status;
    record.t.updated = nowIso();
    if (!TERMINAL.has(status)) return;
    if (wasActive) {
      for (const step of Object.values(record.t.steps)) {
        if (step.status === "running") this.endStep(step, "cancelled", `Run set to ${status}`);
      }
      this.log(record, "warning", `Run set to ${status} while it was still going`);
      for (const id of record.children) {
        const child = this.store.trajectories.get(id);
        if (child && !TERMINAL.has(child.t.status)) this.setStatus(child, status);
      }
    }
    record.markDone();
  }

  startChild(parent: TrajectoryRecord, task: string, initParams: Record<string, unknown>): TrajectoryRecord {
    const collection = this.store.getCollection(parent.collection);
    const child = collection && this.store.getTask(collection.wire.name, task);
    if (!collection || !child) {
      throw new StepFailure(
        `ValueError: child workflow '${task}' not found in collection '${parent.collection}'`,
      );
    }
    return this.start({ collection, task: child, initParams, parent });
  }

  writeFile(
    run: TrajectoryRecord,
    relativePath: string,
    data: Buffer | string,
    contentType?: string,
  ): string {
    const path = `${run.t.storage_path}/${relativePath}`;
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    this.store.putFile(path, [buf], buf.length, contentType ?? contentTypeFor(relativePath));
    return path;
  }

  private async execute(
    record: TrajectoryRecord,
    workflow: { step_configs?: unknown; steps?: unknown },
    env: Record<string, string>,
  ): Promise<void> {
    // Queued in `pending` for `pendingDuration` (at least one turn), so the run response and a poll
    // right after it can see it; a run's length stays `steps × stepDuration` by default.
    await this.scheduler.sleep(this.pendingDuration);
    if (this.stopped(record)) return;
    this.update(record, "running");
    this.log(record, "info", "Workflow started");
    const structural = structuralProblem(workflow);
    if (structural) return this.finish(record, "failed", structural);
    const configs = workflow.step_configs as Record<string, Record<string, unknown>>;
    const context: Record<string, unknown> = { init_params: record.t.init_params };
    for (const name of record.t.total_steps) {
      const written = configs[name]!;
      const activityName = typeof written.activity === "string" ? written.activity : "";
      const step = this.beginStep(record, name, activityName, written);
      await this.scheduler.sleep(this.stepDuration);
      if (this.stopped(record)) return;
      const ignored = this.misnamedParameters === "ignore" ? misnamedKeys(activityName, written) : [];
      const config = ignored.length > 0 ? without(written, ignored) : written;
      try {
        const activity = lookup(activityName);
        const problem =
          (this.misnamedParameters === "fail" ? misnamedParameter(activityName, config) : undefined) ??
          activity.check?.(config);
        if (problem) throw new StepFailure(problem);
        step.inputs = resolveParams(config, context, activity.literalKeys);
        let outputs: Record<string, unknown>;
        try {
          outputs = await activity.run({
            stepName: name,
            config,
            inputs: step.inputs,
            run: record,
            pathContext: context,
            env,
            host: this,
          });
        } catch (err) {
          // The platform never says a parameter was ignored: the step "succeeds" with nothing to show.
          if (ignored.length === 0 || !(err instanceof StepFailure)) throw err;
          outputs = {};
        }
        if (this.stopped(record)) return;
        step.outputs = outputs;
        this.endStep(step, "completed", null);
        record.t.completed_steps.push(name);
        context[name] = { inputs: step.inputs, outputs };
        this.log(record, "info", `Step ${name} completed`, name);
        record.t.updated = nowIso();
      } catch (err) {
        if (this.stopped(record)) return;
        const message = err instanceof Error ? err.message : String(err);
        if (err instanceof StepFailure && err.outputs) step.outputs = err.outputs;
        this.endStep(step, "failed", message);
        this.log(record, "error", `Step ${name} failed: ${message}`, name);
        return this.finish(record, "failed", `Step '${name}' failed: ${message}`);
      }
    }
    this.finish(record, "completed", null);
  }

  private beginStep(
    record: TrajectoryRecord,
    name: string,
    activity: string,
    config: Record<string, unknown>,
  ) {
    const step: EmulatedStep = {
      key: name,
      activity,
      author: record.t.author,
      origin: { type: "workflow", step: name },
      status: "running",
      error: null,
      inputs: {},
      outputs: {},
      config: structuredClone(config),
      depends_on: record.t.completed_steps.slice(-1),
      created: nowIso(),
      ended: null,
      duration_seconds: null,
    };
    record.t.steps[name] = step;
    record.t.updated = step.created;
    this.log(record, "info", `Step ${name} started (${activity})`, name);
    return step;
  }

  private endStep(step: EmulatedStep, status: EmulatedStep["status"], error: string | null): void {
    const ended = new Date();
    step.status = status;
    step.error = error;
    step.ended = ended.toISOString();
    step.duration_seconds = (ended.getTime() - Date.parse(step.created)) / 1000;
  }

  private finish(record: TrajectoryRecord, status: "completed" | "failed", error: string | null): void {
    record.t.error = error;
    this.update(record, status);
    if (error) this.log(record, "error", `Workflow failed: ${error}`);
    else this.log(record, "info", "Workflow completed");
    record.markDone();
    if (this.labelRaceMs > 0) {
      // The platform's final write lands after the status: labels added meanwhile are overwritten.
      const labels = structuredClone(record.t.labels);
      void this.scheduler.sleep(this.labelRaceMs).then(() => {
        record.t.labels = labels;
      });
    }
  }

  private update(record: TrajectoryRecord, status: EmulatedTrajectory["status"]): void {
    record.t.status = status;
    record.t.updated = nowIso();
  }

  /** Whether someone else ended the run (statuses endpoint) or the emulator closed. */
  private stopped(record: TrajectoryRecord): boolean {
    return TERMINAL.has(record.t.status) || this.scheduler.isClosed;
  }

  private log(record: TrajectoryRecord, level: LogEvent["level"], message: string, step?: string): void {
    record.events.push({ timestamp: nowIso(), level, message, ...(step ? { step } : {}) });
  }

  private newTrajectoryId(): string {
    for (;;) {
      const id = randomBytes(4).toString("hex");
      if (!this.store.trajectories.has(id)) return id;
    }
  }
}

/** The config keys the runtime knows under another name (what `ignore` mode drops). */
function misnamedKeys(activity: string, config: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(config).filter((key) => runtimeParameterName(activity, key) !== undefined);
}

function without(config: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([key]) => !keys.includes(key)));
}

function lookup(name: string): Activity {
  const activity = activityFor(name);
  if (activity) return activity;
  if (isCatalogued(name)) {
    throw new StepFailure(
      `No step registered for '${name}' (the platform has it; the emulator does not emulate it)`,
    );
  }
  throw new StepFailure(`No step registered for '${name}'`);
}

/** Why a workflow cannot start at all, or undefined. */
function structuralProblem(workflow: { step_configs?: unknown; steps?: unknown }): string | undefined {
  if (!Array.isArray(workflow.steps)) return "ValueError: workflow.steps must be a list of step names";
  if (!isRecord(workflow.step_configs)) return "ValueError: workflow.step_configs must be an object";
  for (const name of workflow.steps) {
    if (typeof name !== "string") return "ValueError: workflow.steps must contain step names (strings)";
    const config = workflow.step_configs[name];
    if (!isRecord(config)) return `KeyError: step '${name}' has no entry in step_configs`;
    if (typeof config.activity !== "string") return `ValueError: step '${name}' has no 'activity'`;
  }
  return undefined;
}
