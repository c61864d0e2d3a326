/**
 * The shared runbook corpus (115 real RUNBOOK.md files beside the repository, in ../shared/fixtures;
 * CI has it, a fresh clone does not). Its own statistics and named files are checked here; the same
 * per-file checks run on the project's own fixtures in fixtures.test.ts whether or not it is there.
 */
import { describe, expect, it } from "vitest";
import { buildRunbookRequest } from "../../src/runbooks";
import { sharedCorpus } from "../helpers/shared-corpus";
import { describeEveryRunbook, parseCorpus, readCorpus } from "./corpus-checks";

const root = sharedCorpus("runbooks", "test/runbooks/corpus.test.ts");
const files = root ? readCorpus(root) : [];
const { parsed, get, count, warnings } = parseCorpus(files);

describe.skipIf(!root)("the shared runbook corpus", () => {
  it("has all 115 RUNBOOK.md files", () => {
    expect(files).toHaveLength(115);
  });

  describeEveryRunbook(files, get);

  it("matches the corpus statistics documented in jetty-api.md §4.1/§4.2", () => {
    const all = [...parsed.values()];
    expect(count((rb) => rb.frontmatter.evaluation)).toEqual({ programmatic: 109, rubric: 5, visual: 1 });
    expect(count((rb) => rb.frontmatter.agent)).toEqual({ "claude-code": 62, codex: 52, opencode: 1 });
    expect(count((rb) => rb.frontmatter.model_provider)).toEqual({
      openrouter: 62,
      replicate: 1,
      undefined: 52,
    });
    expect(count((rb) => rb.frontmatter.snapshot)).toEqual({
      "python312-uv": 110,
      "prism-playwright": 2,
      "text-to-cad": 1,
      "python312-uv-office": 1,
      local: 1,
    });
    expect(all.filter((rb) => rb.frontmatter.primary_outputs !== undefined)).toHaveLength(15);
    expect(
      all.every((rb) => rb.frontmatter.primary_outputs?.every((p) => typeof p === "string") ?? true),
    ).toBe(true);
    expect(all.filter((rb) => rb.frontmatter.origin !== undefined)).toHaveLength(112);
    expect(all.filter((rb) => rb.frontmatter.secrets !== undefined)).toHaveLength(102);
    const secrets = all.flatMap((rb) => rb.secrets);
    expect(secrets.filter((s) => s.required)).toHaveLength(26);
    expect(secrets.filter((s) => !s.required)).toHaveLength(16);
    // The codex runbooks all leave model_provider out: no provider is invented for them.
    for (const rb of all.filter((r) => r.frontmatter.agent === "codex")) {
      expect(buildRunbookRequest(rb, { collection: "c", task: "t" }).jetty.model_provider).toBeUndefined();
    }
  });

  it("warns exactly for the known out-of-enum values, and nothing else", () => {
    expect(warnings()).toHaveLength(5);
    const joined = warnings().join("\n");
    expect(joined).toMatch(/evaluation "visual"/);
    expect(joined).toMatch(/snapshot "text-to-cad"/);
    expect(joined).toMatch(/snapshot "python312-uv-office"/);
    expect(joined).toMatch(/snapshot "local"/);
    expect(joined).toMatch(/model_provider "replicate"/);
  });

  it("reads secrets of specific runbooks as written", () => {
    expect(get("gooseworks-ai/capabilities/signal-scanner/RUNBOOK.md").secrets).toEqual([
      { name: "SUPABASE_URL", env: "SUPABASE_URL", required: true },
      { name: "SUPABASE_SERVICE_ROLE_KEY", env: "SUPABASE_SERVICE_ROLE_KEY", required: true },
      { name: "APIFY_TOKEN", env: "APIFY_TOKEN", required: false },
      { name: "ANTHROPIC_API_KEY", env: "ANTHROPIC_API_KEY", required: false },
    ]);
    // One of the three entries without `env`: it falls back to the key.
    const miner = get("gooseworks-ai/composites/ad-angle-miner/RUNBOOK.md").secrets;
    expect(miner).toEqual([
      {
        name: "APIFY_API_TOKEN",
        env: "APIFY_API_TOKEN",
        required: false,
        description: "Required when collecting review or Reddit data through Apify actors.",
      },
    ]);
    const langfuse = get("jettyio/langfuse-trace-optimizer/RUNBOOK.md").secrets.map((s) => [
      s.env,
      s.required,
    ]);
    expect(langfuse.slice(0, 2)).toEqual([
      ["LANGFUSE_PUBLIC_KEY", true],
      ["LANGFUSE_SECRET_KEY", true],
    ]);
  });

  it("reads Parameters-table defaults of specific runbooks", () => {
    const vars = (name: string) =>
      Object.fromEntries(get(name).templateVariables.map((v) => [v.name, v.default]));
    expect(vars("jettyio/json-to-excel/RUNBOOK.md")).toEqual({
      results_dir: "/app/results",
      output_basename: "workbook",
      overflow_strategy: "alert",
      max_overflow_inserts: "50",
    });
    expect(vars("adewale/slide-maker/RUNBOOK.md")).toMatchObject({
      mode: "create",
      style_preset: "auto",
      goal_or_update_instructions: undefined,
    });
    expect(vars("jettyio/ambient-scribe-quality-gate/RUNBOOK.md")).toMatchObject({
      panel_size: "8",
      pass_threshold: "4.0",
      judge_model: "anthropic/claude-opus-4-8",
    });
    expect(vars("gooseworks-ai/composites/meta-ads-campaign-builder/RUNBOOK.md")).toMatchObject({
      product_name: undefined,
      competitor_names: undefined,
      output_format: "markdown_and_csv",
    });
  });

  it("builds the replicate runbook with its own provider and model", () => {
    const [name] = [...parsed.entries()].find(([, rb]) => rb.frontmatter.model_provider === "replicate")!;
    const request = buildRunbookRequest(get(name), { collection: "c", task: "t" });
    expect(request.model).toBe("google/nano-banana");
    expect(request.jetty.model_provider).toBe("replicate");
  });
});
