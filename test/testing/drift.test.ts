/** `startEmulator({ drift })`: injected shape drift on chosen routes, and nowhere else. */
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, ECHO_WORKFLOW } from "./helpers";

let emulator: Emulator;
let trajectoryId: string;

beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "demo", environment: { KEY: "value" } }],
    tasks: [{ collection: "demo", name: "echo", workflow: ECHO_WORKFLOW }],
    drift: [
      {
        path: "/api/v1/db/trajectory/*",
        transform: (body) => {
          const t = body as Record<string, unknown>;
          t.error = { code: 7 };
          return t;
        },
      },
      { path: "/api/v1/db/trajectory/*", transform: (body) => ({ ...(body as object), second: true }) },
      { method: "GET", path: /^\/api\/v1\/collections\/demo$/, transform: () => undefined },
      { method: "POST", path: "/api/v1/collections/", transform: () => ["posted"] },
    ],
  });
  const form = new FormData();
  form.set("init_params", "{}");
  trajectoryId = (await api(emulator, "/api/v1/run-sync/demo/echo", { method: "POST", body: form })).body
    .trajectory.trajectory_id;
});
afterAll(() => emulator.close());

describe("drift", () => {
  it("rewrites the body of matching routes, rules applying in order", async () => {
    const res = await api(emulator, `/api/v1/db/trajectory/demo/echo/${trajectoryId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ trajectory_id: trajectoryId, error: { code: 7 }, second: true });
  });

  it("works on a copy: the emulator's own state is untouched", async () => {
    await api(emulator, `/api/v1/db/trajectory/demo/echo/${trajectoryId}`);
    const stored = emulator.state.trajectory(trajectoryId);
    expect(stored?.error ?? null).toBeNull();
    expect(stored).not.toHaveProperty("second");
  });

  it("undefined sends an empty body with the same status", async () => {
    const res = await fetch(`${emulator.url}/api/v1/collections/demo`, {
      headers: { authorization: `Bearer ${emulator.token}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });

  it("leaves other routes, other methods and error answers alone", async () => {
    const list = await api(emulator, "/api/v1/collections/");
    expect(list.body).toEqual([expect.objectContaining({ name: "demo" })]);
    const created = await api(emulator, "/api/v1/collections/", { method: "POST", body: { name: "other" } });
    expect(created.body).toEqual(["posted"]);
    const duplicate = await api(emulator, "/api/v1/collections/", {
      method: "POST",
      body: { name: "other" },
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toEqual({ detail: expect.stringMatching(/already exists/) });
    const missing = await api(emulator, "/api/v1/db/trajectory/demo/echo/ffffffff");
    expect(missing.status).toBe(404);
    expect(missing.body).not.toHaveProperty("second");
  });

  it("refuses malformed rules", async () => {
    await expect(
      startEmulator({ drift: [{ path: 42 as unknown as string, transform: (b) => b }] }),
    ).rejects.toThrow(/DriftRule\.path/);
    await expect(
      startEmulator({ drift: [{ path: "/x", transform: "no" as unknown as (b: unknown) => unknown }] }),
    ).rejects.toThrow(/DriftRule\.transform/);
  });
});
