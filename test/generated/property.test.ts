/**
 * Issue 9 item 8: for every response schema the SDK reads, many bodies within the variance the
 * spec allows (optional fields left out, nullable ones null, open enums with unknown values, both
 * list envelopes, unknown extra keys, any JSON where the spec says `{}`; for acknowledgements also
 * an empty or text body) are served from a loopback server, and the SDK method must return without
 * throwing and keep what it needs. The generators are derived from api-schema.yaml itself.
 */
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { Jetty } from "@jetty/sdk";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { type Loopback, startLoopback } from "../helpers/loopback";

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema nodes and served bodies are inspected freely.
type Json = any;
const spec: Json = YAML.parse(readFileSync(new URL("../../api-schema.yaml", import.meta.url), "utf8"));
const SEED = 20_250_601;
const RUNS = 25;

// ------------------------------------------------------------------ generators from the spec

/** Keys no schema declares, to prove unknown fields pass through. */
const extraKeys = fc.dictionary(
  fc.constantFrom("x_extra", "gateway_note", "brand_new"),
  fc.jsonValue({ maxDepth: 1 }),
  { maxKeys: 1 },
);

function arbitraryOf(schema: Json, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryOf(resolve(schema.$ref), depth);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((b: Json) => arbitraryOf(b, depth)));
  const types: string[] | undefined = Array.isArray(schema.type) ? schema.type : schema.type && [schema.type];
  // `{}`: any JSON.
  if (!types) return fc.jsonValue({ maxDepth: depth > 3 ? 0 : 2 });
  return fc.oneof(...types.map((type) => arbitraryOfType(type, schema, depth)));
}

function arbitraryOfType(type: string, schema: Json, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case "string":
      if (schema.enum) return fc.constantFrom(...schema.enum);
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ maxLength: 12 });
    case "array":
      return fc.array(arbitraryOf(schema.items ?? {}, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
    case "object":
      return objectOf(schema, depth);
    default:
      throw new Error(`no generator for type ${type}`);
  }
}

function objectOf(schema: Json, depth: number): fc.Arbitrary<unknown> {
  const properties: Record<string, Json> = schema.properties ?? {};
  const names = Object.keys(properties);
  const extra = schema.additionalProperties;
  if (names.length === 0 && extra && extra !== true) {
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), arbitraryOf(extra, depth + 1), {
      maxKeys: 3,
    });
  }
  const model = Object.fromEntries(names.map((n) => [n, arbitraryOf(properties[n], depth + 1)]));
  const known = fc.record(model, { requiredKeys: schema.required ?? [] });
  if (extra === false) return known;
  return fc.tuple(known, extraKeys).map(([fields, more]) => ({ ...more, ...(fields as object) }));
}

function resolve(ref: string): Json {
  return ref
    .split("/")
    .slice(1)
    .reduce((node: Json, key: string) => node[key], spec);
}

/** The success response schema of an operation, by operationId. */
function responseSchema(operationId: string): { status: number; schema: Json } {
  for (const item of Object.values<Json>(spec.paths)) {
    for (const op of Object.values<Json>(item)) {
      if (op?.operationId !== operationId) continue;
      for (const status of ["200", "201"]) {
        const schema = op.responses?.[status]?.content?.["application/json"]?.schema;
        if (schema) return { status: Number(status), schema };
      }
    }
  }
  throw new Error(`${operationId} has no JSON success response`);
}

/** What the server answers: JSON, nothing, or text (only where the SDK treats the call as tolerant of it). */
type Answer = { kind: "json"; value: unknown } | { kind: "empty" } | { kind: "text"; value: string };
const bodies = (schema: Json, anyBody: boolean): fc.Arbitrary<Answer> => {
  const json = arbitraryOf(schema).map((value): Answer => ({ kind: "json", value }));
  if (!anyBody) return json;
  return fc.oneof(
    json,
    fc.constant<Answer>({ kind: "empty" }),
    fc.string({ maxLength: 20 }).map((value): Answer => ({ kind: "text", value: `not json: ${value}` })),
  );
};

// ------------------------------------------------------------------ the SDK calls, and what they must keep

const workflow = { init_params: {}, step_configs: { a: { activity: "text_echo", text: "x" } }, steps: ["a"] };
const listOf = (body: Json, key: string): Json[] => (Array.isArray(body) ? body : body[key]);
const sameLength = (key: string) => (result: Json, body: Json) =>
  expect(result).toHaveLength(listOf(body, key).length);
const keepsName = (result: Json, body: Json) => expect(result.name).toBe(body.name);
const isAck = (result: Json, body: Json) => expect(result).toEqual({ ok: true, body });
const asIs = (result: Json, body: Json) => expect(result).toEqual(body);

interface Case {
  call: (jetty: Jetty) => PromiseLike<unknown>;
  keeps: (result: Json, body: Json) => void;
  /** Also serve empty and text bodies (acknowledgements and undocumented reads). */
  anyBody?: boolean;
}

