import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/core/errors";
import { WorkflowValidationError } from "../../src/workflows/errors";
import { assertValidWorkflow, validateWorkflow } from "../../src/workflows/validate";
import { codes, issuesOf, onlyIssue, workflow } from "./helpers";

const echo = { activity: "text_echo", text_path: "init_params.text" };

describe("validateWorkflow: result", () => {
  it("accepts the smallest working workflow with no issues", () => {
    const result = validateWorkflow(workflow({ echo }, ["echo"], { text: "hi" }));
    expect(result).toEqual({ valid: true, issues: [], envelope: false });
  });

  it("accepts a task envelope and says so", () => {
    const result = validateWorkflow({
      name: "t",
      description: "d",
      workflow: workflow({ echo }, ["echo"], { text: "" }),
    });
    expect(result).toEqual({ valid: true, issues: [], envelope: true });
  });

  it("keeps issue paths relative to the envelope's workflow", () => {
    const result = validateWorkflow({
      name: "t",
      workflow: workflow({ echo }, ["echo", "ghost"], { text: "" }),
    });
    expect(result.envelope).toBe(true);
    expect(result.issues.map((i) => i.path)).toEqual(["steps[1]"]);
  });

  it("is valid with warnings only", () => {
    const result = validateWorkflow(workflow({ echo }, ["echo"]));
    expect(result.issues.map((i) => i.severity)).toEqual(["warning"]);
    expect(result.valid).toBe(true);
  });

  it.each([[null], [undefined], [42], ["workflow"], [[]]])("never throws on %j", (input) => {
    const result = validateWorkflow(input);
    expect(result.valid).toBe(false);
    expect(result.issues[0]?.code).toBe("structure/not-an-object");
  });

  it("reports an envelope whose workflow is not an object", () => {
    const result = validateWorkflow({ name: "t", workflow: "nope" });
    expect(result.envelope).toBe(true);
    expect(result.issues[0]).toMatchObject({ code: "structure/not-an-object", path: "" });
  });
});

describe("validateWorkflow: structure", () => {
  it("requires init_params to be an object", () => {
    expect(onlyIssue({ step_configs: { echo }, steps: ["echo"] }, "structure/init-params")).toMatchObject({
      severity: "error",
      path: "init_params",
      suggestion: "{}",
    });
    expect(
      onlyIssue({ init_params: [], step_configs: { echo }, steps: ["echo"] }, "structure/init-params")
        .message,
    ).toContain("must be an object");
  });

  it("requires step_configs to be an object of objects", () => {
    expect(onlyIssue({ init_params: {}, steps: [] }, "structure/step-configs").path).toBe("step_configs");
    expect(
      onlyIssue({ init_params: {}, step_configs: [], steps: [] }, "structure/step-configs").severity,
    ).toBe("error");
    expect(onlyIssue(workflow({ echo: "text_echo" as never }), "structure/step-config-type")).toMatchObject({
      severity: "error",
      path: "step_configs.echo",
    });
  });

  it("requires steps to be an array of strings", () => {
    expect(onlyIssue({ init_params: {}, step_configs: { echo } }, "structure/steps").path).toBe("steps");
    expect(
      onlyIssue({ init_params: {}, step_configs: { echo }, steps: "echo" }, "structure/steps").severity,
    ).toBe("error");
    expect(onlyIssue(workflow({ echo }, ["echo", 3 as never]), "structure/step-name-type").path).toBe(
      "steps[1]",
    );
  });

  it("warns about an empty steps list", () => {
    expect(onlyIssue(workflow({}, []), "structure/empty-steps").severity).toBe("warning");
  });

  it("requires a config for every step and suggests a near name", () => {
    const issue = onlyIssue(workflow({ echo }, ["echo", "ecoh"]), "structure/missing-config");
    expect(issue).toMatchObject({ severity: "error", path: "steps[1]", suggestion: "echo" });
  });

  it("rejects a duplicated step", () => {
    const issue = onlyIssue(workflow({ echo }, ["echo", "echo"], { text: "" }), "structure/duplicate-step");
    expect(issue).toMatchObject({ severity: "error", path: "steps[1]" });
  });

  it("warns about a config that never runs", () => {
    const issue = onlyIssue(
      workflow({ echo, spare: echo }, ["echo"], { text: "" }),
      "structure/unused-config",
    );
    expect(issue).toMatchObject({ severity: "warning", path: "step_configs.spare" });
  });

  it("does not call a conditional_branch target unused", () => {
    const doc = workflow(
      {
        check: {
          activity: "conditional_branch",
          condition_path: "init_params.ok",
          true_step: "yes",
          false_step: "no",
        },
        yes: echo,
        no: echo,
      },
      ["check"],
      { ok: true, text: "" },
    );
    expect(codes(doc)).toEqual([]);
  });

  it("requires a string activity", () => {
    expect(onlyIssue(workflow({ echo: { text: "x" } }), "structure/activity")).toMatchObject({
      severity: "error",
      path: "step_configs.echo.activity",
    });
    expect(onlyIssue(workflow({ echo: { activity: 7 } }), "structure/activity").message).toContain(
      "non-empty string",
    );
    expect(onlyIssue(workflow({ echo: { activity: "" } }), "structure/activity").severity).toBe("error");
  });

  it("reserves the step name init_params", () => {
    expect(onlyIssue(workflow({ init_params: echo }), "structure/reserved-step-name").severity).toBe("error");
  });

  it("warns about step names no path can address, and quotes them in issue paths", () => {
    const issue = onlyIssue(
      workflow({ "my step": echo }, ["my step"], { text: "" }),
      "structure/unaddressable-step-name",
    );
    expect(issue).toMatchObject({ severity: "warning", path: 'step_configs["my step"]' });
  });
});

