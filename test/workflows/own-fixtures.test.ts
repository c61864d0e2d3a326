/**
 * The project's own workflow documents (test/fixtures/workflows, written for this repository): the
 * same rules the shared corpus trips, so a fresh clone checks them too.
 */
import { describe } from "vitest";
import { ownFixtures } from "../helpers/shared-corpus";
import { checkWorkflowFolder, clean, type Expectation } from "./fixture-checks";

const expectations: Record<string, Expectation> = {
  // A fan-out whose child trajectories are gathered again, then summed up: nothing to report.
  "batch-translate.json": clean(false),
  // The gathered extracted_data (structured, one entry per child) goes straight into prompt_path.
  "envelope-chunked-review.json": {
    envelope: true,
    issues: [
      {
        severity: "error",
        code: "litellm_chat/prompt-path-array",
        path: "step_configs.verdict.prompt_path",
        suggestion:
          "join or serialize it into one string first (e.g. a text_concatenate step reading it with texts_path) " +
          "and point prompt_path at that text; describe its shape in system_prompt",
      },
    ],
  },
  "envelope-greeting-echo.json": clean(true),
  // user_prompt is ignored by litellm_chat: the documented name is `prompt`.
  "envelope-support-reply.json": {
    envelope: true,
    issues: [
      {
        severity: "error",
        code: "litellm_chat/user-prompt",
        path: "step_configs.draft.user_prompt",
        suggestion: "prompt",
      },
    ],
  },
  // items_path (a list parameter) points at one string.
  "essay-score-items-path-string.json": {
    envelope: false,
    issues: [
      {
        severity: "warning",
        code: "simple_judge/items-path-not-list",
        path: "step_configs.grade.items_path",
        suggestion: "item_path",
      },
    ],
  },
  // The unverified user_prompt_template dialect; its params hold paths as plain literals.
  "headline-template.json": {
    envelope: false,
    issues: [
      {
        severity: "warning",
        code: "litellm_chat/user-prompt-template",
        path: "step_configs.headline.user_prompt_template",
        suggestion: "prompt",
      },
      {
        severity: "warning",
        code: "litellm_chat/user-prompt-template",
        path: "step_configs.headline.user_prompt_params",
        suggestion: "prompt_path",
      },
      {
        severity: "warning",
        code: "path/literal-looks-like-path",
        path: "step_configs.headline.user_prompt_params.style",
        suggestion: "style_path",
      },
      {
        severity: "warning",
        code: "path/literal-looks-like-path",
        path: "step_configs.headline.user_prompt_params.article",
        suggestion: "article_path",
      },
    ],
  },
  // name/version/description beside the workflow keys are tolerated.
  "named-inside-workflow.json": clean(false),
  // The judge's literal items are path expressions, which would be judged as text.
  "pairwise-judge-literal-paths.json": {
    envelope: false,
    issues: [
      {
        severity: "warning",
        code: "path/literal-looks-like-path",
        path: "step_configs.pick.items[0]",
        suggestion: "items_path",
      },
      {
        severity: "warning",
        code: "path/literal-looks-like-path",
        path: "step_configs.pick.items[1]",
        suggestion: "items_path",
      },
    ],
  },
  // Nested input.*_path entries resolve to init_params defaults.
  "poster-image-nested-input.json": clean(false),
};

describe("the project's workflow fixtures", () => {
  checkWorkflowFolder(ownFixtures("workflows"), expectations);
});
