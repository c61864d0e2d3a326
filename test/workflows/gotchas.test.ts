import { describe, expect, it } from "vitest";
import { runbookWorkflow } from "../../src/testing/runbook-workflow";
import { validateWorkflow } from "../../src/workflows/validate";
import { codes, issuesOf, onlyIssue, workflow } from "./helpers";

describe("litellm_chat", () => {
  it("user_prompt → prompt", () => {
    const doc = workflow({ chat: { activity: "litellm_chat", user_prompt: "Hi" } });
    expect(onlyIssue(doc, "litellm_chat/user-prompt")).toMatchObject({
      severity: "error",
      path: "step_configs.chat.user_prompt",
      suggestion: "prompt",
    });
  });

  it("user_prompt_path → prompt_path", () => {
    const doc = workflow(
      { chat: { activity: "litellm_chat", user_prompt_path: "init_params.q" } },
      undefined,
      { q: "" },
    );
    expect(onlyIssue(doc, "litellm_chat/user-prompt")).toMatchObject({
      severity: "error",
      path: "step_configs.chat.user_prompt_path",
      suggestion: "prompt_path",
    });
  });

  it("user_prompt_template (unverified dialect) → prompt, with user_prompt_params pointed at prompt_path", () => {
    const doc = workflow({
      chat: {
        activity: "litellm_chat",
        user_prompt_template: "Say {{x}}",
        user_prompt_params: { x_path: "init_params.x" },
      },
    });
    const issues = issuesOf(doc, "litellm_chat/user-prompt-template");
    expect(issues).toMatchObject([
      // Unverified, not known to be wrong (review §6 Q19): a warning, so the template still deploys.
      { severity: "warning", path: "step_configs.chat.user_prompt_template", suggestion: "prompt" },
      { severity: "warning", path: "step_configs.chat.user_prompt_params", suggestion: "prompt_path" },
    ]);
    expect(issues[0]!.message).toContain("unverified");
  });

  it("does not also report missing prompt or interpolation when a rename rule already fired", () => {
    const doc = workflow({ chat: { activity: "litellm_chat", user_prompt: "Q: {{ init_params.q }}" } });
    expect(codes(doc)).toEqual(["litellm_chat/user-prompt"]);
  });

  it("warns when there is no prompt at all", () => {
    const doc = workflow({ chat: { activity: "litellm_chat", system_prompt: "You are terse." } });
    expect(onlyIssue(doc, "litellm_chat/missing-prompt")).toMatchObject({
      severity: "warning",
      suggestion: "prompt_path",
    });
  });

  describe("prompt_path must resolve to one string", () => {
    const joinAdvice = expect.stringContaining("join or serialize it into one string first");

    it("a [*] wildcard gives a list", () => {
      const doc = workflow(
        {
          split: { activity: "text_split", text_path: "init_params.text" },
          chat: { activity: "litellm_chat", prompt_path: "split.outputs.chunks[*].text" },
        },
        undefined,
        { text: "" },
      );
      expect(onlyIssue(doc, "litellm_chat/prompt-path-array")).toMatchObject({
        severity: "error",
        path: "step_configs.chat.prompt_path",
        suggestion: joinAdvice,
      });
    });

    it("an init_params default that is an array", () => {
      const doc = workflow(
        { chat: { activity: "litellm_chat", prompt_path: "init_params.docs" } },
        undefined,
        {
          docs: ["a", "b"],
        },
      );
      const issue = onlyIssue(doc, "litellm_chat/prompt-path-array");
      expect(issue.message).toContain("the init_params default is an array");
      expect(issue.suggestion).toEqual(joinAdvice);
    });

    it("a nested init_params default that is an object", () => {
      const doc = workflow(
        { chat: { activity: "litellm_chat", prompt_path: "init_params.cfg.inner" } },
        undefined,
        {
          cfg: { inner: { a: 1 } },
        },
      );
      expect(onlyIssue(doc, "litellm_chat/prompt-path-array").message).toContain("an object");
    });

    it("text_split chunks", () => {
      const doc = workflow(
        {
          split: { activity: "text_split", text_path: "init_params.text" },
          chat: { activity: "litellm_chat", prompt_path: "split.outputs.chunks" },
        },
        undefined,
        { text: "" },
      );
      expect(onlyIssue(doc, "litellm_chat/prompt-path-array").suggestion).toEqual(joinAdvice);
    });

    it("extract_from_trajectories extracted_data", () => {
      const doc = workflow(
        {
          fan: { activity: "list_emit_await", items_path: "init_params.items", child_workflow_name: "child" },
          gather: {
            activity: "extract_from_trajectories",
            trajectory_list_path: "fan.outputs.trajectory_references",
            extract_keys: { s: "a.outputs.s" },
          },
          chat: { activity: "litellm_chat", prompt_path: "gather.outputs.extracted_data" },
        },
        undefined,
        { items: [] },
      );
      expect(onlyIssue(doc, "litellm_chat/prompt-path-array").message).toContain("structured data");
    });

    it("but one element of a list, or a string default, is fine", () => {
      const doc = workflow(
        {
          split: { activity: "text_split", text_path: "init_params.text" },
          chat: { activity: "litellm_chat", prompt_path: "split.outputs.chunks[0]" },
          again: { activity: "litellm_chat", prompt_path: "init_params.text" },
        },
        undefined,
        { text: "" },
      );
      expect(codes(doc)).toEqual([]);
    });
  });
});

