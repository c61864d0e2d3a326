import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, type Json, start, waitTerminal } from "./helpers";

const RUNBOOK = [
  "---",
  'version: "1.0.0"',
  "evaluation: programmatic",
  'primary_outputs: [report.md, "{{results_dir}}/data.json"]  # main outputs',
  "secrets: {}",
  "---",
  "# Objective",
  "Do the thing.",
].join("\n");

/** Reads an SSE body into its `data:` payloads and `event:` names, in order. */
async function readEvents(res: Response): Promise<Array<{ event?: string; data: string }>> {
  const text = await res.text();
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const event = lines.find((l) => l.startsWith("event: "))?.slice(7);
      const data = lines
        .filter((l) => l.startsWith("data: "))
        .map((l) => l.slice(6))
        .join("\n");
      return event ? { event, data } : { data };
    });
}

describe("chat completions", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({
      collections: [{ name: "other" }],
      scopedTokens: { mlc_scopedother000000000000000000000: ["other"] },
    });
  });
  afterAll(() => emu.close());
  const post = (body: unknown, path = "/v1/chat/completions") => api(emu, path, { method: "POST", body });

  it("answers passthrough requests with a deterministic chat.completion", async () => {
    const res = await post({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "be brief" },
        { role: "user", content: "first" },
        { role: "assistant", content: "ok" },
        { role: "user", content: [{ type: "text", text: "second" }] },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      object: "chat.completion",
      model: "gpt-4o-mini",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "[gpt-4o-mini] echo: second" },
          finish_reason: "stop",
        },
      ],
    });
    expect(res.body.id).toMatch(/^chatcmpl-/);
    expect(res.body.usage.total_tokens).toBe(res.body.usage.prompt_tokens + res.body.usage.completion_tokens);
    expect(res.body).not.toHaveProperty("jetty");
    // The OpenAI Python client's path works too.
    expect(
      (await post({ model: "m", messages: [{ role: "user", content: "x" }] }, "/chat/completions")).status,
    ).toBe(200);
  });

  it("validates with the generated schema (422 naming the field)", async () => {
    const res = await post({ model: "m", messages: [] });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(["body", "messages"]);
    const noModel = await post({ messages: [{ role: "user", content: "x" }] });
    expect(noModel.body.detail).toEqual([{ loc: ["body", "model"], msg: "Field required", type: "missing" }]);
  });

  it("streams OpenAI chunks: role first, several content deltas, finish, [DONE]", async () => {
    const res = await fetch(`${emu.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "m",
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: "user", content: "one two three" }],
      }),
    });
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = await readEvents(res);
    expect(events.at(-1)).toEqual({ data: "[DONE]" });
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.data));
    expect(chunks.every((c: Json) => c.object === "chat.completion.chunk" && c.id === chunks[0].id)).toBe(
      true,
    );
    expect(chunks[0].choices[0].delta).toEqual({ role: "assistant", content: "" });
    const contentChunks = chunks.filter((c: Json) => c.choices[0]?.delta?.content);
    expect(contentChunks.length).toBeGreaterThanOrEqual(3);
    expect(contentChunks.map((c: Json) => c.choices[0].delta.content).join("")).toBe(
      "[m] echo: one two three",
    );
    const finish = chunks.findIndex((c: Json) => c.choices[0]?.finish_reason === "stop");
    expect(finish).toBe(chunks.length - 2);
    expect(chunks.at(-1).usage.total_tokens).toBeGreaterThan(0);
  });

  it("delivers stream events one by one (flushed as written)", async () => {
    const res = await fetch(`${emu.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "m",
        stream: true,
        messages: [{ role: "user", content: "a b c d e f" }],
      }),
    });
    const reader = res.body!.getReader();
    let reads = 0;
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
      reads++;
    }
    expect(reads).toBeGreaterThan(3);
  });

  it("runbook mode creates the task, starts a run and reports it in `jetty`", async () => {
    const upload = new FormData();
    upload.append("files", new Blob(["in"]), "in.csv");
    upload.set("collection", "demo");
    const uploaded = await api(emu, "/api/v1/sandbox/upload", { method: "POST", body: upload });
    const res = await post({
      model: "claude-sonnet-4-6",
      messages: [
        { role: "system", content: RUNBOOK },
        { role: "user", content: "Execute the runbook." },
      ],
      jetty: {
        runbook: true,
        collection: "demo",
        task: "my-runbook",
        agent: "claude-code",
        template_variables: { sample_size: "5" },
        file_paths: [uploaded.body.file_paths[0], "file-abc123"],
      },
    });
    expect(res.status).toBe(200);
    const { jetty } = res.body;
    expect(jetty).toMatchObject({ collection: "demo", task: "my-runbook" });
    expect(jetty.trajectory_id).toMatch(/^[0-9a-f]{8}$/);
    expect(jetty.workflow_id).toBe(`demo-my-runbook--${jetty.trajectory_id}`);
    expect(jetty.trajectory_url).toBe(`https://flows.jetty.io/demo/my-runbook/${jetty.trajectory_id}`);
    expect(res.body.choices[0].message.content).toContain("Running agent: claude-code");

    const task = await api(emu, "/api/v1/tasks/demo/my-runbook");
    expect(task.body.workflow.steps).toEqual(["run"]);
    expect(task.body.workflow.step_configs.run).toMatchObject({
      activity: "runbook",
      instruction_path: "init_params.instruction",
      files_path: "init_params.file_paths",
      timeout_sec: 1200,
    });
    expect(task.body.has_file_uploads).toBe(true);

    const t = await waitTerminal(emu, "demo", "my-runbook", jetty.trajectory_id);
    expect(t.status).toBe("completed");
    // The file id was dropped silently, as the platform does.
    expect(t.init_params.file_paths).toEqual([uploaded.body.file_paths[0]]);
    expect(t.init_params.vars).toEqual({ results_dir: "/app/results", sample_size: "5" });
    const results = `${t.storage_path}/results`;
    expect(t.steps.run.outputs.primary_files).toEqual([`${results}/report.md`, `${results}/data.json`]);
    expect(t.steps.run.outputs.results_files.map((f: Json) => f.path)).toContain(`${results}/summary.md`);
  });

  it("puts `jetty` on the first stream chunk in runbook mode", async () => {
    const res = await fetch(`${emu.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "m",
        stream: true,
        messages: [{ role: "system", content: "# runbook" }],
        jetty: { runbook: true, collection: "demo", task: "streamed" },
      }),
    });
    const events = await readEvents(res);
    const first = JSON.parse(events[0]!.data);
    expect(first.jetty.task).toBe("streamed");
    expect(JSON.parse(events[1]!.data)).not.toHaveProperty("jetty");
    expect(events.at(-1)!.data).toBe("[DONE]");
    expect(emu.runsCreated("demo", "streamed")).toBe(1);
  });

  it("validates the jetty block and the key's collection", async () => {
    const base = { model: "m", messages: [{ role: "user", content: "x" }] };
    const missing = await post({ ...base, jetty: { runbook: true, collection: "demo" } });
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0].loc).toEqual(["body", "jetty", "task"]);
    const off = await post({ ...base, jetty: { runbook: false, collection: "demo", task: "t" } });
    expect(off.body.detail[0].loc).toEqual(["body", "jetty", "runbook"]);
    const foreign = await api(emu, "/v1/chat/completions", {
      method: "POST",
      token: "mlc_scopedother000000000000000000000",
      body: { ...base, jetty: { runbook: true, collection: "demo", task: "t" } },
    });
    expect(foreign.status).toBe(403);
  });
});
