/**
 * Stop rules of the trajectory pager that the emulator never produces (it always reports has_more
 * truthfully), scripted on a loopback server.
 */

import { Jetty } from "@jetty/sdk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Handler, json, type Loopback, startLoopback } from "../helpers/loopback";

let server: Loopback;
let jetty: Jetty;
// A fresh server per test, so no scripted answer is left over for the next one.
beforeEach(async () => {
  server = await startLoopback();
  jetty = new Jetty({ baseURL: server.url, token: "mlc_test", logLevel: "off", maxRetries: 0 });
});
afterEach(() => server.close());

const item = (id: string) => ({ trajectory_id: id, status: "completed" });
const page = (ids: string[], extra: Record<string, unknown> = {}) => ({
  trajectories: ids.map(item),
  ...extra,
});
const serve = (...bodies: unknown[]) =>
  server.next(
    ...bodies.map(
      (body): Handler =>
        (_req, res) =>
          json(res, 200, body),
    ),
  );

async function collect(iterable: AsyncIterable<{ trajectory_id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const t of iterable) out.push(t.trajectory_id);
  return out;
}

describe("trajectory pagination stop rules", () => {
  it("stops on has_more: false even when the page is full", async () => {
    serve(page(["a", "b"], { has_more: false, limit: 2, page: 1 }), page(["c"]));
    expect(await collect(jetty.trajectories.list("c", "t", { limit: 2 }))).toEqual(["a", "b"]);
    expect(server.requests).toHaveLength(1);
  });

  it("stops on an empty page even when has_more says true", async () => {
    serve(page(["a", "b"], { has_more: true }), page([], { has_more: true }), page(["never"]));
    expect(await collect(jetty.trajectories.list("c", "t", { limit: 2 }))).toEqual(["a", "b"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v1/db/trajectories/c/t?limit=2&page=1",
      "/api/v1/db/trajectories/c/t?limit=2&page=2",
    ]);
  });

  it("stops on a short page when has_more is absent", async () => {
    serve(page(["a", "b", "c"]), page(["d", "e", "f"]), page(["g"]), page(["never"]));
    expect(await collect(jetty.trajectories.list("c", "t", { limit: 3 }))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
    ]);
    expect(server.requests).toHaveLength(3);
  });

  it("measures a short page against the server's reported limit", async () => {
    // Asked for 100, the server caps at 2 and says so: a 2-item page is full, not short.
    serve(page(["a", "b"], { limit: 2 }), page(["c"], { limit: 2 }));
    expect(await collect(jetty.trajectories.list("c", "t", { limit: 100 }))).toEqual(["a", "b", "c"]);
    expect(server.requests).toHaveLength(2);
  });

  it("without any limit, follows has_more until an empty page", async () => {
    serve(page(["a"], { has_more: true }), page(["b"]), page([]));
    expect(await collect(jetty.trajectories.list("c", "t"))).toEqual(["a", "b"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v1/db/trajectories/c/t?page=1",
      "/api/v1/db/trajectories/c/t?page=2",
      "/api/v1/db/trajectories/c/t?page=3",
    ]);
  });

  it("awaiting gives only the first page", async () => {
    serve(page(["a", "b"], { has_more: true, total: 9 }));
    const first = await jetty.trajectories.list("c", "t", { limit: 2 });
    expect(first.trajectories.map((t) => t.trajectory_id)).toEqual(["a", "b"]);
    expect(first.total).toBe(9);
    expect(first.page).toBe(1);
    expect(server.requests).toHaveLength(1);
  });
});

describe("path encoding", () => {
  it("encodes every collection, task and id segment", async () => {
    server.next((_req, res) => json(res, 200, item("x y/z")));
    await jetty.trajectories.get("my coll", "a/b", "x y/z");
    expect(server.requests[0]!.url).toBe("/api/v1/db/trajectory/my%20coll/a%2Fb/x%20y%2Fz");
    server.next((_req, res) => json(res, 200, { events: [] }));
    await jetty.runs.logs("a b--c?d");
    expect(server.requests[1]!.url).toBe("/api/v1/workflows-logs/a%20b--c%3Fd");
  });
});