describe("simple_judge", () => {
  it("content → item", () => {
    const doc = workflow({ judge: { activity: "simple_judge", content: "x", instruction: "i" } });
    expect(onlyIssue(doc, "simple_judge/content")).toMatchObject({
      severity: "error",
      path: "step_configs.judge.content",
      suggestion: "item",
    });
  });

  it("content_path → item_path", () => {
    const doc = workflow(
      { judge: { activity: "simple_judge", content_path: "init_params.x", instruction: "i" } },
      undefined,
      {
        x: "",
      },
    );
    expect(onlyIssue(doc, "simple_judge/content").suggestion).toBe("item_path");
  });

  it("criteria → instruction", () => {
    const doc = workflow({ judge: { activity: "simple_judge", item: "x", criteria: "Be kind" } });
    expect(onlyIssue(doc, "simple_judge/criteria")).toMatchObject({
      severity: "error",
      path: "step_configs.judge.criteria",
      suggestion: "instruction",
    });
  });

  it("criteria_path → instruction_path", () => {
    const doc = workflow(
      { judge: { activity: "simple_judge", item: "x", criteria_path: "init_params.c" } },
      undefined,
      {
        c: "",
      },
    );
    expect(onlyIssue(doc, "simple_judge/criteria").suggestion).toBe("instruction_path");
  });

  it("items_path that resolves to one value → item_path (warning)", () => {
    const doc = workflow(
      { judge: { activity: "simple_judge", items_path: "init_params.one", instruction: "i" } },
      undefined,
      {
        one: "text",
      },
    );
    expect(onlyIssue(doc, "simple_judge/items-path-not-list")).toMatchObject({
      severity: "warning",
      suggestion: "item_path",
    });
  });
});

describe("list_emit_await", () => {
  const fan = { activity: "list_emit_await", items_path: "init_params.items", child_workflow_name: "child" };

  it("literal items → init_params + items_path", () => {
    const doc = workflow({
      fan: { activity: "list_emit_await", items: ["a", "b"], child_workflow_name: "child" },
    });
    const issue = onlyIssue(doc, "list_emit_await/literal-items");
    expect(issue).toMatchObject({ severity: "error", path: "step_configs.fan.items" });
    expect(issue.message).toContain("ValueError: items_path is required");
    expect(issue.suggestion).toContain('"items_path": "init_params.items"');
  });

  it("no items_path at all", () => {
    const doc = workflow({ fan: { activity: "list_emit_await", child_workflow_name: "child" } });
    expect(onlyIssue(doc, "list_emit_await/missing-items-path")).toMatchObject({
      severity: "error",
      suggestion: "items_path",
    });
  });

  it("no child_workflow_name", () => {
    const doc = workflow(
      { fan: { activity: "list_emit_await", items_path: "init_params.items" } },
      undefined,
      { items: [] },
    );
    expect(onlyIssue(doc, "list_emit_await/missing-child").suggestion).toBe("child_workflow_name");
  });

  it("collection-qualified child_workflow_name → bare name", () => {
    const doc = workflow({ fan: { ...fan, child_workflow_name: "my-coll/process-one" } }, undefined, {
      items: [],
    });
    expect(onlyIssue(doc, "list_emit_await/qualified-child-name")).toMatchObject({
      severity: "warning",
      path: "step_configs.fan.child_workflow_name",
      suggestion: "process-one",
    });
  });

  it("additional_params → child_init_params", () => {
    const doc = workflow({ fan: { ...fan, additional_params: { model: "m" } } }, undefined, { items: [] });
    expect(onlyIssue(doc, "list_emit_await/additional-params")).toMatchObject({
      severity: "error",
      path: "step_configs.fan.additional_params",
      suggestion: "child_init_params",
    });
  });

  it("additional_params_path → child_init_params_path", () => {
    const doc = workflow({ fan: { ...fan, additional_params_path: "init_params.shared" } }, undefined, {
      items: [],
      shared: {},
    });
    expect(onlyIssue(doc, "list_emit_await/additional-params").suggestion).toBe("child_init_params_path");
  });

  it("<fanout>.outputs.trajectory_ids → trajectory_references", () => {
    const doc = workflow(
      {
        fan,
        gather: {
          activity: "extract_from_trajectories",
          trajectory_list_path: "fan.outputs.trajectory_ids",
          extract_keys: { t: "c.outputs.text" },
        },
      },
      undefined,
      { items: [] },
    );
    expect(onlyIssue(doc, "list_emit_await/trajectory-ids")).toMatchObject({
      severity: "error",
      path: "step_configs.gather.trajectory_list_path",
      suggestion: "fan.outputs.trajectory_references",
    });
    expect(issuesOf(doc, "path/unknown-output")).toEqual([]);
  });
});

