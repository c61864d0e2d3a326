import { Jetty } from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, ECHO_WORKFLOW, runForm, start } from "./helpers";

describe("emulator.reset() and clearFaults()", () => {
  let emu: Emulator;
  let jetty: Jetty;
  beforeAll(async () => {
    emu = await start({
      tasks: [{ collection: "demo", name: "echo", workflow: ECHO_WORKFLOW }],
      faults: [{ method: "GET", path: "/api/v1/health", status: 503 }],
      runbookResults: [{ task: "grader", files: { "grade.json": { seeded: true } } }],
    });
    jetty = new Jetty({ baseURL: emu.url, token: emu.token, maxRetries: 0, logLevel: "off" });
  });
  afterAll(() => emu.close());

  it("brings back the state startEmulator gave, at the same URL with the same token", async () => {
    const { url, token } = emu;
    await jetty.collections.create({ name: "scratch" });
    await jetty.environment.set("demo", { OPENAI_API_KEY: "sk-test" });
    await jetty.tasks.create("demo", { name: "extra", workflow: ECHO_WORKFLOW });
    await jetty.runs.createAndWait("demo", "echo");
    expect(emu.state.trajectories).toHaveLength(1);

    await emu.reset();

    expect(emu.url).toBe(url);
    expect(emu.token).toBe(token);
    expect(emu.requests).toHaveLength(0);
    expect(emu.state.collections.map((c) => c.name)).toEqual(["demo"]);
    expect(emu.state.tasks.map((t) => t.name)).toEqual(["echo"]);
    expect(emu.state.trajectories).toEqual([]);
    expect(emu.state.env.demo).toBeNull();
    expect(emu.runsCreated("demo", "echo")).toBe(0);
    // The same client (and its keep-alive connections) goes on working against the fresh state.
    expect((await jetty.collections.list()).map((c) => c.name)).toEqual(["demo"]);
    await expect(jetty.collections.get("scratch")).rejects.toMatchObject({ status: 404 });
  });

  it("disarms faults added since start and re-arms those of the options", async () => {
    // A fault armed for 5 requests that saw only 2 would leak into the next test.
    emu.fault({ method: "GET", path: "/api/v1/collections/", status: 500, times: 5 });
    expect((await api(emu, "/api/v1/collections/")).status).toBe(500);
    expect((await api(emu, "/api/v1/collections/")).status).toBe(500);
    await emu.reset();
    expect((await api(emu, "/api/v1/collections/")).status).toBe(200);
    expect((await api(emu, "/api/v1/health")).status).toBe(503);
    expect((await api(emu, "/api/v1/health")).status).toBe(200);
  });

  it("clearFaults() disarms every fault, leaving the state alone", async () => {
    await jetty.collections.create({ name: "kept" });
    emu.fault({ path: "/api/v1/collections/*", status: 503, times: 3 });
    emu.fault({ method: "GET", path: "/api/v1/health", reset: true });
    emu.clearFaults();
    expect((await api(emu, "/api/v1/health")).status).toBe(200);
    expect((await jetty.collections.get("kept")).name).toBe("kept");
    await emu.reset();
    emu.clearFaults(); // the option's fault too
    expect((await api(emu, "/api/v1/health")).status).toBe(200);
  });

  it("drops scripts added since start (the options' are re-armed: see scripts.test.ts)", async () => {
    emu.scriptRunbook({ task: "grader", files: { "grade.json": { later: true } } });
    emu.scriptJudge({ reply: "scripted" });
    await emu.reset();
    const reply = await jetty.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "hi" }],
    });
    expect(reply.choices[0]?.message?.content).toBe("[m] echo: hi");
  });

  it("stops runs of the old state and cuts off requests still being answered", async () => {
    const slow = await start({
      stepDuration: 60_000,
      tasks: [{ collection: "demo", name: "echo", workflow: ECHO_WORKFLOW }],
    });
    try {
      const started = await api(slow, "/api/v1/run/demo/echo", { method: "POST", body: runForm() });
      expect(started.status).toBe(200);
      const held = fetch(`${slow.url}/api/v1/run-sync/demo/echo`, {
        method: "POST",
        headers: { authorization: `Bearer ${slow.token}` },
        body: runForm(),
      }).catch((e: unknown) => e);
      // Reset once the held request has arrived.
      while (!slow.requests.some((r) => r.path === "/api/v1/run-sync/demo/echo")) {
        await new Promise((r) => setTimeout(r, 5));
      }
      await slow.reset();
      expect(await held).toBeInstanceOf(Error);
      expect(slow.state.trajectories).toEqual([]);
      const fresh = await api(slow, "/api/v1/db/trajectories/demo/echo");
      expect(fresh.body.trajectories).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});
