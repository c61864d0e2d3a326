import type { z } from "zod";
import { APIUserAbortError, JettyError, NotFoundError } from "../core/errors";
import type { zTrajectory } from "../generated/schemas";
import { errorText, orderedSteps } from "./trajectory-steps";
import { workflowIdOf } from "./workflow-id";

type Trajectory = z.output<typeof zTrajectory>;

/**
 * One failed step of a diagnosed trajectory.
 *
 * @example
 * ```ts
 * const d = await jetty.trajectories.diagnose("acme", "triage", id);
 * for (const s of d.failedSteps) console.log(s.step, s.activity, s.error, s.children?.length ?? 0);
 * ```
 */
export interface FailedStep {
  /** The step's name (its key in `steps`). */
  step: string;
  /** The step's activity, e.g. `list_emit_await`. */
  activity: string | undefined;
  /** The step's error, as text. */
  error: string | undefined;
  /** For a fan-out step: the diagnoses of its children that did not complete. */
  children?: Diagnosis[];
}

/**
 * Where a failure started: the deepest failed step found by following fan-out children.
 *
 * @example
 * ```ts
 * const { rootCause } = await jetty.trajectories.diagnose("acme", "triage", id);
 * if (rootCause) console.log(`${rootCause.collection}/${rootCause.task}/${rootCause.trajectoryId}`, rootCause.error);
 * ```
 */
export interface RootCause {
  collection: string;
  task: string;
  trajectoryId: string;
  /** The failed step, or `undefined` when only the trajectory's own `error` is known. */
  step: string | undefined;
  error: string | undefined;
}

/**
 * What went wrong in a run: the seed's "Debug a Failed Run" procedure as data.
 *
 * @example
 * ```ts
 * const d: Diagnosis = await jetty.trajectories.diagnose("acme", "triage", "aa7e4430");
 * console.log(d.status, d.rootCause?.error);
 * ```
 */
export interface Diagnosis {
  collection: string;
  task: string;
  trajectoryId: string;
  /**
   * The full workflow id (`{collection}-{task}--{trajectory_id}`), for `jetty.runs.logs`. Derived with the
   * server's documented rule, not read from the server.
   */
  workflowId?: string;
  /**
   * The trajectory's status. `"unavailable"` (an SDK value) marks a child that could not be fetched;
   * `error` then says why.
   */
  status: string;
  /** The trajectory's top-level `error`. */
  error: string | undefined;
  /** Steps whose status is `failed`, in workflow order. */
  failedSteps: FailedStep[];
  /** The deepest failure found, or `undefined` when nothing failed. */
  rootCause: RootCause | undefined;
}

/**
 * Limits of `diagnose`.
 *
 * @example
 * ```ts
 * await jetty.trajectories.diagnose("acme", "triage", id, { maxDepth: 2, concurrency: 8 });
 * ```
 */
export interface DiagnoseOptions {
  /** How many fan-out levels to follow below the diagnosed trajectory. Default 5. */
  maxDepth?: number;
  /** Most trajectory fetches in flight at once, across all levels. Default 4. */
  concurrency?: number;
  /** Most children fetched per fan-out step (children reported as completed are skipped). Default 50. */
  maxChildren?: number;
}

/**
 * Fetches one trajectory; the SDK passes `jetty.trajectories.get` bound to the caller's options.
 *
 * @example
 * ```ts
 * const fetcher: TrajectoryFetcher = (c, t, id) => jetty.trajectories.get(c, t, id);
 * ```
 */
export type TrajectoryFetcher = (
  collection: string,
  task: string,
  trajectoryId: string,
) => PromiseLike<Trajectory>;

/**
 * Diagnoses a trajectory: collects its failed steps and errors, and for fan-out steps
 * (`outputs.trajectory_references`) fetches the children that did not complete and diagnoses them
 * the same way, down to `maxDepth`. The root cause is the deepest failed step found (the first one
 * in workflow order when several are equally deep), since a fan-out parent's own message is usually
 * vague. A child that cannot be fetched is reported with status `"unavailable"` instead of failing
 * the whole diagnosis; only the top-level fetch (and an abort) throws.
 *
 * Child locations: a reference's `collection`/`task` when present, else its `name` (`"c/t"`, or a
 * bare task name in the parent's collection), else the step config's `child_workflow_name` (same
 * forms). When one candidate answers 404 the next is tried.
 *
 * @example
 * ```ts
 * const d = await diagnoseTrajectory((c, t, id) => jetty.trajectories.get(c, t, id), "acme", "fanout", id);
 * ```
 */
