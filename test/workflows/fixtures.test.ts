/**
 * Every real workflow in ../shared/fixtures/workflows (templates and examples of the public Jetty
 * skills) through validateWorkflow. A fixture that trips a rule records exactly which issue and why;
 * a new fixture without an entry here fails the suite.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateWorkflow, type WorkflowIssue } from "../../src/workflows/validate";

const folder = fileURLToPath(new URL("../../../shared/fixtures/workflows", import.meta.url));

type Expected = Pick<WorkflowIssue, "severity" | "code" | "path" | "suggestion">;

interface Expectation {
  /** Whether the file is a task envelope `{ name, description, workflow }`. */
  envelope: boolean;
  issues: Expected[];
}

const clean = (envelope: boolean): Expectation => ({ envelope, issues: [] });

const expectations: Record<string, Expectation> = {
  // Uses user_prompt (with {{ }} interpolation), which litellm_chat ignores: the documented name is `prompt`.
  "examples-document-qa.json": {
    envelope: true,
    issues: [
      {
        severity: "error",
        code: "litellm_chat/user-prompt",
        path: "step_configs.answer.user_prompt",
        suggestion: "prompt",
      },
    ],
  },
  // final_summary feeds the fan-in's extracted_data (structured, not one string) straight into
  // prompt_path: the Anthropic path crashes on that; the data must be joined first.
  "examples-fan-out-analysis.json": {
    envelope: true,
    issues: [
      {
        severity: "error",
        code: "litellm_chat/prompt-path-array",
        path: "step_configs.final_summary.prompt_path",
        suggestion:
          "join or serialize it into one string first (e.g. a text_concatenate step reading it with texts_path) " +
          "and point prompt_path at that text; describe its shape in system_prompt",
      },
    ],
  },
  "examples-simple-chat.json": clean(true),
  "templates-batch-processor.json": clean(false),
  // name/version/description inside the workflow object are tolerated.
  "templates-cute-feline-detector-gemini.json": clean(false),
  "templates-cute-feline-detector-openai.json": clean(false),
  // The unverified user_prompt_template + user_prompt_params dialect instead of prompt/prompt_path.
  "templates-document-summarizer.json": {
    envelope: false,
    issues: [
      {
        severity: "warning",
        code: "litellm_chat/user-prompt-template",
        path: "step_configs.summarize.user_prompt_template",
        suggestion: "prompt",
      },
      {
        severity: "warning",
        code: "litellm_chat/user-prompt-template",
        path: "step_configs.summarize.user_prompt_params",
        suggestion: "prompt_path",
      },
    ],
  },
  // Nested input.prompt_path etc. all resolve to init_params defaults.
  "templates-image-generation.json": clean(false),
  // The judge's literal `items` holds path expressions; as a literal they would be judged as the
  // text "response_a.outputs.text" unless the runtime resolves them, which no source confirms.
  "templates-model-comparison.json": {
    envelope: false,
    issues: [
      {
        severity: "warning",
        code: "path/literal-looks-like-path",
        path: "step_configs.compare.items[0]",
        suggestion: "items_path",
      },
      {
        severity: "warning",
        code: "path/literal-looks-like-path",
        path: "step_configs.compare.items[1]",
        suggestion: "items_path",
      },
    ],
  },
  "templates-quick-chat.json": clean(false),
  "templates-simple-chat.json": clean(false),
  "templates-text-echo.json": clean(false),
  // Both judges point items_path (a list parameter) at a single string default.
  "templates-text-evaluation.json": {
    envelope: false,
    issues: [
      {
        severity: "warning",
        code: "simple_judge/items-path-not-list",
        path: "step_configs.score.items_path",
        suggestion: "item_path",
      },
      {
        severity: "warning",
        code: "simple_judge/items-path-not-list",
        path: "step_configs.categorize.items_path",
        suggestion: "item_path",
      },
    ],
  },
};

const files = readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .sort();

describe("workflow fixtures", () => {
  it("has an expectation for every fixture file", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)("%s", (file) => {
    const document: unknown = JSON.parse(readFileSync(join(folder, file), "utf8"));
    const expected = expectations[file];
    if (!expected) throw new Error(`no expectation for ${file}`);
    const result = validateWorkflow(document);
    expect(result.envelope).toBe(expected.envelope);
    expect(
      result.issues.map(({ severity, code, path, suggestion }) => ({ severity, code, path, suggestion })),
    ).toEqual(expected.issues);
    expect(result.valid).toBe(!expected.issues.some((issue) => issue.severity === "error"));
  });
});