const CASES: Record<string, Case> = {
  listCollections: { call: (j) => j.collections.list(), keeps: sameLength("collections") },
  getCollection: { call: (j) => j.collections.get("acme"), keeps: keepsName },
  createCollection: { call: (j) => j.collections.create({ name: "acme" }), keeps: keepsName },
  getCollectionEnvironment: {
    call: (j) => j.environment.keys("acme"),
    keeps: (result, body) =>
      expect(result).toEqual(
        Object.entries(body.environment_variables ?? {})
          .filter(([, v]) => v !== null)
          .map(([k]) => k),
      ),
  },
  updateCollectionEnvironment: {
    call: (j) => j.environment.set("acme", { OPENAI_API_KEY: "sk-x" }),
    keeps: (result) => expect(Array.isArray(result)).toBe(true),
  },
  listTasks: {
    call: (j) => j.tasks.list("acme"),
    keeps: (result, body) => expect(result).toHaveLength(body.length),
  },
  getTask: { call: (j) => j.tasks.get("acme", "t"), keeps: keepsName },
  createTask: { call: (j) => j.tasks.create("acme", { name: "t", workflow }), keeps: keepsName },
  updateTask: { call: (j) => j.tasks.update("acme", "t", { description: "d" }), keeps: keepsName },
  deleteTask: { call: (j) => j.tasks.delete("acme", "t"), keeps: isAck, anyBody: true },
  searchTasks: {
    call: (j) => j.tasks.search("acme", "q"),
    keeps: (result: Json[]) => {
      for (const hit of result) expect(typeof hit.name).toBe("string");
    },
  },
  runTask: {
    call: (j) => j.runs.create("acme", "t"),
    keeps: (handle, body) =>
      expect(handle.trajectoryId).toBe(body.workflow_id.slice(body.workflow_id.lastIndexOf("--") + 2)),
  },
  runTaskSync: {
    call: (j) => j.runs.createSync("acme", "t"),
    keeps: (result) => expect(["string", "undefined"]).toContain(typeof result.trajectoryId),
  },
  getTrialStatus: { call: (j) => j.trial.status("acme"), keeps: asIs },
  activateTrial: {
    call: (j) => j.trial.activate("acme"),
    keeps: (result) => expect(typeof result).toBe("object"),
    anyBody: true,
  },
  listTrajectories: {
    call: (j) => j.trajectories.list("acme", "t"),
    keeps: (page, body) =>
      expect(page.trajectories.map((t: Json) => t.trajectory_id)).toEqual(
        body.trajectories.map((t: Json) => t.trajectory_id),
      ),
  },
  getTrajectory: {
    call: (j) => j.trajectories.get("acme", "t", "aa7e4430"),
    keeps: (result, body) =>
      expect([result.trajectory_id, result.status]).toEqual([body.trajectory_id, body.status]),
  },
  getTrajectoryStats: { call: (j) => j.trajectories.stats("acme", "t"), keeps: asIs, anyBody: true },
  getWorkflowLogs: {
    call: (j) => j.runs.logs("acme-t--aa7e4430"),
    keeps: (result) => expect(Array.isArray(result.events)).toBe(true),
    anyBody: true,
  },
  updateTrajectoryStatuses: {
    call: (j) => j.trajectories.setStatuses("acme", "t", { aa7e4430: "archived" }),
    keeps: isAck,
    anyBody: true,
  },
  addTrajectoryLabel: {
    call: (j) => j.trajectories.addLabel("acme", "t", "aa7e4430", { key: "k", value: "v", author: "a" }),
    keeps: isAck,
    anyBody: true,
  },
  ingestTrajectory: {
    call: (j) => j.trajectories.ingest("acme", "t", { output: "4" }),
    keeps: (result, body) => expect(result.trajectory_id).toBe(body.trajectory_id),
  },
  listFiles: {
    call: (j) => j.trajectories.listFiles("acme/t/0000"),
    keeps: (result, body) => expect(result.files).toHaveLength(body.files.length),
  },
  uploadSandboxFiles: {
    call: (j) => j.files.upload(new Blob(["x"])),
    keeps: (result, body) => expect(result).toEqual(body.file_paths),
  },
  uploadFile: {
    call: (j) => j.files.create(new Blob(["x"])),
    keeps: (result, body) => expect(result.id).toBe(body.id),
  },
  listStepTemplates: {
    call: (j) => j.stepTemplates.list(),
    keeps: (result: Json[]) => {
      for (const t of result) expect(t.activity_name).toMatch(/./);
    },
  },
  getStepTemplate: {
    call: (j) => j.stepTemplates.get("text_echo"),
    keeps: (result) => expect(result.activity_name).toMatch(/./),
  },
  listDatasets: {
    call: (j) => j.datasets.list("acme"),
    keeps: (result, body) => expect(result).toHaveLength(body.length),
  },
  getDataset: { call: (j) => j.datasets.get("acme", "d"), keeps: keepsName },
  createDataset: { call: (j) => j.datasets.create("acme", { name: "d" }), keeps: keepsName },
  updateDataset: { call: (j) => j.datasets.update("acme", "d", { format: "csv" }), keeps: keepsName },
  deleteDataset: { call: (j) => j.datasets.delete("acme", "d"), keeps: isAck, anyBody: true },
  listModels: {
    call: (j) => j.models.list("acme"),
    keeps: (result, body) => expect(result).toHaveLength(body.length),
  },
  getModel: { call: (j) => j.models.get("acme", "m"), keeps: keepsName },
  createModel: {
    call: (j) => j.models.create("acme", { name: "m", model_path: "acme/m" }),
    keeps: keepsName,
  },
  updateModel: { call: (j) => j.models.update("acme", "m", { long_description: "x" }), keeps: keepsName },
  deleteModel: { call: (j) => j.models.delete("acme", "m"), keeps: isAck, anyBody: true },
  listRoutines: { call: (j) => j.routines.list("acme"), keeps: sameLength("routines") },
  listTaskRoutines: { call: (j) => j.routines.list("acme", { task: "t" }), keeps: sameLength("routines") },
  getRoutine: { call: (j) => j.routines.get("acme", "t", "r"), keeps: asIs },
  createRoutine: {
    call: (j) => j.routines.create("acme", "t", { name: "r", cadence: { type: "manual" } }),
    keeps: asIs,
  },
  updateRoutine: { call: (j) => j.routines.update("acme", "t", "r", { paused: true }), keeps: asIs },
  deleteRoutine: { call: (j) => j.routines.delete("acme", "t", "r"), keeps: isAck, anyBody: true },
  pauseRoutine: { call: (j) => j.routines.pause("acme", "t", "r"), keeps: isAck, anyBody: true },
  resumeRoutine: { call: (j) => j.routines.resume("acme", "t", "r"), keeps: isAck, anyBody: true },
  runRoutineNow: {
    call: (j) => j.routines.runNow("acme", "t", "r"),
    keeps: (result, body) => expect(result.workflow_id).toBe(body.workflow_id),
  },
  listRoutineRuns: {
    call: (j) => j.routines.runs("acme", "t", "r"),
    keeps: (r, b) => sameLength("trajectories")(r.trajectories, b),
  },
  createChatCompletion: {
    call: (j) =>
      j.chat.completions.create({
        model: "m",
        messages: [{ role: "user", content: "hi" }],
        jetty: { runbook: true, collection: "acme", task: "t" },
      }),
    keeps: (result, body) => expect(result.choices).toEqual(body.choices ?? []),
  },
};