describe("validateWorkflow: references", () => {
  it("checks every *_path value, at any depth", () => {
    const doc = workflow({
      generate: { activity: "replicate_run", model: "m", input: { prompt_path: "init_params..prompt" } },
    });
    expect(onlyIssue(doc, "path/syntax")).toMatchObject({
      severity: "error",
      path: "step_configs.generate.input.prompt_path",
    });
    expect(onlyIssue(doc, "path/syntax").message).toContain("at position 12");
  });

  it("checks image_path_expr", () => {
    const doc = workflow({
      look: { activity: "litellm_vision", prompt: "p", image_path_expr: "gen.outputs.images[0].path" },
    });
    expect(onlyIssue(doc, "path/unknown-step").path).toBe("step_configs.look.image_path_expr");
  });

  it("rejects a *_path that is not a string", () => {
    expect(onlyIssue(workflow({ echo: { activity: "text_echo", text_path: 5 } }), "path/type")).toMatchObject(
      {
        severity: "error",
        path: "step_configs.echo.text_path",
        suggestion: "for a literal value, drop the suffix and use 'text'",
      },
    );
  });

  it("explains a storage path or URL given where an expression belongs", () => {
    const issue = onlyIssue(
      workflow({
        judge: { activity: "simple_judge", item_path: "coll/task/0000/cat.png", instruction: "i" },
      }),
      "path/url",
    );
    expect(issue.severity).toBe("error");
    expect(issue.suggestion).toContain("'item'");
  });

  it("warns when an init_params key has no default, since a run may supply it", () => {
    const issue = onlyIssue(workflow({ echo }), "path/init-param-no-default");
    expect(issue).toMatchObject({ severity: "warning", path: "step_configs.echo.text_path" });
    expect(issue.message).toContain("every run must supply it");
  });

  it("rejects indexing init_params itself", () => {
    expect(
      onlyIssue(
        workflow({ echo: { activity: "text_echo", text_path: "init_params[0]" } }),
        "path/not-an-object",
      ).severity,
    ).toBe("error");
  });

  it("rejects a reference to an unknown step and suggests a near name", () => {
    const doc = workflow(
      { echo, shout: { activity: "text_echo", text_path: "ecoh.outputs.text" } },
      undefined,
      { text: "" },
    );
    expect(onlyIssue(doc, "path/unknown-step")).toMatchObject({
      severity: "error",
      path: "step_configs.shout.text_path",
      suggestion: "echo.outputs.text",
    });
  });

  it("rejects a step reading itself", () => {
    const doc = workflow({ echo: { activity: "text_echo", text_path: "echo.outputs.text" } });
    expect(onlyIssue(doc, "path/self-reference").severity).toBe("error");
  });

  it("rejects a step reading one that runs later", () => {
    const doc = workflow(
      { first: { activity: "text_echo", text_path: "second.outputs.text" }, second: echo },
      ["first", "second"],
      { text: "" },
    );
    expect(onlyIssue(doc, "path/later-step")).toMatchObject({
      severity: "error",
      path: "step_configs.first.text_path",
      suggestion: 'move "second" before "first" in steps',
    });
  });

  it("rejects a step reading one that never runs", () => {
    const doc = workflow(
      { spare: echo, main: { activity: "text_echo", text_path: "spare.outputs.text" } },
      ["main"],
      {
        text: "",
      },
    );
    expect(onlyIssue(doc, "path/step-never-runs").severity).toBe("error");
  });

  it("accepts reads of earlier steps' inputs and outputs", () => {
    const doc = workflow(
      {
        echo,
        chat: {
          activity: "litellm_chat",
          prompt_path: "echo.outputs.text",
          system_prompt_path: "echo.inputs.text",
        },
      },
      undefined,
      { text: "" },
    );
    expect(codes(doc)).toEqual([]);
  });

  it("warns about an output name the activity is not known to produce", () => {
    const doc = workflow(
      {
        chat: { activity: "litellm_chat", prompt_path: "init_params.q" },
        echo: { activity: "text_echo", text_path: "chat.outputs.response" },
      },
      undefined,
      { q: "" },
    );
    expect(onlyIssue(doc, "path/unknown-output")).toMatchObject({
      severity: "warning",
      path: "step_configs.echo.text_path",
      suggestion: "chat.outputs.text",
    });
  });

  it.each([
    ["litellm_chat", "text", { prompt: "p" }],
    ["gemini_image_generator", "images", { prompt: "p" }],
    ["list_emit_await", "trajectory_references", { items_path: "init_params.l", child_workflow_name: "c" }],
    [
      "extract_from_trajectories",
      "extracted_data",
      { trajectory_list_path: "init_params.l", extract_keys: {} },
    ],
    ["text_split", "chunks", { text_path: "init_params.l" }],
    ["simple_judge", "average_score", { item: "x", instruction: "i" }],
    ["simple_judge", "results", { item: "x", instruction: "i" }],
    ["runbook", "results_files", {}],
    ["runbook", "primary_files", {}],
    ["read_uploaded_file", "content", { file_index: 0 }],
  ])("knows that %s produces %s", (activity, output, params) => {
    const doc = workflow({
      source: { activity, ...params },
      sink: { activity: "text_echo", text_path: `source.outputs.${output}` },
    });
    expect(issuesOf(doc, "path/unknown-output")).toEqual([]);
  });

  it("does not guess at the outputs of activities the sources leave open", () => {
    const doc = workflow({
      run: { activity: "replicate_run", model: "m", input: {} },
      custom: { activity: "my_activity" },
      sink: { activity: "text_echo", text_path: "run.outputs.whatever", other_path: "custom.outputs.x" },
    });
    expect(issuesOf(doc, "path/unknown-output")).toEqual([]);
  });

  it("checks each path of an array-valued *_path (simple_judge items_path)", () => {
    const doc = workflow(
      {
        a: { activity: "litellm_chat", prompt: "p" },
        judge: {
          activity: "simple_judge",
          items_path: ["a.outputs.text", "b.outputs.text", 3],
          instruction: "i",
        },
      },
      ["a", "judge"],
    );
    expect(onlyIssue(doc, "path/unknown-step").path).toBe("step_configs.judge.items_path[1]");
    expect(onlyIssue(doc, "path/type").path).toBe("step_configs.judge.items_path[2]");
    expect(issuesOf(doc, "simple_judge/items-path-not-list")).toEqual([]);
  });

  it("checks extract_keys values as child paths without resolving them here", () => {
    const doc = workflow(
      {
        fan: { activity: "list_emit_await", items_path: "init_params.items", child_workflow_name: "child" },
        gather: {
          activity: "extract_from_trajectories",
          trajectory_list_path: "fan.outputs.trajectory_references",
          extract_keys: { ok: "analysis.outputs.summary", bad: "analysis..x", wrong: 4 },
        },
      },
      undefined,
      { items: [] },
    );
    expect(issuesOf(doc, "path/unknown-step")).toEqual([]);
    expect(onlyIssue(doc, "path/syntax").path).toBe("step_configs.gather.extract_keys.bad");
    expect(onlyIssue(doc, "path/type").path).toBe("step_configs.gather.extract_keys.wrong");
  });

  it("leaves response_format and child_init_params alone", () => {
    const doc = workflow(
      {
        chat: {
          activity: "litellm_chat",
          prompt: "p",
          response_format: {
            type: "json_schema",
            json_schema: { schema: { properties: { file_path: { type: "string" } } } },
          },
        },
        fan: {
          activity: "list_emit_await",
          items_path: "init_params.items",
          child_workflow_name: "child",
          child_init_params: { model_path: "init_params.model" },
        },
      },
      undefined,
      { items: [] },
    );
    expect(codes(doc)).toEqual([]);
  });

  it("warns when a literal parameter holds what looks like a path expression", () => {
    const doc = workflow({
      a: { activity: "litellm_chat", prompt: "p" },
      echo: { activity: "text_echo", text: "a.outputs.text" },
    });
    expect(onlyIssue(doc, "path/literal-looks-like-path")).toMatchObject({
      severity: "warning",
      path: "step_configs.echo.text",
      suggestion: "text_path",
    });
  });

  it("does not mistake ordinary literals for paths", () => {
    const doc = workflow({
      chat: {
        activity: "litellm_chat",
        model: "gemini/gemini-2.0-flash",
        prompt: "Summarise init_params.text for me",
        system_prompt: "echo.outputs.text",
      },
    });
    expect(issuesOf(doc, "path/literal-looks-like-path")).toEqual([]);
  });

  it("warns about {{ }} placeholders in literal parameters, except in a text_template's template", () => {
    const doc = workflow({
      fill: { activity: "text_template", template: "Hi {{ name }}", name_path: "init_params.name" },
      chat: { activity: "litellm_chat", prompt: "p", system_prompt: "Answer about {{ init_params.topic }}" },
    });
    expect(onlyIssue({ ...doc, init_params: { name: "x" } }, "template/interpolation")).toMatchObject({
      severity: "warning",
      path: "step_configs.chat.system_prompt",
      suggestion: expect.stringContaining("system_prompt_path"),
    });
  });
});

