import { InvalidInputError, type Jetty, MissingSecretsError, RunbookParseError } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorWithClient } from "../helpers/emulator";

const RUNBOOK = `---
version: "1.0.0"
evaluation: programmatic
agent: codex
model: gpt-5.5
snapshot: python312-uv
primary_outputs:
  - report.md
secrets:
  GITHUB_PAT:
    env: GITHUB_PAT
    description: Reads the repository
    required: true
  SLACK_TOKEN:
    description: Optional notification
    required: false
---
# Repo audit

## Objective
Audit {{repo}} and write {{results_dir}}/report.md using {{secrets.GITHUB_PAT}}.

## Parameters
| Parameter | Default | Description |
|---|---|---|
| \`repo\` | octo/hello | Repository to audit |
`;

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({
    collections: [
      { name: "acme", environment: { GITHUB_PAT: "ghp_configured" } },
      { name: "bare", trial: { active: true, runsLimit: 10 } },
    ],
  }));
});
afterAll(() => emulator.close());

const chatRequests = () => emulator.requests.filter((r) => r.path === "/v1/chat/completions");
/** The body of the last chat-completions request the emulator received. */
const lastChatBody = () =>
  chatRequests().at(-1)?.body as {
    model: string;
    stream?: boolean;
    messages: Array<{ role: string; content: string }>;
    jetty: Record<string, unknown>;
  };

describe("runbooks", () => {
  it("parse() extracts typed front matter, secrets and variables with table defaults", () => {
    const rb = jetty.runbooks.parse(RUNBOOK);
    expect(rb.frontmatter.agent).toBe("codex");
    expect(rb.frontmatter.primary_outputs).toEqual(["report.md"]);
    expect(rb.secrets).toEqual([
      expect.objectContaining({ name: "GITHUB_PAT", env: "GITHUB_PAT", required: true }),
      expect.objectContaining({ name: "SLACK_TOKEN", env: "SLACK_TOKEN", required: false }),
    ]);
    expect(rb.templateVariables.map((v) => [v.name, v.default])).toEqual([
      ["repo", "octo/hello"],
      ["results_dir", "/app/results"],
    ]);
  });

  it("parse() refuses JavaScript front matter instead of running it", () => {
    const hostile = "---js\n{ x: (globalThis.__jettyPwned = 1) }\n---\nbody";
    expect(() => jetty.runbooks.parse(hostile)).toThrow(RunbookParseError);
    expect((globalThis as { __jettyPwned?: number }).__jettyPwned).toBeUndefined();
  });

  it("preflight() compares declared secrets with the collection's variable names", async () => {
    const ok = await jetty.runbooks.preflight("acme", RUNBOOK);
    expect(ok.missingSecrets).toEqual([]);
    expect(ok.configuredSecrets).toEqual(["GITHUB_PAT"]);
    expect(ok.useTrialKeys).toBe(false);
    const missing = await jetty.runbooks.preflight("bare", RUNBOOK);
    expect(missing.missingSecrets).toEqual(["GITHUB_PAT"]);
    expect(missing.useTrialKeys).toBe(true);
    expect(JSON.stringify(ok)).not.toContain("ghp_configured");
  });

  it("run() refuses to start while a required secret is missing, before any chat request", async () => {
    const before = chatRequests().length;
    await expect(jetty.runbooks.run(RUNBOOK, { collection: "bare", task: "audit" })).rejects.toBeInstanceOf(
      MissingSecretsError,
    );
    expect(chatRequests().length).toBe(before);
  });

  it("run() → wait → download: the request follows the front matter, results come primary first", async () => {
    const run = await jetty.runbooks.run(RUNBOOK, {
      collection: "acme",
      task: "audit",
      templateVariables: { repo: "octo/world" },
      files: [new Blob(["a,b\n1,2\n"], { type: "text/csv" })],
      wait: { timeout: 10_000 },
    });
    const sent = lastChatBody();
    expect(sent.model).toBe("gpt-5.5");
    expect(sent.messages[0]).toEqual({ role: "system", content: RUNBOOK });
    expect(sent.messages[1]?.role).toBe("user");
    expect(sent.jetty).toMatchObject({
      runbook: true,
      collection: "acme",
      task: "audit",
      agent: "codex",
      snapshot: "python312-uv",
      template_variables: { repo: "octo/world", results_dir: "/app/results" },
      use_trial_keys: false,
    });
    expect(sent.jetty.model_provider).toBeUndefined();
    expect(sent.jetty.file_paths).toEqual([expect.stringMatching(/^acme\/_sandbox_uploads\/[^/]+\/file/)]);

    expect(run.trajectoryId).toMatch(/^[0-9a-f]{8}$/);
    expect(run.url).toBe(`https://flows.jetty.io/acme/audit/${run.trajectoryId}`);
    expect(run.trajectory?.status).toBe("completed");
    expect(run.resultFiles[0]?.primary).toBe(true);
    expect(run.resultFiles[0]?.path).toMatch(/report\.md$/);
    expect(run.resultFiles.some((f) => f.path.endsWith("summary.md"))).toBe(true);
    const text = await (await run.resultFiles[0]!.download()).text();
    expect(text.length).toBeGreaterThan(0);
  });

  it("run() with secretParams covers a missing secret and never leaks it into errors or results", async () => {
    const run = await jetty.runbooks.run(RUNBOOK, {
      collection: "bare",
      task: "audit",
      secretParams: { GITHUB_PAT: "ghp_one_off_secret" },
      stream: true,
      onEvent: () => {},
    });
    const sent = lastChatBody();
    expect(sent.stream).toBe(true);
    expect(sent.jetty.use_trial_keys).toBe(true);
    expect(run.trajectoryId).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(run)).not.toContain("ghp_one_off_secret");
  });

  it("run() rejects a file id among storage paths before sending", async () => {
    await expect(
      jetty.runbooks.run(RUNBOOK, { collection: "acme", task: "audit", filePaths: ["file-abc123"] }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});
