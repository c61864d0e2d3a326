import type { z } from "zod";
import { APIPromise, type RawResult } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import {
  createTask,
  deleteTask,
  getTask,
  listTasks,
  searchAllTasks,
  searchTasks,
  updateTask,
} from "../generated/operations";
import type { zTask, zTaskCreate, zTaskListItem, zTaskUpdate } from "../generated/schemas";
import { isSearchRouteMissing, normaliseHits, type TaskSearchHit } from "../helpers/task-search";
import { WorkflowValidationError } from "../workflows/errors";
import type { WorkflowIssue } from "../workflows/issues";
import { validateWorkflow } from "../workflows/validate";
import { acknowledgement } from "./acknowledgement";
import type { DeleteResponse } from "./asset-resource";
import { type ListPromise, offsetList } from "./list-promise";
import { APIResource } from "./resource";

/**
 * A task: a named workflow stored in a collection.
 *
 * @example
 * ```ts
 * const task: Task = await jetty.tasks.get("acme", "echo");
 * console.log(task.workflow); // the stored workflow document, typed `unknown` (the store does not check it)
 * ```
 */
export type Task = z.output<typeof zTask>;
/**
 * A task as it appears in lists (no timestamps, with `collection_name`).
 *
 * @example
 * ```ts
 * const items: TaskListItem[] = await jetty.tasks.list("acme");
 * console.log(items.map((t) => t.name));
 * ```
 */
export type TaskListItem = z.output<typeof zTaskListItem>;
/**
 * Body of `tasks.create`: `name` and `workflow` are required.
 *
 * @example
 * ```ts
 * const params: TaskCreateParams = { name: "echo", workflow: { init_params: {}, step_configs: {}, steps: [] } };
 * ```
 */
export type TaskCreateParams = z.input<typeof zTaskCreate>;
/**
 * Body of `tasks.update`: a partial update, only the fields sent change.
 *
 * @example
 * ```ts
 * const params: TaskUpdateParams = { description: "Echoes its input" };
 * await jetty.tasks.update("acme", "echo", params);
 * ```
 */
export type TaskUpdateParams = z.input<typeof zTaskUpdate>;

/**
 * A task as returned by create/update: the server's task plus the validator's warnings.
 *
 * @example
 * ```ts
 * const task: ValidatedTask = await jetty.tasks.create("acme", { name: "echo", workflow });
 * for (const w of task.validationWarnings) console.warn(w.path, w.message);
 * ```
 */
export type ValidatedTask = Task & {
  /** Warnings from `validateWorkflow` (errors would have stopped the call). SDK-side, not on the wire. */
  validationWarnings: WorkflowIssue[];
};

/**
 * Options of `tasks.create` / `tasks.update`.
 *
 * @example
 * ```ts
 * const options: TaskWriteOptions = { validate: false, timeout: 10_000 };
 * await jetty.tasks.update("acme", "echo", { workflow }, options);
 * ```
 */
export interface TaskWriteOptions extends RequestOptions {
  /** Check the workflow with `validateWorkflow` before sending (default true). Errors block the call. */
  validate?: boolean;
}

/**
 * `jetty.tasks`: list, read, search, create, update and delete tasks.
 *
 * @example
 * ```ts
 * const task = await jetty.tasks.create("my-collection", {
 *   name: "echo",
 *   workflow: {
 *     init_params: { text: "Hello!" },
 *     step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
 *     steps: ["echo"],
 *   },
 * });
 * ```
 */
export class Tasks extends APIResource {
  /**
   * Lists a collection's tasks. Awaited, it is the server's one answer (up to `limit`, default
   * 100); iterated with `for await`, it is every task, later pages fetched with `skip`.
   *
   * @example
   * ```ts
   * for (const t of await jetty.tasks.list("my-collection")) console.log(t.name);
   * for await (const t of jetty.tasks.list("my-collection")) console.log(t.name);
   * ```
   */
  list(
    collection: string,
    params: { skip?: number; limit?: number } = {},
    options?: RequestOptions,
  ): ListPromise<TaskListItem> {
    const page = (skip: number | undefined) =>
      APIPromise.attempt(() => {
        requireName("collection", collection);
        return callOperation(
          this._transport,
          listTasks,
          { path: { collection }, query: { skip, limit: params.limit } },
          options,
        );
      });
    return offsetList(page(params.skip), {
      skip: params.skip ?? 0,
      // The server's page size when no `limit` is sent (jetty-api.md §2.3).
      pageSize: params.limit ?? 100,
      fetch: page,
    });
  }

