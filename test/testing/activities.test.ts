import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { runbookWorkflow } from "../../src/testing/runbook-workflow";
import { api, createTask, oneStep, runAndWait, start } from "./helpers";

describe("activities", () => {
  let emu: Emulator;
  let n = 0;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(() => emu.close());

  /** Creates a one-off task from `workflow`, runs it and returns the finished trajectory. */
  async function run(workflow: object, initParams: Record<string, unknown> = {}) {
    const name = `t${n++}`;
    await createTask(emu, name, workflow);
    return runAndWait(emu, name, initParams);
  }

  it("text_echo, text_template, text_concatenate, text_split", async () => {
    const t = await run(
      {
        init_params: { name: "Ada", long: "abcdefghij" },
        step_configs: {
          echo: { activity: "text_echo", text: "literal" },
          tpl: {
            activity: "text_template",
            template: "Hi {{ name }}, from {{echo.outputs.text}}",
            name_path: "init_params.name",
          },
          join: { activity: "text_concatenate", texts: ["a", "b"] },
          joinSep: { activity: "text_concatenate", texts: ["a", "b"], separator: "|" },
          split: { activity: "text_split", text_path: "init_params.long", chunk_size: 4, overlap: 1 },
        },
        steps: ["echo", "tpl", "join", "joinSep", "split"],
      },
      {},
    );
    expect(t.status).toBe("completed");
    expect(t.steps.echo.outputs.text).toBe("literal");
    expect(t.steps.tpl.outputs.text).toBe("Hi Ada, from literal");
    expect(t.steps.join.outputs.text).toBe("a\nb");
    expect(t.steps.joinSep.outputs.text).toBe("a|b");
    expect(t.steps.split.outputs.chunks).toEqual(["abcd", "defg", "ghij"]);
  });

  it("text_template fails on an undefined variable", async () => {
    const t = await run(oneStep("text_template", { template: "{{missing}}" }));
    expect(t.steps.s.error).toBe("KeyError: template variable 'missing' is not defined");
  });

  it("litellm_chat is a deterministic echo, with structured output when asked", async () => {
    const t = await run({
      init_params: { prompt: "Hello", model: "gpt-4o-mini" },
      step_configs: {
        chat: {
          activity: "litellm_chat",
          model_path: "init_params.model",
          prompt_path: "init_params.prompt",
        },
        gemini: { activity: "gemini_prompt", model: "gemini-2.5-flash", prompt_path: "init_params.prompt" },
        json: {
          activity: "litellm_chat",
          model: "m",
          prompt: "x",
          response_format: {
            type: "json_schema",
            json_schema: {
              name: "s",
              schema: { type: "object", properties: { summary: { type: "string" }, n: { type: "integer" } } },
            },
          },
        },
      },
      steps: ["chat", "gemini", "json"],
    });
    expect(t.steps.chat.outputs.text).toBe("[gpt-4o-mini] echo: Hello");
    expect(t.steps.chat.outputs.usage.total_tokens).toBeGreaterThan(0);
    expect(t.steps.gemini.outputs.text).toBe("[gemini-2.5-flash] echo: Hello");
    expect(JSON.parse(t.steps.json.outputs.text)).toEqual({ summary: "[m] echo: x", n: 0 });
  });

  it("litellm_chat fails like the platform when the prompt resolves to a list", async () => {
    const t = await run(
      oneStep("litellm_chat", { model: "m", prompt_path: "init_params.items" }, { items: ["a", "b"] }),
    );
    expect(t.status).toBe("failed");
    expect(t.steps.s.status).toBe("failed");
    expect(t.steps.s.error).toMatch(/^TypeError: string indices must be integers/);
    expect(t.error).toContain("string indices must be integers");
  });

  it("simple_judge scores scale and categorical judgements deterministically", async () => {
    const workflow = {
      init_params: { text: "some answer" },
      step_configs: {
        scale: {
          activity: "simple_judge",
          item_path: "init_params.text",
          instruction: "rate",
          scale_range: [1, 10],
        },
        range: {
          activity: "simple_judge",
          items: ["a", "b"],
          instruction: "rate",
          score_range: { min: 3, max: 3 },
        },
        cat: {
          activity: "simple_judge",
          item: "x",
          instruction: "categorise",
          judge_type: "categorical",
          categories: ["good", "bad"],
        },
      },
      steps: ["scale", "range", "cat"],
    };
    const t = await run(workflow);
    const score = t.steps.scale.outputs.results[0].score;
    expect(score).toBeGreaterThanOrEqual(1);
    expect(score).toBeLessThanOrEqual(10);
    expect(t.steps.scale.outputs.average_score).toBe(score);
    expect(t.steps.scale.outputs.results[0]).toEqual(
      expect.objectContaining({ explanation: expect.any(String), raw_result: expect.any(String) }),
    );
    expect(t.steps.range.outputs).toMatchObject({ average_score: 3, results: [{ score: 3 }, { score: 3 }] });
    expect(["good", "bad"]).toContain(t.steps.cat.outputs.results[0].score);
    expect(t.steps.cat.outputs.average_score).toBeNull();
    // Same inputs, same judgement.
    expect((await run(workflow)).steps.scale.outputs.results[0].score).toBe(score);
  });

  it("image generators store a PNG at outputs.images[0].path", async () => {
    const t = await run({
      init_params: { prompt: "a cat", ratio: "16:9" },
      step_configs: {
        r: {
          activity: "replicate_text2image",
          model: "flux",
          prompt_path: "init_params.prompt",
          num_outputs: 2,
        },
        g: { activity: "gemini_image_generator", prompt_path: "init_params.prompt" },
        l: { activity: "litellm_image_generation", model: "dall-e-3", prompt_path: "init_params.prompt" },
        run: {
          activity: "replicate_run",
          model: "flux",
          input: { prompt_path: "init_params.prompt", aspect_ratio_path: "init_params.ratio" },
        },
        judge: { activity: "simple_judge", item_path: "g.outputs.images[0].path", instruction: "cute?" },
        vision: {
          activity: "litellm_vision",
          model: "gpt-4o",
          prompt: "what?",
          image_path_expr: "r.outputs.images[1].path",
        },
      },
      steps: ["r", "g", "l", "run", "judge", "vision"],
    });
    expect(t.status).toBe("completed");
    const sp = t.storage_path;
    expect(t.steps.r.outputs.images).toEqual([
      { path: `${sp}/r/image_0.png`, extension: "png", content_type: "image/png" },
      { path: `${sp}/r/image_1.png`, extension: "png", content_type: "image/png" },
    ]);
    expect(t.steps.run.inputs.input).toEqual({ prompt: "a cat", aspect_ratio: "16:9" });
    for (const step of ["g", "l", "run"]) {
      const path = t.steps[step].outputs.images[0].path;
      expect(path).toBe(`${sp}/${step}/image_0.png`);
      expect(emu.state.readFile(path)?.subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    }
    expect(t.steps.judge.inputs.item).toBe(`${sp}/g/image_0.png`);
    expect(t.steps.vision.outputs.text).toContain(`${sp}/r/image_1.png`);
  });

  it("read_uploaded_file reads the run's upload", async () => {
    await createTask(emu, "reader", oneStep("read_uploaded_file", { file_index: 0 }));
    const form = new FormData();
    form.append("files", new Blob(["file body"]), "doc.txt");
    const res = await api(emu, "/api/v1/run-sync/demo/reader", { method: "POST", body: form });
    expect(res.body.trajectory.steps.s.outputs).toMatchObject({
      content: "file body",
      filename: "doc.txt",
      size: 9,
    });
    const none = await api(emu, "/api/v1/run-sync/demo/reader", { method: "POST", body: new FormData() });
    expect(none.body.trajectory.steps.s.error).toMatch(/^IndexError: no uploaded file at index 0/);
  });

  it("fails an unknown activity with the platform's message", async () => {
    const t = await run(oneStep("completion", {}));
    expect(t.status).toBe("failed");
    expect(t.steps.s.error).toBe("No step registered for 'completion'");
    expect(t.error).toBe("Step 's' failed: No step registered for 'completion'");
    const known = await run(oneStep("conditional_branch", {}));
    expect(known.steps.s.error).toMatch(/^No step registered for 'conditional_branch' \(the platform has it/);
  });

  it("fails a bad reference with the PathResolutionError message", async () => {
    const t = await run({
      init_params: { list: [1] },
      step_configs: {
        a: { activity: "text_echo", text: "x" },
        b: { activity: "text_echo", text_path: "a.outputs.missing" },
      },
      steps: ["a", "b"],
    });
    expect(t.status).toBe("failed");
    expect(t.steps.a.status).toBe("completed");
    expect(t.steps.b).toMatchObject({ status: "failed" });
    expect(t.steps.b.error).toBe(
      "PathResolutionError: a.outputs.missing: key 'missing' not found (in 'text_path')",
    );
    const idx = await run(oneStep("text_echo", { text_path: "init_params.list[3]" }, { list: [1] }));
    expect(idx.steps.s.error).toMatch(/index 3 out of range/);
    const wildcard = await run(oneStep("text_echo", { text_path: "init_params.s[*]" }, { s: "str" }));
    expect(wildcard.steps.s.error).toMatch(/\[\*\] applied to a string, not an array/);
    const syntax = await run(oneStep("text_echo", { text_path: "init_params..x" }));
    expect(syntax.steps.s.error).toMatch(/^PathSyntaxError: /);
    const structural = await run({ init_params: {}, step_configs: {}, steps: ["ghost"] });
    expect(structural.error).toBe("KeyError: step 'ghost' has no entry in step_configs");
  });

  it.each([
    ["litellm_chat", { model: "m", user_prompt: "hi" }, "does not accept 'user_prompt'; use 'prompt'"],
    ["litellm_chat", { model: "m", user_prompt_path: "init_params.p" }, "use 'prompt_path'"],
    ["simple_judge", { content: "x", instruction: "i" }, "does not accept 'content'; use 'item'"],
    ["simple_judge", { item: "x", criteria_path: "init_params.p" }, "use 'instruction_path'"],
    ["list_emit_await", { items: ["a"], child_workflow_name: "c" }, "ValueError: items_path is required"],
    [
      "list_emit_await",
      { items_path: "init_params.l", child_workflow_name: "c", additional_params: {} },
      "'child_init_params'",
    ],
    [
      "extract_from_trajectories",
      { trajectory_ids_path: "init_params.l", extract_keys: {} },
      "'trajectory_list_path'",
    ],
    [
      "extract_from_trajectories",
      { trajectory_list_path: "init_params.l", extract_paths: ["x"] },
      "'extract_keys'",
    ],
  ])("gotcha: %s with %j fails naming the right parameter", async (activity, config, expected) => {
    const t = await run(oneStep(activity, config, { p: "x", l: [] }));
    expect(t.status).toBe("failed");
    expect(t.steps.s.status).toBe("failed");
    expect(t.steps.s.error).toContain(expected);
  });

  it("gotcha: litellm_vision image_url_path given a storage path", async () => {
    const t = await run({
      init_params: { prompt: "p" },
      step_configs: {
        gen: { activity: "replicate_text2image", model: "m", prompt_path: "init_params.prompt" },
        look: {
          activity: "litellm_vision",
          model: "m",
          prompt: "what",
          image_url_path: "gen.outputs.images[0].path",
        },
      },
      steps: ["gen", "look"],
    });
    expect(t.status).toBe("failed");
    expect(t.steps.look.error).toMatch(/image_url_path is for external HTTP URLs only.*image_path_expr/);
  });

  it("runbook writes results files and lists them", async () => {
    const instruction =
      '---\nversion: "1.0.0"\nprimary_outputs:\n  - report.md\n  - chart.png\n---\n# Objective\n';
    const t = await run(
      runbookWorkflow({ instruction, agent: "codex", model: "gpt-5.5", vars: { a: "1" } }),
      {},
    );
    const out = t.steps.run.outputs;
    const results = `${t.storage_path}/results`;
    expect(out.success).toBe(true);
    expect(out.primary_files).toEqual([`${results}/report.md`, `${results}/chart.png`]);
    expect(out.results_files.map((f: { path: string }) => f.path)).toEqual([
      `${results}/report.md`,
      `${results}/chart.png`,
      `${results}/summary.md`,
      `${results}/validation_report.json`,
    ]);
    const report = JSON.parse(emu.state.readFile(`${results}/validation_report.json`)!.toString());
    expect(report).toMatchObject({
      overall_passed: true,
      parameters: { a: "1", results_dir: "/app/results" },
    });
  });
});
