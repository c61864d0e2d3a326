import { APIConnectionError, APIUserAbortError, InvalidInputError, Jetty, RateLimitError } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SPARSE } from "../helpers/emulator-mode";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  emulator = await startEmulator({ collections: [{ name: "acme" }] });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off", maxRetries: 0 });
});
afterAll(() => emulator.close());

const messages = [{ role: "user", content: "Tell me about otters" }];
const last = () => emulator.requests[emulator.requests.length - 1]!;

describe("chat completions: passthrough", () => {
  it("POST /v1/chat/completions with params verbatim; returns the completion", async () => {
    const completion = await jetty.chat.completions.create({
      model: "gpt-4o-mini",
      messages,
      temperature: 0.2,
      max_tokens: 50,
    });
    expect(last()).toMatchObject({
      method: "POST",
      path: "/v1/chat/completions",
      body: { model: "gpt-4o-mini", messages, temperature: 0.2, max_tokens: 50 },
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.choices[0]?.message?.content).toContain("otters");
    expect(completion.run).toBeUndefined();
  });

  it("streams chunks in order, ending at [DONE]", async () => {
    const stream = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]?.choices[0]?.delta?.role).toBe("assistant");
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe("stop");
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? "").join("");
    const whole = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(text).toBe(whole.choices[0]?.message?.content);
  });

  it("a stream is single-use", async () => {
    const stream = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true });
    for await (const _ of stream) break;
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/consumed/);
  });

  it("abort by signal ends the stream with APIUserAbortError", async () => {
    const ac = new AbortController();
    const stream = await jetty.chat.completions.create(
      { model: "gpt-4o-mini", messages, stream: true },
      { signal: ac.signal },
    );
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const chunk of stream) {
        seen.push(chunk);
        ac.abort();
      }
    })().catch((e) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen.length).toBe(1);
  });

  it("an error event raises a typed error", async () => {
    emulator.fault({ method: "POST", path: "/v1/chat/completions", sseError: true });
    const stream = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true });
    await expect(
      (async () => {
        for await (const _ of stream);
      })(),
    ).rejects.toThrow(/error/i);
  });

  it("a cut connection mid-stream raises APIConnectionError, never a silent truncation", async () => {
    emulator.fault({ method: "POST", path: "/v1/chat/completions", brokenStream: true });
    const stream = await jetty.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true });
    await expect(
      (async () => {
        for await (const _ of stream);
      })(),
    ).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("a non-2xx status is raised before any chunk", async () => {
    emulator.fault({
      method: "POST",
      path: "/v1/chat/completions",
      status: 429,
      headers: { "retry-after": "0" },
    });
    await expect(
      jetty.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true }),
    ).rejects.toBeInstanceOf(RateLimitError);
  });
});

describe("chat completions: runbook mode", () => {
  const runbook =
    '---\nversion: "1.0.0"\nevaluation: programmatic\n---\n# Objective\nWrite {{results_dir}}/summary.md\n';
  const params = {
    model: "claude-sonnet-4-6",
    messages: [
      { role: "system", content: runbook },
      { role: "user", content: "Execute the runbook." },
    ],
    jetty: { runbook: true, collection: "acme", task: "rb", agent: "claude-code" },
  };

  // Sparse mode leaves the (undocumented) `jetty` block out of runbook answers; runbooks.run's
  // fallback to listing the task's trajectories is what finds the run then (runbooks.test.ts).
  it.skipIf(SPARSE)("surfaces the trajectory id and its URL on the completion", async () => {
    const completion = await jetty.chat.completions.create(params);
    expect(completion.run?.trajectoryId).toMatch(/^[0-9a-f]{8}$/);
    expect(completion.run?.url).toBe(`https://flows.jetty.io/acme/rb/${completion.run?.trajectoryId}`);
    expect(completion.jetty?.trajectory_id).toBe(completion.run?.trajectoryId);
    const trajectory = await jetty.runs.wait("acme", "rb", completion.run!.trajectoryId, { timeout: 10_000 });
    expect(trajectory.status).toBe("completed");
  });

  // Sparse mode leaves the `jetty` block out of streamed chunks too (see above).
  it.skipIf(SPARSE)("surfaces the trajectory id on the stream after the first chunk", async () => {
    const stream = await jetty.chat.completions.create({ ...params, stream: true });
    let idAtFirst: string | undefined;
    for await (const _ of stream) idAtFirst ??= stream.run?.trajectoryId;
    expect(idAtFirst).toMatch(/^[0-9a-f]{8}$/);
  });

  // Reads completion.run, which sparse mode's runbook answers do not carry (see above).
  it.skipIf(SPARSE)(
    "without a named agent, the emulator infers it from the model as the platform does",
    async () => {
      const completion = await jetty.chat.completions.create({
        ...params,
        model: "gpt-5.5",
        jetty: { runbook: true, collection: "acme", task: "rb" },
      });
      const trajectory = await jetty.trajectories.get("acme", "rb", completion.run!.trajectoryId);
      expect(trajectory.init_params?.agent).toBe("codex");
      expect(completion.choices[0]?.message?.content).toContain("Running agent: codex via openai");
    },
  );

  it("refuses file ids in file_paths and storage paths in files before sending", async () => {
    await expect(
      jetty.chat.completions.create({ ...params, jetty: { ...params.jetty, file_paths: ["file-abc123"] } }),
    ).rejects.toThrow(InvalidInputError);
    await expect(
      jetty.chat.completions.create({
        ...params,
        jetty: { ...params.jetty, files: ["acme/_sandbox_uploads/u/x.csv"] },
      }),
    ).rejects.toThrow(/jetty\.files/);
    await expect(
      jetty.chat.completions.create({ ...params, jetty: { ...params.jetty, runbook: false } }),
    ).rejects.toThrow(/runbook/);
  });
});
