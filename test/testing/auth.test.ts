import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, ECHO_WORKFLOW, start } from "./helpers";

describe("authentication and scoping", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({
      collections: [{ name: "Other" }],
      tasks: [
        { collection: "demo", name: "echo", workflow: ECHO_WORKFLOW },
        { collection: "demo", name: "public-echo", workflow: ECHO_WORKFLOW, isPrivate: false },
      ],
      scopedTokens: { mlc_scopeddemo0000000000000000000000: ["demo"] },
    });
  });
  afterAll(() => emu.close());

  it("generates an mlc_ token when none is given", async () => {
    const other = await start({ token: undefined });
    try {
      expect(other.token).toMatch(/^mlc_[a-z0-9]{32}$/);
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await other.close();
    }
  });

  it("answers 401 Not authenticated without a token", async () => {
    const res = await api(emu, "/api/v1/collections/", { token: null });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: "Not authenticated" });
  });

  it("answers 401 Invalid or inactive API key for a wrong token", async () => {
    const res = await api(emu, "/api/v1/collections/", { token: "mlc_wrong" });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: "Invalid or inactive API key" });
  });

  it("lets health, step templates and public tasks through without a token", async () => {
    expect((await api(emu, "/api/v1/health", { token: null })).body).toEqual({ status: "healthy" });
    const templates = await api(emu, "/api/v1/step-templates", { token: null });
    expect(templates.status).toBe(200);
    expect((await api(emu, "/api/v1/tasks/demo/public-echo", { token: null })).status).toBe(200);
    expect((await api(emu, "/api/v1/tasks/demo/echo", { token: null })).status).toBe(401);
    // A token that is sent must still be valid on public routes.
    expect((await api(emu, "/api/v1/tasks/demo/public-echo", { token: "mlc_wrong" })).status).toBe(401);
  });

  it("limits a scoped key to its collections", async () => {
    const token = "mlc_scopeddemo0000000000000000000000";
    const list = await api(emu, "/api/v1/collections/", { token });
    expect(list.body.map((c: { name: string }) => c.name)).toEqual(["demo"]);
    expect((await api(emu, "/api/v1/collections/demo", { token })).status).toBe(200);
    expect((await api(emu, "/api/v1/collections/DEMO", { token })).status).toBe(200);
    for (const path of [
      "/api/v1/collections/Other",
      "/api/v1/collections/Other/environment",
      "/api/v1/tasks/Other/",
      "/api/v1/trial/Other",
      "/api/v1/db/trajectories/Other/x",
      "/api/v1/collections/does-not-exist",
    ]) {
      const res = await api(emu, path, { token });
      expect(res.status, path).toBe(403);
      expect(res.body).toEqual({ detail: "API key not valid for this collection" });
    }
  });

  it("lists every collection for the full token", async () => {
    const res = await api(emu, "/api/v1/collections/");
    expect(res.body.map((c: { name: string }) => c.name)).toEqual(["demo", "Other"]);
  });

  it("redacts the token in the request log", async () => {
    emu.clearRequests();
    await api(emu, "/api/v1/collections/");
    expect(emu.requests).toHaveLength(1);
    expect(emu.requests[0]!.headers.authorization).toBe("Bearer mlc_...0000");
    expect(JSON.stringify(emu.requests)).not.toContain(emu.token);
  });
});
