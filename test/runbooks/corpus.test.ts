import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  buildRunbookRequest,
  computePreflight,
  DEFAULT_RUNBOOK_SNAPSHOT,
  parseRunbook,
  type Runbook,
} from "../../src/runbooks";

// The shared fixtures live beside the repository: /work/main/test/runbooks → /work/shared.
const ROOT = new URL("../../../shared/fixtures/runbooks/", import.meta.url);

function walk(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      if (entry.isDirectory()) return walk(new URL(`${entry.name}/`, dir));
      return entry.name === "RUNBOOK.md" ? [new URL(entry.name, dir)] : [];
    });
}

const files = walk(ROOT).map((url) => ({
  url,
  name: fileURLToPath(url).slice(fileURLToPath(ROOT).length),
  text: readFileSync(url, "utf8"),
}));
const parsed = new Map<string, Runbook>(
  files.map((f) => [f.name, parseRunbook(f.text, { filename: f.name })]),
);
const get = (name: string) => {
  const rb = parsed.get(name);
  if (!rb) throw new Error(`fixture ${name} not found`);
  return rb;
};

/**
 * An independent, line-based reading of the frontmatter: enough of YAML for these files (top-level
 * scalars and the two-level `secrets` map), written without gray-matter or js-yaml.
 */
function readFrontmatterByLines(text: string) {
  const lines = text.split(/\r?\n/);
  const end = lines.indexOf("---", 1);
  const scalars: Record<string, string> = {};
  const secrets: Array<{ name: string; env?: string; required?: boolean }> = [];
  let inSecrets = false;
  for (const line of lines.slice(1, end)) {
    if (/^\S/.test(line)) {
      inSecrets = false;
      const m = /^([a-z_]+):\s*(.*)$/.exec(line);
      if (!m) continue;
      const [, key, raw] = m as unknown as [string, string, string];
      if (key === "secrets") inSecrets = raw.trim() !== "{}";
      else if (raw.trim() !== "") scalars[key] = raw.trim().replace(/^["']|["']$/g, "");
      continue;
    }
    if (!inSecrets) continue;
    const name = /^ {2}([A-Za-z_][A-Za-z0-9_]*):\s*$/.exec(line);
    if (name) {
      secrets.push({ name: name[1]! });
      continue;
    }
    const field = /^ {4}(env|required):\s*(.+?)\s*$/.exec(line);
    const current = secrets.at(-1);
    if (field && current) {
      if (field[1] === "env") current.env = field[2]!.replace(/^["']|["']$/g, "");
      else current.required = field[2] === "true";
    }
  }
  return { scalars, secrets };
}

describe("the real runbook corpus", () => {
  it("has all 115 RUNBOOK.md files", () => {
    expect(files).toHaveLength(115);
  });

  describe.each(files)("$name", ({ name, text }) => {
    const rb = get(name);

    it("parses with typed frontmatter", () => {
      expect(rb.content).toBe(text);
      expect(typeof rb.frontmatter.version).toBe("string");
      expect(rb.body.startsWith("---")).toBe(false);
      expect(text.endsWith(rb.body)).toBe(true);
    });

    it("extracts the secrets as an independent line-based reading sees them", () => {
      const independent = readFrontmatterByLines(text);
      expect(rb.secrets.map((s) => s.name)).toEqual(independent.secrets.map((s) => s.name));
      for (const [i, secret] of rb.secrets.entries()) {
        const other = independent.secrets[i]!;
        expect(secret.env).toBe(other.env ?? other.name);
        expect(secret.required).toBe(other.required ?? true);
      }
      for (const key of ["version", "evaluation", "agent", "model", "model_provider", "snapshot"] as const) {
        expect(rb.frontmatter[key]).toBe(independent.scalars[key]);
      }
    });

    it("finds every {{placeholder}} and always results_dir", () => {
      const names = rb.templateVariables.map((v) => v.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain("results_dir");
      for (const match of rb.body.matchAll(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)) {
        expect(names).toContain(match[1]);
      }
      for (const v of rb.templateVariables) {
        if (v.name !== "results_dir") expect(rb.body).toMatch(new RegExp(`\\{\\{\\s*${v.name}\\s*\\}\\}`));
      }
    });

    it("builds a request with the frontmatter's values and the documented defaults", () => {
      const request = buildRunbookRequest(rb, { collection: "acme", task: "corpus" });
      const fm = rb.frontmatter;
      expect(request.model).toBe(fm.model ?? "claude-sonnet-4-6");
      expect(request.messages).toEqual([
        { role: "system", content: text },
        { role: "user", content: "Execute the runbook." },
      ]);
      expect(request.stream).toBe(false);
      expect(request.jetty.runbook).toBe(true);
      expect(request.jetty.collection).toBe("acme");
      expect(request.jetty.task).toBe("corpus");
      expect(request.jetty.agent).toBe(fm.agent ?? "claude-code");
      expect(request.jetty.snapshot).toBe(fm.snapshot ?? DEFAULT_RUNBOOK_SNAPSHOT);
      expect("model_provider" in request.jetty).toBe(fm.model_provider !== undefined);
      if (fm.model_provider !== undefined) expect(request.jetty.model_provider).toBe(fm.model_provider);
      expect(request.jetty.template_variables).toEqual({ results_dir: "/app/results" });
      expect(request.jetty.use_trial_keys).toBe(false);
      expect("file_paths" in request.jetty).toBe(false);
      expect("files" in request.jetty).toBe(false);
      expect(JSON.parse(JSON.stringify(request))).toEqual(request);
    });

    it("preflights: with nothing configured every required secret is missing", () => {
      const result = computePreflight(rb, { configuredKeys: [], trialActive: true });
      expect(result.missingSecrets).toEqual(rb.secrets.filter((s) => s.required).map((s) => s.env));
      expect(result.useTrialKeys).toBe(true);
      const all = computePreflight(rb, {
        configuredKeys: rb.secrets.map((s) => s.env),
        trialActive: false,
      });
      expect(all.missingSecrets).toEqual([]);
      expect(all.ready).toBe(true);
    });
  });

  it("matches the corpus statistics documented in jetty-api.md §4.1/§4.2", () => {
    const all = [...parsed.values()];
    const count = (pick: (rb: Runbook) => unknown) => {
      const out: Record<string, number> = {};
      for (const rb of all) {
        const key = String(pick(rb));
        out[key] = (out[key] ?? 0) + 1;
      }
      return out;
    };
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
    const warnings = [...parsed.entries()].flatMap(([name, rb]) => rb.warnings.map((w) => `${name}: ${w}`));
    expect(warnings).toHaveLength(5);
    const joined = warnings.join("\n");
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
