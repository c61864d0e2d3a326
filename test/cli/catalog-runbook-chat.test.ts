/**
 * `jetty templates|datasets|models|url|runbook|chat|emulator` end to end: the catalogue reads, links,
 * runbook preflight (exit 5) and runs, streamed chat, and the emulator started from the CLI.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Jetty } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliFor, jetty, json, ndjson, tempHome } from "./helpers/cli";

const RUNBOOK = `---
version: "1.0.0"
agent: codex
model: gpt-5.5
primary_outputs:
  - report.md
secrets:
  GITHUB_PAT:
    env: GITHUB_PAT
    description: Reads the repository
    required: true
---
# Repo audit

Audit {{repo}} and write {{results_dir}}/report.md.

## Parameters
| Parameter | Default | Description |
|---|---|---|
| \`repo\` | octo/hello | Repository to audit |
`;
const PAT = "ghp_oneoffsecret_0123456789";

let emulator: Emulator;
let cli: ReturnType<typeof cliFor>;
const dir = tempHome();
const runbook = join(dir, "RUNBOOK.md");

beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme", environment: { GITHUB_PAT: "ghp_configured_value" } }, { name: "bare" }],
  });
  cli = cliFor(emulator, { cwd: dir, secrets: ["ghp_configured_value", PAT] });
  writeFileSync(runbook, RUNBOOK);
  const sdk = new Jetty({ baseURL: emulator.url, token: emulator.token });
  await sdk.datasets.create("acme", { name: "reviews", data_path: "s3://bucket/reviews.csv", format: "csv" });
  await sdk.models.create("acme", { name: "grader", model_path: "s3://bucket/grader.bin" });
});
afterAll(() => emulator.close());

const chatRequests = () => emulator.requests.filter((r) => r.path === "/v1/chat/completions");

describe("catalogue reads and links", () => {
  it("templates list and get", async () => {
    const list = json<Array<{ activity_name: string }>>(await cli(["templates", "list", "--json"]));
    expect(list.map((t) => t.activity_name)).toContain("text_echo");
    const table = await cli(["templates", "list"]);
    expect(table.stdout).toMatch(/^ACTIVITY\s+CATEGORY\s+DESCRIPTION\n/);
    const one = json<{ activity_name: string }>(await cli(["templates", "get", "litellm_chat", "--json"]));
    expect(one.activity_name).toBe("litellm_chat");
  });

  it("datasets list and models list", async () => {
    const datasets = json<Array<{ name: string; format: string }>>(
      await cli(["datasets", "list", "acme", "--json"]),
    );
    expect(datasets).toEqual([expect.objectContaining({ name: "reviews", format: "csv" })]);
    const models = ndjson<{ name: string }>(await cli(["models", "list", "acme", "--all", "--json"]));
    expect(models).toEqual([expect.objectContaining({ name: "grader" })]);
    const empty = await cli(["datasets", "list", "bare"]);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toBe("No datasets in bare.\n");
  });

  it("url prints the documented links without any request", async () => {
    emulator.clearRequests();
    expect((await cli(["url", "acme"])).stdout).toBe("https://flows.jetty.io/acme\n");
    expect((await cli(["url", "acme", "echo"])).stdout).toBe("https://flows.jetty.io/acme/echo\n");
    const run = await cli([
      "url",
      "acme",
      "echo",
      "aa7e4430",
      "--json",
      "--frontend-url",
      "https://jetty.io",
    ]);
    expect(json(run)).toEqual({ url: "https://jetty.io/acme/echo/aa7e4430" });
    expect(emulator.requests).toEqual([]);
  });
});

describe("jetty runbook", () => {
  it("parse prints the front matter, secrets and template variables", async () => {
    const parsed = json<{
      secrets: Array<{ env: string; required: boolean }>;
      templateVariables: Array<{ name: string }>;
    }>(await cli(["runbook", "parse", runbook, "--json"]));
    expect(parsed.secrets).toEqual([expect.objectContaining({ env: "GITHUB_PAT", required: true })]);
    expect(parsed.templateVariables.map((v) => v.name)).toEqual(["repo", "results_dir"]);
    const missing = await cli(["runbook", "parse", join(dir, "nope.md")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.md: ENOENT/);
  });

  it("preflight exits 5 and names the missing secret; 0 when configured or passed", async () => {
    const bare = await cli(["runbook", "preflight", runbook, "--collection", "bare", "--json"]);
    expect(bare.code).toBe(5);
    expect(json(bare)).toMatchObject({ missingSecrets: ["GITHUB_PAT"], ready: false });
    const human = await cli(["runbook", "preflight", runbook, "-c", "bare"]);
    expect(human.code).toBe(5);
    expect(human.stdout).toMatch(/missing:\s+GITHUB_PAT/);
    expect(human.stderr).toContain("jetty env set bare GITHUB_PAT");
    expect((await cli(["runbook", "preflight", runbook], { env: { JETTY_COLLECTION: "acme" } })).code).toBe(
      0,
    );
    const passed = await cli(["runbook", "preflight", runbook, "-c", "bare", "--secret", "GITHUB_PAT"], {
      env: { GITHUB_PAT: PAT },
    });
    expect(passed.code).toBe(0);
  });

  it("run refuses (exit 5) while a secret is missing, before any chat request", async () => {
    const before = chatRequests().length;
    const run = await cli(["runbook", "run", runbook, "-c", "bare", "-t", "audit"]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/needs GITHUB_PAT/);
    expect(chatRequests().length).toBe(before);
  });

  it("run --wait prints the finished run with its result files", async () => {
    const run = await cli([
      "runbook",
      "run",
      runbook,
      "-c",
      "acme",
      "-t",
      "audit",
      "--var",
      "repo=octo/world",
      "--wait",
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const result = json<{
      trajectoryId: string;
      url: string;
      trajectory: { status: string };
      resultFiles: Array<{ path: string; primary: boolean }>;
    }>(run);
    expect(result.trajectory.status).toBe("completed");
    expect(result.url).toBe(`https://flows.jetty.io/acme/audit/${result.trajectoryId}`);
    expect(result.resultFiles[0]).toMatchObject({
      primary: true,
      path: expect.stringMatching(/report\.md$/),
    });
    const sent = chatRequests().at(-1)?.body as { jetty: { template_variables: Record<string, unknown> } };
    expect(sent.jetty.template_variables).toMatchObject({ repo: "octo/world" });
  });

  it("run files the run under the runbook's folder name when no --task is given", async () => {
    const folder = join(dir, "weekly-report");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "RUNBOOK.md"), RUNBOOK);
    const run = await cli(["runbook", "run", join(folder, "RUNBOOK.md"), "-c", "acme", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(json<{ task: string }>(run).task).toBe("weekly-report");
  });

  it("run --secret passes a one-off secret read from stdin, which never shows", async () => {
    const run = await cli(
      ["runbook", "run", runbook, "-c", "bare", "-t", "audit", "--secret", "GITHUB_PAT", "--stream"],
      {
        input: PAT,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/Trajectory [0-9a-f]+: https:\/\/flows\.jetty\.io\/bare\/audit\//);
  });
});

describe("jetty chat", () => {
  it("streams the answer's tokens to stdout", async () => {
    const run = await cli(["chat", "-m", "gpt-4o-mini", "Say", "hello"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("[gpt-4o-mini] echo: Say hello\n");
  });

  it("--json streams NDJSON chunks; --no-stream --json prints one completion; stdin gives the message", async () => {
    const chunks = ndjson<{ object: string; choices: Array<{ delta: { content?: string } }> }>(
      await cli(["chat", "--json", "-m", "gpt-4o-mini"], { input: "from stdin\n" }),
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? "").join("")).toBe(
      "[gpt-4o-mini] echo: from stdin",
    );
    const whole = json<{ choices: Array<{ message: { content: string } }> }>(
      await cli(["chat", "--no-stream", "--json", "-m", "gpt-4o-mini", "hi"]),
    );
    expect(whole.choices[0]?.message.content).toBe("[gpt-4o-mini] echo: hi");
  });

  it("--runbook runs a runbook in runbook mode and streams it", async () => {
    const run = await cli(["chat", "--runbook", runbook, "-c", "acme", "-t", "chat-audit"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Trajectory [0-9a-f]+: https:\/\/flows\.jetty\.io\/acme\/chat-audit\//);
    const sent = chatRequests().at(-1)?.body as { stream: boolean; jetty: { runbook: boolean } };
    expect(sent).toMatchObject({ stream: true, jetty: { runbook: true } });
  });

  it("no message at all is a usage error", async () => {
    const run = await cli(["chat"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/give a message/);
  });
});

describe("jetty emulator", () => {
  it("starts an emulator, prints its URL and token, and stops on SIGINT", async () => {
    let answered: unknown;
    const run = await jetty(["emulator", "--json", "--collection", "demo"], {
      env: { HOME: tempHome() },
      onSpawn: (child) =>
        new Promise<void>((resolve, reject) => {
          let text = "";
          child.stdout?.on("data", async (chunk: Buffer) => {
            text += chunk.toString();
            if (!text.includes("\n") || answered !== undefined) return;
            try {
              const { url, token } = JSON.parse(text.split("\n")[0] as string) as {
                url: string;
                token: string;
              };
              answered = await new Jetty({ baseURL: url, token }).collections.list();
              child.kill("SIGINT");
              resolve();
            } catch (error) {
              reject(error);
            }
          });
        }),
    });
    expect(answered).toEqual([expect.objectContaining({ name: "demo" })]);
    expect(run.code).toBe(0);
  });
});
