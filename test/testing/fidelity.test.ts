/**
 * Issue 9 item 9: fidelity fixes found by running real clients against the emulator.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import type { Emulator } from "../../src/testing/index";
import { api, ECHO_WORKFLOW, type Json, start } from "./helpers";

const chatWorkflow = (key: string) => ({
  init_params: { question: "What is 2+2?" },
  step_configs: { ask: { activity: "litellm_chat", model: "gpt-4o-mini", [key]: "init_params.question" } },
  steps: ["ask"],
});

async function runSync(emu: Emulator, task: string): Promise<Json> {
  const form = new FormData();
  form.set("init_params", "{}");
  const res = await fetch(`${emu.url}/api/v1/run-sync/demo/${task}`, {
    method: "POST",
    headers: { authorization: `Bearer ${emu.token}` },
    body: form,
  });
  return ((await res.json()) as Json).trajectory;
}

describe("trajectory records as the platform's type has them", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({
      tasks: [
        { collection: "demo", name: "echo", workflow: ECHO_WORKFLOW },
        { collection: "demo", name: "ask-wrong", workflow: chatWorkflow("user_prompt_path") },
      ],
    });
  });
  afterAll(() => emu.close());

  it("steps carry author and origin; runs fill attributes", async () => {
    const t = await runSync(emu, "echo");
    expect(t.steps.echo).toMatchObject({ author: t.author, origin: { type: "workflow", step: "echo" } });
    expect(t.attributes).toMatchObject({
      asset_type: "trajectory",
      asset_filename: "trajectory.json",
      created: t.created,
      params: {},
    });
  });

  it("by default a documented parameter-name mistake fails the step, naming the right name", async () => {
    const t = await runSync(emu, "ask-wrong");
    expect(t.status).toBe("failed");
    expect(t.steps.ask.error).toContain("use 'prompt_path'");
  });
});

describe('misnamedParameters: "ignore"', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({
      misnamedParameters: "ignore",
      tasks: [
        { collection: "demo", name: "ask-wrong", workflow: chatWorkflow("user_prompt_path") },
        { collection: "demo", name: "ask-right", workflow: chatWorkflow("prompt_path") },
      ],
    });
  });
  afterAll(() => emu.close());

  it("ignores the misnamed key without an error, as the platform does: the step completes empty", async () => {
    const t = await runSync(emu, "ask-wrong");
    expect(t.status).toBe("completed");
    expect(t.error).toBeNull();
    expect(t.steps.ask).toMatchObject({ status: "completed", error: null, outputs: {} });
  });

  it("leaves correct workflows alone", async () => {
    const t = await runSync(emu, "ask-right");
    expect(t.steps.ask.outputs.text).toBe("[gpt-4o-mini] echo: What is 2+2?");
  });

  it("rejects an unknown mode", async () => {
    await expect(start({ misnamedParameters: "quiet" as "ignore" })).rejects.toThrow(RangeError);
  });
});

describe("collection-scoped tokens, as every real mlc_ key is", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({ collections: [{ name: "other" }] });
  });
  afterAll(() => emu.close());

  it("scopedToken(c) reaches c only, and is stable per collection", async () => {
    const token = emu.scopedToken("demo");
    expect(token).toMatch(/^mlc_[a-z0-9]{32}$/);
    expect(emu.scopedToken("DEMO")).toBe(token);
    expect(token).not.toBe(emu.token);
    const list = await api(emu, "/api/v1/collections/", { token });
    expect(list.body.map((c: Json) => c.name)).toEqual(["demo"]);
    expect((await api(emu, "/api/v1/collections/other", { token })).status).toBe(403);
    // The default token is not scoped: it sees both.
    expect((await api(emu, "/api/v1/collections/")).body).toHaveLength(2);
  });

  it("the CLI hands one out with --scoped-to", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/testing/cli.ts", "--port", "0", "--scoped-to", "acme"],
      { cwd: new URL("../..", import.meta.url).pathname, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no token printed: ${out}`)), 15_000);
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (/full-access token/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on("exit", () => reject(new Error(`exited early: ${out}`)));
    });
    const url = /JETTY_API_URL=(\S+)/.exec(out)![1]!;
    const token = /JETTY_API_TOKEN=(\S+)/.exec(out)![1]!;
    const get = (path: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get("/api/v1/collections/acme")).status).toBe(200);
    expect((await get("/api/v1/collections/demo")).status).toBe(403);
    await new Promise<void>((resolve) => {
      child.on("exit", () => resolve());
      child.kill("SIGTERM");
    });
  });
});

describe("chat errors as the openai package reads them", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(() => emu.close());
  const client = (apiKey: string) => new OpenAI({ baseURL: `${emu.url}/v1`, apiKey, maxRetries: 0 });

  it("an invalid request shows the emulator's message, not '(no body)'", async () => {
    const error = await client(emu.token)
      .chat.completions.create({ model: "gpt-4o-mini", messages: [] })
      .then(
        () => undefined,
        (e: unknown) => e as InstanceType<typeof OpenAI.APIError>,
      );
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error?.status).toBe(422);
    expect(error?.message).toContain("body.messages");
    expect(error?.message).not.toContain("no body");
  });

  it("a bad key shows the platform's 401 message", async () => {
    const error = await client("mlc_wrong")
      .chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })
      .catch((e: unknown) => e as InstanceType<typeof OpenAI.APIError>);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as Error).message).toContain("Invalid or inactive API key");
  });

  it("keeps FastAPI's detail beside it, and REST routes keep their plain {detail}", async () => {
    const chat = await api(emu, "/v1/chat/completions", {
      method: "POST",
      body: { model: "m", messages: [] },
    });
    expect(chat.body).toMatchObject({ detail: expect.any(Array), error: { type: "invalid_request_error" } });
    const rest = await api(emu, "/api/v1/collections/nope");
    expect(rest.body).toEqual({ detail: "Collection 'nope' not found" });
  });

  it("the openai package still gets a completion through", async () => {
    const completion = await client(emu.token).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "otters" }],
    });
    expect(completion.choices[0]?.message.content).toBe("[gpt-4o-mini] echo: otters");
  });
});

describe("GET /openapi.json", () => {
  it("serves api-schema.yaml as JSON, without a token, from the module embedded at generate time", async () => {
    const emu = await start();
    try {
      const res = await fetch(`${emu.url}/openapi.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/json");
      const spec = YAML.parse(readFileSync(new URL("../../api-schema.yaml", import.meta.url), "utf8"));
      expect(await res.json()).toEqual(spec);
    } finally {
      await emu.close();
    }
  });
});
