/**
 * Parameters that hold data (a JSON schema, child init params, extract_keys) are handed on as
 * written: `_path` keys inside them are not references to resolve, in the emulator as in the validator.
 */

import { Jetty, validateWorkflow } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const child = {
  init_params: { item: "x", output_path: "default.txt" },
  step_configs: { chk: { activity: "text_echo", text_path: "init_params.output_path" } },
  steps: ["chk"],
};
const parent = {
  init_params: { items: ["a", "b"], question: "q" },
  step_configs: {
    fan: {
      activity: "list_emit_await",
      items_path: "init_params.items",
      child_workflow_name: "child",
      item_param_name: "item",
      child_init_params: { output_path: "results/out.txt" },
    },
    gather: {
      activity: "extract_from_trajectories",
      trajectory_list_path: "fan.outputs.trajectory_references",
      extract_keys: { file_path: "chk.outputs.text" },
    },
    ask: {
      activity: "litellm_chat",
      model: "gpt-4o-mini",
      prompt_path: "init_params.question",
      response_format: {
        type: "json_schema",
        json_schema: { name: "r", schema: { type: "object", properties: { file_path: { type: "string" } } } },
      },
    },
  },
  steps: ["fan", "gather", "ask"],
};

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme" }],
    tasks: [
      { collection: "acme", name: "child", workflow: child },
      { collection: "acme", name: "parent", workflow: parent },
    ],
  });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
});
afterAll(() => emulator.close());

describe("data parameters", () => {
  it("the validator accepts the workflow", () => {
    expect(validateWorkflow(parent).valid).toBe(true);
  });

  it("the emulator runs it, passing the data through untouched", async () => {
    const trajectory = await jetty.runs.createAndWait(
      "acme",
      "parent",
      {},
      { pollInterval: 10, timeout: 10_000 },
    );
    expect(trajectory.status).toBe("completed");
    const steps = trajectory.steps as Record<
      string,
      { inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }
    >;
    expect(steps.fan?.inputs?.child_init_params).toEqual({ output_path: "results/out.txt" });
    expect(steps.gather?.inputs?.extract_keys).toEqual({ file_path: "chk.outputs.text" });
    // Each child received the shared init param and echoed it back; gather collected it.
    expect(JSON.stringify(steps.gather?.outputs?.extracted_data)).toContain("results/out.txt");
  });
});