export async function diagnoseTrajectory(
  fetchTrajectory: TrajectoryFetcher,
  collection: string,
  task: string,
  trajectoryId: string,
  options: DiagnoseOptions = {},
): Promise<Diagnosis> {
  const maxDepth = options.maxDepth ?? 5;
  const maxChildren = options.maxChildren ?? 50;
  const limit = limiter(options.concurrency ?? 4);
  // Kept off the public object: how many fan-out levels down each root cause was found.
  const depthOf = new WeakMap<RootCause, number>();
  const cause = (value: RootCause, depth: number): RootCause => {
    depthOf.set(value, depth);
    return value;
  };
  const deeper = (a: RootCause | undefined, b: RootCause | undefined): RootCause | undefined =>
    !a || (b && (depthOf.get(b) ?? 0) > (depthOf.get(a) ?? 0)) ? b : a;

  const diagnose = async (
    c: string,
    t: string,
    trajectory: Trajectory,
    depth: number,
  ): Promise<Diagnosis> => {
    const failedSteps: FailedStep[] = [];
    let deepest: RootCause | undefined;
    for (const [name, step] of orderedSteps(trajectory)) {
      if (step.status !== "failed") continue;
      const failed: FailedStep = {
        step: name,
        activity: typeof step.activity === "string" ? step.activity : undefined,
        error: errorText(step.error),
      };
      const references = referencesOf(step);
      let found: RootCause | undefined;
      if (references.length > 0 && depth < maxDepth) {
        const fallbackName = childWorkflowName(trajectory, name, step);
        const pending = references.filter((r) => r.status !== "completed").slice(0, maxChildren);
        const children = await Promise.all(
          pending.map((ref) => child(ref, locations(c, ref, fallbackName), depth + 1)),
        );
        failed.children = children.filter((d) => d.status !== "completed");
        for (const d of failed.children) found = deeper(found, d.rootCause);
      }
      found ??= cause(
        {
          collection: c,
          task: t,
          trajectoryId: trajectory.trajectory_id,
          step: name,
          error: failed.error ?? errorText(trajectory.error),
        },
        depth,
      );
      deepest = deeper(deepest, found);
      failedSteps.push(failed);
    }
    const status = String(trajectory.status);
    const error = errorText(trajectory.error);
    if (!deepest && status !== "completed" && error !== undefined) {
      deepest = cause(
        { collection: c, task: t, trajectoryId: trajectory.trajectory_id, step: undefined, error },
        depth,
      );
    }
    return {
      collection: c,
      task: t,
      trajectoryId: trajectory.trajectory_id,
      workflowId: workflowIdOf(c, t, trajectory.trajectory_id),
      status,
      error,
      failedSteps,
      rootCause: deepest,
    };
  };

  const child = async (
    ref: Reference,
    where: Array<{ collection: string; task: string }>,
    depth: number,
  ): Promise<Diagnosis> => {
    let lastError: unknown;
    for (const { collection: c, task: t } of where) {
      try {
        const trajectory = await limit(() => fetchTrajectory(c, t, ref.trajectory_id));
        return await diagnose(c, t, trajectory, depth);
      } catch (error) {
        // An abort or a bug must surface; other failures of one child are reported, not thrown.
        if (error instanceof APIUserAbortError || !(error instanceof JettyError)) throw error;
        lastError = error;
        // Only a wrong guess at the child's task is worth another try.
        if (!(error instanceof NotFoundError)) break;
      }
    }
    const fallback = where[0] ?? { collection: "", task: "" };
    return {
      collection: fallback.collection,
      task: fallback.task,
      trajectoryId: ref.trajectory_id,
      status: "unavailable",
      error:
        where.length === 0
          ? "the fan-out reference names no task and the step config has no child_workflow_name"
          : `could not fetch the child trajectory: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
      failedSteps: [],
      rootCause: undefined,
    };
  };

  const top = await limit(() => fetchTrajectory(collection, task, trajectoryId));
  return diagnose(collection, task, top, 0);
}

interface Reference {
  trajectory_id: string;
  name: string | undefined;
  collection: string | undefined;
  task: string | undefined;
  status: string | undefined;
}

function referencesOf(step: Record<string, unknown>): Reference[] {
  const outputs = step.outputs;
  if (typeof outputs !== "object" || outputs === null) return [];
  const list = (outputs as Record<string, unknown>).trajectory_references;
  if (!Array.isArray(list)) return [];
  const out: Reference[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (typeof item !== "object" || item === null) continue;
    const r = item as Record<string, unknown>;
    if (typeof r.trajectory_id !== "string" || r.trajectory_id === "" || seen.has(r.trajectory_id)) continue;
    seen.add(r.trajectory_id);
    out.push({
      trajectory_id: r.trajectory_id,
      name: nonEmpty(r.name),
      collection: nonEmpty(r.collection),
      task: nonEmpty(r.task),
      status: nonEmpty(r.status),
    });
  }
  return out;
}

function childWorkflowName(
  trajectory: Trajectory,
  name: string,
  step: Record<string, unknown>,
): string | undefined {
  const fromStep = step.config as Record<string, unknown> | null | undefined;
  const fromConfigs = trajectory.step_configs?.[name] as Record<string, unknown> | undefined;
  return nonEmpty(fromStep?.child_workflow_name) ?? nonEmpty(fromConfigs?.child_workflow_name);
}

/** The places a child may live, most specific first, without duplicates. */
function locations(
  parentCollection: string,
  ref: Reference,
  childWorkflow: string | undefined,
): Array<{ collection: string; task: string }> {
  const out: Array<{ collection: string; task: string }> = [];
  const add = (c: string | undefined, t: string | undefined) => {
    if (!c || !t || out.some((o) => o.collection === c && o.task === t)) return;
    out.push({ collection: c, task: t });
  };
  if (ref.task) add(ref.collection ?? parentCollection, ref.task);
  for (const candidate of [ref.name, childWorkflow]) {
    if (!candidate) continue;
    const slash = candidate.indexOf("/");
    if (slash > 0) add(candidate.slice(0, slash), candidate.slice(slash + 1));
    else add(parentCollection, candidate);
  }
  return out;
}

function limiter(concurrency: number): <T>(job: () => PromiseLike<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  return async <T>(job: () => PromiseLike<T>): Promise<T> => {
    if (active >= concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
