/**
 * Issue 9 item 5: `tasks.search` tries the documented per-collection route and, where the platform
 * routes it like the asset store (404 "Task 'search' … not found"), falls back to the global search,
 * keeping this collection's hits. Both emulator routings are exercised, plus the hit shapes.
 */
import { Jetty, NotFoundError } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SPARSE } from "../helpers/emulator-mode";
import { json, type Loopback, startLoopback } from "../helpers/loopback";

const workflow = {
  init_params: { text: "hi" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
const seed = {
  collections: [{ name: "acme" }, { name: "other" }],
  tasks: [
    { collection: "acme", name: "triage-grader", workflow, description: "Grades triage" },
    { collection: "acme", name: "summarize", workflow },
    { collection: "other", name: "triage-copy", workflow },
  ],
};

describe.each(["documented", "backend"] as const)("tasks.search against taskSearch: %s", (taskSearch) => {
  let emulator: Emulator;
  let jetty: Jetty;
  beforeAll(async () => {
    emulator = await startEmulator({ ...seed, taskSearch });
    jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, maxRetries: 0, logLevel: "off" });
  });
  afterAll(() => emulator.close());

  it("returns this collection's matching tasks as normalised hits", async () => {
    emulator.clearRequests();
    const hits = await jetty.tasks.search("acme", "triage");
    expect(hits).toEqual([expect.objectContaining({ name: "triage-grader", collection_name: "acme" })]);
    const paths = emulator.requests.map((r) => r.path);
    expect(paths[0]).toBe("/api/v1/tasks/acme/search");
    if (taskSearch === "backend")
      expect(paths).toEqual(["/api/v1/tasks/acme/search", "/api/v1/tasks/search"]);
    else expect(paths).toEqual(["/api/v1/tasks/acme/search"]);
  });

  it("does not fall back on any other 404", async () => {
    emulator.clearRequests();
    await expect(jetty.tasks.search("missing", "triage")).rejects.toBeInstanceOf(NotFoundError);
    expect(emulator.requests.map((r) => r.path)).toEqual(["/api/v1/tasks/missing/search"]);
  });
});

describe("the emulator's two routings of /tasks/{c}/search", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ ...seed, taskSearch: "backend" });
  });
  afterAll(() => emulator.close());
  const get = (path: string) =>
    fetch(`${emulator.url}${path}`, { headers: { authorization: `Bearer ${emulator.token}` } });

  it("backend: answers like the task route, 404 for a task named search", async () => {
    const res = await get("/api/v1/tasks/acme/search?q=triage");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/^Task 'search' .*not found/);
  });

  it("the global route returns Typesense hits with the fields under document", async () => {
    const res = await get("/api/v1/tasks/search?q=triage");
    const body = (await res.json()) as { hits: Array<{ document: Record<string, unknown> }> };
    expect(body.hits.map((h) => h.document.full_name).sort()).toEqual([
      "acme/triage-grader",
      "other/triage-copy",
    ]);
    // Sparse mode sends the Typesense extras as null; the fields under `document` are the data.
    if (!SPARSE) expect(body.hits[0]).toMatchObject({ highlights: [], text_match: expect.any(Number) });
  });
});

describe("hit shapes", () => {
  let server: Loopback;
  let jetty: Jetty;
  beforeAll(async () => {
    server = await startLoopback();
    jetty = new Jetty({ baseURL: server.url, token: "mlc_test", maxRetries: 0, logLevel: "off" });
  });
  afterAll(() => server.close());

  it("unwraps document, names hits from entity_name or full_name, and drops nameless ones", async () => {
    server.next((_req, res) =>
      json(res, 200, {
        hits: [
          { document: { entity_name: "a", collection_name: "acme" }, text_match: 9 },
          { document: { full_name: "task/acme/b" } },
          { name: "c", description: "flat" },
          { document: { metadata: {} } },
        ],
      }),
    );
    expect(await jetty.tasks.search("acme", "x")).toEqual([
      { entity_name: "a", collection_name: "acme", name: "a" },
      { full_name: "task/acme/b", name: "b", collection_name: "acme" },
      { name: "c", description: "flat", collection_name: "acme" },
    ]);
  });

  it("the fallback keeps only hits that say they belong to the collection", async () => {
    server.next(
      (_req, res) => json(res, 404, { detail: "Task 'search' in collection 'acme' not found" }),
      (_req, res) =>
        json(res, 200, {
          hits: [
            { document: { entity_name: "mine", collection_name: "acme" } },
            { document: { entity_name: "theirs", collection_name: "other" } },
            { document: { entity_name: "unknown" } },
          ],
        }),
    );
    const hits = await jetty.tasks.search("acme", "x");
    expect(hits.map((h) => h.name)).toEqual(["mine"]);
    expect(server.requests.at(-1)?.url).toBe("/api/v1/tasks/search?q=x&limit=100");
  });
});
