/** Routines: saved schedules that fire a task. Nothing fires on its own here; `run-now` starts a real run. */
import { type Core, intQuery } from "../core";
import type { EmulatedTask } from "../entities";
import { readBody } from "../http/body";
import { HttpError, Reply } from "../http/respond";
import type { RoutedContext, Router } from "../http/router";
import { type DetailItem, unprocessable } from "../http/validation";
import { nameKey, nowIso } from "../ids";
import type { CollectionRecord } from "../store";
import type { Conforms, Wire } from "../wire";
import { runResponse } from "./runs";

type Cadence = Wire<"Cadence">;

/** A stored routine: the fields the emulator always fills, checked against the wire schema. */
type Routine = Conforms<
  {
    id: number;
    name: string;
    collection: string;
    task: string;
    cadence: Cadence;
    paused: boolean;
    init_params_overrides: Record<string, unknown>;
    webhook_url: string | null;
    has_secret_params: boolean;
    has_webhook_secret: boolean;
    created_at: string;
    updated_at: string;
    next_run_at: string | null;
    last_run_at: string | null;
  },
  "Routine"
>;

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const CADENCE_TYPES = ["manual", "hourly", "daily", "weekdays", "weekly"];

/** `/api/v1/routines/...`: CRUD, pause/resume, run-now and runs. */
export function routineRoutes(router: Router, core: Core): void {
  const { store, engine } = core;
  // Secrets are kept beside the routine, never in it, so no response can echo them.
  const secrets = new Map<number, { secret_params?: Record<string, string>; webhook_secret?: string }>();
  const keyOf = (c: string, t: string, name: string) => `${nameKey(c)}/${nameKey(t)}/${nameKey(name)}`;
  const all = () => [...store.routines.values()] as Routine[];

  const scope = (
    ctx: RoutedContext<{ collection: string; task: string }>,
  ): { collection: CollectionRecord; task: EmulatedTask } => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    return { collection, task: store.requireTask(collection, ctx.params.task) };
  };
  const find = (ctx: RoutedContext<{ collection: string; task: string; name: string }>) => {
    const { collection, task } = scope(ctx);
    const routine = store.routines.get(keyOf(collection.wire.name, task.name, ctx.params.name)) as
      | Routine
      | undefined;
    if (!routine) throw new HttpError(404, `Routine '${ctx.params.name}' not found for task '${task.name}'`);
    return { collection, task, routine };
  };

  router.on("listRoutines", (ctx) => {
    const collection = store.requireCollection(ctx.principal, ctx.params.collection);
    return { routines: all().filter((r) => nameKey(r.collection) === nameKey(collection.wire.name)) };
  });

  router.on("listTaskRoutines", (ctx) => {
    const { collection, task } = scope(ctx);
    return {
      routines: all().filter(
        (r) => r.collection === collection.wire.name && nameKey(r.task) === nameKey(task.name),
      ),
    };
  });

  router.on("createRoutine", async (ctx) => {
    const { collection, task } = scope(ctx);
    const body = (await readBody(ctx)) as RoutineBody;
    checkCadence(body.cadence as Cadence);
    checkOverrides(task, body.init_params_overrides);
    const key = keyOf(collection.wire.name, task.name, body.name);
    if (store.routines.has(key))
      throw new HttpError(400, `Routine '${body.name}' already exists for task '${task.name}'`);
    const now = nowIso();
    const routine: Routine = {
      id: store.newId(),
      name: body.name,
      collection: collection.wire.name,
      task: task.name,
      cadence: body.cadence as Cadence,
      init_params_overrides: body.init_params_overrides ?? {},
      paused: body.paused ?? false,
      webhook_url: body.webhook_url ?? null,
      has_secret_params: false,
      has_webhook_secret: false,
      created_at: now,
      updated_at: now,
      next_run_at: null,
      last_run_at: null,
    };
    secrets.set(routine.id, {});
    applySecrets(routine, body);
    routine.next_run_at = nextRunAt(routine.cadence, routine.paused);
    store.routines.set(key, routine);
    return new Reply(201, routine);
  });

  router.on("getRoutine", (ctx) => find(ctx).routine);

  router.on("updateRoutine", async (ctx) => {
    const { task, routine } = find(ctx);
    const body = (await readBody(ctx)) as Partial<RoutineBody>;
    if (body.cadence !== undefined) {
      checkCadence(body.cadence as Cadence);
      routine.cadence = body.cadence as Cadence;
    }
    if (body.init_params_overrides !== undefined) {
      checkOverrides(task, body.init_params_overrides);
      routine.init_params_overrides = body.init_params_overrides ?? {}; // replaces, never merges
    }
    if (body.paused !== undefined) routine.paused = body.paused;
    if (body.webhook_url !== undefined) routine.webhook_url = body.webhook_url;
    applySecrets(routine, body);
    routine.next_run_at = nextRunAt(routine.cadence, routine.paused);
    routine.updated_at = nowIso();
    return routine;
  });

  router.on("deleteRoutine", (ctx) => {
    const { collection, task, routine } = find(ctx);
    store.routines.delete(keyOf(collection.wire.name, task.name, routine.name));
    secrets.delete(routine.id);
    return { message: "Routine deleted successfully" };
  });

  for (const [action, operationId] of [
    ["pause", "pauseRoutine"],
    ["resume", "resumeRoutine"],
  ] as const) {
    router.on(operationId, (ctx) => {
      const { routine } = find(ctx);
      routine.paused = action === "pause";
      routine.next_run_at = nextRunAt(routine.cadence, routine.paused);
      routine.updated_at = nowIso();
      return routine;
    });
  }

  router.on("runRoutineNow", (ctx) => {
    const { collection, task, routine } = find(ctx);
    const record = engine.start({
      collection,
      task,
      initParams: structuredClone(routine.init_params_overrides),
      secretParams: secrets.get(routine.id)?.secret_params,
      webhookUrl: routine.webhook_url,
      routineId: routine.id,
    });
    routine.last_run_at = record.t.created;
    return { ...runResponse(record, "started"), trajectory_id: record.t.trajectory_id };
  });

  router.on("listRoutineRuns", (ctx) => {
    const { collection, task, routine } = find(ctx);
    const limit = intQuery(ctx.query, "limit", { default: 20, min: 1, max: 1000 });
    const runs = store
      .trajectoriesOf(collection.wire.name, task.name)
      .filter((r) => r.t.triggered_by_routine_id === routine.id)
      .slice(0, limit);
    return { trajectories: runs.map((r) => structuredClone(r.t)) };
  });

  function applySecrets(routine: Routine, body: Partial<RoutineBody>): void {
    const held = secrets.get(routine.id) ?? {};
    if (body.secret_params !== undefined) held.secret_params = body.secret_params ?? undefined;
    if (body.webhook_secret !== undefined) held.webhook_secret = body.webhook_secret ?? undefined;
    secrets.set(routine.id, held);
    routine.has_secret_params =
      held.secret_params !== undefined && Object.keys(held.secret_params).length > 0;
    routine.has_webhook_secret = held.webhook_secret !== undefined;
  }
}

