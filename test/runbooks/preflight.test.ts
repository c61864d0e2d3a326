import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/core/errors";
import { computePreflight, DEFAULT_PROVIDER_KEYS, parseRunbook } from "../../src/runbooks";

const runbook = parseRunbook(`---
version: "1.0.0"
evaluation: programmatic
agent: claude-code
model: anthropic/claude-sonnet-4.6
model_provider: openrouter
secrets:
  GITHUB_PAT:
    env: GH_TOKEN
    description: repo access
    required: true
  LANGFUSE_HOST:
    required: false
  SLACK:
    env: SLACK_WEBHOOK
    required: true
---
body
`);

describe("computePreflight", () => {
  it("lists missing required secrets by env name, and configured ones", () => {
    const result = computePreflight(runbook, {
      configuredKeys: ["SLACK_WEBHOOK", "OTHER"],
      trialActive: false,
    });
    expect(result.missingSecrets).toEqual(["GH_TOKEN"]);
    expect(result.missingOptionalSecrets).toEqual(["LANGFUSE_HOST"]);
    expect(result.configuredSecrets).toEqual(["SLACK_WEBHOOK"]);
    expect(result.ready).toBe(false);
    expect(result.useTrialKeys).toBe(false);
    expect(result.warnings.join("\n")).toMatch(/required secret GH_TOKEN/);
    expect(result.warnings.join("\n")).toMatch(/optional secret LANGFUSE_HOST/);
  });

  it("counts secretParams names (non-empty values) as available and never echoes values", () => {
    const result = computePreflight(runbook, {
      configuredKeys: [],
      trialActive: false,
      secretParams: {
        GH_TOKEN: "ghp_topsecret_value",
        SLACK_WEBHOOK: "",
        LANGFUSE_HOST: "https://h.example",
      },
    });
    expect(result.missingSecrets).toEqual(["SLACK_WEBHOOK"]);
    expect(result.configuredSecrets).toEqual(["GH_TOKEN", "LANGFUSE_HOST"]);
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain("ghp_topsecret_value");
    expect(serialized).not.toContain("https://h.example");
  });

  it("is ready when everything required is configured", () => {
    const result = computePreflight(runbook, {
      configuredKeys: ["GH_TOKEN", "SLACK_WEBHOOK", "OPENROUTER_API_KEY"],
      trialActive: false,
    });
    expect(result.ready).toBe(true);
    expect(result.missingSecrets).toEqual([]);
    expect(result.warnings).toEqual([
      "optional secret LANGFUSE_HOST is not set; the runbook may skip what needs it",
    ]);
  });

  it("stays ready without a provider key (no required secret is missing) and says so in a warning", () => {
    const result = computePreflight(runbook, {
      configuredKeys: ["GH_TOKEN", "SLACK_WEBHOOK"],
      trialActive: false,
    });
    expect(result.ready).toBe(true);
    expect(result.useTrialKeys).toBe(false);
    expect(result.warnings).toContain(
      "model_provider openrouter needs OPENROUTER_API_KEY, which is not set and no trial keys are used",
    );
  });

  describe("trial decision", () => {
    it("uses trial keys when the trial is active and no provider key is configured", () => {
      expect(
        computePreflight(runbook, { configuredKeys: ["GH_TOKEN"], trialActive: true }).useTrialKeys,
      ).toBe(true);
    });

    it("does not when the trial is inactive", () => {
      expect(computePreflight(runbook, { configuredKeys: [], trialActive: false }).useTrialKeys).toBe(false);
    });

    it.each(DEFAULT_PROVIDER_KEYS)("does not when %s is configured", (key) => {
      expect(computePreflight(runbook, { configuredKeys: [key], trialActive: true }).useTrialKeys).toBe(
        false,
      );
    });

    it("does not count GOOGLE_API_KEY or AWS_BEARER_TOKEN_BEDROCK as own keys", () => {
      const result = computePreflight(runbook, {
        configuredKeys: ["GOOGLE_API_KEY", "AWS_BEARER_TOKEN_BEDROCK"],
        trialActive: true,
      });
      expect(result.useTrialKeys).toBe(true);
    });

    it("counts a provider key passed in secretParams", () => {
      const result = computePreflight(runbook, {
        configuredKeys: [],
        trialActive: true,
        secretParams: { OPENAI_API_KEY: "sk-x" },
      });
      expect(result.useTrialKeys).toBe(false);
    });

    it("honours a custom providerKeys list", () => {
      const result = computePreflight(runbook, {
        configuredKeys: ["OPENROUTER_API_KEY"],
        trialActive: true,
        providerKeys: ["OPENAI_API_KEY"],
      });
      expect(result.useTrialKeys).toBe(true);
    });

    it("exports the five documented provider keys", () => {
      expect([...DEFAULT_PROVIDER_KEYS]).toEqual([
        "OPENROUTER_API_KEY",
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "GEMINI_API_KEY",
        "REPLICATE_API_TOKEN",
      ]);
      expect(Object.isFrozen(DEFAULT_PROVIDER_KEYS)).toBe(true);
    });
  });

  describe("provider key advice", () => {
    it("warns when a pinned provider's key is missing and no trial keys are used", () => {
      const result = computePreflight(runbook, {
        configuredKeys: ["GH_TOKEN", "SLACK_WEBHOOK"],
        trialActive: false,
      });
      expect(result.warnings.join("\n")).toMatch(/model_provider openrouter needs OPENROUTER_API_KEY/);
    });

    it("follows the server's default choice when no provider is pinned", () => {
      const codex = parseRunbook(
        '---\nversion: "1"\nevaluation: programmatic\nagent: codex\nmodel: gpt-5.5\n---\n',
      );
      expect(computePreflight(codex, { configuredKeys: [], trialActive: false }).warnings.join("\n")).toMatch(
        /agent codex needs one of AWS_BEARER_TOKEN_BEDROCK, OPENAI_API_KEY/,
      );
      expect(
        computePreflight(codex, { configuredKeys: ["OPENAI_API_KEY"], trialActive: false }).warnings,
      ).toEqual([]);
      const claude = parseRunbook('---\nversion: "1"\nmodel: claude-sonnet-4-6\n---\n');
      expect(
        computePreflight(claude, { configuredKeys: ["OPENROUTER_API_KEY"], trialActive: false }).warnings,
      ).toEqual([]);
    });

    it("stays quiet about providers when trial keys are used", () => {
      const result = computePreflight(runbook, {
        configuredKeys: ["GH_TOKEN", "SLACK_WEBHOOK"],
        trialActive: true,
      });
      expect(result.warnings).toEqual([
        "optional secret LANGFUSE_HOST is not set; the runbook may skip what needs it",
        `using trial keys: the collection has none of ${DEFAULT_PROVIDER_KEYS.join(", ")}`,
      ]);
    });
  });

  it("dedupes entries that share an env var; the strictest required wins", () => {
    const rb = parseRunbook(
      '---\nversion: "1"\nsecrets:\n  A:\n    env: SHARED\n    required: false\n  B:\n    env: SHARED\n    required: true\n---\n',
    );
    expect(computePreflight(rb, { configuredKeys: [], trialActive: false }).missingSecrets).toEqual([
      "SHARED",
    ]);
  });

  it("validates its input", () => {
    expect(() =>
      computePreflight(runbook, { configuredKeys: null as unknown as string[], trialActive: false }),
    ).toThrow(InvalidInputError);
  });

  it("is pure: the runbook is not modified", () => {
    const before = JSON.stringify(runbook);
    computePreflight(runbook, { configuredKeys: [], trialActive: true });
    expect(JSON.stringify(runbook)).toBe(before);
  });
});