/** Operations with a JSON answer that no SDK method calls (documented for completeness). */
const NOT_CALLED = new Set([
  "getCollectionStorage",
  "updateCollectionStorage",
  "updateCollectionOwner",
  "listCollectionDatasets",
  "listCollectionAgents",
  "searchAllTasks",
  "getTaskHistory",
  "getTaskVersion",
  "searchDatasets",
  "validateCroissant",
  "replaceDatasetMetadata",
  "updateDatasetPreview",
  "getDatasetUpstream",
  "getDatasetCroissant",
  "getDatasetHistory",
  "getDatasetVersion",
  "listAllModels",
  "searchModels",
  "getModelHistory",
  "getModelVersion",
  "getHealth",
]);

// ------------------------------------------------------------------ the property

let server: Loopback;
let jetty: Jetty;
let answer: { status: number; body: Answer } = { status: 200, body: { kind: "empty" } };

function send(res: ServerResponse, status: number, body: Answer): void {
  if (body.kind === "empty") {
    res.writeHead(status, { "content-length": "0" }).end();
    return;
  }
  const text = body.kind === "text" ? body.value : JSON.stringify(body.value);
  const type = body.kind === "text" ? "text/plain" : "application/json";
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) }).end(text);
}

beforeAll(async () => {
  server = await startLoopback((_req, res) => send(res, answer.status, answer.body));
  jetty = new Jetty({ baseURL: server.url, token: "mlc_test", maxRetries: 0, logLevel: "off" });
});
afterAll(() => server.close());

describe("every response the spec allows is read without throwing", () => {
  it("covers every operation with a JSON answer, or says no SDK method calls it", () => {
    const withJson = Object.values<Json>(spec.paths).flatMap((item) =>
      Object.values<Json>(item)
        .filter(
          (op) =>
            op?.operationId && ["200", "201"].some((s) => op.responses?.[s]?.content?.["application/json"]),
        )
        .map((op) => op.operationId as string),
    );
    expect(withJson.filter((id) => !(id in CASES) && !NOT_CALLED.has(id))).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !withJson.includes(id))).toEqual([]);
  });

  it.each(Object.entries(CASES))("%s", async (operationId, { call, keeps, anyBody }) => {
    const { status, schema } = responseSchema(operationId);
    await fc.assert(
      fc.asyncProperty(bodies(schema, anyBody === true), async (body) => {
        answer = { status, body };
        const result = await call(jetty);
        const served = body.kind === "json" ? body.value : body.kind === "text" ? body.value : undefined;
        keeps(result, served);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
