/**
 * The read-only contract check: calls each documented read endpoint through the SDK (with the token's
 * collection, its first task and that task's latest trajectory), and checks the raw body the platform
 * sent against the documented schema. Nothing is written; no value of any field is reported.
 */
import { APIError, type Jetty, ResponseValidationError } from "@jetty/sdk";
import { errorLine } from "./checks";
import { type Contract, operation } from "./contract";
import type { Recorder } from "./recorder";
import { checkBody, type Deviation } from "./schema-check";

/** The outcome of one endpoint. */
export interface EndpointResult {
  /** The operationId in api-schema.yaml. */
  operation: string;
  method: string;
  /** The documented path template. */
  path: string;
  /** `ok`: as documented; `deviates`: the body differs; `error`: the call failed; `skipped`: not callable. */
  status: "ok" | "deviates" | "error" | "skipped";
  httpStatus?: number;
  requestId?: string;
  /** Whether the SDK's own (possibly more tolerant) parsing accepted the body. */
  sdk?: "accepted" | "rejected";
  /** JSON paths the SDK rejected, when it did. */
  sdkIssues?: string[];
  deviations: Deviation[];
  detail?: string;
}

/** A probe's result, with what the SDK returned and the raw body (parsed JSON). */
export interface Probed<T> {
  result: EndpointResult;
  value: T | undefined;
  /** The body as sent, parsed (to pick the next probe's arguments when the SDK refused the body). */
  raw: unknown;
}

const TASK_READS = ["getTask", "listTrajectories", "getTrajectory", "getTrajectoryStats"];
const COLLECTION_READS = ["getCollection", "getCollectionEnvironment", "listTasks", ...TASK_READS];

/**
 * Calls every read endpoint it can reach from `collection` (after `listCollections`, which the caller
 * probes first to see whether the API answers at all) and checks each body.
 */
export async function probeEndpoints(
  jetty: Jetty,
  recorder: Recorder,
  contract: Contract,
  collection: string | undefined,
  signal: AbortSignal,
): Promise<EndpointResult[]> {
  const opts = { signal };
  const probe = <T>(id: string, call: () => PromiseLike<T>, sensitive = false) =>
    probeOne(recorder, contract, id, call, sensitive);
  const templates = () => probe("listStepTemplates", () => jetty.stepTemplates.list(opts));
  if (collection === undefined) {
    const why = "no collection to read: pass --collection NAME";
    return [
      ...COLLECTION_READS.map((id) => skipped(contract, id, why)),
      (await templates()).result,
      skipped(contract, "getTrialStatus", why),
    ];
  }
  const results: EndpointResult[] = [];
  results.push((await probe("getCollection", () => jetty.collections.get(collection, opts))).result);
  // The environment body holds plain-text values: only types are kept, and map keys are generalised.
  results.push(
    (await probe("getCollectionEnvironment", () => jetty.environment.keys(collection, opts), true)).result,
  );

  const tasks = await probe("listTasks", () => jetty.tasks.list(collection, {}, opts));
  results.push(tasks.result);
  const task = firstString(tasks.value, tasks.raw, "name");
  if (task === undefined) {
    results.push(...TASK_READS.map((id) => skipped(contract, id, `no task in ${collection} to read`)));
  } else {
    results.push((await probe("getTask", () => jetty.tasks.get(collection, task, opts))).result);
    const page = await probe("listTrajectories", () =>
      jetty.trajectories.list(collection, task, { limit: 5 }, opts),
    );
    results.push(page.result);
    const rawList = (page.raw as { trajectories?: unknown } | undefined)?.trajectories;
    const id = firstString(page.value?.trajectories, rawList, "trajectory_id");
    results.push(
      id === undefined
        ? skipped(contract, "getTrajectory", `no trajectory of ${collection}/${task} to read`)
        : (await probe("getTrajectory", () => jetty.trajectories.get(collection, task, id, opts))).result,
    );
    results.push(
      (await probe("getTrajectoryStats", () => jetty.trajectories.stats(collection, task, opts))).result,
    );
  }
  results.push((await templates()).result);
  const trial = await probe("getTrialStatus", () => jetty.trial.status(collection, opts));
  if (trial.result.httpStatus === 404) {
    trial.result.status = "skipped";
    trial.result.detail = "the collection has no trial record (404)";
  }
  results.push(trial.result);
  return results;
}

/** Calls one endpoint through the SDK and checks the raw body against its documented schema. */
export async function probeOne<T>(
  recorder: Recorder,
  contract: Contract,
  operationId: string,
  call: () => PromiseLike<T>,
  sensitive = false,
): Promise<Probed<T>> {
  const documented = operation(contract, operationId);
  const result: EndpointResult = {
    operation: operationId,
    method: documented.method,
    path: documented.path,
    status: "ok",
    deviations: [],
  };
  recorder.take();
  let value: T | undefined;
  try {
    value = await call();
    result.sdk = "accepted";
  } catch (error) {
    if (error instanceof ResponseValidationError) {
      result.sdk = "rejected";
      // Its paths name map keys (variable names); a sensitive endpoint keeps only the verdict.
      if (!sensitive) result.sdkIssues = [...new Set(error.issues.map((issue) => issue.path))];
    } else {
      result.status = "error";
      result.detail = errorLine(error);
      if (error instanceof APIError) result.httpStatus = error.status;
    }
  }
  const exchange = recorder.take();
  if (!exchange) return { result, value, raw: undefined };
  result.httpStatus = exchange.status;
  result.requestId = exchange.requestId;
  if (exchange.status < 200 || exchange.status > 299) return { result, value, raw: undefined };
  const parsed = parse(await exchange.text.catch(() => ""));
  if (parsed.kind !== "json") {
    result.deviations = [{ path: "$", at: "$", kind: "type", expected: "a JSON body", got: parsed.kind }];
  } else {
    const found = checkBody(parsed.value, documented.response, contract.schemas);
    result.deviations = sensitive ? found.map((d) => ({ ...d, path: d.at })) : found;
  }
  if (result.deviations.length && result.status === "ok") result.status = "deviates";
  return { result, value, raw: parsed.kind === "json" ? parsed.value : undefined };
}

function parse(
  text: string,
): { kind: "json"; value: unknown } | { kind: "an empty body" | "a body that is not JSON" } {
  if (text.trim() === "") return { kind: "an empty body" };
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "a body that is not JSON" };
  }
}

/** An endpoint that could not be called, with the reason. */
export function skipped(contract: Contract, operationId: string, detail: string): EndpointResult {
  const documented = operation(contract, operationId);
  return {
    operation: operationId,
    method: documented.method,
    path: documented.path,
    status: "skipped",
    deviations: [],
    detail,
  };
}

/** `key` of the first item of the SDK's list, else of the raw body's list, when it is a string. */
export function firstString(parsed: unknown, raw: unknown, key: string): string | undefined {
  for (const list of [parsed, raw]) {
    const first = Array.isArray(list) ? (list[0] as Record<string, unknown> | undefined) : undefined;
    const value = first && typeof first === "object" ? first[key] : undefined;
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}