  /**
   * Reads one task, including its workflow document.
   *
   * @example
   * ```ts
   * const { workflow } = await jetty.tasks.get("my-collection", "echo");
   * ```
   */
  get(collection: string, task: string, options?: RequestOptions): APIPromise<Task> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      return callOperation(this._transport, getTask, { path: { collection, task } }, options);
    });
  }

  /**
   * Searches a collection's tasks. Tries the documented `GET /api/v1/tasks/{collection}/search?q=`
   * first; where the platform answers it like the asset store does (404 "Task 'search' … not
   * found": its task route takes `search` for a task name), it falls back to the global
   * `GET /api/v1/tasks/search?q=` (up to 100 hits across every collection the token can see) and
   * keeps this collection's hits. Either way the result is one list of {@link TaskSearchHit}s.
   *
   * @example
   * ```ts
   * const hits = await jetty.tasks.search("my-collection", "summar");
   * console.log(hits.map((h) => h.name));
   * ```
   */
  search(collection: string, query: string, options?: RequestOptions): APIPromise<TaskSearchHit[]> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      if (typeof query !== "string") throw new InvalidInputError("query", "expected a string.");
      const documented = callOperation(
        this._transport,
        searchTasks,
        { path: { collection }, query: { q: query } },
        options,
      )
        .map((result) => normaliseHits(Array.isArray(result) ? result : result.hits, collection))
        .withResponse();
      const raw: Promise<RawResult> = documented.then(
        ({ data, response }) => ({ data, response }),
        async (error: unknown) => {
          if (!isSearchRouteMissing(error)) throw error;
          const { data, response } = await callOperation(
            this._transport,
            searchAllTasks,
            { query: { q: query, limit: 100 } },
            options,
          )
            .map((result) => normaliseHits(result.hits, collection, "this-collection"))
            .withResponse();
          return { data, response };
        },
      );
      return new APIPromise(raw, (result) => result.data as TaskSearchHit[]);
    });
  }

  /**
   * Creates a task. The workflow is validated first (see `validateWorkflow`): errors throw
   * `WorkflowValidationError` and nothing is sent; warnings come back on `validationWarnings`.
   * Pass `{ validate: false }` to skip the check.
   *
   * @example
   * ```ts
   * const task = await jetty.tasks.create("c", { name: "echo", workflow });
   * for (const w of task.validationWarnings) console.warn(w.path, w.message);
   * ```
   */
  create(
    collection: string,
    params: TaskCreateParams,
    options: TaskWriteOptions = {},
  ): APIPromise<ValidatedTask> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireObject("params", params);
      requireName("name", params.name);
      requireObject("workflow", params.workflow);
      const warnings = this.#check(params.workflow, options);
      return callOperation(this._transport, createTask, { path: { collection }, body: params }, options).map(
        (task) => ({ ...task, validationWarnings: warnings }),
      );
    });
  }

  /**
   * Updates a task. The server treats this PUT as a partial update: only the fields sent change.
   * A workflow in the update is validated as in {@link Tasks.create}.
   *
   * @example
   * ```ts
   * await jetty.tasks.update("c", "echo", { description: "Echoes its input" });
   * ```
   */
  update(
    collection: string,
    task: string,
    params: TaskUpdateParams,
    options: TaskWriteOptions = {},
  ): APIPromise<ValidatedTask> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      requireObject("params", params);
      if (Object.keys(params).length === 0)
        throw new InvalidInputError("params", "give at least one field to update.");
      const warnings =
        params.workflow === undefined ? [] : this.#check(requireObject("workflow", params.workflow), options);
      return callOperation(
        this._transport,
        updateTask,
        { path: { collection, task }, body: params },
        options,
      ).map((updated) => ({ ...updated, validationWarnings: warnings }));
    });
  }

  /**
   * Deletes a task.
   *
   * @example
   * ```ts
   * await jetty.tasks.delete("my-collection", "old-task");
   * ```
   */
  delete(collection: string, task: string, options?: RequestOptions): APIPromise<DeleteResponse> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("task", task);
      return callOperation(this._transport, deleteTask, { path: { collection, task } }, options).map(
        acknowledgement,
      );
    });
  }

  #check(workflow: unknown, options: TaskWriteOptions): WorkflowIssue[] {
    if (options.validate === false) return [];
    const result = validateWorkflow(workflow);
    if (!result.valid) throw new WorkflowValidationError(result.issues);
    return result.issues.filter((issue) => issue.severity === "warning");
  }
}
