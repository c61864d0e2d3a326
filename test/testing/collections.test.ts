import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, start } from "./helpers";

describe("collections", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({ collections: [{ name: "keys", environment: { OPENAI_API_KEY: "sk-1" } }] });
  });
  afterAll(() => emu.close());

  it("lists a bare array and creates with 200", async () => {
    const created = await api(emu, "/api/v1/collections/", {
      method: "POST",
      body: { name: "new-one", description: "d" },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: "new-one", description: "d", auth_org_id: null });
    expect(typeof created.body.id).toBe("number");
    expect(created.body).not.toHaveProperty("environment_variables");
    const list = await api(emu, "/api/v1/collections/");
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body.map((c: { name: string }) => c.name)).toContain("new-one");
  });

  it("refuses a duplicate name case-insensitively with DOCK's message", async () => {
    const res = await api(emu, "/api/v1/collections/", { method: "POST", body: { name: "DEMO" } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ detail: "Collection already exists" });
  });

  it("reports 422 with FastAPI detail naming the field", async () => {
    const missing = await api(emu, "/api/v1/collections/", { method: "POST", body: { description: "x" } });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toEqual([{ loc: ["body", "name"], msg: "Field required", type: "missing" }]);
    const wrongType = await api(emu, "/api/v1/collections/", { method: "POST", body: { name: 5 } });
    expect(wrongType.body.detail[0]).toMatchObject({ loc: ["body", "name"], type: "string_type", input: 5 });
    const badJson = await api(emu, "/api/v1/collections/", {
      method: "POST",
      body: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(badJson.status).toBe(422);
    expect(badJson.body.detail[0].type).toBe("json_invalid");
    const negative = await api(emu, "/api/v1/collections/?skip=-1");
    expect(negative.status).toBe(422);
    expect(negative.body.detail[0].loc).toEqual(["query", "skip"]);
  });

  it("gets a collection by name case-insensitively and 404s unknown ones", async () => {
    expect((await api(emu, "/api/v1/collections/Demo")).body.name).toBe("demo");
    const missing = await api(emu, "/api/v1/collections/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain("nope");
  });

  it("deletes a collection with the full token only (admin route)", async () => {
    await api(emu, "/api/v1/collections/", { method: "POST", body: { name: "doomed" } });
    const scoped = await start({
      collections: [{ name: "doomed" }],
      scopedTokens: { mlc_doomed: ["doomed"] },
    });
    try {
      expect(
        (await api(scoped, "/api/v1/collections/doomed", { method: "DELETE", token: "mlc_doomed" })).status,
      ).toBe(403);
    } finally {
      await scoped.close();
    }
    expect((await api(emu, "/api/v1/collections/doomed", { method: "DELETE" })).status).toBe(204);
    expect((await api(emu, "/api/v1/collections/doomed")).status).toBe(404);
  });

  it("redirects the slash-less list path like FastAPI", async () => {
    const res = await api(emu, "/api/v1/collections");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/api/v1/collections/");
  });
});

describe("environment variables", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(() => emu.close());
  const patch = (body: unknown) =>
    api(emu, "/api/v1/collections/demo/environment", { method: "PATCH", body });

  it("starts null, merges, deletes on null values and clears on a null map", async () => {
    const initial = await api(emu, "/api/v1/collections/demo/environment");
    expect(initial.body).toMatchObject({ name: "demo", environment_variables: null });

    expect((await patch({ environment_variables: { A: "1", B: "2" } })).body.environment_variables).toEqual({
      A: "1",
      B: "2",
    });
    expect((await patch({ environment_variables: { B: "3", C: "4" } })).body.environment_variables).toEqual({
      A: "1",
      B: "3",
      C: "4",
    });
    expect((await patch({ environment_variables: { A: null } })).body.environment_variables).toEqual({
      B: "3",
      C: "4",
    });
    expect((await patch({})).body.environment_variables).toEqual({ B: "3", C: "4" });
    expect(emu.state.env.demo).toEqual({ B: "3", C: "4" });
    expect((await patch({ environment_variables: null })).body.environment_variables).toBeNull();
    expect((await patch({ environment_variables: {} })).body.environment_variables).toEqual({});
  });

  it("validates the body and keeps values out of the request log", async () => {
    const bad = await patch({ environment_variables: { A: 1 } });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["body", "environment_variables", "A"]);
    emu.clearRequests();
    await patch({ environment_variables: { SECRET: "very-secret", GONE: null } });
    expect(emu.requests[0]!.body).toEqual({ environment_variables: { SECRET: "[REDACTED]", GONE: null } });
  });
});

describe("trial", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({
      collections: [
        { name: "trial", trial: { active: true, runsLimit: 2, minutesRemaining: 30 } },
        { name: "idle" },
      ],
      tasks: [
        {
          collection: "trial",
          name: "echo",
          workflow: {
            init_params: {},
            step_configs: { e: { activity: "text_echo", text: "x" } },
            steps: ["e"],
          },
        },
      ],
    });
  });
  afterAll(() => emu.close());

  it("reports status and activates", async () => {
    expect((await api(emu, "/api/v1/trial/idle")).body).toEqual({
      active: false,
      runs_used: 0,
      runs_limit: 10,
      runs_remaining: 10,
    });
    const activated = await api(emu, "/api/v1/trial/idle/activate", { method: "POST" });
    expect(activated.body).toMatchObject({ active: true, status: "active", runs_remaining: 10 });
    expect(emu.state.trial.idle?.active).toBe(true);
  });

  it("counts trial runs, attaches trial metadata and refuses when exhausted", async () => {
    const run = () => {
      const form = new FormData();
      form.set("init_params", "{}");
      form.set("use_trial_keys", "true");
      return api(emu, "/api/v1/run/trial/echo", { method: "POST", body: form });
    };
    const first = await run();
    expect(first.body.trial).toEqual({
      runs_used: 1,
      runs_limit: 2,
      runs_remaining: 1,
      minutes_remaining: 30,
    });
    expect((await run()).body.trial.runs_remaining).toBe(0);
    const refused = await run();
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/^Trial exhausted/);
    expect(emu.runsCreated("trial", "echo")).toBe(2);
    // A run without trial keys carries no trial object and is not counted.
    const plain = await api(emu, "/api/v1/run/trial/echo", { method: "POST", body: new FormData() });
    expect(plain.status).toBe(200);
    expect(plain.body).not.toHaveProperty("trial");
    expect((await api(emu, "/api/v1/trial/trial")).body.runs_used).toBe(2);
  });

  it("refuses trial keys while the trial is inactive", async () => {
    const other = await start({
      tasks: [
        {
          collection: "demo",
          name: "e",
          workflow: { step_configs: { e: { activity: "text_echo", text: "x" } }, steps: ["e"] },
        },
      ],
    });
    try {
      const form = new FormData();
      form.set("use_trial_keys", "true");
      const res = await api(other, "/api/v1/run/demo/e", { method: "POST", body: form });
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/not active/);
    } finally {
      await other.close();
    }
  });
});
