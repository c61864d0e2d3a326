/** Tasks: named workflows in a collection. */

import { Auth } from "../auth";
import { type Core, intQuery, page, principalOf } from "../core";
import type { EmulatedTask } from "../entities";
import { readBody } from "../http/body";
import { HttpError, Reply } from "../http/respond";
import type { Router } from "../http/router";
import { invalid } from "../http/validation";
import { nowIso } from "../ids";

/** `/api/v1/tasks/...`: list, search, create, read (public tasks without a token), update, delete. */
export function taskRoutes(router: Router, core: Core): void {
  const { store } = core;

  router.on("listTasks", (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    return page(store.tasksOf(collection), ctx.query, 500).map(listItem);
  });

  // The asset store's global search: Typesense hits, fields under `document`, every visible collection.
  router.on("searchAllTasks", (ctx) => {
    const principal = principalOf(ctx);
    const needle = requiredQuery(ctx.query).toLowerCase();
    const limit = intQuery(ctx.query, "limit", { default: 30, min: 1, max: 100 });
    const hits = [...store.tasks.values()]
      .filter((t) => Auth.canAccess(principal, t.collection_name) && matches(t, needle))
      .slice(0, limit)
      .map((t) => ({
        document: {
          id: `task/${t.collection_name}/${t.name}`,
          collection_name: t.collection_name,
          entity_name: t.name,
          full_name: `${t.collection_name}/${t.name}`,
          entity_type: "task",
        },
        highlights: [],
        text_match: 100,
      }));
    return { hits };
  });

  // A literal segment beats a parameter (the router's precedence), so a task literally named "search"
  // cannot be read by name here. With `taskSearch: "backend"` it answers as the asset store does,
  // whose task route takes "search" for a task name.
  router.on("searchTasks", (ctx) => {
    if (core.taskSearch === "backend") return readTask(ctx.principal, ctx.params.collection, "search");
    const collection = store.requireCollection(principalOf(ctx), ctx.params.collection);
    const needle = requiredQuery(ctx.query).toLowerCase();
    return store
      .tasksOf(collection)
      .filter((t) => matches(t, needle))
      .map(listItem);
  });

  router.on("createTask", async (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    const body = await readBody(ctx);
    return new Reply(
      201,
      taskView(store.createTask(collection, body as Parameters<typeof store.createTask>[1])),
    );
  });

  // Public tasks (is_private: false) can be read without a token (the operation's auth is optional).
  router.on("getTask", (ctx) => readTask(ctx.principal, ctx.params.collection, ctx.params.task));

  router.on("updateTask", async (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    const task = store.requireTask(collection, ctx.params.task);
    const body = (await readBody(ctx)) as Partial<EmulatedTask>;
    // A partial update despite the verb: only the fields sent change (DOCK behaviour).
    if (typeof body.name === "string") store.renameTask(collection, task, body.name);
    if (body.workflow !== undefined) task.workflow = structuredClone(body.workflow);
    if (body.description !== undefined) task.description = body.description;
    if (body.version !== undefined) task.version = body.version;
    if (body.has_file_uploads !== undefined) task.has_file_uploads = body.has_file_uploads;
    if (body.is_private !== undefined) task.is_private = body.is_private;
    if (body.croissant_metadata !== undefined) task.croissant_metadata = body.croissant_metadata;
    task.updated_at = nowIso();
    return taskView(task);
  });

  /** `GET /tasks/{c}/{t}`: public tasks can be read without a token. */
  function readTask(principal: Parameters<typeof store.requireCollection>[0], c: string, t: string) {
    if (!principal) {
      const task = store.getTask(c, t);
      if (!task || task.is_private) throw new HttpError(401, "Not authenticated");
      return taskView(task);
    }
    return taskView(store.requireTask(store.requireCollection(principal, c), t));
  }

  router.on("deleteTask", (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    store.deleteTask(collection, store.requireTask(collection, ctx.params.task));
    return { message: "Task deleted successfully" };
  });
}

function requiredQuery(query: URLSearchParams): string {
  const q = query.get("q");
  if (q === null) invalid(["query", "q"], "Field required", "missing");
  return q;
}

function matches(task: EmulatedTask, needle: string): boolean {
  return task.name.toLowerCase().includes(needle) || (task.description ?? "").toLowerCase().includes(needle);
}

/** `TaskListResponse`: the task without timestamps, with `collection_name`. */
function listItem(task: EmulatedTask) {
  const { created_at: _c, updated_at: _u, ...rest } = task;
  return structuredClone(rest);
}

/** `TaskResponse`, with the fields DOCK only fills on another route left null. */
function taskView(task: EmulatedTask) {
  return {
    ...structuredClone(task),
    environment_variables: null,
    storage_info: null,
    storage_provider: null,
  };
}
