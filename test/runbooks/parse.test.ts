import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InvalidInputError, JettyError } from "../../src/core/errors";
import { loadRunbook, parseRunbook, RunbookParseError } from "../../src/runbooks";

const FM = `---
version: "1.0.0"
evaluation: programmatic
agent: claude-code
model: anthropic/claude-sonnet-4.6
model_provider: openrouter
snapshot: python312-uv
---
`;

type Pwned = typeof globalThis & { __pwned?: unknown };

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("code frontmatter is never evaluated", () => {
  afterEach(() => {
    delete (globalThis as Pwned).__pwned;
  });

  for (const lang of ["js", "javascript", "coffee", "coffeescript", "cson", "JS", " js "]) {
    it(`refuses ---${lang}`, () => {
      const text = `---${lang}\n{ x: (globalThis.__pwned = 1) }\n---\n# Body\n`;
      const error = catchError(() => parseRunbook(text));
      expect(error).toBeInstanceOf(RunbookParseError);
      expect((error as RunbookParseError).line).toBe(1);
      expect((error as RunbookParseError).message).toMatch(/never evaluated/);
      expect((globalThis as Pwned).__pwned).toBeUndefined();
    });
  }

  it("refuses other languages too (toml, json)", () => {
    expect(() => parseRunbook("---toml\nx = 1\n---\n")).toThrow(RunbookParseError);
    expect(() => parseRunbook('---json\n{"x": 1}\n---\n')).toThrow(RunbookParseError);
  });

  it("accepts an explicit ---yaml tag", () => {
    const rb = parseRunbook('---yaml\nversion: "1.0.0"\nevaluation: rubric\n---\nbody\n');
    expect(rb.frontmatter.evaluation).toBe("rubric");
  });

  it("does not run code even if gray-matter's JS engine were selected", () => {
    // Demonstrates the hole being closed: plain gray-matter evaluates this.
    matter("---js\n{ x: (globalThis.__pwned = 'gray-matter') }\n---\n", {});
    expect((globalThis as Pwned).__pwned).toBe("gray-matter");
    delete (globalThis as Pwned).__pwned;
    expect(() => parseRunbook("---js\n{ x: (globalThis.__pwned = 2) }\n---\n")).toThrow(RunbookParseError);
    expect((globalThis as Pwned).__pwned).toBeUndefined();
  });

  for (const tag of ["!!js/function", "!!js/undefined", "!!js/regexp", "!<tag:yaml.org,2002:js/function>"]) {
    it(`rejects the YAML tag ${tag}`, () => {
      const text = `---\nversion: "1"\nx: ${tag} "function () { globalThis.__pwned = 3 }"\n---\n`;
      const error = catchError(() => parseRunbook(text));
      expect(error).toBeInstanceOf(RunbookParseError);
      expect((error as RunbookParseError).line).toBe(3);
      expect((globalThis as Pwned).__pwned).toBeUndefined();
    });
  }

  it("fails closed if gray-matter's YAML engine was swapped for one that knows JS types", async () => {
    const engines = (matter as unknown as { engines: Record<string, unknown> }).engines;
    const original = engines.yaml;
    // A stand-in for js-yaml's full schema: it accepts the !!js/undefined probe.
    engines.yaml = { parse: () => ({}) };
    try {
      vi.resetModules();
      const fresh = await import("../../src/runbooks/parse");
      expect(() => fresh.parseRunbook('---\nversion: "1"\n---\n')).toThrow(/refusing to parse/);
    } finally {
      engines.yaml = original;
      vi.resetModules();
    }
  });

  it("keeps a __proto__ key as plain data (no prototype pollution)", () => {
    const rb = parseRunbook('---\nversion: "1"\n__proto__:\n  polluted: true\n---\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(rb.frontmatter)).toBe(Object.prototype);
  });
});

describe("gray-matter cache", () => {
  it("returns a fresh object per call, unaffected by mutation of a previous result", () => {
    const text = `${FM}# Hi {{x}}\n`;
    const a = parseRunbook(text);
    a.frontmatter.agent = "mutated";
    (a.frontmatter as Record<string, unknown>).extra = 1;
    const b = parseRunbook(text);
    expect(b.frontmatter.agent).toBe("claude-code");
    expect(b.frontmatter.extra).toBeUndefined();
    expect(b.frontmatter).not.toBe(a.frontmatter);
    expect((matter as unknown as { cache: Record<string, unknown> }).cache[text]).toBeUndefined();
  });
});

describe("encoding and line endings", () => {
  it("tolerates a BOM", () => {
    const text = `\uFEFF${FM}Hello {{name}}\n`;
    const rb = parseRunbook(text);
    expect(rb.frontmatter.version).toBe("1.0.0");
    expect(rb.body).toBe("Hello {{name}}\n");
    expect(rb.content).toBe(text);
  });

  it("tolerates CRLF", () => {
    const text = `${FM}Hello {{name}}\n`.replace(/\n/g, "\r\n");
    const rb = parseRunbook(text);
    expect(rb.frontmatter.model_provider).toBe("openrouter");
    expect(rb.body).toBe("Hello {{name}}\n");
    expect(rb.templateVariables.map((v) => v.name)).toEqual(["name", "results_dir"]);
    expect(rb.warnings).toEqual([]);
  });

  it("tolerates BOM + CRLF together and reports CRLF YAML errors on the right line", () => {
    const bad = '\uFEFF---\r\nversion: "1"\r\nagent: [unclosed\r\n---\r\nbody\r\n';
    const error = catchError(() => parseRunbook(bad));
    expect(error).toBeInstanceOf(RunbookParseError);
    expect((error as RunbookParseError).line).toBeGreaterThanOrEqual(3);
  });
});

describe("malformed YAML", () => {
  it("names the 1-based line in the file", () => {
    const text = '---\nversion: "1.0.0"\nevaluation: programmatic\nagent: : bad\nmodel: x\n---\nbody\n';
    const error = catchError(() => parseRunbook(text, { filename: "x/RUNBOOK.md" }));
    expect(error).toBeInstanceOf(RunbookParseError);
    expect(error).toBeInstanceOf(JettyError);
    const e = error as RunbookParseError;
    expect(e.line).toBe(4);
    expect(e.filename).toBe("x/RUNBOOK.md");
    expect(e.message).toContain("x/RUNBOOK.md:4");
  });

  it("bad indentation", () => {
    const text = '---\nversion: "1.0.0"\nsecrets:\n  A:\n    env: A\n   required: true\n---\n';
    const e = catchError(() => parseRunbook(text)) as RunbookParseError;
    expect(e).toBeInstanceOf(RunbookParseError);
    expect(e.line).toBe(6);
  });

  it("duplicate keys", () => {
    const e = catchError(() =>
      parseRunbook('---\nversion: "1"\nagent: a\nagent: b\n---\n'),
    ) as RunbookParseError;
    expect(e).toBeInstanceOf(RunbookParseError);
    expect(e.line).toBe(4);
  });

  it("an unclosed frontmatter block", () => {
    const e = catchError(() => parseRunbook('---\nversion: "1"\n# body')) as RunbookParseError;
    expect(e).toBeInstanceOf(RunbookParseError);
    expect(e.line).toBe(1);
  });

  it("frontmatter that is not a mapping", () => {
    expect(() => parseRunbook("---\n- a\n- b\n---\n")).toThrow(RunbookParseError);
    expect(() => parseRunbook("---\njust a string\n---\n")).toThrow(RunbookParseError);
  });

  it("a non-string input", () => {
    expect(() => parseRunbook(42 as unknown as string)).toThrow(InvalidInputError);
  });
});

describe("frontmatter", () => {
  it("types and keeps unknown keys", () => {
    const rb = parseRunbook('---\nversion: "2.1.0"\nevaluation: rubric\ncustom:\n  a: 1\n---\n');
    expect(rb.frontmatter).toMatchObject({ version: "2.1.0", evaluation: "rubric", custom: { a: 1 } });
  });

  it("normalises primary_outputs from a string to an array", () => {
    expect(
      parseRunbook(`${FM.replace("---\n", "---\nprimary_outputs: report.md\n")}`).frontmatter.primary_outputs,
    ).toEqual(["report.md"]);
    const list = parseRunbook('---\nversion: "1"\nprimary_outputs:\n  - a.pdf\n  - b.png\n---\n');
    expect(list.frontmatter.primary_outputs).toEqual(["a.pdf", "b.png"]);
  });

  it("warns when primary_outputs lists summary.md", () => {
    const rb = parseRunbook('---\nversion: "1"\nevaluation: rubric\nprimary_outputs: [summary.md]\n---\n');
    expect(rb.warnings.join("\n")).toMatch(/summary\.md/);
  });

  it("coerces an unquoted version and warns", () => {
    const rb = parseRunbook("---\nversion: 1.5\nevaluation: programmatic\n---\n");
    expect(rb.frontmatter.version).toBe("1.5");
    expect(rb.warnings.join("\n")).toMatch(/version should be a quoted string/);
  });

  it("warns (never throws) about values outside the documented enums", () => {
    const rb = parseRunbook(
      '---\nversion: "1"\nevaluation: visual\nagent: aider\nmodel_provider: replicate\nsnapshot: local\n---\n',
    );
    const all = rb.warnings.join("\n");
    expect(all).toMatch(/evaluation "visual"/);
    expect(all).toMatch(/agent "aider"/);
    expect(all).toMatch(/model_provider "replicate"/);
    expect(all).toMatch(/snapshot "local"/);
    expect(rb.frontmatter.snapshot).toBe("local");
  });

  it("warns about missing version and evaluation", () => {
    const rb = parseRunbook("---\nagent: codex\n---\n");
    expect(rb.warnings.join("\n")).toMatch(/no version/);
    expect(rb.warnings.join("\n")).toMatch(/no evaluation/);
  });

  it("handles a file without frontmatter", () => {
    const rb = parseRunbook("# Just a body {{x}}\n");
    expect(rb.frontmatter).toEqual({});
    expect(rb.body).toBe("# Just a body {{x}}\n");
    expect(rb.warnings[0]).toMatch(/no YAML frontmatter/);
  });

  it("handles an empty or comment-only frontmatter", () => {
    expect(parseRunbook("---\n---\nbody").frontmatter).toEqual({});
    expect(parseRunbook("---\n# only a comment\n---\nbody").body).toBe("body");
  });
});

describe("secrets", () => {
  it("falls back to the key for env, defaults required to true (with a warning)", () => {
    const rb = parseRunbook(`---
version: "1"
evaluation: programmatic
secrets:
  GITHUB_PAT:
    env: GH_TOKEN
    description: repo access
    required: true
  APIFY_API_TOKEN:
    required: false
    description: optional scraping
  NO_FLAG:
    env: NO_FLAG
  BARE:
---
`);
    expect(rb.secrets).toEqual([
      { name: "GITHUB_PAT", env: "GH_TOKEN", description: "repo access", required: true },
      { name: "APIFY_API_TOKEN", env: "APIFY_API_TOKEN", description: "optional scraping", required: false },
      { name: "NO_FLAG", env: "NO_FLAG", required: true },
      { name: "BARE", env: "BARE", required: true },
    ]);
    expect(rb.warnings.filter((w) => /treating it as required/.test(w))).toHaveLength(2);
  });

  it("treats secrets: {} and a missing block as none", () => {
    expect(parseRunbook('---\nversion: "1"\nsecrets: {}\n---\n').secrets).toEqual([]);
    expect(parseRunbook('---\nversion: "1"\n---\n').secrets).toEqual([]);
    expect(parseRunbook('---\nversion: "1"\nsecrets:\n---\n').frontmatter.secrets).toEqual({});
  });

  it("warns on a malformed secrets block", () => {
    const rb = parseRunbook('---\nversion: "1"\nsecrets: [A, B]\n---\n');
    expect(rb.secrets).toEqual([]);
    expect(rb.warnings.join("\n")).toMatch(/secrets should be a mapping/);
  });

  it("warns when the body references an undeclared {{secrets.X}}", () => {
    const rb = parseRunbook('---\nversion: "1"\n---\nuse {{secrets.GITHUB_PAT}} and {{ secrets.X }}\n');
    expect(rb.templateVariables.map((v) => v.name)).toEqual(["results_dir"]);
    expect(rb.warnings.join("\n")).toMatch(/secrets\.GITHUB_PAT/);
  });
});

describe("template variables", () => {
  it("tolerates whitespace, dedupes in order, excludes secrets, adds results_dir", () => {
    const rb = parseRunbook(`${FM}
Use {{ sample_size }} then {{model_name}} and {{sample_size}} again, {{secrets.TOKEN}}, {{  results_dir  }}.
Not placeholders: {{...}} {{ a b }} {{github.sha}} {{"k": 1}}
`);
    expect(rb.templateVariables.map((v) => v.name)).toEqual(["sample_size", "model_name", "results_dir"]);
  });

  it("results_dir is always present with the Jetty default", () => {
    const rb = parseRunbook(`${FM}No placeholders here.\n`);
    expect(rb.templateVariables).toEqual([{ name: "results_dir", default: "/app/results" }]);
  });

  it("reads defaults from a Parameter | Template Variable | Default | Description table", () => {
    const rb = parseRunbook(`${FM}
## Parameters

| Parameter | Template Variable | Default | Description |
|-----------|------------------|---------|-------------|
| Results directory | \`{{results_dir}}\` | \`/app/results\` | Output directory |
| Panel size | \`{{ panel_size }}\` | \`8\` | Number of encounters |
| Setting | \`{{setting}}\` | \`"Marseille at dusk"\` | The mood |
| Situation | \`{{situation}}\` | *(required)* | Context |
| Pipe | \`{{pipe}}\` | \`a\\|b\` | escaped pipe |

Run {{panel_size}} in {{setting}} for {{situation}} via {{pipe}} into {{results_dir}}.
`);
    // The table itself is part of the body, so its placeholders count, in table order.
    expect(rb.templateVariables).toEqual([
      { name: "results_dir", default: "/app/results", description: "Output directory" },
      { name: "panel_size", default: "8", description: "Number of encounters" },
      { name: "setting", default: "Marseille at dusk", description: "The mood" },
      { name: "situation", description: "Context" },
      { name: "pipe", default: "a|b", description: "escaped pipe" },
    ]);
  });

  it("reads a Parameter | Default | Description table with code names and human labels", () => {
    const rb = parseRunbook(`${FM}
| Parameter | Default | Description |
|---|---|---|
| Results directory | \`./out\` | Where results go |
| \`client_name\` | *(required)* | The client |
| \`monitoring-cycle\` | \`weekly\` | Cycle |
| Style preset | \`auto\` | Visual style |
| Goal or update instructions | *(required)* | What to make |
| Max leads | 50 | bare token default |
| End date | today's date | prose, not a literal |

{{client_name}} {{monitoring_cycle}} {{style_preset}} {{goal_or_update_instructions}} {{max_leads}} {{end_date}} {{results_dir}}
`);
    const byName = Object.fromEntries(rb.templateVariables.map((v) => [v.name, v]));
    expect(byName.results_dir).toEqual({
      name: "results_dir",
      default: "./out",
      description: "Where results go",
    });
    expect(byName.client_name).toEqual({ name: "client_name", description: "The client" });
    expect(byName.monitoring_cycle?.default).toBe("weekly");
    expect(byName.style_preset?.default).toBe("auto");
    expect(byName.goal_or_update_instructions).toEqual({
      name: "goal_or_update_instructions",
      description: "What to make",
    });
    expect(byName.max_leads?.default).toBe("50");
    expect(byName.end_date?.default).toBeUndefined();
  });

  it("reads Required and reordered (Description | Default) columns", () => {
    const rb = parseRunbook(`${FM}
| Parameter | Required | Default | Description |
|-----------|----------|---------|-------------|
| \`client_name\` | Yes | — | Client folder |
| \`date\` | No | \`2024-01-01\` | Date |

| Parameter | Description | Default |
|-----------|-------------|---------|
| \`scope\` | Audit scope | \`full\` |

{{client_name}} {{date}} {{scope}}
`);
    expect(rb.templateVariables).toEqual([
      { name: "client_name", description: "Client folder" },
      { name: "date", default: "2024-01-01", description: "Date" },
      { name: "scope", default: "full", description: "Audit scope" },
      { name: "results_dir", default: "/app/results" },
    ]);
  });

  it("ignores tables inside fenced code and unrelated tables", () => {
    const rb = parseRunbook(`${FM}
\`\`\`md
| Parameter | Default | Description |
|---|---|---|
| \`x\` | \`fenced\` | in code |
\`\`\`

| File | Description |
|---|---|
| \`x\` | not a parameter table |

{{x}}
`);
    expect(rb.templateVariables[0]).toEqual({ name: "x" });
  });
});

describe("loadRunbook", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("reads UTF-8 from disk", async () => {
    dir = await mkdtemp(join(tmpdir(), "rb-"));
    const file = join(dir, "RUNBOOK.md");
    await writeFile(file, `${FM}# Ünïcödé {{x}}\n`, "utf8");
    const rb = await loadRunbook(file);
    expect(rb.body).toBe("# Ünïcödé {{x}}\n");
    const viaUrl = await loadRunbook(new URL(`file://${file}`));
    expect(viaUrl.frontmatter.agent).toBe("claude-code");
  });

  it("wraps a missing file in a JettyError with the cause", async () => {
    const error = await loadRunbook("/nonexistent/RUNBOOK.md").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JettyError);
    expect(((error as JettyError).cause as NodeJS.ErrnoException).code).toBe("ENOENT");
  });

  it("names the file in parse errors", async () => {
    dir = await mkdtemp(join(tmpdir(), "rb-"));
    const file = join(dir, "RUNBOOK.md");
    await writeFile(file, '---\nversion: "1"\nagent: [\n---\n', "utf8");
    const error = (await loadRunbook(file).catch((e: unknown) => e)) as RunbookParseError;
    expect(error).toBeInstanceOf(RunbookParseError);
    expect(error.filename).toBe(file);
  });
});
