import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import { callOperation } from "../core/operation";
import { checkOptionKeys, ROUTINE_LIST_PARAM_KEYS } from "../core/option-keys";
import type { RequestOptions } from "../core/options";
import { secretValues } from "../core/redact";
import {
  createRoutine,
  deleteRoutine,
  getRoutine,
  listRoutineRuns,
  listRoutines,
  listTaskRoutines,
  pauseRoutine,
  resumeRoutine,
  runRoutineNow,
  updateRoutine,
} from "../generated/operations";
import type {
  zRoutine,
  zRoutineCreate,
  zRoutineRun,
  zRoutineRunNowResponse,
  zRoutineUpdate,
} from "../generated/schemas";
import { type Acknowledgement, acknowledgement } from "./acknowledgement";
import { type ListPromise, singleList } from "./list-promise";
import { APIResource } from "./resource";

/**
 * A routine: a saved schedule that fires a task.
 *
 * @example
 * ```ts
 * const routine: Routine = await jetty.routines.get("acme", "nightly", "every-morning");
 * console.log(routine.next_run_at);
 * ```
 */
export type Routine = z.output<typeof zRoutine>;
/**
 * One recent run of a routine: a trajectory or a run summary (undocumented; every field may be
 * missing or null).
 *
 * @example
 * ```ts
 * const { trajectories } = await jetty.routines.runs("acme", "nightly", "every-morning");
 * const first: RoutineRun | undefined = trajectories[0];
 * console.log(first?.trajectory_id ?? first?.workflow_id);
 * ```
 */
export type RoutineRun = z.output<typeof zRoutineRun>;
/**
 * What `routines.runs` returns: the recent runs, whether the server wrapped them in
 * `{ trajectories }` or sent a bare array.
 *
 * @example
 * ```ts
 * const runs: RoutineRunList = await jetty.routines.runs("acme", "nightly", "every-morning", { limit: 5 });
 * console.log(runs.trajectories.length);
 * ```
 */
export interface RoutineRunList {
  trajectories: RoutineRun[];
}
/**
 * Body of `routines.create`.
 *
 * @example
 * ```ts
 * const params: RoutineCreateParams = { name: "every-morning", cadence: { type: "daily", hour_utc: 6 } };
 * ```
 */
export type RoutineCreateParams = z.input<typeof zRoutineCreate>;
/**
 * Body of `routines.update`; `init_params_overrides` and `secret_params` replace the stored objects.
 *
 * @example
 * ```ts
 * const params: RoutineUpdateParams = { paused: true };
 * await jetty.routines.update("acme", "nightly", "every-morning", params);
 * ```
 */
export type RoutineUpdateParams = z.input<typeof zRoutineUpdate>;

const CADENCE_TYPES = new Set(["manual", "hourly", "daily", "weekdays", "weekly"]);
const DAYS = new Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

/**
 * `jetty.routines`: scheduled runs of a task (UTC cadences), with pause, resume, run-now and
 * the routine's recent runs. A key can manage routines only in its own collection.
 *
 * @example
 * ```ts
 * await jetty.routines.create("my-collection", "nightly-eval", {
 *   name: "every-morning",
 *   cadence: { type: "daily", hour_utc: 6, minute_utc: 30 },
 * });
 * const { workflow_id } = await jetty.routines.runNow("my-collection", "nightly-eval", "every-morning");
 * ```
 */
export class Routines extends APIResource {
  /**
   * Lists routines of a collection, or of one task when `task` is given.
   *
   * @example
   * ```ts
   * const all = await jetty.routines.list("my-collection");
   * const forTask = await jetty.routines.list("my-collection", { task: "nightly-eval" });
   * for await (const r of jetty.routines.list("my-collection")) console.log(r.name);
   * ```
   */
  list(collection: string, params: { task?: string } = {}, options?: RequestOptions): ListPromise<Routine> {
    const routines = APIPromise.attempt(() => {
      requireName("collection", collection);
      checkOptionKeys(params, ROUTINE_LIST_PARAM_KEYS, { what: "params" });
      const listed =
        params.task === undefined
          ? callOperation(this._transport, listRoutines, { path: { collection } }, options)
          : callOperation(
              this._transport,
              listTaskRoutines,
              { path: { collection, task: requireName("task", params.task) } },
              options,
            );
      return listed.map((list) => (Array.isArray(list) ? list : list.routines));
    });
    return singleList(routines);
  }

