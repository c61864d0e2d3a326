/**
 * `jetty run` end to end: parameters, uploads, the trial decision, --wait and --sync with their exit
 * codes, and one-off secrets that never touch the command line or the output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SPARSE } from "../helpers/emulator-mode";
import { type Loopback, json as reply, startLoopback } from "../helpers/loopback";
import { cliFor, json, tempHome } from "./helpers/cli";

const ECHO = {
  init_params: { text: "Hello!" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
const BROKEN = {
  init_params: {},
  step_configs: { boom: { activity: "no_such_activity" } },
  steps: ["boom"],
};
const READ_FILE = {
  init_params: {},
  step_configs: { read: { activity: "read_uploaded_file", file_index: 0 } },
  steps: ["read"],
};

let emulator: Emulator;
let cli: ReturnType<typeof cliFor>;
const home = tempHome();

beforeAll(async () => {
  emulator = await startEmulator({
    collections: [
      { name: "acme" },
      { name: "trial-co", trial: { active: true, runsLimit: 5 } },
      { name: "keyed", environment: { OPENAI_API_KEY: "sk-configured" }, trial: { active: true } },
    ],
    tasks: ["acme", "trial-co", "keyed"].map((collection) => ({ collection, name: "echo", workflow: ECHO })),
  });
  cli = cliFor(emulator, { env: { HOME: home }, secrets: ["sk-configured"] });
});
afterAll(() => emulator.close());

/** The multipart fields the emulator logged for the last run request. */
function lastRunFields(): Record<string, unknown> {
  const run = [...emulator.requests]
    .reverse()
    .find((r) => r.method === "POST" && r.path.startsWith("/api/v1/run"));
  return (run?.body ?? {}) as Record<string, unknown>;
}

