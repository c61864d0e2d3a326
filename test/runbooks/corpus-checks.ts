/**
 * The checks every runbook of a corpus gets, whichever corpus it is: the shared one beside the
 * repository (corpus.test.ts) or the project's own fixtures (fixtures.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildRunbookRequest,
  computePreflight,
  DEFAULT_RUNBOOK_SNAPSHOT,
  parseRunbook,
  type Runbook,
} from "../../src/runbooks";

export interface CorpusFile {
  /** Path below the corpus folder, e.g. `acme/release-notes/RUNBOOK.md`. */
  name: string;
  text: string;
}

/** Every RUNBOOK.md below `root`, in a stable order. */
export function readCorpus(root: string): CorpusFile[] {
  const walk = (dir: string, prefix: string): CorpusFile[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        if (entry.isDirectory()) return walk(join(dir, entry.name), `${prefix}${entry.name}/`);
        if (entry.name !== "RUNBOOK.md") return [];
        return [{ name: `${prefix}${entry.name}`, text: readFileSync(join(dir, entry.name), "utf8") }];
      });
  return walk(root, "");
}

/** Parses every file; `get(name)` fails loudly for a name that is not there. */
export function parseCorpus(files: CorpusFile[]) {
  const parsed = new Map<string, Runbook>(
    files.map((f) => [f.name, parseRunbook(f.text, { filename: f.name })]),
  );
  const get = (name: string) => {
    const rb = parsed.get(name);
    if (!rb) throw new Error(`fixture ${name} not found`);
    return rb;
  };
  /** How many runbooks have each value of `pick`. */
  const count = (pick: (rb: Runbook) => unknown) => {
    const out: Record<string, number> = {};
    for (const rb of parsed.values()) {
      const key = String(pick(rb));
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  };
  const warnings = () =>
    [...parsed.entries()].flatMap(([name, rb]) => rb.warnings.map((w) => `${name}: ${w}`));
  return { parsed, get, count, warnings };
}

/**
 * An independent, line-based reading of the frontmatter: enough of YAML for these files (top-level
 * scalars and the two-level `secrets` map), written without gray-matter or js-yaml.
 */
export function readFrontmatterByLines(text: string) {
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

/** The per-file checks: parsing, secrets, placeholders, the request built, preflight. */
export function describeEveryRunbook(files: CorpusFile[], get: (name: string) => Runbook): void {
  describe.each(files)("$name", ({ name, text }) => {
    const rb = get(name);

    it("parses with typed frontmatter", () => {
      expect(rb.content).toBe(text);
      expect(typeof rb.frontmatter.version).toBe("string");
      expect(rb.body.startsWith("---")).toBe(false);
      expect(text.replace(/\r\n?/g, "\n").endsWith(rb.body)).toBe(true);
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
        // The file as written, less a byte-order mark.
        { role: "system", content: text.replace(/^\uFEFF/, "") },
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
}
