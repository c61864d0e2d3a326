import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, ECHO_WORKFLOW, runAndWait, runForm, start, waitTerminal } from "./helpers";

const PIPELINE = {
  init_params: {
    words: ["alpha", "beta", "gamma"],
    people: [{ name: "Ada" }, { name: "Grace" }],
    sep: " + ",
  },
  step_configs: {
    first: { activity: "text_echo", text_path: "init_params.words[1]" },
    names: {
      activity: "text_concatenate",
      texts_path: "init_params.people[*].name",
      separator_path: "init_params.sep",
    },
    again: { activity: "text_echo", text_path: "names.outputs.text" },
    inputs: { activity: "text_echo", text_path: "first.inputs.text" },
  },
  steps: ["first", "names", "again", "inputs"],
};

describe("runs", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({
      // Long enough for a poll to see `running` even on a loaded machine.
      stepDuration: 100,
      tasks: [
        { collection: "demo", name: "echo", workflow: ECHO_WORKFLOW },
        { collection: "demo", name: "pipeline", workflow: PIPELINE },
      ],
    });
  });
  afterAll(() => emu.close());

  it("returns the WorkflowResponse at once with a pending trajectory, then moves running → completed", async () => {
    const res = await api(emu, "/api/v1/run/demo/echo", { method: "POST", body: runForm({ text: "hi" }) });
    expect(res.status).toBe(200);
    const { trajectory } = res.body;
    expect(res.body).toMatchObject({ message: "started", result: {}, metadata: "" });
    expect(trajectory.trajectory_id).toMatch(/^[0-9a-f]{8}$/);
    expect(res.body.workflow_id).toBe(`demo-echo--${trajectory.trajectory_id}`);
    expect(trajectory).toMatchObject({
      name: "demo/echo",
      status: "pending",
      storage_path: "demo/echo/0000",
      init_params: { text: "hi" },
      total_steps: ["echo"],
      completed_steps: [],
    });
    const seen = new Set<string>();
    let final: { status: string; steps: Record<string, { outputs: unknown; status: string }> } | undefined;
    for (let i = 0; i < 200 && !final; i++) {
      const t = await api(emu, `/api/v1/db/trajectory/demo/echo/${trajectory.trajectory_id}`);
      seen.add(t.body.status);
      if (t.body.status === "completed") final = t.body;
      else await new Promise((r) => setTimeout(r, 5));
    }
    expect(seen.has("running")).toBe(true);
    expect(final!.steps.echo).toMatchObject({ status: "completed", outputs: { text: "hi" } });
  });

  it("numbers storage paths per task and never reuses them", async () => {
    const a = await api(emu, "/api/v1/run/demo/echo", { method: "POST", body: runForm() });
    const b = await api(emu, "/api/v1/run/demo/pipeline", { method: "POST", body: runForm() });
    expect(a.body.trajectory.storage_path).toBe("demo/echo/0001");
    expect(b.body.trajectory.storage_path).toBe("demo/pipeline/0000");
    expect(emu.runsCreated("demo", "echo")).toBe(2);
  });

  it("resolves _path parameters with [N], [*], outputs and inputs references", async () => {
    const res = await api(emu, "/api/v1/run-sync/demo/pipeline", { method: "POST", body: runForm() });
    expect(res.status).toBe(200);
    const t = res.body.trajectory;
    expect(t.status).toBe("completed");
    expect(t.steps.first.inputs).toEqual({ text: "beta" });
    expect(t.steps.names.inputs).toEqual({ texts: ["Ada", "Grace"], separator: " + " });
    expect(t.steps.names.outputs.text).toBe("Ada + Grace");
    expect(t.steps.again.outputs.text).toBe("Ada + Grace");
    expect(t.steps.inputs.outputs.text).toBe("beta");
    expect(t.completed_steps).toEqual(["first", "names", "again", "inputs"]);
    expect(t.steps.first).toMatchObject({ activity: "text_echo", status: "completed", error: null });
    expect(typeof t.steps.first.duration_seconds).toBe("number");
  });

  it("stores uploads under inputs/ and lists them in init_params.file_paths", async () => {
    const form = runForm({ text: "with files" });
    form.append("files", new Blob(["one"], { type: "text/plain" }), "one.txt");
    form.append("files", new Blob(["two"]), "two.csv");
    const res = await api(emu, "/api/v1/run-sync/demo/echo", { method: "POST", body: form });
    const { trajectory } = res.body;
    expect(trajectory.init_params.file_paths).toEqual([
      `${trajectory.storage_path}/inputs/one.txt`,
      `${trajectory.storage_path}/inputs/two.csv`,
    ]);
    expect(emu.state.readFile(trajectory.init_params.file_paths[1])?.toString()).toBe("two");
  });

  it("accepts secret_params without storing, echoing or logging them", async () => {
    emu.clearRequests();
    const form = runForm({ text: "s" }, { secret_params: JSON.stringify({ TEMP_KEY: "sk-secret-value" }) });
    const res = await api(emu, "/api/v1/run-sync/demo/echo", { method: "POST", body: form });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain("sk-secret-value");
    expect(JSON.stringify(emu.state.trajectories)).not.toContain("sk-secret-value");
    expect(JSON.stringify(emu.requests)).not.toContain("sk-secret-value");
    expect((emu.requests[0]!.body as Record<string, unknown>).secret_params).toBe("[REDACTED]");
  });

  it("rejects bad form fields with 422 and JSON bodies with a clear message", async () => {
    const bad = await api(emu, "/api/v1/run/demo/echo", {
      method: "POST",
      body: runForm({}, { init_params: "{nope" }),
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["body", "init_params"]);
    const json = await api(emu, "/api/v1/run/demo/echo", { method: "POST", body: { init_params: {} } });
    expect(json.status).toBe(422);
    expect(json.body.detail[0].msg).toMatch(/multipart/);
    expect((await api(emu, "/api/v1/run/demo/nope", { method: "POST", body: runForm() })).status).toBe(404);
  });

  it("lists trajectories newest first with pagination metadata", async () => {
    const other = await start({ tasks: [{ collection: "demo", name: "echo", workflow: ECHO_WORKFLOW }] });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++)
        ids.push((await runAndWait(other, "echo", { text: `n${i}` })).trajectory_id);
      const page1 = await api(other, "/api/v1/db/trajectories/demo/echo?limit=2&page=1");
      expect(page1.body).toMatchObject({ total: 3, page: 1, limit: 2, has_more: true });
      expect(page1.body.trajectories.map((t: { trajectory_id: string }) => t.trajectory_id)).toEqual([
        ids[2],
        ids[1],
      ]);
      const page2 = await api(other, "/api/v1/db/trajectories/demo/echo?limit=2&page=2");
      expect(page2.body).toMatchObject({ page: 2, has_more: false });
      expect(page2.body.trajectories).toHaveLength(1);
      expect((await api(other, "/api/v1/db/trajectories/demo/echo?page=0")).status).toBe(422);
      expect((await api(other, "/api/v1/db/trajectories/demo/unknown")).body.trajectories).toEqual([]);

      const stats = await api(other, "/api/v1/db/stats/demo/echo");
      expect(stats.body).toMatchObject({
        total: 3,
        by_status: { completed: 3, failed: 0, running: 0 },
        success_rate: 1,
      });

      const wf = `demo-echo--${ids[0]}`;
      const logs = await api(other, `/api/v1/workflows-logs/${wf}`);
      expect(logs.body.workflow_id).toBe(wf);
      expect(logs.body.events.map((e: { message: string }) => e.message)).toContain("Workflow completed");
      expect(logs.body.events[0]).toHaveProperty("level", "info");
      expect((await api(other, "/api/v1/workflows-logs/demo-echo--00000000")).status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it("sets statuses in batch, cancels a running run and validates statuses", async () => {
    const slow = await start({
      stepDuration: 500,
      tasks: [{ collection: "demo", name: "echo", workflow: ECHO_WORKFLOW }],
    });
    try {
      const started = await api(slow, "/api/v1/run/demo/echo", { method: "POST", body: runForm() });
      const id = started.body.trajectory.trajectory_id;
      const res = await api(slow, "/api/v1/trajectory/demo/echo/statuses", {
        method: "POST",
        body: { [id]: "cancelled", ffffffff: "archived" },
      });
      expect(res.body).toEqual({ updated: { [id]: "cancelled" }, not_found: ["ffffffff"] });
      // Past the step's end: the engine must notice the cancellation instead of completing the run.
      await new Promise((r) => setTimeout(r, 600));
      const t = await api(slow, `/api/v1/db/trajectory/demo/echo/${id}`);
      expect(t.body.status).toBe("cancelled");
      expect(t.body.completed_steps).toEqual([]);
      const bad = await api(slow, "/api/v1/trajectory/demo/echo/statuses", {
        method: "POST",
        body: { [id]: "running" },
      });
      expect(bad.status).toBe(422);
      expect(bad.body.detail[0].loc).toEqual(["body", id]);
    } finally {
      await slow.close();
    }
  });

  it("adds labels (all three fields required)", async () => {
    const t = await runAndWait(emu, "echo");
    const path = `/api/v1/trajectory/demo/echo/${t.trajectory_id}/labels`;
    const ok = await api(emu, path, {
      method: "POST",
      body: { key: "quality", value: "high", author: "a@b.c" },
    });
    expect(ok.body).toMatchObject({ ok: true, label: { key: "quality", value: "high", author: "a@b.c" } });
    const missing = await api(emu, path, { method: "POST", body: { key: "quality", value: "high" } });
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0].loc).toEqual(["body", "author"]);
    const again = await waitTerminal(emu, "demo", "echo", t.trajectory_id);
    expect(again.labels).toEqual([expect.objectContaining({ key: "quality", value: "high" })]);
    expect(
      (
        await api(emu, "/api/v1/trajectory/demo/echo/ffffffff/labels", {
          method: "POST",
          body: { key: "k", value: "v", author: "a" },
        })
      ).status,
    ).toBe(404);
  });

  it("ingests an external trajectory idempotently", async () => {
    const body = {
      trajectory_id: "session-1",
      input: { q: "2+2" },
      output: "4",
      scores: { accuracy: 1 },
      labels: { model: "m" },
      cost_usd: 0.01,
      source: "eval",
      metadata: { run: 7 },
      author: "bot",
    };
    const first = await api(emu, "/api/v1/trajectories/demo/graded/ingest", { method: "POST", body });
    expect(first.body).toMatchObject({
      trajectory_id: "session-1",
      name: "demo/graded",
      status: "completed",
    });
    expect(first.body.labels.map((l: { key: string }) => l.key)).toEqual([
      "score.accuracy",
      "model",
      "cost_est_usd",
    ]);
    await api(emu, "/api/v1/trajectories/demo/graded/ingest", {
      method: "POST",
      body: { ...body, output: "5" },
    });
    const list = await api(emu, "/api/v1/db/trajectories/demo/graded");
    expect(list.body.total).toBe(1);
    const t = list.body.trajectories[0];
    expect(t.steps.eval.outputs.output).toBe("5");
    expect(t.steps.ingest).toBeUndefined();
    expect(t.attributes.params).toMatchObject({ source: "eval", run: 7 });
    expect(emu.runsCreated("demo", "graded")).toBe(0);
    const bad = await api(emu, "/api/v1/trajectories/demo/graded/ingest", {
      method: "POST",
      body: { scores: { a: "x" } },
    });
    expect(bad.status).toBe(422);
  });
});
