/** `jetty collections …` and `jetty tasks …` end to end against the emulator. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, cliFor, json, ndjson } from "./helpers/cli";

const ECHO = {
  init_params: { text: "Hello!" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

let emulator: Emulator;
let cli: ReturnType<typeof cliFor>;
const dir = mkdtempSync(join(tmpdir(), "jetty-cli-tasks-"));

beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme", description: "Acme workflows" }],
    tasks: [
      { collection: "acme", name: "summarise", description: "Summarises a document", workflow: ECHO },
      { collection: "acme", name: "translate", description: "Translates text", workflow: ECHO },
    ],
  });
  cli = cliFor(emulator);
});
afterAll(() => emulator.close());

function ok(run: CliRun): CliRun {
  expect(run.code, run.stderr).toBe(0);
  return run;
}

describe("jetty collections", () => {
  it("list --json prints the wire list; a table without --json", async () => {
    const list = json<Array<{ name: string; description: string }>>(
      ok(await cli(["collections", "list", "--json"])),
    );
    expect(list).toEqual([expect.objectContaining({ name: "acme", description: "Acme workflows" })]);
    const table = ok(await cli(["collections", "list"]));
    expect(table.stdout).toMatch(/^NAME\s+DESCRIPTION\n/);
    expect(table.stdout).toMatch(/acme\s+Acme workflows/);
  });

  it("create then get; --all streams NDJSON across pages", async () => {
    const created = json<{ name: string; description: string }>(
      ok(await cli(["collections", "create", "evals", "-d", "Nightly evals", "--json"])),
    );
    expect(created).toMatchObject({ name: "evals", description: "Nightly evals" });
    const got = ok(await cli(["collections", "get", "evals"]));
    expect(got.stdout).toContain("https://flows.jetty.io/evals");
    const all = ndjson<{ name: string }>(ok(await cli(["--json", "collections", "list", "--all"])));
    expect(all.map((c) => c.name).sort()).toEqual(["acme", "evals"]);
  });

  it("--get prints one field: per item for a list, unquoted strings, JSON otherwise", async () => {
    expect(ok(await cli(["collections", "list", "--get", "name"])).stdout).toBe("acme\nevals\n");
    expect(ok(await cli(["tasks", "get", "acme", "summarise", "--get", "workflow.steps[0]"])).stdout).toBe(
      "echo\n",
    );
    expect(ok(await cli(["tasks", "get", "acme", "summarise", "--get", "workflow.steps"])).stdout).toBe(
      '["echo"]\n',
    );
    emulator.clearRequests();
    const bad = await cli(["collections", "list", "--get", "a..b"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--get: expected a field path/);
    expect(emulator.requests).toEqual([]);
  });

  it("a duplicate name is an API error: exit 1, the server's message on one line", async () => {
    const run = await cli(["collections", "create", "ACME"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^error: .*already exists/);
  });
});

describe("jetty tasks", () => {
  it("list and search", async () => {
    const list = json<Array<{ name: string }>>(ok(await cli(["tasks", "list", "acme", "--json"])));
    expect(list.map((t) => t.name).sort()).toEqual(["summarise", "translate"]);
    const hits = json<Array<{ name: string }>>(
      ok(await cli(["tasks", "search", "acme", "TRANSL", "--json"])),
    );
    expect(hits.map((h) => h.name)).toEqual(["translate"]);
  });

  it("create from a --workflow file, then get shows the workflow", async () => {
    const file = join(dir, "echo.json");
    writeFileSync(file, JSON.stringify(ECHO));
    const created = json<{ name: string; workflow: unknown; validationWarnings?: unknown }>(
      ok(await cli(["tasks", "create", "acme", "echo", "--workflow", file, "-d", "Echo test", "--json"])),
    );
    expect(created.name).toBe("echo");
    expect(created.workflow).toEqual(ECHO);
    expect(created).not.toHaveProperty("validationWarnings");
    const shown = ok(await cli(["tasks", "get", "acme", "echo"]));
    expect(shown.stdout).toContain("https://flows.jetty.io/acme/echo");
    expect(shown.stdout).toContain('"text_path": "init_params.text"');
  });

  it("create reads a task envelope from stdin (name and description from it)", async () => {
    const envelope = { name: "from-stdin", description: "Piped", workflow: ECHO };
    const run = ok(await cli(["tasks", "create", "acme", "--json"], { input: JSON.stringify(envelope) }));
    expect(json(run)).toMatchObject({ name: "from-stdin", description: "Piped" });
    expect(emulator.state.tasks.some((t) => t.name === "from-stdin")).toBe(true);
  });

  it("a workflow with gotchas is refused before sending: each issue with its suggestion, exit 2", async () => {
    const bad = {
      init_params: { prompt: "hi" },
      step_configs: {
        chat: { activity: "litellm_chat", model: "gpt-4o-mini", user_prompt_path: "init_params.prompt" },
      },
      steps: ["chat"],
    };
    emulator.clearRequests();
    const run = await cli(["tasks", "create", "acme", "bad-chat"], { input: JSON.stringify(bad) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /error step_configs\.chat\.user_prompt_path: .* — use "prompt_path" \[litellm_chat\/user-prompt\]/,
    );
    expect(run.stderr).toMatch(/nothing was sent/);
    expect(emulator.requests.filter((r) => r.method === "POST")).toEqual([]);
  });

  it("malformed JSON on stdin is a usage error naming the problem", async () => {
    const run = await cli(["tasks", "create", "acme", "x"], { input: "{not json" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/stdin is not valid JSON/);
  });

  it("update changes the description (and the workflow from stdin); delete removes the task", async () => {
    ok(await cli(["tasks", "update", "acme", "echo", "-d", "Echo, updated"]));
    expect(emulator.state.tasks.find((t) => t.name === "echo")?.description).toBe("Echo, updated");
    const next = { ...ECHO, init_params: { text: "Updated default" } };
    const updated = json<{ workflow: typeof ECHO }>(
      ok(await cli(["tasks", "update", "acme", "echo", "--json"], { input: JSON.stringify(next) })),
    );
    expect(updated.workflow.init_params).toEqual({ text: "Updated default" });
    const deleted = ok(await cli(["tasks", "delete", "acme", "echo", "--json"]));
    expect(json(deleted)).toEqual(expect.any(Object));
    const gone = await cli(["tasks", "get", "acme", "echo"]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/not found/i);
  });
});
