/**
 * The project's own runbooks (test/fixtures/runbooks, written for this repository): the per-file
 * checks the shared corpus gets, plus what these files were written to show, so a fresh clone
 * without the shared corpus still covers every feature of parsing, requests and preflight.
 */
import { describe, expect, it } from "vitest";
import { buildRunbookRequest } from "../../src/runbooks";
import { ownFixtures } from "../helpers/shared-corpus";
import { describeEveryRunbook, parseCorpus, readCorpus } from "./corpus-checks";

const files = readCorpus(ownFixtures("runbooks"));
const { parsed, get, count, warnings } = parseCorpus(files);

describe("the project's runbook fixtures", () => {
  it("has all 8 RUNBOOK.md files", () => {
    expect(files.map((f) => f.name)).toEqual([
      "acme/invoice-audit/RUNBOOK.md",
      "acme/release-notes/RUNBOOK.md",
      "lab/poster-render/RUNBOOK.md",
      "lab/rubric-screenshots/RUNBOOK.md",
      "lab/sticker-sheet/RUNBOOK.md",
      "ops/changelog-lint/RUNBOOK.md",
      "ops/crlf-bom-digest/RUNBOOK.md",
      "ops/opencode-triage/RUNBOOK.md",
    ]);
  });

  describeEveryRunbook(files, get);

  it("spreads over the documented values and a few undocumented ones", () => {
    expect(count((rb) => rb.frontmatter.evaluation)).toEqual({ programmatic: 5, rubric: 2, visual: 1 });
    expect(count((rb) => rb.frontmatter.agent)).toEqual({ "claude-code": 4, codex: 3, opencode: 1 });
    expect(count((rb) => rb.frontmatter.model_provider)).toEqual({
      openrouter: 2,
      anthropic: 1,
      replicate: 1,
      openai: 1,
      undefined: 3,
    });
    expect(count((rb) => rb.frontmatter.snapshot)).toEqual({
      "python312-uv": 5,
      "prism-playwright": 1,
      local: 1,
      "text-to-spreadsheet": 1,
    });
    const all = [...parsed.values()];
    expect(all.filter((rb) => rb.frontmatter.origin !== undefined)).toHaveLength(2);
    expect(all.filter((rb) => rb.frontmatter.secrets !== undefined)).toHaveLength(7);
    const secrets = all.flatMap((rb) => rb.secrets);
    expect(secrets.filter((s) => s.required)).toHaveLength(4);
    expect(secrets.filter((s) => !s.required)).toHaveLength(3);
  });

  it("normalises primary_outputs to a list, and warns about the reserved summary.md", () => {
    expect(get("acme/invoice-audit/RUNBOOK.md").frontmatter.primary_outputs).toEqual(["audit_report.xlsx"]);
    expect(get("acme/release-notes/RUNBOOK.md").frontmatter.primary_outputs).toEqual([
      "release_notes.md",
      "highlights.json",
    ]);
    expect(get("lab/poster-render/RUNBOOK.md").warnings).toContain(
      "frontmatter primary_outputs should not list summary.md (it is always produced)",
    );
  });

  it("warns exactly for the undocumented values and the undeclared secret, and nothing else", () => {
    expect(warnings().sort()).toEqual([
      'lab/poster-render/RUNBOOK.md: frontmatter evaluation "visual" is not one of programmatic | rubric',
      "lab/poster-render/RUNBOOK.md: frontmatter primary_outputs should not list summary.md (it is always produced)",
      'lab/poster-render/RUNBOOK.md: frontmatter snapshot "local" is not a documented snapshot (python312-uv | prism-playwright); it is passed through as a custom snapshot',
      'lab/sticker-sheet/RUNBOOK.md: frontmatter model_provider "replicate" is not one of anthropic | openrouter | openai | google | bedrock',
      'ops/changelog-lint/RUNBOOK.md: frontmatter snapshot "text-to-spreadsheet" is not a documented snapshot (python312-uv | prism-playwright); it is passed through as a custom snapshot',
      "ops/changelog-lint/RUNBOOK.md: the body uses {{secrets.NPM_READ_TOKEN}} but the frontmatter does not declare it",
    ]);
  });

  it("reads secrets as written: env falls back to the key, a description is kept", () => {
    expect(get("acme/release-notes/RUNBOOK.md").secrets).toEqual([
      {
        name: "GITHUB_TOKEN",
        env: "GH_RELEASE_TOKEN",
        required: true,
        description: "Read access to the repository whose history is summarised.",
      },
      {
        name: "SLACK_WEBHOOK_URL",
        env: "SLACK_WEBHOOK_URL",
        required: false,
        description: "Posts the finished notes to a channel when set.",
      },
    ]);
    expect(get("acme/invoice-audit/RUNBOOK.md").secrets).toEqual([
      {
        name: "ERP_API_KEY",
        env: "ERP_API_KEY",
        required: true,
        description: "Reads invoices from the ERP.",
      },
      { name: "FX_RATES_TOKEN", env: "FX_RATES_TOKEN", required: false },
    ]);
    expect(get("ops/opencode-triage/RUNBOOK.md").secrets).toEqual([]);
  });

  it("reads Parameters-table defaults in each table shape", () => {
    const vars = (name: string) =>
      Object.fromEntries(get(name).templateVariables.map((v) => [v.name, v.default]));
    // | Parameter | Template Variable | Default | Description |, with a dotted {{github.sha}} ignored
    expect(vars("acme/release-notes/RUNBOOK.md")).toEqual({
      results_dir: "/app/results",
      from_ref: "v1.0.0",
      to_ref: "main",
      repository: undefined,
      grouping: "conventional",
    });
    // | Parameter | Default | Description | with `name` code spans
    expect(vars("acme/invoice-audit/RUNBOOK.md")).toEqual({
      tolerance_percent: "2.5",
      results_dir: "/app/results",
      currency: "EUR",
    });
    // | Parameter | Value | Description |
    expect(vars("lab/rubric-screenshots/RUNBOOK.md")).toMatchObject({
      page_url: "https://example.org/",
      breakpoints: "375,768,1280",
    });
    // | Parameter | Required | Default | Description |
    expect(vars("lab/poster-render/RUNBOOK.md")).toMatchObject({ title: undefined, palette: "sunrise" });
    // | Parameter | Description | Default |; a code span may hold spaces, prose is no default
    expect(vars("lab/sticker-sheet/RUNBOOK.md")).toEqual({
      sticker_count: "12",
      theme: "space cats",
      results_dir: "/app/results",
      caption: undefined,
    });
    // CRLF line endings and a BOM
    expect(vars("ops/crlf-bom-digest/RUNBOOK.md")).toEqual({ results_dir: "/app/results", max_items: "20" });
  });

  it("builds requests with the runbook's own provider and model, and none invented for codex", () => {
    const request = (name: string) => buildRunbookRequest(get(name), { collection: "c", task: "t" });
    expect(request("lab/sticker-sheet/RUNBOOK.md").model).toBe("stability-ai/sdxl");
    expect(request("lab/sticker-sheet/RUNBOOK.md").jetty.model_provider).toBe("replicate");
    for (const rb of [...parsed.values()].filter((r) => r.frontmatter.agent === "codex")) {
      expect(buildRunbookRequest(rb, { collection: "c", task: "t" }).jetty.model_provider).toBeUndefined();
    }
    const crlf = get("ops/crlf-bom-digest/RUNBOOK.md");
    expect(crlf.frontmatter).toMatchObject({ version: "0.9.0", agent: "codex", secrets: {} });
    expect(crlf.body.includes("\r")).toBe(false);
  });
});
