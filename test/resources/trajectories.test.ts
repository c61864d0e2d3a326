import { InvalidInputError, Jetty, JettyError, NotFoundError } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Trajectory, TrajectoryPage } from "../../src/resources/trajectories";
import { SPARSE } from "../helpers/emulator-mode";
import { rejectionOf } from "../helpers/loopback";

const echo = {
  init_params: { text: "default" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
const render = {
  init_params: { prompt: "a lighthouse" },
  step_configs: {
    draw: {
      activity: "replicate_text2image",
      model: "black-forest-labs/flux-schnell",
      prompt_path: "init_params.prompt",
      num_outputs: 2,
    },
    caption: { activity: "text_echo", text_path: "init_params.prompt" },
  },
  steps: ["draw", "caption"],
};

let emulator: Emulator;
let jetty: Jetty;
const ids: string[] = [];
beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme" }],
    tasks: [
      { collection: "acme", name: "echo", workflow: echo },
      { collection: "acme", name: "render", workflow: render },
      { collection: "acme", name: "empty", workflow: echo },
    ],
  });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
  for (let i = 0; i < 5; i++) {
    const run = await jetty.runs.create("acme", "echo", { initParams: { text: `t${i}` } });
    ids.push(run.trajectoryId);
    await run.wait({ pollInterval: 2 });
  }
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

const last = () => emulator.requests.at(-1)!;

