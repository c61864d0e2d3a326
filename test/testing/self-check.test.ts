/**
 * Every operation the emulator routes answers a body its generated response schema accepts, in both
 * body modes (`responses: "full" | "sparse"`), with the self-check on; and the self-check itself
 * turns a body that does not match into a loud 500 with a recorded violation.
 */
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "../../src/generated/operations";
import type { Emulator, ResponseMode } from "../../src/testing/index";
import { ResponsePolicy } from "../../src/testing/responses/pipeline";
import { buildRouter } from "../../src/testing/server";
import { api, ECHO_WORKFLOW, type Json, runForm, start } from "./helpers";

/** The operations the router serves (registration needs only a store to close over). */
const SERVED = [...buildRouter({ store: {} } as never).served].sort();

/** Calls every routed operation once with valid input; returns the statuses by operationId. */
async function walk(emu: Emulator): Promise<Map<string, number[]>> {
  const statuses = new Map<string, number[]>();
  // Sequential calls: the newest log entry is the request just answered.
  const call = async (path: string, init: Parameters<typeof api>[2] = {}) => {
    const res = await api(emu, path, init);
    const id = emu.requests.at(-1)?.operationId ?? `unrouted ${path}`;
    statuses.set(id, [...(statuses.get(id) ?? []), res.status]);
    return res;
  };
  const json = (res: { body: Json }) => res.body;
  await call("/api/v1/health");
  await call("/api/v1/step-templates");
  await call("/api/v1/step-templates/text_echo");
  await call("/api/v1/collections/", { method: "POST", body: { name: "walk", description: "d" } });
  await call("/api/v1/collections/");
  await call("/api/v1/collections/walk");
  await call("/api/v1/collections/walk/environment", {
    method: "PATCH",
    body: { environment_variables: { A: "1" } },
  });
  await call("/api/v1/collections/walk/environment");
  await call("/api/v1/trial/walk");
  await call("/api/v1/trial/walk/activate", { method: "POST" });
  await call("/api/v1/tasks/walk", { method: "POST", body: { name: "echo", workflow: ECHO_WORKFLOW } });
  await call("/api/v1/tasks/walk/");
  await call("/api/v1/tasks/walk/search?q=echo");
  await call("/api/v1/tasks/search?q=echo");
  await call("/api/v1/tasks/walk/echo");
  await call("/api/v1/tasks/walk/echo", { method: "PUT", body: { description: "new" } });
  const started = json(await call("/api/v1/run/walk/echo", { method: "POST", body: runForm({ text: "a" }) }));
  const synced = json(await call("/api/v1/run-sync/walk/echo", { method: "POST", body: runForm() }));
  const id = (synced.trajectory_id ?? synced.trajectory.trajectory_id) as string;
  await call("/api/v1/db/trajectories/walk/echo?limit=1");
  await call(`/api/v1/db/trajectory/walk/echo/${id}`);
  await call("/api/v1/db/stats/walk/echo");
  await call(`/api/v1/workflows-logs/${started.workflow_id}`);
  await call("/api/v1/trajectory/walk/echo/statuses", { method: "POST", body: { [id]: "archived" } });
  await call(`/api/v1/trajectory/walk/echo/${id}/labels`, {
    method: "POST",
    body: { key: "k", value: "v", author: "me" },
  });
  await call(`/api/v1/trajectory/walk/echo/${id}/download`);
  await call("/api/v1/trajectories/walk/echo/ingest", { method: "POST", body: { input: 1, output: 2 } });
  const form = new FormData();
  form.append("files", new Blob(["hello"]), "a.txt");
  form.set("collection", "walk");
  const uploaded = json(await call("/api/v1/sandbox/upload", { method: "POST", body: form }));
  await call(`/api/v1/file/${uploaded.file_paths[0]}`);
  await call("/api/v1/list-files?prefix=walk/");
  const file = new FormData();
  file.append("file", new Blob(["x"]), "x.txt");
  file.set("collection", "walk");
  await call("/api/v1/files", { method: "POST", body: file });
  for (const [segment, list, body] of [
    ["datasets", "/api/v1/datasets/walk", { name: "d1", format: "csv" }],
    ["models", "/api/v1/models/walk/", { name: "m1", model_path: "s3://m" }],
  ] as const) {
    await call(`/api/v1/${segment}/walk`, { method: "POST", body });
    await call(list);
    await call(`/api/v1/${segment}/walk/${body.name}`);
    await call(`/api/v1/${segment}/walk/${body.name}`, { method: "PUT", body: { long_description: "x" } });
    if (segment === "datasets") {
      await call("/api/v1/datasets/walk/d1/metadata", { method: "PATCH", body: { a: 1 } });
    }
    await call(`/api/v1/${segment}/walk/${body.name}`, { method: "DELETE" });
  }
  const routine = "/api/v1/routines/walk/echo";
  await call(routine, { method: "POST", body: { name: "r", cadence: { type: "daily", hour_utc: 3 } } });
  await call("/api/v1/routines/walk");
  await call(routine);
  await call(`${routine}/r`);
  await call(`${routine}/r`, { method: "PATCH", body: { paused: true } });
  await call(`${routine}/r/pause`, { method: "POST" });
  await call(`${routine}/r/resume`, { method: "POST" });
  await call(`${routine}/r/run-now`, { method: "POST" });
  await call(`${routine}/r/runs`);
  await call(`${routine}/r`, { method: "DELETE" });
  const messages = [{ role: "user", content: "hi" }];
  await call("/v1/chat/completions", { method: "POST", body: { model: "m", messages } });
  await call("/v1/chat/completions", {
    method: "POST",
    body: { model: "m", messages, jetty: { runbook: true, collection: "walk", task: "rb" } },
  });
  // Streamed: every chunk is checked against the operation's event schema.
  const streamed = await call("/v1/chat/completions", {
    method: "POST",
    body: { model: "m", messages, stream: true },
  });
  expect(streamed.body).toMatch(/data: \[DONE\]/);
  await call("/api/v1/tasks/walk/echo", { method: "DELETE" });
  await call("/api/v1/collections/walk", { method: "DELETE" });
  return statuses;
}

