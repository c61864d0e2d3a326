/**
 * Starting runs: `POST /api/v1/run/{c}/{t}` (returns at once) and `/run-sync/...` (holds the request until
 * the run is terminal). Both take multipart form fields; uploads land in `{storage_path}/inputs/`.
 */
import { type Core, principalOf } from "../core";
import type { EmulatedTrial } from "../entities";
import { contentTypeFor, safeFilename } from "../files/content-type";
import { readRaw } from "../http/body";
import type { RequestContext } from "../http/context";
import { formFromUrlEncoded, isMultipart, type MultipartBody, readMultipart } from "../http/multipart";
import { HttpError } from "../http/respond";
import type { RoutedContext, Router } from "../http/router";
import { invalid } from "../http/validation";
import type { CollectionRecord, TrajectoryRecord } from "../store";
import type { Wire } from "../wire";

/** `/api/v1/run/{c}/{t}` and `/api/v1/run-sync/{c}/{t}`. */
export function runRoutes(router: Router, core: Core): void {
  router.on("runTask", async (ctx) => {
    const { record, trial } = await startFromForm(ctx, core);
    return runResponse(record, "started", trial);
  });

  router.on("runTaskSync", async (ctx) => {
    const { record, trial } = await startFromForm(ctx, core);
    await record.done;
    return runResponse(record, record.t.status, trial);
  });
}

async function startFromForm(
  ctx: RoutedContext<{ collection: string; task: string }>,
  core: Core,
): Promise<{ record: TrajectoryRecord; trial: TrialInfo | undefined }> {
  const { store, engine } = core;
  principalOf(ctx);
  const collection = store.requireCollection(ctx.principal, ctx.params.collection);
  const task = store.requireTask(collection, ctx.params.task);
  const form = await readForm(ctx, core.maxStoredBytes);
  const initParams = jsonObjectField(form, "init_params") ?? {};
  const secretParams = jsonObjectField(form, "secret_params");
  const useTrial = /^(true|1|yes)$/i.test(form.fields.get("use_trial_keys")?.[0] ?? "");
  if (useTrial) chargeTrial(collection);

  const slot = engine.allocate(collection.wire.name, task.name);
  const uploads = form.files.filter((f) => f.field === "files");
  if (uploads.length > 0) {
    const used = new Set<string>();
    const paths = uploads.map((file, i) => {
      let name = safeFilename(file.filename);
      if (used.has(name)) name = `${i}_${name}`;
      used.add(name);
      const path = `${slot.storagePath}/inputs/${name}`;
      store.putFile(path, file.chunks, file.size, contentTypeFor(name, file.contentType));
      return path;
    });
    const given = Array.isArray(initParams.file_paths) ? initParams.file_paths : [];
    initParams.file_paths = [...given, ...paths];
  }
  const record = engine.start({
    collection,
    task,
    initParams,
    slot,
    secretParams: secretParams ? stringValues(secretParams) : undefined,
    webhookUrl: form.fields.get("webhook_url")?.[0] ?? null,
  });
  return { record, trial: useTrial ? trialInfo(store.trialView(collection)) : undefined };
}

/** Counts a trial run, or refuses it with 403 when the trial is inactive or used up. */
export function chargeTrial(collection: CollectionRecord): void {
  const { trial } = collection;
  if (!trial.active) {
    throw new HttpError(
      403,
      "Trial is not active for this collection. Activate it with POST /api/v1/trial/{collection}/activate or add your own provider keys.",
    );
  }
  if (trial.runsUsed >= trial.runsLimit) {
    throw new HttpError(
      403,
      `Trial exhausted: all ${trial.runsLimit} trial runs have been used. Add your own provider keys to the collection's environment variables.`,
    );
  }
  trial.runsUsed += 1;
}

async function readForm(ctx: RequestContext, maxStoredBytes: number): Promise<MultipartBody> {
  if (isMultipart(ctx))
    return readMultipart(ctx, { maxStoredBytes, redact: ["secret_params", "webhook_secret"] });
  const type = ctx.req.headers["content-type"] ?? "";
  const raw = await readRaw(ctx);
  if (/^application\/x-www-form-urlencoded/i.test(type)) {
    const form = formFromUrlEncoded(raw.toString("utf8"));
    ctx.log.body = Object.fromEntries(
      [...form.fields].map(([k, v]) => [
        k,
        k === "secret_params" || k === "webhook_secret" ? "[REDACTED]" : v[0],
      ]),
    );
    return form;
  }
  if (raw.length > 0) {
    // FastAPI would silently ignore a JSON body here and run with defaults; saying so is kinder.
    invalid(
      ["body"],
      "Run requests take multipart/form-data fields (init_params as a JSON string), not a JSON body",
      "value_error",
    );
  }
  return { fields: new Map(), files: [] };
}

function jsonObjectField(form: MultipartBody, name: string): Record<string, unknown> | undefined {
  const raw = form.fields.get(name)?.[0];
  if (raw === undefined || raw.trim() === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    invalid(["body", name], `${name} must be a JSON object serialised as a string`, "json_invalid");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    invalid(["body", name], `${name} must be a JSON object`, "dict_type");
  }
  return value as Record<string, unknown>;
}

function stringValues(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  );
}

/** The trial object of a run response: the counters without `active`. */
type TrialInfo = Omit<EmulatedTrial, "active">;

/** The counters of a trial without `active`, as run responses carry them. */
export function trialInfo({ active: _active, ...info }: EmulatedTrial): TrialInfo {
  return info;
}

/** The `WorkflowResponse` wire shape (plus `trial` for trial runs). */
export function runResponse(record: TrajectoryRecord, message: string, trial?: TrialInfo) {
  const trajectory: Wire<"Trajectory"> = structuredClone(record.t);
  return {
    message,
    workflow_id: record.workflowId,
    result: {},
    trajectory,
    metadata: "",
    ...(trial ? { trial } : {}),
  } satisfies Wire<"WorkflowResponse">;
}
