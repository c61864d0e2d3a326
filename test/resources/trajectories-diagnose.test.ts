import { APIUserAbortError, InvalidInputError, Jetty, NotFoundError, RunFailedError } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Diagnosis } from "../../src/helpers/diagnose";
import { emulatorWithClient } from "../helpers/emulator";
import { json, startLoopback } from "../helpers/loopback";

/** parent → (fan-out) child → (fan-out) grandchild; a grandchild whose item has no `text` fails. */
const tasks = [
  {
    collection: "acme",
    name: "grandchild",
    workflow: {
      step_configs: { echo: { activity: "text_echo", text_path: "init_params.item.text" } },
      steps: ["echo"],
    },
  },
  {
    collection: "acme",
    name: "child",
    workflow: {
      step_configs: {
        spread: {
          activity: "list_emit_await",
          items_path: "init_params.item",
          child_workflow_name: "grandchild",
        },
      },
      steps: ["spread"],
    },
  },
  {
    collection: "acme",
    name: "parent",
    workflow: {
      step_configs: {
        prepare: { activity: "text_echo", text: "go" },
        fanout: {
          activity: "list_emit_await",
          items_path: "init_params.groups",
          child_workflow_name: "child",
        },
      },
      steps: ["prepare", "fanout"],
    },
  },
];

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({ collections: [{ name: "acme" }], tasks }));
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

