import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, start, waitTerminal } from "./helpers";

describe("step templates", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(() => emu.close());

  it("lists the catalogue with activity_name and gets one template", async () => {
    const list = await api(emu, "/api/v1/step-templates", { token: null });
    expect(list.body.total_count).toBe(list.body.templates.length);
    const names = list.body.templates.map((t: { activity_name: string }) => t.activity_name);
    expect(names).toEqual(
      expect.arrayContaining([
        "text_echo",
        "litellm_chat",
        "list_emit_await",
        "runbook",
        "conditional_branch",
      ]),
    );
    expect(list.body.categories).toContain("llm");
    const one = await api(emu, "/api/v1/step-templates/litellm_chat", { token: null });
    expect(one.body).toMatchObject({ activity_name: "litellm_chat", category: "llm" });
    expect(one.body.parameters.map((p: { name: string }) => p.name)).toContain("prompt_path");
    expect((await api(emu, "/api/v1/step-templates/nope")).status).toBe(404);
  });
});

describe("datasets and models", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(() => emu.close());

  it("creates, lists, reads, updates and deletes datasets", async () => {
    const created = await api(emu, "/api/v1/datasets/demo", {
      method: "POST",
      body: { name: "ds", data_path: "s3://x" },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: "ds",
      data_path: "s3://x",
      collection_name: "demo",
      entity_type: "dataset",
    });
    expect((await api(emu, "/api/v1/datasets/demo", { method: "POST", body: { name: "DS" } })).body).toEqual({
      detail: "Dataset already exists",
    });
    expect((await api(emu, "/api/v1/datasets/demo")).body.map((d: { name: string }) => d.name)).toEqual([
      "ds",
    ]);
    expect((await api(emu, "/api/v1/datasets/demo?limit=-1")).status).toBe(400);
    expect(
      (await api(emu, "/api/v1/datasets/demo/ds", { method: "PUT", body: { format: "csv" } })).body.format,
    ).toBe("csv");
    expect(
      (await api(emu, "/api/v1/datasets/demo/ds/metadata", { method: "PATCH", body: { rows: 3 } })).body
        .dataset_metadata,
    ).toEqual({
      rows: 3,
    });
    expect((await api(emu, "/api/v1/datasets/demo/ds", { method: "DELETE" })).body).toEqual({
      message: "Dataset deleted successfully",
    });
    expect((await api(emu, "/api/v1/datasets/demo/ds")).status).toBe(404);
  });

  it("creates models with 201 and lists them under the trailing-slash path", async () => {
    const bad = await api(emu, "/api/v1/models/demo", { method: "POST", body: { name: "m" } });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["body", "model_path"]);
    const created = await api(emu, "/api/v1/models/demo", {
      method: "POST",
      body: { name: "m", model_path: "hf://m" },
    });
    expect(created.status).toBe(201);
    expect(created.body.entity_type).toBe("trained_model");
    expect((await api(emu, "/api/v1/models/demo/")).body).toHaveLength(1);
    expect((await api(emu, "/api/v1/models/demo/m")).body.model_path).toBe("hf://m");
    expect((await api(emu, "/api/v1/models/demo/m", { method: "DELETE" })).body.message).toBe(
      "Trained model deleted successfully",
    );
  });
});

describe("routines", () => {
  let emu: Emulator;
  const base = "/api/v1/routines/demo/echo";
  beforeAll(async () => {
    emu = await start({
      tasks: [
        {
          collection: "demo",
          name: "echo",
          workflow: {
            init_params: { text: "default" },
            step_configs: { e: { activity: "text_echo", text_path: "init_params.text" } },
            steps: ["e"],
          },
        },
      ],
    });
  });
  afterAll(() => emu.close());

  it("creates, lists, pauses, resumes, patches and deletes routines", async () => {
    const created = await api(emu, base, {
      method: "POST",
      body: {
        name: "nightly",
        cadence: { type: "daily", hour_utc: 3 },
        init_params_overrides: { text: "from routine" },
        secret_params: { KEY: "shh" },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "nightly", paused: false, has_secret_params: true });
    expect(created.body.next_run_at).toMatch(/T03:00:00.000Z$/);
    expect(JSON.stringify(created.body)).not.toContain("shh");
    expect(
      (await api(emu, base, { method: "POST", body: { name: "nightly", cadence: { type: "manual" } } }))
        .status,
    ).toBe(400);
    expect((await api(emu, "/api/v1/routines/demo")).body.routines).toHaveLength(1);
    expect((await api(emu, base)).body.routines[0].name).toBe("nightly");

    const paused = await api(emu, `${base}/nightly/pause`, { method: "POST" });
    expect(paused.body).toMatchObject({ paused: true, next_run_at: null });
    expect((await api(emu, `${base}/nightly/resume`, { method: "POST" })).body.paused).toBe(false);
    const patched = await api(emu, `${base}/nightly`, {
      method: "PATCH",
      body: { cadence: { type: "weekly", hour_utc: 9, day_of_week: "mon" } },
    });
    expect(new Date(patched.body.next_run_at).getUTCDay()).toBe(1);
    expect((await api(emu, `${base}/nightly`, { method: "DELETE" })).status).toBe(200);
    expect((await api(emu, `${base}/nightly`)).status).toBe(404);
  });

  it("validates cadences and override keys", async () => {
    const post = (body: unknown) => api(emu, base, { method: "POST", body });
    const manual = await post({ name: "m", cadence: { type: "manual", hour_utc: 1 } });
    expect(manual.status).toBe(422);
    expect(manual.body.detail[0].loc).toEqual(["body", "cadence", "hour_utc"]);
    const daily = await post({ name: "d", cadence: { type: "daily" } });
    expect(daily.body.detail[0]).toMatchObject({ loc: ["body", "cadence", "hour_utc"], type: "missing" });
    const weekly = await post({ name: "w", cadence: { type: "weekly", hour_utc: 1 } });
    expect(weekly.body.detail[0].loc).toEqual(["body", "cadence", "day_of_week"]);
    const range = await post({ name: "r", cadence: { type: "daily", hour_utc: 24 } });
    expect(range.status).toBe(422);
    const unknownType = await post({ name: "u", cadence: { type: "monthly" } });
    expect(unknownType.body.detail[0].loc).toEqual(["body", "cadence", "type"]);
    const overrides = await post({
      name: "o",
      cadence: { type: "manual" },
      init_params_overrides: { text: "x", nope: 1, other: 2 },
    });
    expect(overrides.status).toBe(400);
    expect(overrides.body.detail).toContain("nope, other");
  });

  it("run-now starts a real run tagged with the routine, listed under runs", async () => {
    const created = await api(emu, base, {
      method: "POST",
      body: { name: "manual", cadence: { type: "manual" }, init_params_overrides: { text: "routine text" } },
    });
    const run = await api(emu, `${base}/manual/run-now`, { method: "POST" });
    expect(run.status).toBe(200);
    expect(run.body.workflow_id).toBe(`demo-echo--${run.body.trajectory_id}`);
    const t = await waitTerminal(emu, "demo", "echo", run.body.trajectory_id);
    expect(t.triggered_by_routine_id).toBe(created.body.id);
    expect(t.steps.e.outputs.text).toBe("routine text");
    const runs = await api(emu, `${base}/manual/runs?limit=5`);
    expect(runs.body.trajectories.map((r: { trajectory_id: string }) => r.trajectory_id)).toEqual([
      run.body.trajectory_id,
    ]);
  });
});
