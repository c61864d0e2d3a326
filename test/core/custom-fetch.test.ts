/**
 * A user-supplied `fetch` (a test double, a proxy wrapper) is a supported option. Only a fake fetch
 * can show this case: one that answers without reading the request body.
 */

import { Jetty } from "@jetty/sdk";
import { describe, expect, it } from "vitest";

const ok = () =>
  new Response(JSON.stringify({ ok: true }), { headers: { "content-type": "application/json" } });

describe("custom fetch", () => {
  it("a fetch that never reads the body does not hang JSON writes", async () => {
    const calls: string[] = [];
    const jetty = new Jetty({
      token: "mlc_fakefetchfakefetchfakefetchfake0",
      baseURL: "http://127.0.0.1:9",
      timeout: 1000,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        calls.push(`${request.method} ${new URL(request.url).pathname}`);
        return ok();
      },
    });
    const result = await Promise.race([
      jetty.trajectories.addLabel("c", "t", "id", { key: "k", value: "v", author: "a" }),
      new Promise((_, reject) => setTimeout(() => reject(new Error("hung")), 3000)),
    ]);
    expect(result).toEqual({ ok: true, body: { ok: true } });
    await jetty.tasks.update("c", "t", { description: "d" }, { validate: false }).catch(() => {});
    await jetty.environment.set("c", { K: "v" }).catch(() => {});
    expect(calls).toEqual([
      "POST /api/v1/trajectory/c/t/id/labels",
      "PUT /api/v1/tasks/c/t",
      "PATCH /api/v1/collections/c/environment",
    ]);
  });

  it("receives the JSON body when it does read it", async () => {
    let seen: unknown;
    const jetty = new Jetty({
      token: "mlc_fakefetchfakefetchfakefetchfake0",
      baseURL: "http://127.0.0.1:9",
      fetch: async (input, init) => {
        seen = await new Request(input, init).json();
        return ok();
      },
    });
    await jetty.trajectories.addLabel("c", "t", "id", { key: "quality", value: "high", author: "me" });
    expect(seen).toEqual({ key: "quality", value: "high", author: "me" });
  });
});