describe("jetty run", () => {
  it("--wait prints the finished trajectory; --param values are JSON when they parse as JSON", async () => {
    const params = join(home, "params.json");
    writeFileSync(params, JSON.stringify({ text: "from the file", count: 1 }));
    const run = await cli([
      "run",
      "acme",
      "echo",
      "--params",
      params,
      "-p",
      "text=hi there",
      "-p",
      "count=3",
      "-p",
      'obj={"a":[1]}',
      "--wait",
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const trajectory = json<{
      status: string;
      init_params: Record<string, unknown>;
      steps: { echo: { outputs: { text: string } } };
    }>(run);
    expect(trajectory.status).toBe("completed");
    expect(trajectory.steps.echo.outputs.text).toBe("hi there");
    expect(trajectory.init_params).toMatchObject({ text: "hi there", count: 3, obj: { a: [1] } });
    // Progress is for terminals only: piped, stderr stays empty.
    expect(run.stderr).toBe("");
  });

  it("without --wait prints the run response (workflow_id) and returns at once", async () => {
    const run = await cli(["run", "acme", "echo", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const response = json<{ workflow_id: string }>(run);
    expect(response.workflow_id).toMatch(/^acme-echo--[0-9a-f]+$/);
    const human = await cli(["run", "acme", "echo"]);
    expect(human.stdout).toMatch(
      /trajectory: [0-9a-f]+\nworkflow:\s+acme-echo--[0-9a-f]+\nurl:\s+https:\/\/flows\.jetty\.io\/acme\/echo\//,
    );
  });

  it("--sync runs through the synchronous endpoint", async () => {
    const run = await cli(["run", "acme", "echo", "--sync", "-p", "text=sync", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const body = json<{ status?: string; trajectory?: { status: string }; trajectoryId?: string }>(run);
    // Sparse mode answers run-sync with a trajectory-like body, as jetty-cli reads it.
    expect(SPARSE ? body.status : body.trajectory?.status).toBe("completed");
    expect(body).not.toHaveProperty("trajectoryId");
    expect(emulator.requests.some((r) => r.path === "/api/v1/run-sync/acme/echo")).toBe(true);
  });

  it("--wait and --sync together are a usage error", async () => {
    const run = await cli(["run", "acme", "echo", "--sync", "--wait"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot be used with/);
  });

  it("--file uploads with the run; the step reads it", async () => {
    const file = join(home, "input.txt");
    writeFileSync(file, "file contents");
    const task = await cli(["tasks", "create", "acme", "read"], { input: JSON.stringify(READ_FILE) });
    expect(task.code, task.stderr).toBe(0);
    const run = await cli(["run", "acme", "read", "--file", file, "--wait", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const trajectory = json<{
      init_params: { file_paths: string[] };
      steps: { read: { outputs: Record<string, unknown> } };
    }>(run);
    expect(trajectory.init_params.file_paths).toHaveLength(1);
    expect(JSON.stringify(trajectory.steps.read.outputs)).toContain("file contents");
  });

  it("a failed run exits 3 with the failing step; the trajectory is still printed", async () => {
    expect(
      (await cli(["tasks", "create", "acme", "broken", "--no-validate"], { input: JSON.stringify(BROKEN) }))
        .code,
    ).toBe(0);
    const run = await cli(["run", "acme", "broken", "--wait", "--json"]);
    expect(run.code).toBe(3);
    expect(json<{ status: string }>(run).status).toBe("failed");
    expect(run.stderr).toMatch(/ended failed at step boom: .*no_such_activity/);
    expect(run.stderr).toMatch(/jetty trajectories diagnose acme broken [0-9a-f]+/);
  });

  it("a wait that runs out of time exits 4; the run goes on", async () => {
    const slow = await startEmulator({
      collections: [{ name: "acme" }],
      tasks: [{ collection: "acme", name: "echo", workflow: ECHO }],
      pendingDuration: 600_000,
    });
    try {
      const run = await cliFor(slow)(["run", "acme", "echo", "--wait", "--timeout", "300ms"]);
      expect(run.code).toBe(4);
      expect(run.stderr).toMatch(/Gave up waiting for trajectory [0-9a-f]+ .*continues on the server/);
    } finally {
      await slow.close();
    }
  });

  it("--trial auto sends use_trial_keys only when the trial is active and no provider key is there", async () => {
    expect((await cli(["run", "trial-co", "echo", "--json"])).code).toBe(0);
    expect(lastRunFields().use_trial_keys).toBe("true");
    const keyed = await cli(["run", "keyed", "echo", "--json"]);
    expect(keyed.code, keyed.stderr).toBe(0);
    expect(lastRunFields()).not.toHaveProperty("use_trial_keys");
    expect((await cli(["run", "acme", "echo", "--json"])).code).toBe(0);
    expect(lastRunFields()).not.toHaveProperty("use_trial_keys");
  });

  it("--trial on forces trial keys and shows the trial notice; off never sends them", async () => {
    const on = await cli(["run", "trial-co", "echo", "--trial", "on", "--json"]);
    expect(on.code, on.stderr).toBe(0);
    expect(json<{ trial: { runs_used: number } }>(on).trial.runs_used).toBeGreaterThan(0);
    expect(on.stderr).toMatch(/Trial run \d+\/5/);
    expect((await cli(["run", "trial-co", "echo", "--trial", "off"])).code).toBe(0);
    expect(lastRunFields()).not.toHaveProperty("use_trial_keys");
    const bad = await cli(["run", "acme", "echo", "--trial", "maybe"]);
    expect(bad.code).toBe(2);
  });

  it("a bad --param or --timeout is a usage error and nothing is sent", async () => {
    emulator.clearRequests();
    const run = await cli(["run", "acme", "echo", "-p", "no-equals-sign"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--param: expected key=value/);
    const timeout = await cli(["run", "acme", "echo", "--wait", "--timeout", "soon"]);
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toMatch(/--timeout: expected a duration/);
    expect(emulator.requests).toEqual([]);
  });
});

describe("jetty run --secret", () => {
  const SECRET = "sk-live-0123456789abcdef";
  let server: Loopback;

  beforeAll(async () => {
    server = await startLoopback((req, res, body) => {
      if (req.url?.startsWith("/api/v1/run/")) {
        // A hostile server echoing the secret back must not get it printed either.
        const field = /name="secret_params"\r\n\r\n(.*)\r\n/.exec(body)?.[1];
        const echoed = field ? Object.values(JSON.parse(field) as Record<string, string>)[0] : "?";
        reply(res, 200, { workflow_id: "acme-echo--abcd1234", message: `started with ${echoed}` });
      } else reply(res, 404, { detail: "Not Found" });
    });
  });
  afterAll(() => server.close());

  const viaLoopback = (args: string[], options: Parameters<typeof cli>[1] = {}) =>
    cliFor({ url: server.url, token: "mlc_loopbacktoken000000000000000000" }, { env: { HOME: home } })(args, {
      secrets: [SECRET],
      ...options,
    });

  /** The command line of a running process, as `ps` would show it. */
  const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");

  it("reads the value from stdin: never on the command line, never in the output, sent to the server", async () => {
    let seen = "";
    const run = await viaLoopback(
      ["run", "acme", "echo", "--secret", "API_KEY", "--trial", "off", "--json"],
      {
        input: `${SECRET}\n`,
        onSpawn: (child) => {
          seen = cmdline(child.pid as number);
        },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(seen).toContain("--secret API_KEY");
    expect(seen).not.toContain(SECRET);
    expect(run.argv.join(" ")).not.toContain(SECRET);
    const sent = server.requests.find((r) => r.url === "/api/v1/run/acme/echo");
    expect(sent?.body).toContain(`{"API_KEY":"${SECRET}"}`);
    expect(run.stdout).toContain("[redacted]");
  });

  it("reads the value from the environment variable of the same name", async () => {
    server.requests.length = 0;
    const run = await viaLoopback(["run", "acme", "echo", "-s", "API_KEY", "--trial", "off"], {
      env: { API_KEY: SECRET },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(server.requests[0]?.body).toContain(`{"API_KEY":"${SECRET}"}`);
  });

  it("a value with quotes and backslashes is scrubbed from JSON output too", async () => {
    const tricky = 'sk-"quoted"\\path-0123456789';
    const run = await viaLoopback(["run", "acme", "echo", "-s", "TRICKY", "--trial", "off", "--json"], {
      env: { TRICKY: tricky },
      secrets: [tricky, JSON.stringify(tricky).slice(1, -1)],
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).message).toBe("started with [redacted]");
  });

  it("several secrets come from NAME=value lines on stdin", async () => {
    server.requests.length = 0;
    const run = await viaLoopback(["run", "acme", "echo", "-s", "ONE", "-s", "TWO", "--trial", "off"], {
      input: `ONE=${SECRET}\nTWO=second-value-xyz\n`,
      secrets: [SECRET, "second-value-xyz"],
    });
    expect(run.code, run.stderr).toBe(0);
    expect(server.requests[0]?.body).toContain(`{"ONE":"${SECRET}","TWO":"second-value-xyz"}`);
  });

  it("NAME=value on the command line is refused without repeating the value; nothing is sent", async () => {
    server.requests.length = 0;
    const run = await viaLoopback(["run", "acme", "echo", "--secret", `API_KEY=${SECRET}`, "--trial", "off"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/give only the variable name \(API_KEY\)/);
    expect(server.requests).toEqual([]);
  });

  it("a missing value is a usage error naming the variable", async () => {
    const run = await viaLoopback(["run", "acme", "echo", "--secret", "API_KEY", "--trial", "off"], {
      input: "",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no value for API_KEY/);
  });
});
