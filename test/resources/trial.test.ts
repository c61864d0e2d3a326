import { InvalidInputError, Jetty } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { trialActivated } from "../../src/resources/trial";
import { DEFAULT_PROVIDER_KEYS } from "../../src/runbooks/preflight";
import { ECHO_WORKFLOW, emulatorWithClient } from "../helpers/emulator";
import { SPARSE } from "../helpers/emulator-mode";

const echo = ECHO_WORKFLOW;

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({
    collections: [
      { name: "fresh" },
      { name: "trial", trial: { active: true, runsLimit: 10, runsUsed: 2 } },
      { name: "timed", trial: { active: true, runsLimit: 10, runsUsed: 0, minutesRemaining: 42 } },
      { name: "almost", trial: { active: true, runsLimit: 10, runsUsed: 7 } },
      { name: "own-keys", trial: { active: true }, environment: { ANTHROPIC_API_KEY: "sk-ant-x" } },
      { name: "router", trial: { active: true }, environment: { OPENROUTER_API_KEY: "sk-or-x", OTHER: "1" } },
      { name: "google", trial: { active: true }, environment: { GOOGLE_API_KEY: "g" } },
    ],
    tasks: ["trial", "timed", "almost"].map((collection) => ({ collection, name: "echo", workflow: echo })),
  }));
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

describe("trial.status / activate", () => {
  it("status → GET /api/v1/trial/{c}", async () => {
    const status = await jetty.trial.status("trial");
    expect(emulator.requests.at(-1)).toMatchObject({ method: "GET", path: "/api/v1/trial/trial" });
    expect(status).toMatchObject({ active: true, runs_used: 2, runs_limit: 10, runs_remaining: 8 });
  });

  it("activate → POST /api/v1/trial/{c}/activate with no body", async () => {
    // Sparse mode leaves a false `active` out, as every client defaults it.
    expect((await jetty.trial.status("fresh")).active).toBe(SPARSE ? undefined : false);
    const answer = await jetty.trial.activate("fresh");
    const request = emulator.requests.find((r) => r.method === "POST")!;
    expect(request.path).toBe("/api/v1/trial/fresh/activate");
    expect(request.headers["content-length"] ?? "0").toBe("0");
    expect(request.body).toBeUndefined();
    expect(trialActivated(answer)).toBe(true);
    expect((await jetty.trial.status("fresh")).active).toBe(true);
    expect(trialActivated({ active: false, status: "inactive" })).toBe(false);
    expect(trialActivated({ status: "active" })).toBe(true);
  });

  it("refuses empty names before sending", async () => {
    await expect(jetty.trial.status("")).rejects.toThrow(InvalidInputError);
    await expect(jetty.trial.activate(" ")).rejects.toThrow(InvalidInputError);
    await expect(jetty.trial.shouldUseTrialKeys("")).rejects.toThrow(InvalidInputError);
    await expect(
      jetty.trial.shouldUseTrialKeys("x", { providerKeys: "OPENAI_API_KEY" as never }),
    ).rejects.toThrow(InvalidInputError);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("trial.shouldUseTrialKeys", () => {
  it("is true only for an active trial without any provider key", async () => {
    expect(await jetty.trial.shouldUseTrialKeys("trial")).toBe(true);
    expect(emulator.requests.map((r) => r.path).sort()).toEqual([
      "/api/v1/collections/trial/environment",
      "/api/v1/trial/trial",
    ]);
    expect(await jetty.trial.shouldUseTrialKeys("own-keys")).toBe(false);
    expect(await jetty.trial.shouldUseTrialKeys("router")).toBe(false);
    // GOOGLE_API_KEY is not one of the provider keys that count.
    expect(await jetty.trial.shouldUseTrialKeys("google")).toBe(true);
  });

  it("is false when the trial is not active", async () => {
    const emu = await startEmulator({ collections: [{ name: "off" }] });
    try {
      const client = new Jetty({ baseURL: emu.url, token: emu.token, logLevel: "off" });
      expect(await client.trial.shouldUseTrialKeys("off")).toBe(false);
    } finally {
      await emu.close();
    }
  });

  it("takes another provider-key list", async () => {
    expect(await jetty.trial.shouldUseTrialKeys("google", { providerKeys: ["GOOGLE_API_KEY"] })).toBe(false);
    expect(await jetty.trial.shouldUseTrialKeys("own-keys", { providerKeys: ["OPENAI_API_KEY"] })).toBe(true);
    expect([...DEFAULT_PROVIDER_KEYS]).toEqual([
      "OPENROUTER_API_KEY",
      "OPENAI_API_KEY",
      "ANTHROPIC_API_KEY",
      "GEMINI_API_KEY",
      "REPLICATE_API_TOKEN",
    ]);
  });
});

describe("trial runs", () => {
  it("send use_trial_keys=true and carry the trial metadata and notice on the handle", async () => {
    const run = await jetty.runs.create("trial", "echo", { useTrialKeys: true });
    expect(emulator.requests.at(-1)!.body).toEqual({ init_params: "{}", use_trial_keys: "true" });
    expect(run.trial).toMatchObject({ runs_used: 3, runs_limit: 10, runs_remaining: 7 });
    expect(run.response.trial).toEqual(run.trial);
    expect(run.trialNotice).toBe("Trial run 3/10");
  });

  it("show the minutes when the server reports them", async () => {
    const run = await jetty.runs.create("timed", "echo", { useTrialKeys: true });
    expect(run.trialNotice).toBe("Trial run 1/10 -- 42 minutes remaining");
  });

  it("warn when two or fewer runs are left", async () => {
    const run = await jetty.runs.create("almost", "echo", { useTrialKeys: true });
    expect(run.trialNotice).toBe(
      "Trial run 8/10\nWarning: 2 trial runs left. Run /jetty-setup to add your own API keys.",
    );
  });
});