  /**
   * Reads one routine, including `next_run_at`.
   *
   * @example
   * ```ts
   * const r = await jetty.routines.get("my-collection", "nightly-eval", "every-morning");
   * ```
   */
  get(collection: string, task: string, name: string, options?: RequestOptions): APIPromise<Routine> {
    return APIPromise.attempt(() => {
      return callOperation(this._transport, getRoutine, this.#item(collection, task, name), options);
    });
  }

  /**
   * Creates a routine. The cadence is checked before sending: `manual` takes no other field,
   * `daily`/`weekdays`/`weekly` need `hour_utc` (0–23), `weekly` needs `day_of_week`.
   *
   * @example
   * ```ts
   * await jetty.routines.create("c", "t", { name: "weekly", cadence: { type: "weekly", hour_utc: 9, day_of_week: "mon" } });
   * ```
   */
  create(
    collection: string,
    task: string,
    params: RoutineCreateParams,
    options?: RequestOptions,
  ): APIPromise<Routine> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      requireName("name", requireObject("params", params).name);
      checkCadence(params.cadence);
      return callOperation(
        this._transport,
        createRoutine,
        { path: { collection, task }, body: params, secrets: routineSecrets(params) },
        options,
      );
    });
  }

  /**
   * Changes some fields of a routine.
   *
   * @example
   * ```ts
   * await jetty.routines.update("c", "t", "weekly", { paused: true });
   * ```
   */
  update(
    collection: string,
    task: string,
    name: string,
    params: RoutineUpdateParams,
    options?: RequestOptions,
  ): APIPromise<Routine> {
    return APIPromise.attempt(() => {
      requireObject("params", params);
      if (params.cadence !== undefined) checkCadence(params.cadence);
      const item = this.#item(collection, task, name);
      return callOperation(
        this._transport,
        updateRoutine,
        { ...item, body: params, secrets: routineSecrets(params) },
        options,
      );
    });
  }

  /**
   * Deletes a routine and its schedule. Resolves with an {@link Acknowledgement} (the answer is
   * undocumented; an empty body or a 204 is a success).
   *
   * @example
   * ```ts
   * await jetty.routines.delete("c", "t", "weekly");
   * ```
   */
  delete(
    collection: string,
    task: string,
    name: string,
    options?: RequestOptions,
  ): APIPromise<Acknowledgement> {
    return APIPromise.attempt(() => {
      return callOperation(this._transport, deleteRoutine, this.#item(collection, task, name), options).map(
        acknowledgement,
      );
    });
  }

  /**
   * Pauses a routine's schedule. Resolves with an {@link Acknowledgement}: the answer is
   * undocumented (some clients expect the routine back; read it with `get` when you need it).
   *
   * @example
   * ```ts
   * await jetty.routines.pause("c", "t", "weekly");
   * ```
   */
  pause(
    collection: string,
    task: string,
    name: string,
    options?: RequestOptions,
  ): APIPromise<Acknowledgement> {
    return APIPromise.attempt(() =>
      callOperation(this._transport, pauseRoutine, this.#item(collection, task, name), options).map(
        acknowledgement,
      ),
    );
  }

  /**
   * Resumes a paused routine. Resolves with an {@link Acknowledgement}, as `pause` does.
   *
   * @example
   * ```ts
   * await jetty.routines.resume("c", "t", "weekly");
   * ```
   */
  resume(
    collection: string,
    task: string,
    name: string,
    options?: RequestOptions,
  ): APIPromise<Acknowledgement> {
    return APIPromise.attempt(() =>
      callOperation(this._transport, resumeRoutine, this.#item(collection, task, name), options).map(
        acknowledgement,
      ),
    );
  }

  /**
   * Fires the routine once, now. Resolves with the run's `workflow_id`.
   *
   * @example
   * ```ts
   * const { workflow_id } = await jetty.routines.runNow("c", "t", "weekly");
   * ```
   */
  runNow(
    collection: string,
    task: string,
    name: string,
    options?: RequestOptions,
  ): APIPromise<z.output<typeof zRoutineRunNowResponse>> {
    return APIPromise.attempt(() => {
      return callOperation(this._transport, runRoutineNow, this.#item(collection, task, name), options);
    });
  }

  /**
   * The routine's recent runs, as `{ trajectories }` whether the server wrapped them or not.
   *
   * @example
   * ```ts
   * const { trajectories } = await jetty.routines.runs("c", "t", "weekly", { limit: 5 });
   * ```
   */
  runs(
    collection: string,
    task: string,
    name: string,
    params: { limit?: number } = {},
    options?: RequestOptions,
  ): APIPromise<RoutineRunList> {
    return APIPromise.attempt(() => {
      const item = this.#item(collection, task, name);
      return callOperation(
        this._transport,
        listRoutineRuns,
        { ...item, query: { limit: params.limit } },
        options,
      ).map((runs) => ({ trajectories: Array.isArray(runs) ? runs : runs.trajectories }));
    });
  }

  /** The path parameters of one routine, checked. */
  #item(collection: string, task: string, name: string) {
    requireName("collection", collection);
    requireName("task", task);
    requireName("name", name);
    return { path: { collection, task, name } };
  }
}

/** Routine fields whose values must never reach an error message. */
function routineSecrets(params: { secret_params?: unknown; webhook_secret?: unknown }): string[] {
  return [...secretValues(params.secret_params), ...secretValues(params.webhook_secret)];
}

function checkCadence(cadence: unknown): void {
  const c = requireObject("cadence", cadence);
  const type = c.type;
  if (typeof type !== "string" || !CADENCE_TYPES.has(type)) {
    throw new InvalidInputError("cadence.type", `must be one of ${[...CADENCE_TYPES].join(", ")}.`);
  }
  if (type === "manual") {
    const extra = Object.keys(c).filter((k) => k !== "type");
    if (extra.length > 0)
      throw new InvalidInputError(
        "cadence",
        `a manual cadence takes no other field (got ${extra.join(", ")}).`,
      );
    return;
  }
  checkRange("cadence.minute_utc", c.minute_utc, 0, 59, false);
  checkRange("cadence.hour_utc", c.hour_utc, 0, 23, type !== "hourly");
  if (type === "weekly" && (typeof c.day_of_week !== "string" || !DAYS.has(c.day_of_week))) {
    throw new InvalidInputError(
      "cadence.day_of_week",
      "a weekly cadence needs one of mon, tue, wed, thu, fri, sat, sun.",
    );
  }
}

function checkRange(param: string, value: unknown, min: number, max: number, required: boolean): void {
  if (value === undefined && !required) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(
      param,
      `must be an integer from ${min} to ${max}${required ? " (required)" : ""}.`,
    );
  }
}
