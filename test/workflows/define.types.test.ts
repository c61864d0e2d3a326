/**
 * Type-level tests of defineWorkflow. `npx tsc --noEmit -p tsconfig.json` checks them: every
 * `@ts-expect-error` below must meet an error, or the type check fails.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type ActivityName,
  defineWorkflow,
  type PathExpression,
  type StepConfigDocument,
  type WorkflowDocument,
} from "../../src/workflows/define";
import { validateWorkflow } from "../../src/workflows/validate";

describe("defineWorkflow types", () => {
  it("infers the step names from step_configs and returns the document unchanged", () => {
    const definition = {
      init_params: { prompt: "A red fox", model: "gpt-4o-mini" },
      step_configs: {
        expand: {
          activity: "litellm_chat",
          model_path: "init_params.model",
          prompt_path: "init_params.prompt",
        },
        draw: { activity: "replicate_text2image", prompt_path: "expand.outputs.text" },
        judge: {
          activity: "simple_judge",
          item_path: "draw.outputs.images[0].path",
          items_path: ["expand.outputs.text", "draw.inputs.prompt"],
          instruction: "Is it a fox?",
        },
      },
      steps: ["expand", "draw", "judge"],
    } as const;
    const workflow = defineWorkflow(definition);

    expect(workflow).toBe(definition);
    expect(validateWorkflow(workflow).valid).toBe(true);
    expectTypeOf(workflow).toEqualTypeOf<WorkflowDocument<"expand" | "draw" | "judge">>();
    expectTypeOf(workflow.steps).toEqualTypeOf<("expand" | "draw" | "judge")[]>();
    expectTypeOf(workflow.step_configs.draw).toEqualTypeOf<StepConfigDocument>();
    expectTypeOf(workflow).toExtend<WorkflowDocument>();
  });

  it("works inline, without `as const`", () => {
    const workflow = defineWorkflow({
      init_params: { text: "hi" },
      step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
      steps: ["echo"],
    });
    expectTypeOf(workflow.steps).toEqualTypeOf<"echo"[]>();
  });

  it("rejects a *_path naming an unknown step", () => {
    defineWorkflow({
      init_params: {},
      step_configs: {
        first: { activity: "text_echo", text: "hi" },
        // @ts-expect-error: "frist" is not a step of this workflow
        second: { activity: "text_echo", text_path: "frist.outputs.text" },
      },
      steps: ["first", "second"],
    });
  });

  it("rejects a path that neither starts at init_params nor reads inputs/outputs", () => {
    defineWorkflow({
      init_params: {},
      step_configs: {
        first: { activity: "text_echo", text: "hi" },
        // @ts-expect-error: a step is read through .inputs or .outputs
        second: { activity: "text_echo", text_path: "first.text" },
      },
      steps: ["first", "second"],
    });
  });

  it("rejects an unknown step in an array-valued *_path", () => {
    defineWorkflow({
      init_params: {},
      step_configs: {
        a: { activity: "litellm_chat", prompt: "p" },
        // @ts-expect-error: "b" is not a step
        judge: {
          activity: "simple_judge",
          items_path: ["a.outputs.text", "b.outputs.text"],
          instruction: "i",
        },
      },
      steps: ["a", "judge"],
    });
  });

  it("rejects a steps entry without a config", () => {
    defineWorkflow({
      init_params: {},
      step_configs: { echo: { activity: "text_echo", text: "hi" } },
      // @ts-expect-error: "ehco" has no entry in step_configs
      steps: ["echo", "ehco"],
    });
  });

  it("requires an activity", () => {
    defineWorkflow({
      init_params: {},
      // @ts-expect-error: activity is missing
      step_configs: { echo: { text: "hi" } },
      steps: ["echo"],
    });
  });

  it("checks litellm_vision's reference parameters but takes image_path as a literal storage key", () => {
    defineWorkflow({
      init_params: {},
      step_configs: {
        gen: { activity: "replicate_text2image", prompt: "a cat" },
        look: { activity: "litellm_vision", prompt: "?", image_path_expr: "gen.outputs.images[0].path" },
        upload: { activity: "litellm_vision", prompt: "?", image_path: "my-coll/uploads/cat.png" },
      },
      steps: ["gen", "look", "upload"],
    });
    defineWorkflow({
      init_params: {},
      step_configs: {
        // @ts-expect-error: "nope" is not a step
        look: { activity: "litellm_vision", prompt: "?", image_path_expr: "nope.outputs.images[0].path" },
      },
      steps: ["look"],
    });
  });

  it("offers the known activities and accepts any other name", () => {
    expectTypeOf<"litellm_chat">().toExtend<ActivityName>();
    expectTypeOf<"my_custom_activity">().toExtend<ActivityName>();
    defineWorkflow({
      init_params: {},
      step_configs: { custom: { activity: "my_custom_activity", anything: [1, 2, 3] } },
      steps: ["custom"],
    });
  });

  it("types path expressions by their root", () => {
    expectTypeOf<"init_params.anything">().toExtend<PathExpression<"a">>();
    expectTypeOf<"a.outputs.images[0].path">().toExtend<PathExpression<"a">>();
    expectTypeOf<"a.outputs[0]">().toExtend<PathExpression<"a">>();
    expectTypeOf<"a.inputs">().toExtend<PathExpression<"a">>();
    expectTypeOf<"b.outputs.text">().not.toExtend<PathExpression<"a">>();
    expectTypeOf<"a.text">().not.toExtend<PathExpression<"a">>();
  });
});
