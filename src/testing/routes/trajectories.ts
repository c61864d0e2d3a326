/** Trajectories: listing, reading, statistics, logs, statuses, labels, zip download and ingest. */
import { Auth } from "../auth";
import { type Core, intQuery, principalOf } from "../core";
import type { EmulatedLabel, EmulatedTrajectory } from "../entities";
import { attachmentDisposition } from "../files/content-type";
import { writeZip } from "../files/zip";
import { readBody } from "../http/body";
import { HttpError, sendChunks } from "../http/respond";
import type { Router } from "../http/router";
import { nameKey, nowIso } from "../ids";
import { TERMINAL, type TrajectoryRecord } from "../store";

const STATUSES = ["pending", "running", "completed", "failed", "cancelled", "archived"] as const;

/** `/api/v1/db/...`, `/api/v1/workflows-logs/...`, `/api/v1/trajectory/...` and ingest. */
export function trajectoryRoutes(router: Router, core: Core): void {
  const { store, engine } = core;

  router.on("listTrajectories", (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    const limit = intQuery(ctx.query, "limit", { default: 10, min: 1, max: 1000 });
    const pageNo = intQuery(ctx.query, "page", { default: 1, min: 1 });
    const all = store.trajectoriesOf(collection.wire.name, ctx.params.task);
    const slice = all.slice((pageNo - 1) * limit, pageNo * limit);
    return {
      trajectories: slice.map((r) => structuredClone(r.t)),
      total: all.length,
      page: pageNo,
      limit,
      has_more: pageNo * limit < all.length,
    };
  });

  router.on("getTrajectory", (ctx) => structuredClone(trajectoryOf(ctx).t));

  router.on("getTrajectoryStats", (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    const all = store.trajectoriesOf(collection.wire.name, ctx.params.task);
    const by_status = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>;
    for (const r of all) by_status[r.t.status] = (by_status[r.t.status] ?? 0) + 1;
    const finished = all.filter((r) => r.t.status === "completed" || r.t.status === "failed");
    const durations = all
      .filter((r) => TERMINAL.has(r.t.status))
      .map((r) => (Date.parse(r.t.updated) - Date.parse(r.t.created)) / 1000);
    return {
      total: all.length,
      by_status,
      success_rate: finished.length > 0 ? (by_status.completed ?? 0) / finished.length : null,
      average_duration_seconds:
        durations.length > 0 ? durations.reduce((a, b) => a + b, 0) / durations.length : null,
      last_run_at: all[0]?.t.created ?? null,
    };
  });

  router.on("getWorkflowLogs", (ctx) => {
    const record = [...store.trajectories.values()].find((r) => r.workflowId === ctx.params.workflow_id);
    // Without a collection in the path, a foreign workflow is simply "not found".
    if (!record || !Auth.canAccess(principalOf(ctx), record.collection)) {
      throw new HttpError(404, `Workflow '${ctx.params.workflow_id}' not found`);
    }
    return {
      workflow_id: record.workflowId,
      trajectory_id: record.t.trajectory_id,
      status: record.t.status,
      events: structuredClone(record.events),
    };
  });

  router.on("updateTrajectoryStatuses", async (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    const body = (await readBody(ctx)) as Record<string, EmulatedTrajectory["status"]>;
    const updated: Record<string, string> = {};
    const not_found: string[] = [];
    for (const [id, status] of Object.entries(body)) {
      const record = store.trajectories.get(id);
      if (
        !record ||
        record.collection !== collection.wire.name ||
        nameKey(record.task) !== nameKey(ctx.params.task)
      ) {
        not_found.push(id);
        continue;
      }
      engine.setStatus(record, status);
      updated[id] = status;
    }
    return { updated, not_found };
  });

  router.on("addTrajectoryLabel", async (ctx) => {
    const record = trajectoryOf(ctx);
    const body = await readBody(ctx);
    const label: EmulatedLabel = { key: body.key, value: body.value, author: body.author, created: nowIso() };
    record.t.labels = [...record.t.labels.filter((l) => l.key !== label.key), label];
    return { ok: true, label };
  });

  router.on("downloadTrajectory", async (ctx) => {
    const record = trajectoryOf(ctx);
    const prefix = record.t.storage_path;
    const entries = [
      { name: "trajectory.json", chunks: [Buffer.from(`${JSON.stringify(record.t, null, 2)}\n`)] },
      ...store
        .filesUnder(prefix)
        .filter((f) => f.chunks !== null)
        .map((f) => ({
          name: f.path.slice(prefix.length + 1),
          chunks: f.chunks!,
          modified: new Date(f.created),
        })),
    ];
    const zip = writeZip(entries);
    const size = zip.reduce((n, b) => n + b.length, 0);
    const filename = `${record.collection}-${record.task}-${record.t.trajectory_id}.zip`;
    await sendChunks(
      ctx,
      200,
      { "content-type": "application/zip", "content-disposition": attachmentDisposition(filename) },
      zip,
      size,
    );
    return undefined;
  });

  router.on("ingestTrajectory", async (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    const task = ctx.params.task;
    const body = (await readBody(ctx)) as IngestBody;
    const c = collection.wire.name;
    // An existing id is overwritten in place (idempotent re-push); a new one gets the next run folder.
    const existing = body.trajectory_id ? store.trajectories.get(body.trajectory_id) : undefined;
    const sameTask = existing && existing.collection === c && nameKey(existing.task) === nameKey(task);
    const slot = sameTask
      ? { trajectoryId: existing.t.trajectory_id, storagePath: existing.t.storage_path }
      : body.trajectory_id
        ? { trajectoryId: body.trajectory_id, storagePath: store.nextStoragePath(c, task) }
        : engine.allocate(c, task);
    if (existing) store.trajectories.delete(existing.t.trajectory_id);
    const id = slot.trajectoryId;
    const storagePath = slot.storagePath;
    const now = nowIso();
    const author = body.author ?? "ingest";
    const status = body.status ?? "completed";
    const labels: EmulatedLabel[] = [
      ...Object.entries(body.scores ?? {}).map(([k, v]) => ({
        key: `score.${k}`,
        value: String(v),
        author,
        created: now,
      })),
      ...Object.entries(body.labels ?? {}).map(([k, v]) => ({
        key: k,
        value: String(v),
        author,
        created: now,
      })),
      ...(body.cost_usd !== undefined
        ? [{ key: "cost_est_usd", value: String(body.cost_usd), author, created: now }]
        : []),
    ];
    const created = body.created ?? now;
    const ended = body.completed ?? now;
    const t: EmulatedTrajectory = {
      name: `${collection.wire.name}/${task}`,
      trajectory_id: id,
      storage_path: storagePath,
      status,
      error: null,
      created,
      updated: ended,
      author,
      metadata_uri: `${storagePath}/trajectory.json`,
      org_id: null,
      attributes: {
        asset_type: "trajectory",
        asset_filename: "trajectory.json",
        created,
        params: { source: body.source ?? null, eval_id: body.eval_id ?? null, ...(body.metadata ?? {}) },
      },
      init_params: { input: body.input ?? null },
      step_configs: {},
      // The platform stores an ingested run's one step under `eval` (clients read steps.eval.outputs).
      steps: {
        eval: {
          key: "eval",
          activity: "eval",
          author,
          origin: { type: "ingest", source: body.source ?? null },
          status: status === "failed" ? "failed" : "completed",
          error: null,
          inputs: { input: body.input ?? null },
          outputs: { output: body.output ?? null },
          config: {},
          depends_on: [],
          created,
          ended,
          duration_seconds: (Date.parse(ended) - Date.parse(created)) / 1000 || 0,
        },
      },
      total_steps: ["eval"],
      completed_steps: ["eval"],
      labels,
      triggered_by_routine_id: null,
      webhook_url: null,
    };
    const record = engine.register(t, c, task);
    return {
      trajectory_id: id,
      name: t.name,
      storage_path: storagePath,
      status,
      labels: structuredClone(record.t.labels),
    };
  });

  function trajectoryOf(ctx: {
    principal: Parameters<typeof store.requireCollection>[0];
    params: { collection: string; task: string; trajectory_id: string };
  }): TrajectoryRecord {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    return store.requireTrajectory(collection.wire.name, ctx.params.task, ctx.params.trajectory_id);
  }
}

interface IngestBody {
  input?: unknown;
  output?: unknown;
  status?: EmulatedTrajectory["status"];
  scores?: Record<string, number>;
  labels?: Record<string, string>;
  cost_usd?: number;
  trajectory_id?: string;
  source?: string;
  eval_id?: string;
  metadata?: Record<string, unknown>;
  author?: string;
  created?: string;
  completed?: string;
}