describe("trajectories.list", () => {
  // Asserts total/page/limit/has_more, which sparse mode sends as null (trajectories-pages.test.ts
  // covers iterating without them).
  it.skipIf(SPARSE)("GETs /api/v1/db/trajectories/{c}/{task}?limit=&page= and exposes the page", async () => {
    const page = await jetty.trajectories.list("acme", "echo", { limit: 2 });
    expect(last()).toMatchObject({
      method: "GET",
      path: "/api/v1/db/trajectories/acme/echo",
      query: "limit=2&page=1",
    });
    expect(page).toBeInstanceOf(TrajectoryPage);
    expect(page.trajectories).toHaveLength(2);
    expect(page.total).toBe(5);
    expect(page.page).toBe(1);
    expect(page.limit).toBe(2);
    expect(page.hasMore).toBe(true);
    expect(page.hasNextPage()).toBe(true);
    expect(page.body.has_more).toBe(true);
    expect(page.has_more).toBe(true);
    const second = await page.nextPage();
    expect(last().query).toBe("limit=2&page=2");
    expect(second.page).toBe(2);
    const third = await second.nextPage();
    expect(third.trajectories).toHaveLength(1);
    expect(third.hasNextPage()).toBe(false);
    await expect(third.nextPage()).rejects.toThrow(JettyError);
  });

  it("is async-iterable over every item of every page, stopping at has_more: false", async () => {
    const seen: string[] = [];
    for await (const t of jetty.trajectories.list("acme", "echo", { limit: 2 })) seen.push(t.trajectory_id);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(emulator.requests.map((r) => r.query)).toEqual([
      "limit=2&page=1",
      "limit=2&page=2",
      "limit=2&page=3",
    ]);
  });

  it("starts at the given page, and pages via iterPages()", async () => {
    const page = await jetty.trajectories.list("acme", "echo", { limit: 2, page: 2 });
    const sizes: number[] = [];
    for await (const p of page.iterPages()) sizes.push(p.trajectories.length);
    expect(sizes).toEqual([2, 1]);
    expect(emulator.requests.map((r) => r.query)).toEqual(["limit=2&page=2", "limit=2&page=3"]);
  });

  it("an empty task gives one empty page and an empty iteration", async () => {
    const page = await jetty.trajectories.list("acme", "empty");
    expect(page.trajectories).toEqual([]);
    expect(page.hasMore).toBe(false);
    expect(last().query).toBe("page=1");
    let count = 0;
    for await (const _ of jetty.trajectories.list("acme", "empty")) count++;
    expect(count).toBe(0);
  });

  it("refuses bad paging before sending", async () => {
    for (const params of [{ limit: 0 }, { limit: 2.5 }, { page: 0 }, { page: -1 }, { limit: "10" }]) {
      await expect(jetty.trajectories.list("acme", "echo", params as never)).rejects.toThrow(
        InvalidInputError,
      );
    }
    await expect(jetty.trajectories.list("", "echo")).rejects.toThrow(InvalidInputError);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("trajectories.get / stats / setStatuses / cancel / addLabel", () => {
  it("get → GET /api/v1/db/trajectory/{c}/{task}/{id}", async () => {
    const t = await jetty.trajectories.get("acme", "echo", ids[0]!);
    expect(last()).toMatchObject({ method: "GET", path: `/api/v1/db/trajectory/acme/echo/${ids[0]}` });
    expect(t).toMatchObject({
      trajectory_id: ids[0],
      status: "completed",
      name: SPARSE ? null : "acme/echo",
    });
    expect(t.steps?.echo?.outputs).toEqual({ text: "t0" });
    await expect(jetty.trajectories.get("acme", "echo", "ffffffff")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stats → GET /api/v1/db/stats/{c}/{task}", async () => {
    const stats = await jetty.trajectories.stats("acme", "echo");
    expect(last()).toMatchObject({ method: "GET", path: "/api/v1/db/stats/acme/echo" });
    expect(stats).toMatchObject({ total: 5 });
  });

  it("setStatuses → POST /api/v1/trajectory/{c}/{task}/statuses with exactly the map", async () => {
    const map = { [ids[1]!]: "archived", [ids[2]!]: "pending" } as const;
    const res = await jetty.trajectories.setStatuses("acme", "echo", map);
    expect(last()).toMatchObject({
      method: "POST",
      path: "/api/v1/trajectory/acme/echo/statuses",
      body: map,
    });
    expect(last().headers["content-type"]).toBe("application/json");
    // Sparse mode acknowledges with an empty body.
    expect(res).toMatchObject({ ok: true, body: SPARSE ? undefined : { updated: map } });
    expect((await jetty.trajectories.get("acme", "echo", ids[1]!)).status).toBe("archived");
  });

  it("cancel sets `cancelled`", async () => {
    await jetty.trajectories.cancel("acme", "echo", ids[3]!);
    expect(last()).toMatchObject({
      path: "/api/v1/trajectory/acme/echo/statuses",
      body: { [ids[3]!]: "cancelled" },
    });
  });

  it("refuses statuses that cannot be set, naming the id and the allowed values", async () => {
    const error = await rejectionOf(
      jetty.trajectories.setStatuses("acme", "echo", { [ids[0]!]: "completed", abc123: "running" as never }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).param).toBe("statuses.abc123");
    expect((error as Error).message).toContain("abc123");
    expect((error as Error).message).toContain("pending, completed, failed, cancelled, archived");
    await expect(jetty.trajectories.setStatuses("acme", "echo", {})).rejects.toThrow(InvalidInputError);
    await expect(jetty.trajectories.setStatuses("acme", "echo", { x: "done" as never })).rejects.toThrow(
      InvalidInputError,
    );
    await expect(jetty.trajectories.setStatuses("acme", "echo", null as never)).rejects.toThrow(
      InvalidInputError,
    );
    await expect(jetty.trajectories.cancel("acme", "echo", "")).rejects.toThrow(InvalidInputError);
    expect(emulator.requests).toHaveLength(0);
  });

  it("addLabel → POST …/{id}/labels with key, value, author", async () => {
    const label = { key: "quality", value: "high", author: "qa@example.com" };
    const res = await jetty.trajectories.addLabel("acme", "echo", ids[0]!, label);
    expect(last()).toMatchObject({
      method: "POST",
      path: `/api/v1/trajectory/acme/echo/${ids[0]}/labels`,
      body: label,
    });
    expect(res.ok).toBe(true);
    const t = await jetty.trajectories.get("acme", "echo", ids[0]!);
    expect(t.labels).toEqual([expect.objectContaining(label)]);
  });

  it("addLabel names the missing field", async () => {
    const full = { key: "k", value: "v", author: "a" };
    for (const missing of ["key", "value", "author"] as const) {
      const label = { ...full, [missing]: missing === "value" ? "" : undefined };
      const error = await rejectionOf(jetty.trajectories.addLabel("acme", "echo", ids[0]!, label as never));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).param).toBe(missing);
    }
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("trajectories.files / download / listFiles", () => {
  let rendered: Trajectory;
  beforeAll(async () => {
    rendered = await jetty.runs.createAndWait(
      "acme",
      "render",
      { files: [{ data: new Blob(["col\n1\n"]), filename: "in.csv" }] },
      { pollInterval: 2 },
    );
  });

  it("files() lists every referenced storage path, deduplicated, without a request", () => {
    const paths = jetty.trajectories.files(rendered);
    expect(emulator.requests).toHaveLength(0);
    const base = rendered.storage_path!;
    expect(paths).toEqual([`${base}/inputs/in.csv`, `${base}/draw/image_0.png`, `${base}/draw/image_1.png`]);
  });

  it("files() reads every documented place, strings or {path}, and skips file ids", () => {
    const t = {
      trajectory_id: "x",
      status: "completed",
      init_params: { file_paths: ["acme/_sandbox_uploads/u1/a.pdf", "file-abc123"] },
      total_steps: ["run", "img"],
      steps: {
        img: { outputs: { images: [{ path: "acme/t/0001/img/0.png" }, { path: "acme/t/0001/img/0.png" }] } },
        run: {
          outputs: {
            results_files: [{ path: "acme/t/0001/results/report.md" }],
            primary_files: ["acme/t/0001/results/primary.json", { path: "acme/t/0001/results/p2.json" }],
            files: ["acme/t/0001/results/report.md", { path: "acme/t/0001/results/extra.txt" }, 42, null],
          },
        },
      },
    } as unknown as Trajectory;
    expect(jetty.trajectories.files(t)).toEqual([
      "acme/_sandbox_uploads/u1/a.pdf",
      "acme/t/0001/results/report.md",
      "acme/t/0001/results/primary.json",
      "acme/t/0001/results/p2.json",
      "acme/t/0001/results/extra.txt",
      "acme/t/0001/img/0.png",
    ]);
    expect(jetty.trajectories.files({ trajectory_id: "y", status: "pending" })).toEqual([]);
  });

  it("download → GET …/{id}/download, streamed into a FileDownload", async () => {
    const zip = await jetty.trajectories.download("acme", "render", rendered.trajectory_id);
    expect(last()).toMatchObject({
      method: "GET",
      path: `/api/v1/trajectory/acme/render/${rendered.trajectory_id}/download`,
    });
    expect(zip.name).toBe(`acme-render-${rendered.trajectory_id}.zip`);
    expect(zip.contentType).toBe("application/zip");
    const bytes = await zip.bytes();
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
  });

  it("listFiles → GET /api/v1/list-files?prefix=", async () => {
    const prefix = `${rendered.storage_path}/draw`;
    const res = await jetty.trajectories.listFiles(prefix);
    expect(last()).toMatchObject({
      method: "GET",
      path: "/api/v1/list-files",
      query: `prefix=${encodeURIComponent(prefix)}`,
    });
    expect(res.files.map((f) => (typeof f === "string" ? f : f.path))).toEqual([
      `${prefix}/image_0.png`,
      `${prefix}/image_1.png`,
    ]);
    await expect(jetty.trajectories.listFiles("")).rejects.toThrow(InvalidInputError);
  });
});