describe("extract_from_trajectories", () => {
  const fan = { activity: "list_emit_await", items_path: "init_params.items", child_workflow_name: "child" };

  it("trajectory_ids_path → trajectory_list_path", () => {
    const doc = workflow(
      {
        fan,
        gather: {
          activity: "extract_from_trajectories",
          trajectory_ids_path: "fan.outputs.trajectory_references",
          extract_keys: { t: "c.outputs.text" },
        },
      },
      undefined,
      { items: [] },
    );
    expect(onlyIssue(doc, "extract_from_trajectories/trajectory-ids-path")).toMatchObject({
      severity: "error",
      path: "step_configs.gather.trajectory_ids_path",
      suggestion: "trajectory_list_path",
    });
    expect(issuesOf(doc, "extract_from_trajectories/missing-trajectory-list-path")).toEqual([]);
  });

  it("extract_paths (a list) → extract_keys (a map)", () => {
    const doc = workflow(
      {
        fan,
        gather: {
          activity: "extract_from_trajectories",
          trajectory_list_path: "fan.outputs.trajectory_references",
          extract_paths: ["c.outputs.text"],
        },
      },
      undefined,
      { items: [] },
    );
    const issue = onlyIssue(doc, "extract_from_trajectories/extract-paths");
    expect(issue).toMatchObject({ severity: "error", suggestion: "extract_keys" });
    expect(issue.message).toContain("map of output key → child path");
  });

  it("extract_keys given as a list", () => {
    const doc = workflow(
      {
        fan,
        gather: {
          activity: "extract_from_trajectories",
          trajectory_list_path: "fan.outputs.trajectory_references",
          extract_keys: ["c.outputs.text"],
        },
      },
      undefined,
      { items: [] },
    );
    expect(onlyIssue(doc, "extract_from_trajectories/extract-keys-shape").suggestion).toBe(
      '{"summary": "analysis.outputs.summary"}',
    );
  });

  it("no trajectory_list_path", () => {
    const doc = workflow({
      gather: { activity: "extract_from_trajectories", extract_keys: { t: "c.outputs.text" } },
    });
    expect(onlyIssue(doc, "extract_from_trajectories/missing-trajectory-list-path").suggestion).toBe(
      "trajectory_list_path",
    );
  });
});