describe.each<ResponseMode>(["full", "sparse"])("every routed operation, responses: %s", (responses) => {
  it("answers 2xx with a body its response schema accepts", async () => {
    const emu = await start({ responses, validateResponses: true });
    try {
      const answered = await walk(emu);
      expect([...answered.keys()].sort()).toEqual(SERVED);
      expect(emu.responseViolations).toEqual([]);
      const failed = [...answered].filter(([, codes]) => codes.some((c) => c < 200 || c >= 300));
      expect(failed).toEqual([]);
    } finally {
      await emu.close();
    }
  });
});

describe("the self-check", () => {
  // These violations are deliberate: kept from the suite-wide watcher of test/setup.
  const quiet = () => {};
  const getTask = OPERATIONS.find((op) => op.operationId === "getTask")!;
  const request = { method: "GET", path: "/api/v1/tasks/a/b" };

  it("answers 500 naming the operation and records the violation", () => {
    const policy = new ResponsePolicy("full", true, quiet);
    const out = policy.outgoing(getTask, request, 200, { workflow: {} });
    expect(out.status).toBe(500);
    expect((out.body as { detail: string }).detail).toMatch(/self-check: the full getTask response.*name/);
    expect(policy.violations).toEqual([
      expect.objectContaining({ operationId: "getTask", status: 200, path: "/api/v1/tasks/a/b" }),
    ]);
  });

  it("rejects an empty body where the operation documents JSON", () => {
    const policy = new ResponsePolicy("sparse", true, quiet);
    expect(policy.outgoing(getTask, request, 200, undefined).status).toBe(500);
    expect(policy.violations[0]?.issues).toMatch(/empty body/);
  });

  it("lets a matching body and every error answer through unchanged", () => {
    const policy = new ResponsePolicy("full", true, quiet);
    expect(policy.outgoing(getTask, request, 200, { name: "b" })).toEqual({
      status: 200,
      body: { name: "b" },
    });
    expect(policy.outgoing(getTask, request, 404, { detail: "no" })).toEqual({
      status: 404,
      body: { detail: "no" },
    });
    expect(policy.violations).toEqual([]);
  });

  it("checks each streamed event against the operation's event schema", () => {
    const chat = OPERATIONS.find((op) => op.operationId === "createChatCompletion")!;
    const policy = new ResponsePolicy("full", true, quiet);
    const post = { method: "POST", path: "/v1/chat/completions" };
    const good = { choices: [{ delta: { content: "hi" } }] };
    expect(policy.outgoingEvent(chat, post, good, true)).toEqual({ data: good });
    expect(policy.outgoingEvent(chat, post, { choices: "hi" }, true).violation).toMatch(
      /self-check: the full createChatCompletion.*choices/,
    );
    expect(policy.violations).toHaveLength(1);
  });

  it("is off unless asked for", () => {
    const policy = new ResponsePolicy("full", false, quiet);
    expect(policy.outgoing(getTask, request, 200, { workflow: {} }).status).toBe(200);
  });

  it("sends 422 details as a string in sparse mode", () => {
    const policy = new ResponsePolicy("sparse", true, quiet);
    const detail = [{ loc: ["body", "name"], msg: "Field required", type: "missing" }];
    expect(policy.outgoing(getTask, request, 422, { detail }).body).toEqual({
      detail: "body.name: Field required",
    });
  });
});
