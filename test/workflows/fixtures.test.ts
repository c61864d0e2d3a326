/**
 * Every real workflow in the shared corpus (../shared/fixtures/workflows: templates and examples of
 * the public Jetty skills; CI has it, a fresh clone does not) through validateWorkflow. The project's
 * own documents in test/fixtures/workflows get the same treatment in own-fixtures.test.ts.
 */
import { describe } from "vitest";
import { sharedCorpus } from "../helpers/shared-corpus";
import { checkWorkflowFolder, clean, type Expectation } from "./fixture-checks";

const folder = sharedCorpus("workflows", "test/workflows/fixtures.test.ts");

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

describe.skipIf(!folder)("workflow fixtures of the shared corpus", () => {
  if (folder) checkWorkflowFolder(folder, expectations);
});
