import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, createTask, runAndWait, start } from "./helpers";

/** A child that fails when its item is "bad" (the reference to a missing init param only resolves then). */
const CHILD = {
  init_params: { item: "", prefix: "" },
  step_configs: {
    pick: { activity: "text_echo", text_path: "init_params.item" },
    process: {
      activity: "text_template",
      template: "{{prefix}}{{item}}",
      prefix_path: "init_params.prefix",
      item_path: "init_params.item",
    },
  },
  steps: ["pick", "process"],
};

describe("list_emit_await and extract_from_trajectories", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start();
    await createTask(emu, "child", CHILD);
    await createTask(emu, "strict-child", {
      init_params: { item: "" },
      step_configs: { check: { activity: "text_echo", text_path: "init_params.extra" } },
      steps: ["check"],
    });
  });
  afterAll(() => emu.close());

  it("runs one real child trajectory per item and gathers their outputs", async () => {
    await createTask(emu, "batch", {
      init_params: { items: ["a", "b", "c"], shared: { prefix: "> " } },
      step_configs: {
        fan: {
          activity: "list_emit_await",
          items_path: "init_params.items",
          child_workflow_name: "child",
          item_param_name: "item",
          child_init_params_path: "init_params.shared",
          max_concurrency: 2,
        },
        gather: {
          activity: "extract_from_trajectories",
          trajectory_list_path: "fan.outputs.trajectory_references",
          extract_keys: { text: "process.outputs.text" },
        },
        flat: {
          activity: "extract_from_trajectories",
          trajectory_list_path: "fan.outputs.trajectory_references",
          extract_keys: { text: "process.outputs.text" },
          flatten_results: true,
        },
      },
      steps: ["fan", "gather", "flat"],
    });
    const t = await runAndWait(emu, "batch");
    expect(t.status).toBe("completed");
    const refs = t.steps.fan.outputs.trajectory_references;
    expect(refs).toHaveLength(3);
    expect(refs[0]).toMatchObject({ name: "demo/child", status: "completed" });
    expect(refs[0].trajectory_id).toMatch(/^[0-9a-f]{8}$/);
    expect(t.steps.gather.outputs.extracted_data.map((r: { text: string }) => r.text)).toEqual([
      "> a",
      "> b",
      "> c",
    ]);
    expect(t.steps.flat.outputs.extracted_data).toEqual({ text: ["> a", "> b", "> c"] });
    // Each child is a real trajectory with the item and the shared params.
    const child = await api(emu, `/api/v1/db/trajectory/demo/child/${refs[1].trajectory_id}`);
    expect(child.body.init_params).toMatchObject({ item: "b", prefix: "> " });
    expect(emu.runsCreated("demo", "child")).toBe(3);
  });

  it("fails the parent when a child fails, unless continue_on_error", async () => {
    const fan = (continueOnError: boolean) => ({
      init_params: { items: ["x", "y"] },
      step_configs: {
        fan: {
          activity: "list_emit_await",
          items_path: "init_params.items",
          child_workflow_name: "strict-child",
          continue_on_error: continueOnError,
        },
      },
      steps: ["fan"],
    });
    await createTask(emu, "fragile", fan(false));
    await createTask(emu, "tolerant", fan(true));
    const failed = await runAndWait(emu, "fragile");
    expect(failed.status).toBe("failed");
    expect(failed.steps.fan.error).toMatch(/^RuntimeError: 2 of 2 child workflows failed/);
    // The references stay on the failed step so the cause can be traced into the children.
    const ref = failed.steps.fan.outputs.trajectory_references[0];
    const child = await api(emu, `/api/v1/db/trajectory/demo/strict-child/${ref.trajectory_id}`);
    expect(child.body.steps.check.error).toMatch(
      /PathResolutionError: init_params.extra: key 'extra' not found/,
    );

    const tolerant = await runAndWait(emu, "tolerant");
    expect(tolerant.status).toBe("completed");
    expect(tolerant.steps.fan.outputs).toMatchObject({ total: 2, failed: 2, completed: 0 });
  });

  it("propagates a grandchild failure through two levels of fan-out", async () => {
    await createTask(emu, "middle", {
      init_params: { item: [] },
      step_configs: {
        inner: { activity: "list_emit_await", items_path: "init_params.item", child_workflow_name: "leaf" },
      },
      steps: ["inner"],
    });
    await createTask(emu, "leaf", {
      init_params: { item: "" },
      step_configs: { chat: { activity: "litellm_chat", model: "m", prompt_path: "init_params.item" } },
      steps: ["chat"],
    });
    await createTask(emu, "top", {
      init_params: { groups: [["ok"], ["fine", ["nested", "list"]]] },
      step_configs: {
        outer: {
          activity: "list_emit_await",
          items_path: "init_params.groups",
          child_workflow_name: "middle",
        },
      },
      steps: ["outer"],
    });
    const top = await runAndWait(emu, "top");
    expect(top.status).toBe("failed");
    const middles = top.steps.outer.outputs.trajectory_references;
    expect(middles.map((r: { status: string }) => r.status)).toEqual(["completed", "failed"]);
    const middle = await api(emu, `/api/v1/db/trajectory/demo/middle/${middles[1].trajectory_id}`);
    expect(middle.body.status).toBe("failed");
    const leaves = middle.body.steps.inner.outputs.trajectory_references;
    expect(leaves.map((r: { status: string }) => r.status)).toEqual(["completed", "failed"]);
    const leaf = await api(emu, `/api/v1/db/trajectory/demo/leaf/${leaves[1].trajectory_id}`);
    expect(leaf.body.steps.chat.error).toMatch(/^TypeError: string indices must be integers/);
  });

  it("rejects a collection-prefixed child name and a missing child task", async () => {
    await createTask(emu, "prefixed", {
      init_params: { items: ["a"] },
      step_configs: {
        fan: {
          activity: "list_emit_await",
          items_path: "init_params.items",
          child_workflow_name: "demo/child",
        },
      },
      steps: ["fan"],
    });
    const t = await runAndWait(emu, "prefixed");
    expect(t.steps.fan.error).toMatch(/bare task name \('child'\)/);
    await createTask(emu, "orphan", {
      init_params: { items: ["a"] },
      step_configs: {
        fan: { activity: "list_emit_await", items_path: "init_params.items", child_workflow_name: "ghost" },
      },
      steps: ["fan"],
    });
    expect((await runAndWait(emu, "orphan")).steps.fan.error).toMatch(/child workflow 'ghost' not found/);
  });

  it("cancelling a fan-out parent cancels its running children", async () => {
    const slow = await start({ stepDuration: 300 });
    try {
      await createTask(slow, "child", CHILD);
      await createTask(slow, "parent", {
        init_params: { items: ["a", "b"] },
        step_configs: {
          fan: { activity: "list_emit_await", items_path: "init_params.items", child_workflow_name: "child" },
        },
        steps: ["fan"],
      });
      const started = await api(slow, "/api/v1/run/demo/parent", { method: "POST", body: new FormData() });
      const id = started.body.trajectory.trajectory_id;
      // Cancel while the children run: as soon as they exist (each then needs well over 300 ms).
      while (!slow.state.trajectories.some((t) => t.name === "demo/child")) {
        await new Promise((r) => setTimeout(r, 10));
      }
      await api(slow, "/api/v1/trajectory/demo/parent/statuses", {
        method: "POST",
        body: { [id]: "cancelled" },
      });
      const children = slow.state.trajectories.filter((t) => t.name === "demo/child");
      expect(children.length).toBeGreaterThan(0);
      expect(children.every((c) => c.status === "cancelled")).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it("a cancelled fan-out parent launches no further children", async () => {
    const slow = await start({ stepDuration: 100 });
    try {
      await createTask(slow, "child", CHILD);
      await createTask(slow, "parent", {
        init_params: { items: ["a", "b", "c", "d", "e", "f"] },
        step_configs: {
          fan: {
            activity: "list_emit_await",
            items_path: "init_params.items",
            child_workflow_name: "child",
            max_concurrency: 1,
          },
        },
        steps: ["fan"],
      });
      const started = await api(slow, "/api/v1/run/demo/parent", { method: "POST", body: new FormData() });
      const id = started.body.trajectory.trajectory_id;
      // Wait until the first child exists, then cancel the parent.
      while (!slow.state.trajectories.some((t) => t.name === "demo/child"))
        await new Promise((r) => setTimeout(r, 10));
      await api(slow, "/api/v1/trajectory/demo/parent/statuses", {
        method: "POST",
        body: { [id]: "cancelled" },
      });
      const launched = slow.runsCreated("demo", "child");
      // Long enough for every remaining child to have started, one after another, had the loop gone on.
      await new Promise((r) => setTimeout(r, 6 * 300));
      expect(slow.runsCreated("demo", "child")).toBe(launched);
      expect(launched).toBeLessThan(6);
    } finally {
      await slow.close();
    }
  });
});