describe("trajectories.diagnose", () => {
  it("follows a two-level fan-out down to the failing grandchild", async () => {
    const groups = [[{ text: "ok" }], [{ text: "fine" }, { nope: true }]];
    const failure = await jetty.runs
      .createAndWait("acme", "parent", { initParams: { groups } }, { pollInterval: 5 })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RunFailedError);
    const parentId = (failure as RunFailedError).trajectoryId;
    expect((failure as RunFailedError).failedStep).toBe("fanout");
    emulator.clearRequests();

    const d = await jetty.trajectories.diagnose("acme", "parent", parentId);
    expect(d).toMatchObject({ collection: "acme", task: "parent", trajectoryId: parentId, status: "failed" });
    expect(d.workflowId).toBe(`acme-parent--${parentId}`);
    expect(d.error).toMatch(/child workflows failed/);
    expect(d.failedSteps).toHaveLength(1);
    const fanout = d.failedSteps[0]!;
    expect(fanout).toMatchObject({ step: "fanout", activity: "list_emit_await" });
    expect(fanout.error).toMatch(/1 of 2 child workflows failed/);
    // Only the failed child is reported; the completed one is not even fetched.
    expect(fanout.children).toHaveLength(1);
    const child = fanout.children![0]!;
    expect(child).toMatchObject({ collection: "acme", task: "child", status: "failed" });
    expect(child.failedSteps[0]).toMatchObject({ step: "spread", activity: "list_emit_await" });
    const grandchild = child.failedSteps[0]!.children![0]!;
    expect(grandchild).toMatchObject({ collection: "acme", task: "grandchild", status: "failed" });
    expect(grandchild.failedSteps).toEqual([
      { step: "echo", activity: "text_echo", error: expect.stringMatching(/init_params\.item\.text/) },
    ]);

    expect(d.rootCause).toEqual({
      collection: "acme",
      task: "grandchild",
      trajectoryId: grandchild.trajectoryId,
      step: "echo",
      error: grandchild.failedSteps[0]!.error,
    });
    // The root cause agrees with what the emulator stored.
    expect(emulator.state.trajectory(grandchild.trajectoryId)?.status).toBe("failed");
    const paths = emulator.requests.map((r) => r.path);
    expect(paths[0]).toBe(`/api/v1/db/trajectory/acme/parent/${parentId}`);
    expect(paths).toContain(`/api/v1/db/trajectory/acme/child/${child.trajectoryId}`);
    expect(paths).toContain(`/api/v1/db/trajectory/acme/grandchild/${grandchild.trajectoryId}`);
    expect(paths).toHaveLength(3);
  });

  it("stops at maxDepth, then blames the deepest step it saw", async () => {
    const groups = [[{ nope: 1 }]];
    const run = await jetty.runs.create("acme", "parent", { initParams: { groups } });
    await run.wait({ throwOnFailure: false, pollInterval: 5 });
    const d = await jetty.trajectories.diagnose("acme", "parent", run.trajectoryId, { maxDepth: 1 });
    expect(d.rootCause).toMatchObject({ task: "child", step: "spread" });
    expect(d.failedSteps[0]!.children![0]!.failedSteps[0]!.children).toBeUndefined();
  });

  it("reports a completed run as having no root cause", async () => {
    const run = await jetty.runs.create("acme", "parent", { initParams: { groups: [[{ text: "x" }]] } });
    await run.wait({ pollInterval: 5 });
    const d = await jetty.trajectories.diagnose("acme", "parent", run.trajectoryId);
    expect(d).toMatchObject({ status: "completed", error: undefined, failedSteps: [], rootCause: undefined });
  });

  it("throws for a missing top-level trajectory and refuses bad input before sending", async () => {
    await expect(jetty.trajectories.diagnose("acme", "parent", "00000000")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    emulator.clearRequests();
    await expect(jetty.trajectories.diagnose("acme", "", "x")).rejects.toThrow(InvalidInputError);
    await expect(jetty.trajectories.diagnose("acme", "parent", "x", { maxDepth: -1 })).rejects.toThrow(
      InvalidInputError,
    );
    await expect(jetty.trajectories.diagnose("acme", "parent", "x", { concurrency: 0 })).rejects.toThrow(
      InvalidInputError,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it("aborts through the request signal", async () => {
    const run = await jetty.runs.create("acme", "parent", { initParams: { groups: [[{ nope: 1 }]] } });
    await run.wait({ throwOnFailure: false, pollInterval: 5 });
    await expect(
      jetty.trajectories.diagnose("acme", "parent", run.trajectoryId, {}, { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe("diagnose: locating children (scripted server)", () => {
  it("uses child_workflow_name when references lack a name, tries the next guess on 404, and bounds concurrency", async () => {
    let active = 0;
    let peak = 0;
    const children = Array.from({ length: 8 }, (_, i) => `k${i}`);
    const server = await startLoopback(async (req, res) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 15));
      active--;
      const url = req.url ?? "";
      const id = url.split("/").pop()!;
      if (url === "/api/v1/db/trajectory/c/p/root") {
        return json(res, 200, {
          trajectory_id: "root",
          status: "failed",
          error: "fan-out failed",
          step_configs: { fan: { activity: "list_emit_await", child_workflow_name: "worker" } },
          steps: {
            fan: {
              activity: "list_emit_await",
              status: "failed",
              error: "8 children failed",
              outputs: {
                trajectory_references: [
                  ...children.map((k) => ({ trajectory_id: k })),
                  { trajectory_id: "lost", name: "c/renamed" },
                ],
              },
            },
          },
        });
      }
      if (url.startsWith("/api/v1/db/trajectory/c/worker/k")) {
        return json(res, 200, {
          trajectory_id: id,
          status: "failed",
          steps: { s: { activity: "text_echo", status: "failed", error: `bad ${id}` } },
        });
      }
      // "lost" is under neither c/renamed nor c/worker.
      return json(res, 404, { detail: "Trajectory not found" });
    });
    try {
      const client = new Jetty({ baseURL: server.url, token: "mlc_test", logLevel: "off", maxRetries: 0 });
      const d: Diagnosis = await client.trajectories.diagnose("c", "p", "root", { concurrency: 3 });
      const kids = d.failedSteps[0]!.children!;
      expect(kids.map((k) => k.trajectoryId)).toEqual([...children, "lost"]);
      expect(kids.slice(0, 8).every((k) => k.task === "worker" && k.status === "failed")).toBe(true);
      expect(kids[8]).toMatchObject({ status: "unavailable", collection: "c", task: "renamed" });
      expect(kids[8]!.error).toMatch(/could not fetch/);
      expect(d.rootCause).toEqual({
        collection: "c",
        task: "worker",
        trajectoryId: "k0",
        step: "s",
        error: "bad k0",
      });
      expect(peak).toBeLessThanOrEqual(3);
      const urls = server.requests.map((r) => r.url);
      expect(urls).toContain("/api/v1/db/trajectory/c/renamed/lost");
      expect(urls).toContain("/api/v1/db/trajectory/c/worker/lost");
    } finally {
      await server.close();
    }
  });
});
