/** Collections, their environment variables and their trial state. */

import { Auth } from "../auth";
import { type Core, page, principalOf } from "../core";
import { readBody, readJson } from "../http/body";
import { HttpError, Reply } from "../http/respond";
import type { Router } from "../http/router";
import { nameKey } from "../ids";
import type { CollectionRecord } from "../store";

/** `/api/v1/collections/...` (with environment) and `/api/v1/trial/...`. */
export function collectionRoutes(router: Router, core: Core): void {
  const { store } = core;

  router.on("listCollections", (ctx) => {
    const principal = principalOf(ctx);
    const visible = [...store.collections.values()].filter((c) => Auth.canAccess(principal, c.wire.name));
    return page(visible, ctx.query, 1000).map((c) => c.wire);
  });

  router.on("createCollection", async (ctx) => {
    const body = await readBody(ctx);
    // A scoped key may only (re)create a collection it is bound to.
    Auth.assertAccess(principalOf(ctx), body.name);
    const env = (body as { environment_variables?: unknown }).environment_variables;
    const record = store.createCollection(body.name, body.description ?? null, stringMap(env));
    return record.wire;
  });

  router.on("getCollection", (ctx) => store.requireCollection(ctx.principal, ctx.params.collection).wire);

  router.on("deleteCollection", (ctx) => {
    const record = store.requireCollection(ctx.principal, ctx.params.collection);
    if (principalOf(ctx).collections !== "all") throw new HttpError(403, "Admin access required.");
    for (const task of store.tasksOf(record)) store.deleteTask(record, task);
    store.collections.delete(nameKey(record.wire.name));
    return new Reply(204, undefined);
  });

  router.on("getCollectionEnvironment", (ctx) =>
    environmentView(store.requireCollection(ctx.principal, ctx.params.collection)),
  );

  router.on("updateCollectionEnvironment", async (ctx) => {
    const record = store.requireCollection(ctx.principal, ctx.params.collection);
    const body = (await readBody(ctx)) as { environment_variables?: unknown };
    if (!("environment_variables" in body) || body.environment_variables === undefined)
      return environmentView(record);
    if (body.environment_variables === null) {
      record.env = null;
      return environmentView(record);
    }
    // Merge; a null value deletes that key (the documented contract, not DOCK's plain dict update).
    const next = { ...(record.env ?? {}) };
    for (const [key, value] of Object.entries(body.environment_variables as Record<string, unknown>)) {
      if (value === null) delete next[key];
      else next[key] = String(value);
    }
    record.env = next;
    return environmentView(record);
  });

  router.on("getTrialStatus", (ctx) =>
    store.trialView(store.requireCollection(ctx.principal, ctx.params.collection)),
  );

  router.on("activateTrial", async (ctx) => {
    const record = store.requireCollection(ctx.principal, ctx.params.collection);
    await readJson(ctx).catch(() => undefined); // the skills send an empty JSON body; nothing to read
    record.trial.active = true;
    return { ...store.trialView(record), status: "active" };
  });
}

function environmentView(record: CollectionRecord) {
  return { ...record.wire, environment_variables: record.env === null ? null : { ...record.env } };
}

function stringMap(value: unknown): Record<string, string> | null {
  if (value === null || typeof value !== "object") return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}
