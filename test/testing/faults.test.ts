import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, ECHO_WORKFLOW, runForm, start } from "./helpers";

const count = (emu: Emulator, method: string, path: string) =>
  emu.requests.filter((r) => r.method === method && r.path === path).length;

const chat = (emu: Emulator) =>
  fetch(`${emu.url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "m", stream: true, messages: [{ role: "user", content: "a b c d" }] }),
  });

describe("fault injection", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({
      tasks: [{ collection: "demo", name: "echo", workflow: ECHO_WORKFLOW }],
      faults: [{ method: "GET", path: "/api/v1/health", status: 503 }],
    });
  });
  afterAll(() => emu.close());

  it("applies startup faults once, then answers normally", async () => {
    expect((await api(emu, "/api/v1/health")).status).toBe(503);
    expect((await api(emu, "/api/v1/health")).status).toBe(200);
  });

  it("answers N matching requests with a status and headers, before auth, and logs each attempt", async () => {
    emu.clearRequests();
    emu.fault({
      method: "GET",
      path: "/api/v1/collections/",
      times: 2,
      status: 429,
      headers: { "Retry-After": "1" },
    });
    const first = await api(emu, "/api/v1/collections/", { token: "mlc_wrong" });
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("1");
    expect(first.body).toEqual({ detail: "Injected fault" });
    expect((await api(emu, "/api/v1/collections/")).status).toBe(429);
    expect((await api(emu, "/api/v1/collections/")).status).toBe(200);
    expect(count(emu, "GET", "/api/v1/collections/")).toBe(3);
  });

  it("matches prefixes with a trailing * and regular expressions, and by method", async () => {
    emu.fault({ path: "/api/v1/tasks/*", status: 500, body: { detail: "boom" } });
    const res = await api(emu, "/api/v1/tasks/demo/echo");
    expect(res).toMatchObject({ status: 500, body: { detail: "boom" } });
    emu.fault({ method: "POST", path: /^\/api\/v1\/run\//, status: 524, body: "edge timeout" });
    expect((await api(emu, "/api/v1/db/trajectories/demo/echo")).status).toBe(200);
    const run = await api(emu, "/api/v1/run/demo/echo", { method: "POST", body: runForm() });
    expect(run.status).toBe(524);
    expect(run.body).toBe("edge timeout");
    expect(emu.runsCreated("demo", "echo")).toBe(0);
  });

  it("delays, then answers normally", async () => {
    emu.fault({ path: "/api/v1/health", delay: 300 });
    // A client that gives up after 50 ms sees the delay; the next request is answered normally.
    const early = await fetch(`${emu.url}/api/v1/health`, { signal: AbortSignal.timeout(50) }).catch(
      (e: unknown) => e,
    );
    expect((early as Error).name).toBe("TimeoutError");
    emu.fault({ path: "/api/v1/health", delay: 20 });
    const res = await api(emu, "/api/v1/health");
    expect(res.status).toBe(200);
  });

  it("resets the connection without a response", async () => {
    emu.clearRequests();
    emu.fault({ method: "POST", path: "/api/v1/run/demo/echo", reset: true });
    const err = await fetch(`${emu.url}/api/v1/run/demo/echo`, {
      method: "POST",
      headers: { authorization: `Bearer ${emu.token}` },
      body: runForm(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(count(emu, "POST", "/api/v1/run/demo/echo")).toBe(1);
    expect(emu.runsCreated("demo", "echo")).toBe(0);
  });

  it("afterHandling: the server acts (the run starts) but the client gets the fault", async () => {
    const before = emu.runsCreated("demo", "echo");
    emu.fault({ method: "POST", path: "/api/v1/run-sync/demo/echo", status: 524, afterHandling: true });
    const res = await api(emu, "/api/v1/run-sync/demo/echo", { method: "POST", body: runForm() });
    expect(res.status).toBe(524);
    expect(emu.runsCreated("demo", "echo")).toBe(before + 1);

    emu.fault({ method: "POST", path: "/api/v1/run/demo/echo", reset: true, afterHandling: true });
    const err = await fetch(`${emu.url}/api/v1/run/demo/echo`, {
      method: "POST",
      headers: { authorization: `Bearer ${emu.token}` },
      body: runForm(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(emu.runsCreated("demo", "echo")).toBe(before + 2);
    // Both runs are real trajectories the client can find by listing.
    const list = await api(emu, "/api/v1/db/trajectories/demo/echo");
    expect(list.body.total).toBe(before + 2);
  });

  it("truncates a body after promising its full length", async () => {
    emu.clearRequests();
    emu.fault({ path: "/api/v1/collections/demo", truncate: true });
    const res = await fetch(`${emu.url}/api/v1/collections/demo`, {
      headers: { authorization: `Bearer ${emu.token}` },
    });
    expect(res.status).toBe(200);
    const promised = Number(res.headers.get("content-length"));
    expect(promised).toBeGreaterThan(0);
    await expect(res.text()).rejects.toThrow();
    expect(count(emu, "GET", "/api/v1/collections/demo")).toBe(1);
  });

  it("breaks an SSE stream without [DONE]", async () => {
    emu.clearRequests();
    emu.fault({ path: "/v1/chat/completions", brokenStream: true });
    const res = await chat(emu);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = "";
    let failed = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += Buffer.from(value).toString();
      }
    } catch {
      failed = true;
    }
    expect(failed).toBe(true);
    expect(text).toContain("chat.completion.chunk");
    expect(text).not.toContain("[DONE]");
    expect(count(emu, "POST", "/v1/chat/completions")).toBe(1);
  });

  it("sends an SSE error event", async () => {
    emu.fault({ path: "/v1/chat/completions", sseError: true });
    const text = await (await chat(emu)).text();
    expect(text).toMatch(/event: error\ndata: \{"error":\{"message":"[^"]+","type":"server_error"/);
    expect(text).not.toContain("[DONE]");
    // The next stream is healthy again.
    expect(await (await chat(emu)).text()).toContain("data: [DONE]");
  });

  it("rejects malformed rules", () => {
    expect(() => emu.fault({ path: 5 as unknown as string })).toThrow(TypeError);
    expect(() => emu.fault({ path: "/x", times: 0 })).toThrow(TypeError);
  });
});