interface RoutineBody {
  name: string;
  cadence: unknown;
  init_params_overrides?: Record<string, unknown> | null;
  secret_params?: Record<string, string> | null;
  paused?: boolean;
  webhook_url?: string | null;
  webhook_secret?: string | null;
}

/** The §2.12 combinations: `manual` takes nothing else; daily/weekdays/weekly need `hour_utc`; weekly needs a day. */
function checkCadence(cadence: Cadence): void {
  const problems: DetailItem[] = [];
  const at = (field: string) => ["body", "cadence", field];
  // The schema passes unknown types through (for forward-compatible responses); the server does not.
  if (!CADENCE_TYPES.includes(cadence.type)) {
    unprocessable([
      {
        loc: at("type"),
        msg: `Input should be ${CADENCE_TYPES.map((t) => `'${t}'`).join(", ")}`,
        type: "enum",
      },
    ]);
  }
  if (cadence.type === "manual") {
    for (const field of Object.keys(cadence)) {
      if (field !== "type")
        problems.push({
          loc: at(field),
          msg: "Extra inputs are not permitted for a manual cadence",
          type: "extra_forbidden",
        });
    }
  }
  if (["daily", "weekdays", "weekly"].includes(cadence.type) && cadence.hour_utc === undefined) {
    problems.push({
      loc: at("hour_utc"),
      msg: `Field required for a ${cadence.type} cadence`,
      type: "missing",
    });
  }
  if (cadence.type === "weekly" && cadence.day_of_week === undefined) {
    problems.push({ loc: at("day_of_week"), msg: "Field required for a weekly cadence", type: "missing" });
  }
  if (problems.length > 0) unprocessable(problems);
}

/** Overrides may only name keys the task's workflow declares in `init_params` (400 listing the others). */
function checkOverrides(task: EmulatedTask, overrides: Record<string, unknown> | null | undefined): void {
  const declared = (task.workflow as { init_params?: Record<string, unknown> }).init_params ?? {};
  const unknown = Object.keys(overrides ?? {}).filter((k) => !Object.hasOwn(declared, k));
  if (unknown.length > 0) {
    throw new HttpError(
      400,
      `init_params_overrides contains keys that are not in the task's init_params: ${unknown.join(", ")}`,
    );
  }
}

/** The next firing time in UTC, or null for manual or paused routines. */
function nextRunAt(cadence: Cadence, paused: boolean, now = new Date()): string | null {
  if (paused || cadence.type === "manual") return null;
  const next = new Date(now.getTime());
  next.setUTCSeconds(0, 0);
  const minute = cadence.minute_utc ?? 0;
  if (cadence.type === "hourly") {
    next.setUTCMinutes(minute);
    if (next <= now) next.setUTCHours(next.getUTCHours() + 1);
    return next.toISOString();
  }
  next.setUTCHours(cadence.hour_utc ?? 0, minute, 0, 0);
  const dayOk = (d: Date) => {
    const day = d.getUTCDay();
    if (cadence.type === "weekdays") return day >= 1 && day <= 5;
    if (cadence.type === "weekly") return DAYS[day] === cadence.day_of_week;
    return true;
  };
  while (next <= now || !dayOk(next)) next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}
