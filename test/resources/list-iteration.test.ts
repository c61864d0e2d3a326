/**
 * Every list is `for await`-able on the call (every item, later pages fetched as the loop reaches
 * them) while `await` keeps giving the one answer; trajectory pages skip the repeats that runs
 * started mid-listing push onto the next page, and `toArray({ limit })` reads no more pages than
 * it needs.
 */
import {
  type Collection,
  type Dataset,
  InvalidInputError,
  Jetty,
  type Routine,
  type StepTemplate,
  type TaskListItem,
  type TrainedModel,
  type Trajectory,
} from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { json, type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const echo = {
  init_params: { text: "default" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  emulator = await startEmulator({
    collections: ["acme", "beta", "gamma", "delta", "epsilon"].map((name) => ({ name })),
    tasks: ["t1", "t2", "t3"].map((name) => ({ collection: "acme", name, workflow: echo })),
  });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off", maxRetries: 0 });
  for (const name of ["d1", "d2", "d3"]) {
    await jetty.datasets.create("acme", { name, data_path: `s3://b/${name}.csv`, format: "csv" });
    await jetty.models.create("acme", { name: `m-${name}`, model_path: `s3://b/${name}` });
  }
  await jetty.routines.create("acme", "t1", { name: "nightly", cadence: { type: "manual" } });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
const queries = (path: string) =>
  emulator.requests.filter((r) => r.method === "GET" && r.path === path).map((r) => r.query);

describe("offset-paged lists: await gives the answer, for await gives every item", () => {
  it("collections.list(): awaited is the array of one request; iterated pages with skip to the short page", async () => {
    const awaited = await jetty.collections.list({ limit: 2 });
    expect(Array.isArray(awaited)).toBe(true);
    expect(awaited).toHaveLength(2);
    emulator.clearRequests();

    const names: string[] = [];
    for await (const c of jetty.collections.list({ limit: 2 })) {
      expectTypeOf(c).toEqualTypeOf<Collection>();
      names.push(c.name);
    }
    expect(names.sort()).toEqual(["acme", "beta", "delta", "epsilon", "gamma"]);
    expect(queries("/api/v1/collections/")).toEqual(["limit=2", "skip=2&limit=2", "skip=4&limit=2"]);
  });

  it("collections.list() without a limit: one request when the answer is shorter than the server's page", async () => {
    expect(await collect(jetty.collections.list())).toHaveLength(5);
    expect(queries("/api/v1/collections/")).toEqual([""]);
  });

  it("withResponse() and asResponse() still work on the list call", async () => {
    const { data, response } = await jetty.collections.list().withResponse();
    expect(response.status).toBe(200);
    expect(data).toHaveLength(5);
    const raw = await jetty.collections.list().asResponse();
    expect(((await raw.json()) as unknown[]).length).toBe(5);
  });

  it("tasks.list() iterates across pages, starting at the given skip", async () => {
    const tasks = await collect(jetty.tasks.list("acme", { skip: 1, limit: 1 }));
    expectTypeOf(tasks).toEqualTypeOf<TaskListItem[]>();
    expect(tasks.map((t) => t.name).sort()).toEqual(["t2", "t3"]);
    expect(queries("/api/v1/tasks/acme/")).toEqual(["skip=1&limit=1", "skip=2&limit=1", "skip=3&limit=1"]);
  });

  it("datasets and models: no documented page size, so iteration ends at the empty page", async () => {
    const datasets = await collect(jetty.datasets.list("acme"));
    expectTypeOf(datasets).toEqualTypeOf<Dataset[]>();
    expect(datasets.map((d) => d.name).sort()).toEqual(["d1", "d2", "d3"]);
    expect(queries("/api/v1/datasets/acme")).toEqual(["", "skip=3"]);

    const models = await collect(jetty.models.list("acme", { limit: 2 }));
    expectTypeOf(models).toEqualTypeOf<TrainedModel[]>();
    expect(models.map((m) => m.name).sort()).toEqual(["m-d1", "m-d2", "m-d3"]);
  });

  it("stepTemplates.list() and routines.list() iterate their one answer", async () => {
    const awaited = await jetty.stepTemplates.list();
    const iterated = await collect(jetty.stepTemplates.list());
    expectTypeOf(iterated).toEqualTypeOf<StepTemplate[]>();
    expect(iterated.length).toBeGreaterThan(3);
    expect(iterated.map((t) => t.activity_name)).toEqual(awaited.map((t) => t.activity_name));

    const routines = await collect(jetty.routines.list("acme"));
    expectTypeOf(routines).toEqualTypeOf<Routine[]>();
    expect(routines.map((r) => r.name)).toEqual(["nightly"]);
    expect((await collect(jetty.routines.list("acme", { task: "t1" }))).map((r) => r.name)).toEqual([
      "nightly",
    ]);
  });

  it("bad input rejects the iteration with InvalidInputError, before any request", async () => {
    const error = await collect(jetty.tasks.list("")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("offset-paged lists against a hostile server", () => {
  let server: Loopback;
  let hostile: Jetty;
  beforeAll(async () => {
    server = await startLoopback();
    hostile = new Jetty({ baseURL: server.url, token: "t", logLevel: "off", maxRetries: 0 });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  const collection = (name: string) => ({ id: name.length, name, description: null });

  it("a server that ignores skip does not make iteration loop forever", async () => {
    server.fallback = (_req, res) => json(res, 200, [collection("a"), collection("bb")]);
    const items = await collect(hostile.collections.list({ limit: 2 }));
    expect(items.map((c) => c.name)).toEqual(["a", "bb"]);
    expect(server.requests).toHaveLength(2);
  });

  it("an item the next page repeats (the list shifted) is yielded once", async () => {
    server.next(
      (_req, res) => json(res, 200, [collection("a"), collection("bb")]),
      (_req, res) => json(res, 200, [collection("bb"), collection("ccc")]),
      (_req, res) => json(res, 200, []),
    );
    const items = await collect(hostile.collections.list({ limit: 2 }));
    expect(items.map((c) => c.name)).toEqual(["a", "bb", "ccc"]);
  });

  it("the wrapped { collections } shape pages like the bare array", async () => {
    server.next(
      (_req, res) => json(res, 200, { collections: [collection("a")] }),
      (_req, res) => json(res, 200, { collections: [] }),
    );
    expect((await collect(hostile.collections.list({ limit: 1 }))).map((c) => c.name)).toEqual(["a"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v1/collections/?limit=1",
      "/api/v1/collections/?skip=1&limit=1",
    ]);
  });
});

describe("trajectory pages: each trajectory once, and toArray({ limit })", () => {
  beforeAll(async () => {
    for (let i = 0; i < 4; i++) await jetty.runs.create("acme", "t2", { initParams: { text: `r${i}` } });
  });

  it("runs started between page fetches push items down; the repeats are skipped, nothing is lost", async () => {
    const before = (await jetty.trajectories.list("acme", "t2", { limit: 10 })).trajectories.map(
      (t) => t.trajectory_id,
    );
    expect(before).toHaveLength(4);
    const seen: string[] = [];
    let fetched = 0;
    for await (const t of jetty.trajectories.list("acme", "t2", { limit: 2 })) {
      expectTypeOf(t).toEqualTypeOf<Trajectory>();
      seen.push(t.trajectory_id);
      // At the end of each page, a new run shifts the newest-first list by one.
      if (seen.length % 2 === 0 && fetched++ < 2) await jetty.runs.create("acme", "t2");
    }
    const pages = queries("/api/v1/db/trajectories/acme/t2").filter((q) => q.startsWith("limit=2"));
    expect(pages).toEqual(["limit=2&page=1", "limit=2&page=2", "limit=2&page=3"]);
    // Without de-duplication page 2 would repeat page 1's last item and page 3 page 2's.
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(before);
  });

  it("toArray({ limit }) stops fetching once it has enough; toArray() reads every page", async () => {
    emulator.clearRequests();
    const three = await jetty.trajectories.list("acme", "t2", { limit: 2 }).toArray({ limit: 3 });
    expect(three).toHaveLength(3);
    expect(queries("/api/v1/db/trajectories/acme/t2")).toEqual(["limit=2&page=1", "limit=2&page=2"]);

    const page = await jetty.trajectories.list("acme", "t2", { limit: 4 });
    const all = await page.toArray();
    expect(all.map((t) => t.trajectory_id)).toEqual(
      (await jetty.trajectories.list("acme", "t2", { limit: 100 })).trajectories.map((t) => t.trajectory_id),
    );
    expect(all.length).toBeGreaterThan(4);
  });

  it("toArray refuses a limit that is not a positive integer", async () => {
    const page = await jetty.trajectories.list("acme", "t2");
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      const error = await rejectionOf(page.toArray({ limit }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(String(error)).toMatch(/limit/);
    }
  });
});