describe("litellm_vision", () => {
  const gen = { activity: "replicate_text2image", model: "m", prompt: "a cat" };

  it("image_url_path fed a storage path from another step → image_path_expr", () => {
    const doc = workflow({
      gen,
      look: { activity: "litellm_vision", prompt: "?", image_url_path: "gen.outputs.images[0].path" },
    });
    expect(onlyIssue(doc, "litellm_vision/image-url-path-storage")).toMatchObject({
      severity: "error",
      path: "step_configs.look.image_url_path",
      suggestion: "image_path_expr",
    });
  });

  it("image_path_expr with the same reference is right", () => {
    const doc = workflow({
      gen,
      look: { activity: "litellm_vision", prompt: "?", image_path_expr: "gen.outputs.images[0].path" },
    });
    expect(codes(doc)).toEqual([]);
  });

  it("image_path is a literal storage key, not a reference", () => {
    const doc = workflow({
      look: { activity: "litellm_vision", prompt: "?", image_path: "my-coll/uploads/cat.png" },
    });
    expect(codes(doc)).toEqual([]);
  });

  it("a reference in image_path → image_path_expr", () => {
    const doc = workflow({
      gen,
      look: { activity: "litellm_vision", prompt: "?", image_path: "gen.outputs.images[0].path" },
    });
    expect(onlyIssue(doc, "path/literal-looks-like-path").suggestion).toBe("image_path_expr");
  });

  it("a URL in image_path or image_path_expr is read as a reference and fails", () => {
    for (const key of ["image_path", "image_path_expr"]) {
      const doc = workflow({
        look: { activity: "litellm_vision", prompt: "?", [key]: "https://example.com/cat.png" },
      });
      expect(codes(doc), key).toEqual(["litellm_vision/url-in-image-path"]);
      expect(onlyIssue(doc, "litellm_vision/url-in-image-path").suggestion).toContain("image_path");
    }
  });

  it("external URLs (image_url, image_url_path from init_params) are warned about", () => {
    const literal = workflow({
      look: { activity: "litellm_vision", prompt: "?", image_url: "https://example.com/cat.png" },
    });
    expect(onlyIssue(literal, "litellm_vision/external-url").severity).toBe("warning");
    const fromInput = workflow(
      { look: { activity: "litellm_vision", prompt: "?", image_url_path: "init_params.url" } },
      undefined,
      {
        url: "https://example.com/cat.png",
      },
    );
    expect(onlyIssue(fromInput, "litellm_vision/external-url").severity).toBe("warning");
  });
});

describe("image generators: outputs.storage_path / outputs.image_url → outputs.images[0].path", () => {
  it.each([
    ["replicate_text2image", "storage_path"],
    ["replicate_text2image", "image_url"],
    ["gemini_image_generator", "storage_path"],
    ["litellm_image_generation", "storage_path"],
    ["replicate_run", "image_url"],
  ])("%s .outputs.%s", (activity, output) => {
    const doc = workflow({
      gen: { activity, model: "m", prompt: "a cat" },
      judge: { activity: "simple_judge", item_path: `gen.outputs.${output}`, instruction: "cute?" },
    });
    expect(onlyIssue(doc, "image/storage-path-output")).toMatchObject({
      severity: "error",
      path: "step_configs.judge.item_path",
      suggestion: "gen.outputs.images[0].path",
    });
  });
});

describe("runbook tasks", () => {
  // The task exactly as mise registers it: every field of its runbook step must pass.
  const {
    init_params: init,
    step_configs: { run },
  } = runbookWorkflow({ model: "m" });

  it("accepts exactly steps ['run'] with activity runbook", () => {
    expect(codes(workflow({ run }, ["run"], init))).toEqual([]);
  });

  it.each([
    ["a runbook step under another name", { agent: run }, ["agent"]],
    [
      "a runbook step beside other steps",
      { run, after: { activity: "text_echo", text: "done" } },
      ["run", "after"],
    ],
  ])("rejects %s", (_, configs, steps) => {
    const issue = onlyIssue(workflow(configs, steps, init), "runbook/task-shape");
    expect(issue).toMatchObject({ severity: "error", path: "steps" });
    expect(issue.suggestion).toContain('steps: ["run"]');
  });

  it.each(["passthrough", "completion"])("rejects a %s stub with the engine's reason", (activity) => {
    const issue = onlyIssue(workflow({ run: { activity } }), "activity/stub");
    expect(issue).toMatchObject({ severity: "error", path: "step_configs.run.activity" });
    expect(issue.message).toContain(`No step registered for '${activity}'`);
    expect(issue.suggestion).toContain('activity "runbook"');
  });

  it("reports a stub once even with a catalogue that lacks it", () => {
    const result = validateWorkflow(workflow({ run: { activity: "completion" } }), {
      stepTemplates: ["runbook"],
    });
    expect(result.issues.map((i) => i.code)).toEqual(["activity/stub"]);
  });
});

describe("conditional_branch", () => {
  it("rejects a branch to a step that does not exist", () => {
    const doc = workflow(
      {
        check: {
          activity: "conditional_branch",
          condition_path: "init_params.ok",
          true_step: "yes",
          false_step: "nope",
        },
        yes: { activity: "text_echo", text: "y" },
      },
      ["check"],
      { ok: true },
    );
    expect(onlyIssue(doc, "conditional_branch/unknown-step").path).toBe("step_configs.check.false_step");
  });
});
