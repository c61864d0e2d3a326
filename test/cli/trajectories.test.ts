/** `jetty trajectories …`, `logs`, `stats` and `files download` end to end against the emulator. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Jetty, type Trajectory } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SPARSE } from "../helpers/emulator-mode";
import { cliFor, json, ndjson, tempHome } from "./helpers/cli";

const ECHO = {
  init_params: { text: "Hello!" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
const RENDER = {
  init_params: { prompt: "a lighthouse" },
  step_configs: { draw: { activity: "replicate_text2image", prompt_path: "init_params.prompt" } },
  steps: ["draw"],
};
const BROKEN = { init_params: {}, step_configs: { boom: { activity: "no_such_activity" } }, steps: ["boom"] };

let emulator: Emulator;
let cli: ReturnType<typeof cliFor>;
const work = tempHome();
const echoed: Trajectory[] = [];
let rendered: Trajectory;
let failed: Trajectory;
let withUpload: Trajectory;

beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme" }],
    tasks: [
      { collection: "acme", name: "echo", workflow: ECHO },
      { collection: "acme", name: "render", workflow: RENDER },
      { collection: "acme", name: "broken", workflow: BROKEN },
    ],
  });
  cli = cliFor(emulator, { cwd: work });
  // The runs these commands inspect are made with the SDK; `jetty run` has its own tests.
  const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token });
  for (const text of ["one", "two", "three"])
    echoed.push(await jetty.runs.createAndWait("acme", "echo", { initParams: { text } }));
  rendered = await jetty.runs.createAndWait("acme", "render", {});
  failed = await jetty.runs.createAndWait("acme", "broken", {}, { throwOnFailure: false });
  withUpload = await jetty.runs.createAndWait("acme", "echo", {
    files: [{ data: new Blob(["uploaded text\n"]), filename: "notes.txt" }],
  });
});
afterAll(() => emulator.close());

describe("jetty trajectories", () => {
  it("list --json prints one page as the server sent it; --all streams every page as NDJSON", async () => {
    const page = json<{ trajectories: Trajectory[]; total: number; page: number; has_more: boolean }>(
      await cli(["trajectories", "list", "acme", "echo", "--limit", "2", "--json"]),
    );
    expect(page.trajectories).toHaveLength(2);
    // Sparse mode sends the paging fields as null; --all still finds every page (below).
    if (!SPARSE) expect(page).toMatchObject({ total: 4, page: 1, has_more: true });
    const all = ndjson<Trajectory>(
      await cli(["trajectories", "list", "acme", "echo", "--limit", "2", "--all", "--json"]),
    );
    expect(all.map((t) => t.trajectory_id).sort()).toEqual(
      [...echoed, withUpload].map((t) => t.trajectory_id).sort(),
    );
    const table = await cli(["trajectories", "list", "acme", "echo", "--limit", "2"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+STATUS\s+STEPS\s+CREATED\s+ERROR\n/);
    expect(table.stdout).toMatch(/completed\s+1\/1/);
    expect(table.stderr).toMatch(/next: --page 2/);
  });

  it("get prints the trajectory; the summary shows steps, errors and the link", async () => {
    const got = json<Trajectory>(
      await cli(["trajectories", "get", "acme", "echo", echoed[0]!.trajectory_id, "--json"]),
    );
    // Sparse mode prints the least body the server sent, so only the full mode equals the stored record.
    if (SPARSE) expect(got).toMatchObject({ trajectory_id: echoed[0]!.trajectory_id, status: "completed" });
    else expect(got).toEqual(emulator.state.trajectory(echoed[0]!.trajectory_id));
    const summary = await cli(["trajectories", "get", "acme", "broken", failed.trajectory_id]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain(`https://flows.jetty.io/acme/broken/${failed.trajectory_id}`);
    expect(summary.stdout).toMatch(/boom\s+no_such_activity\s+failed\s+No step registered/);
    // An error object (as sparse mode sends it) shows its message, not its JSON.
    expect(summary.stdout).toMatch(/^error:\s+Step 'boom' failed: No step registered/m);
    expect(summary.stdout).not.toContain('{"message"');
  });

  it("status shows statuses, --set changes them, a status that cannot be set exits 2", async () => {
    const [a, b] = echoed;
    const shown = json<Record<string, string>>(
      await cli(["trajectories", "status", "acme", "echo", a!.trajectory_id, "--json"]),
    );
    expect(shown).toEqual({ [a!.trajectory_id]: "completed" });
    const set = await cli([
      "trajectories",
      "status",
      "acme",
      "echo",
      a!.trajectory_id,
      b!.trajectory_id,
      "--set",
      "archived",
    ]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe("Set 2 trajectories of acme/echo to archived.\n");
    expect(emulator.state.trajectory(a!.trajectory_id)?.status).toBe("archived");
    expect(emulator.state.trajectory(b!.trajectory_id)?.status).toBe("archived");
    const trailing = await cli([
      "trajectories",
      "status",
      "acme",
      "render",
      rendered.trajectory_id,
      "cancelled",
    ]);
    expect(trailing.code, trailing.stderr).toBe(0);
    expect(emulator.state.trajectory(rendered.trajectory_id)?.status).toBe("cancelled");
    const bad = await cli(["trajectories", "status", "acme", "echo", a!.trajectory_id, "--set", "running"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--set: use one of pending, completed, failed, cancelled, archived/);
  });

  it("label needs an author (--author or JETTY_AUTHOR) and adds the label", async () => {
    const id = echoed[2]!.trajectory_id;
    const missing = await cli(["trajectories", "label", "acme", "echo", id, "quality", "high"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--author/);
    const run = await cli(["trajectories", "label", "acme", "echo", id, "quality", "high", "--json"], {
      env: { JETTY_AUTHOR: "qa@example.com" },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toEqual(expect.any(Object));
    const pair = await cli([
      "trajectories",
      "label",
      "acme",
      "echo",
      id,
      "reviewed=yes",
      "--author",
      "qa@example.com",
    ]);
    expect(pair.code, pair.stderr).toBe(0);
    expect(emulator.state.trajectory(id)?.labels).toEqual([
      expect.objectContaining({ key: "quality", value: "high", author: "qa@example.com" }),
      expect.objectContaining({ key: "reviewed", value: "yes", author: "qa@example.com" }),
    ]);
  });

  it("download saves the zip of a trajectory", async () => {
    const run = await cli([
      "trajectories",
      "download",
      "acme",
      "render",
      rendered.trajectory_id,
      "-o",
      join(work, "out.zip"),
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const saved = json<{ path: string; bytes: number }>(run);
    expect(saved.path).toBe(join(work, "out.zip"));
    expect(statSync(saved.path).size).toBe(saved.bytes);
    expect(readFileSync(saved.path).subarray(0, 2).toString()).toBe("PK");
  });

  it("diagnose names the failed step and its error", async () => {
    const run = await cli(["trajectories", "diagnose", "acme", "broken", failed.trajectory_id, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const d = json<{ status: string; rootCause: { step: string; error: string }; workflowId: string }>(run);
    expect(d.status).toBe("failed");
    expect(d.rootCause).toMatchObject({ step: "boom", error: expect.stringContaining("no_such_activity") });
    const human = await cli(["trajectories", "diagnose", "acme", "broken", failed.trajectory_id]);
    expect(human.stdout).toMatch(/root cause: acme\/broken\/[0-9a-f]+ step boom/);
    expect(human.stderr).toContain(`Logs: jetty logs ${d.workflowId}`);
  });
});

describe("jetty logs, stats, files", () => {
  it("logs prints a run's events; --level filters them", async () => {
    const workflowId = `acme-broken--${failed.trajectory_id}`;
    const all = json<{ events: Array<{ level: string; message: string }> }>(
      await cli(["logs", workflowId, "--json"]),
    );
    expect(all.events.length).toBeGreaterThan(1);
    const errors = json<{ events: Array<{ level: string }> }>(
      await cli(["logs", workflowId, "--level", "error", "--json"]),
    );
    expect(errors.events.length).toBeGreaterThan(0);
    expect(errors.events.every((e) => e.level === "error")).toBe(true);
  });

  it("stats prints the task's statistics", async () => {
    const stats = json<{ total: number }>(await cli(["stats", "acme", "render", "--json"]));
    expect(stats.total).toBe(1);
    const human = await cli(["stats", "acme", "render"]);
    expect(human.stdout).toMatch(/total:\s+1/);
  });

  it("files download saves a step's output file, and -o - streams a file to stdout", async () => {
    const outputs = rendered.steps?.draw?.outputs as { images: Array<{ path: string }> };
    const image = outputs.images[0]!.path;
    const saved = await cli(["files", "download", image, "-o", work]);
    expect(saved.code, saved.stderr).toBe(0);
    const local = join(work, "image_0.png");
    expect(existsSync(local)).toBe(true);
    expect(readFileSync(local)).toEqual(emulator.state.readFile(image));
    const upload = (withUpload.init_params as { file_paths: string[] }).file_paths[0]!;
    const piped = await cli(["files", "download", upload, "-o", "-"]);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe("uploaded text\n");
    const notFound = await cli(["files", "download", "acme/nope/missing.txt"]);
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toMatch(/^error: /);
  });
});
