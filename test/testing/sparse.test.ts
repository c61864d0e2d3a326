/**
 * `responses: "sparse"`: the least bodies the evidence allows, over real HTTP; the data stays the
 * same as in the full mode. Also the CLI's `--responses` flag.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/testing/index";
import { api, createTask, ECHO_WORKFLOW, type Json, runAndWait, runForm, start } from "./helpers";

const FAILING = {
  init_params: {},
  step_configs: { boom: { activity: "no_such_activity" } },
  steps: ["boom"],
};

describe("responses: sparse", () => {
  let sparse: Emulator;
  let full: Emulator;
  beforeAll(async () => {
    [sparse, full] = await Promise.all([
      start({ responses: "sparse", validateResponses: true }),
      start({ responses: "full", validateResponses: true }),
    ]);
    for (const emu of [sparse, full]) {
      await createTask(emu, "echo", ECHO_WORKFLOW);
      await createTask(emu, "boom", FAILING);
    }
  });
  afterAll(async () => {
    expect([...sparse.responseViolations, ...full.responseViolations]).toEqual([]);
    await Promise.all([sparse.close(), full.close()]);
  });

  it("keeps the data: the same step outputs and labels as the full mode", async () => {
    const [a, b] = await Promise.all([runAndWait(sparse, "echo"), runAndWait(full, "echo")]);
    expect(a.steps.echo.outputs).toEqual(b.steps.echo.outputs);
    expect(a.status).toBe("completed");
    // Server-side metadata is null (pydantic's unset Optional) or left out.
    expect(a.author).toBeNull();
    expect(a.updated).toBeNull();
    expect(b.author).toEqual(expect.any(String));
  });

  it("sends error fields as objects", async () => {
    const t = await runAndWait(sparse, "boom");
    expect(t.status).toBe("failed");
    expect(t.error).toEqual({ message: expect.stringContaining("no_such_activity") });
    expect(t.steps.boom.error).toEqual({ message: expect.stringContaining("no_such_activity") });
  });

  it("lists in their other wrapper shape", async () => {
    expect((await api(sparse, "/api/v1/collections/")).body).toEqual({
      collections: [{ name: "demo", description: "Demo", auth_org_id: null, owner_identifier: null }],
    });
    const templates = (await api(sparse, "/api/v1/step-templates")).body;
    expect(Array.isArray(templates)).toBe(true);
    expect(templates[0]).toHaveProperty("name");
    expect(templates[0]).not.toHaveProperty("activity_name");
    const hits = (await api(sparse, "/api/v1/tasks/demo/search?q=echo")).body;
    expect(hits).toEqual({
      hits: [expect.objectContaining({ document: expect.objectContaining({ entity_name: "echo" }) })],
    });
    const run = (await api(sparse, "/api/v1/run/demo/echo", { method: "POST", body: runForm() })).body;
    const logs = (await api(sparse, `/api/v1/workflows-logs/${run.workflow_id}`)).body;
    expect(Array.isArray(logs)).toBe(true);
  });

  it("answers run-sync with a trajectory-like body", async () => {
    const res = await api(sparse, "/api/v1/run-sync/demo/echo", { method: "POST", body: runForm() });
    expect(res.body).toMatchObject({ status: "completed", steps: { echo: expect.any(Object) } });
    expect(res.body).not.toHaveProperty("workflow_id");
  });

  it("acknowledges with a 204, an empty 200 or a text body", async () => {
    const t = await runAndWait(sparse, "echo");
    const label = await api(sparse, `/api/v1/trajectory/demo/echo/${t.trajectory_id}/labels`, {
      method: "POST",
      body: { key: "k", value: "v", author: "me" },
    });
    expect([label.status, label.body]).toEqual([200, undefined]);
    const routine = "/api/v1/routines/demo/echo";
    await api(sparse, routine, { method: "POST", body: { name: "r", cadence: { type: "hourly" } } });
    const routines = (await api(sparse, routine)).body as Json[];
    // A bare array; the cadence's unset fields are null.
    expect(routines[0].cadence).toEqual({
      type: "hourly",
      hour_utc: null,
      minute_utc: null,
      day_of_week: null,
    });
    const paused = await api(sparse, `${routine}/r/pause`, { method: "POST" });
    expect([paused.status, paused.headers.get("content-type"), paused.body]).toEqual([
      200,
      "text/plain; charset=utf-8",
      "OK",
    ]);
    const deleted = await api(sparse, `${routine}/r`, { method: "DELETE" });
    expect([deleted.status, deleted.body]).toEqual([204, undefined]);
  });

  it("sends 422 details as a string", async () => {
    const res = await api(sparse, "/api/v1/tasks/demo", { method: "POST", body: { workflow: {} } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ detail: "body.name: Field required" });
    expect((await api(full, "/api/v1/tasks/demo", { method: "POST", body: {} })).body.detail).toEqual(
      expect.arrayContaining([expect.objectContaining({ loc: ["body", "name"] })]),
    );
  });

  it("answers runbook chat without the jetty block", async () => {
    const res = await api(sparse, "/v1/chat/completions", {
      method: "POST",
      body: {
        model: "m",
        messages: [{ role: "user", content: "go" }],
        jetty: { runbook: true, collection: "demo", task: "rb" },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.jetty).toBeNull();
    expect(res.body).not.toHaveProperty("trajectory_id");
    expect(res.body.choices[0].message.content).toMatch(/Runbook run started/);
  });

  it("streams runbook chunks at their least, and passthrough chunks in OpenAI's documented shape", async () => {
    const events = async (body: Record<string, unknown>) => {
      const res = await api(sparse, "/v1/chat/completions", {
        method: "POST",
        body: { messages: [{ role: "user", content: "go on now" }], stream: true, ...body },
      });
      expect(res.status).toBe(200);
      const frames = String(res.body)
        .split("\n\n")
        .filter((frame) => frame.startsWith("data: {"));
      return frames.map((frame) => JSON.parse(frame.slice("data: ".length)));
    };
    const runbook = await events({ model: "m", jetty: { runbook: true, collection: "demo", task: "rb" } });
    expect(runbook[0]).toEqual({
      id: null,
      object: null,
      created: null,
      model: null,
      choices: [{ index: null, delta: { role: null, content: "" }, finish_reason: null, logprobs: null }],
      system_fingerprint: null,
      jetty: null,
    });
    expect(runbook.map((chunk) => chunk.choices[0]?.delta?.content ?? "").join("")).toMatch(
      /^Running agent: claude-code via .*demo\/rb/,
    );
    expect(runbook.at(-1).choices[0].finish_reason).toBe("stop");
    const passthrough = await events({ model: "gpt-4o-mini" });
    expect(passthrough[0]).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-/),
      object: "chat.completion.chunk",
      model: "gpt-4o-mini",
      choices: [{ index: 0, delta: { role: "assistant", content: "" } }],
      system_fingerprint: null,
    });
  });

  it("leaves injected faults exactly as scripted", async () => {
    const detail = [{ loc: ["body"], msg: "scripted", type: "x" }];
    sparse.fault({ path: "/api/v1/collections/demo", status: 422, body: { detail } });
    expect((await api(sparse, "/api/v1/collections/demo")).body).toEqual({ detail });
  });

  it("refuses an unknown mode", async () => {
    await expect(startEmulator({ responses: "minimal" as never })).rejects.toThrow(/"full" or "sparse"/);
  });
});

describe("jetty-emulator --responses", () => {
  const cwd = new URL("../..", import.meta.url).pathname;

  it("serves sparse bodies with --responses sparse", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/testing/cli.ts", "--port", "0", "--responses", "sparse"],
      {
        cwd,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 15_000);
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (/JETTY_API_TOKEN=\S+/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on("exit", () => reject(new Error(`exited early: ${out}`)));
    });
    const url = /JETTY_API_URL=(\S+)/.exec(out)![1]!;
    const token = /JETTY_API_TOKEN=(\S+)/.exec(out)![1]!;
    const res = await fetch(`${url}/api/v1/collections/`, { headers: { authorization: `Bearer ${token}` } });
    expect(await res.json()).toEqual({
      collections: [{ name: "demo", description: null, auth_org_id: null, owner_identifier: null }],
    });
    await new Promise<void>((resolve) => {
      child.on("exit", () => resolve());
      child.kill("SIGTERM");
    });
  });

  it("exits 2 naming the flag on an unknown mode", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/testing/cli.ts", "--responses", "tiny"], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(2);
    expect(err).toMatch(/--responses must be full or sparse/);
  });
});