describe("validateWorkflow: activities", () => {
  const catalogue = [{ activity_name: "text_echo" }, { activity_name: "litellm_chat" }];

  it("flags an activity missing from the step-template catalogue, with a near name", () => {
    const doc = workflow({ chat: { activity: "litellm_caht", prompt: "p" } });
    expect(onlyIssue(doc, "activity/unknown", { stepTemplates: catalogue })).toMatchObject({
      severity: "error",
      path: "step_configs.chat.activity",
      suggestion: "litellm_chat",
    });
  });

  it("accepts bare names as the catalogue", () => {
    const doc = workflow({ echo }, ["echo"], { text: "" });
    expect(codes(doc, { stepTemplates: ["text_echo"] })).toEqual([]);
    expect(codes(doc, { stepTemplates: ["litellm_chat"] })).toEqual(["activity/unknown"]);
  });

  it("does not judge activity names without a catalogue", () => {
    expect(codes(workflow({ x: { activity: "anything_at_all" } }))).toEqual([]);
  });
});

describe("assertValidWorkflow and WorkflowValidationError", () => {
  it("returns the result, warnings included, when there is no error", () => {
    expect(assertValidWorkflow(workflow({ echo })).issues.map((i) => i.code)).toEqual([
      "path/init-param-no-default",
    ]);
  });

  it("throws an InvalidInputError on param 'workflow' carrying every issue", () => {
    let caught: unknown;
    try {
      assertValidWorkflow(workflow({ echo }, ["echo", "ghost"]));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkflowValidationError);
    expect(caught).toBeInstanceOf(InvalidInputError);
    const error = caught as WorkflowValidationError;
    expect(error.param).toBe("workflow");
    expect(error.issues.map((i) => i.code)).toEqual([
      "structure/missing-config",
      "path/init-param-no-default",
    ]);
    expect(error.errors.map((i) => i.code)).toEqual(["structure/missing-config"]);
    expect(error.message).toBe(
      "Invalid workflow: 1 error: steps[1]: step 'ghost' has no entry in step_configs",
    );
    expect(error.name).toBe("WorkflowValidationError");
  });

  it("summarises many errors briefly", () => {
    const error = new WorkflowValidationError(
      ["a", "b", "c", "d", "e"].map((name) => ({
        severity: "error" as const,
        code: "structure/missing-config" as const,
        path: name,
        message: "m",
        suggestion: "s",
      })),
    );
    expect(error.message).toBe("Invalid workflow: 5 errors: a: m (s); b: m (s); c: m (s); and 2 more");
  });
});

describe("validateWorkflow: robustness", () => {
  it("survives a cyclic document built in code", () => {
    const input: Record<string, unknown> = { prompt_path: "init_params.q" };
    input.self = input;
    const doc = workflow({ gen: { activity: "replicate_run", model: "m", input } }, undefined, { q: "" });
    expect(codes(doc)).toEqual([]);
  });

  it("validates a large workflow (2 000 chained steps) without issues", () => {
    const configs: Record<string, Record<string, unknown>> = {
      s0: { activity: "text_echo", text_path: "init_params.t" },
    };
    for (let i = 1; i < 2000; i++)
      configs[`s${i}`] = { activity: "text_echo", text_path: `s${i - 1}.outputs.text` };
    const result = validateWorkflow(workflow(configs, undefined, { t: "" }));
    expect(result.issues).toEqual([]);
  });
});
