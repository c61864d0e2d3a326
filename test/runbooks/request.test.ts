import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/core/errors";
import {
  buildRunbookRequest,
  inferAgentFromModel,
  missingTemplateVariables,
  parseRunbook,
} from "../../src/runbooks";

const TEXT = `---
version: "1.0.0"
evaluation: programmatic
agent: claude-code
model: anthropic/claude-sonnet-4.6
model_provider: openrouter
snapshot: prism-playwright
secrets:
  GITHUB_PAT:
    env: GH_TOKEN
    required: true
---
# Audit

| Parameter | Default | Description |
|---|---|---|
| \`target_url\` | *(required)* | Site |
| \`scope\` | \`full\` | Scope |

Audit {{target_url}} with scope {{scope}} into {{results_dir}} using {{secrets.GITHUB_PAT}}.
`;
const runbook = parseRunbook(TEXT);
const base = { collection: "acme", task: "audit" };

function warningsOf(options: Parameters<typeof buildRunbookRequest>[1], rb = runbook) {
  const warnings: string[] = [];
  const request = buildRunbookRequest(rb, { ...options, onWarning: (m) => warnings.push(m) });
  return { request, warnings };
}

describe("buildRunbookRequest", () => {
  it("produces the documented body from the frontmatter", () => {
    const request = buildRunbookRequest(runbook, {
      ...base,
      templateVariables: { target_url: "https://example.com", retries: 3, dry: false },
      filePaths: ["acme/_sandbox_uploads/u1/data.csv"],
      files: ["file-abc123"],
      useTrialKeys: true,
    });
    expect(request).toEqual({
      model: "anthropic/claude-sonnet-4.6",
      messages: [
        { role: "system", content: TEXT },
        { role: "user", content: "Execute the runbook." },
      ],
      stream: false,
      jetty: {
        runbook: true,
        collection: "acme",
        task: "audit",
        agent: "claude-code",
        model_provider: "openrouter",
        snapshot: "prism-playwright",
        template_variables: {
          target_url: "https://example.com",
          retries: "3",
          dry: "false",
          results_dir: "/app/results",
        },
        file_paths: ["acme/_sandbox_uploads/u1/data.csv"],
        files: ["file-abc123"],
        use_trial_keys: true,
      },
    });
    expect(Object.keys(request.jetty)).toEqual([
      "runbook",
      "collection",
      "task",
      "agent",
      "model_provider",
      "snapshot",
      "template_variables",
      "file_paths",
      "files",
      "use_trial_keys",
    ]);
  });

  it("applies the documented defaults and invents no model_provider", () => {
    const request = buildRunbookRequest('---\nversion: "1"\nevaluation: rubric\n---\nDo it.\n', base);
    expect(request.model).toBe("claude-sonnet-4-6");
    expect(request.jetty).toEqual({
      runbook: true,
      collection: "acme",
      task: "audit",
      agent: "claude-code",
      snapshot: "python312-uv",
      template_variables: { results_dir: "/app/results" },
      use_trial_keys: false,
    });
    expect("model_provider" in request.jetty).toBe(false);
  });

  it("infers the agent from the model when the frontmatter has none", () => {
    const rb = (model: string) => parseRunbook(`---\nversion: "1"\nmodel: ${model}\n---\n`);
    expect(buildRunbookRequest(rb("gpt-5.5"), base).jetty.agent).toBe("codex");
    expect(buildRunbookRequest(rb("gemini/gemini-2.5-pro"), base).jetty.agent).toBe("gemini-cli");
    expect(buildRunbookRequest(rb("anthropic/claude-sonnet-4.6"), base).jetty.agent).toBe("claude-code");
    expect(buildRunbookRequest(rb("mistral-large"), base).jetty.agent).toBe("claude-code");
  });

  it("uses the agent's default model when an agent but no model is named", () => {
    const rb = parseRunbook('---\nversion: "1"\nagent: codex\n---\n');
    expect(buildRunbookRequest(rb, base).model).toBe("gpt-5.5");
  });

  it("lets options override the frontmatter", () => {
    const request = buildRunbookRequest(runbook, {
      ...base,
      agent: "opencode",
      model: "anthropic/claude-opus-4.6",
      modelProvider: "anthropic",
      snapshot: "python312-uv",
      userMessage: "Go.",
      templateVariables: { results_dir: "/tmp/out", target_url: "x" },
    });
    expect(request.model).toBe("anthropic/claude-opus-4.6");
    expect(request.jetty).toMatchObject({
      agent: "opencode",
      model_provider: "anthropic",
      snapshot: "python312-uv",
      template_variables: { results_dir: "/tmp/out", target_url: "x" },
    });
    expect(request.messages[1]).toEqual({ role: "user", content: "Go." });
  });

  it("strips a BOM from the system message", () => {
    const rb = parseRunbook(`\uFEFF${TEXT}`);
    expect(buildRunbookRequest(rb, base).messages[0].content).toBe(TEXT);
  });

  it("warns about placeholders with neither a value nor a default, and unknown variables", () => {
    const { request, warnings } = warningsOf({ ...base, templateVariables: { sampel_size: "5" } });
    expect(request.jetty.template_variables).toEqual({ sampel_size: "5", results_dir: "/app/results" });
    expect(warnings.some((w) => w.includes("target_url") && w.includes("no value"))).toBe(true);
    expect(warnings.some((w) => w.includes("scope"))).toBe(false);
    expect(warnings.some((w) => w.includes("sampel_size") && w.includes("does not appear"))).toBe(true);
    expect(missingTemplateVariables(runbook, {})).toEqual(["target_url"]);
    expect(missingTemplateVariables(runbook, { target_url: "x" })).toEqual([]);
  });

  it("warns about storage paths of another collection", () => {
    const { warnings } = warningsOf({
      ...base,
      templateVariables: { target_url: "x" },
      filePaths: ["other/x.csv"],
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not under collection acme/);
  });

  describe("file-id / storage-path mix-ups", () => {
    it("rejects a file id in filePaths", () => {
      const error = (() => {
        try {
          buildRunbookRequest(runbook, { ...base, filePaths: ["acme/a.csv", "file-abc123"] });
        } catch (e) {
          return e as InvalidInputError;
        }
      })();
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error?.param).toBe("filePaths[1]");
      expect(error?.message).toMatch(/pass it in `files`/);
    });

    it("rejects a storage path in files", () => {
      expect(() =>
        buildRunbookRequest(runbook, { ...base, files: ["acme/_sandbox_uploads/u/x.csv"] }),
      ).toThrow(/pass it in `filePaths`/);
    });

    it("rejects anything else that is not a file id in files", () => {
      expect(() => buildRunbookRequest(runbook, { ...base, files: ["abc123"] })).toThrow(InvalidInputError);
      expect(() => buildRunbookRequest(runbook, { ...base, files: [""] })).toThrow(InvalidInputError);
    });

    it("rejects local paths in filePaths", () => {
      for (const path of [
        "/home/me/data.csv",
        "./data.csv",
        "../x.csv",
        "~/x.csv",
        "C:\\x.csv",
        "file:///x",
      ]) {
        expect(() => buildRunbookRequest(runbook, { ...base, filePaths: [path] }), path).toThrow(
          /upload the file/,
        );
      }
    });

    it("rejects paths that are not storage paths", () => {
      expect(() => buildRunbookRequest(runbook, { ...base, filePaths: ["acme/../other/x.csv"] })).toThrow(
        /not a storage path/,
      );
      expect(() => buildRunbookRequest(runbook, { ...base, filePaths: ["acme/a\0b"] })).toThrow(
        InvalidInputError,
      );
    });

    it("accepts a storage path in a collection whose name starts with file-", () => {
      const request = buildRunbookRequest(runbook, {
        collection: "file-processing",
        task: "t",
        filePaths: ["file-processing/_sandbox_uploads/u/a.csv"],
      });
      expect(request.jetty.file_paths).toEqual(["file-processing/_sandbox_uploads/u/a.csv"]);
    });

    it("rejects non-arrays and empty entries", () => {
      expect(() =>
        buildRunbookRequest(runbook, { ...base, filePaths: "acme/x" as unknown as string[] }),
      ).toThrow(InvalidInputError);
      expect(() => buildRunbookRequest(runbook, { ...base, filePaths: [" "] })).toThrow(InvalidInputError);
    });
  });

  describe("input checks", () => {
    it("requires collection and task", () => {
      expect(() => buildRunbookRequest(runbook, { collection: "", task: "t" })).toThrow(/collection/);
      expect(() =>
        buildRunbookRequest(runbook, { collection: "c", task: undefined as unknown as string }),
      ).toThrow(/task/);
    });

    it("refuses secrets as template variables, without echoing the value", () => {
      for (const key of ["GH_TOKEN", "GITHUB_PAT", "secrets.GITHUB_PAT"]) {
        try {
          buildRunbookRequest(runbook, { ...base, templateVariables: { [key]: "ghp_supersecretvalue" } });
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
          expect((error as Error).message).not.toContain("ghp_supersecretvalue");
        }
      }
    });

    it("refuses non-scalar template values", () => {
      expect(() =>
        buildRunbookRequest(runbook, {
          ...base,
          templateVariables: { target_url: { a: 1 } as unknown as string },
        }),
      ).toThrow(/templateVariables.target_url/);
    });
  });
});

describe("inferAgentFromModel", () => {
  it.each([
    ["claude-sonnet-4-6", "claude-code"],
    ["anthropic/claude-sonnet-4.6", "claude-code"],
    ["gpt-5.5", "codex"],
    ["o1-preview", "codex"],
    ["o3", "codex"],
    ["o4-mini", "codex"],
    ["gemini-2.5-pro", "gemini-cli"],
    ["gemini/gemini-2.5-flash", "gemini-cli"],
    ["google/nano-banana", undefined],
    ["openai/gpt-5", undefined],
    ["o30", undefined],
  ])("%s → %s", (model, agent) => {
    expect(inferAgentFromModel(model)).toBe(agent);
  });
});
