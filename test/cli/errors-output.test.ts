/**
 * The CLI's stable interface around every command: exit codes, one-line errors (and --debug), help,
 * the token never shown even when the server echoes it, and colour/progress only on a terminal.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { closedPort } from "../helpers/loopback";
import { builtCli } from "./helpers/build";
import { cliFor, jetty, tempHome } from "./helpers/cli";

const ECHO = {
  init_params: { text: "Hello!" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

let emulator: Emulator;
let cli: ReturnType<typeof cliFor>;
beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme" }],
    tasks: [{ collection: "acme", name: "echo", workflow: ECHO }],
  });
  cli = cliFor(emulator);
});
afterAll(() => emulator.close());

describe("usage errors exit 2", () => {
  it("no command, an unknown command, a missing argument", async () => {
    const bare = await cli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/Usage: jetty/);
    const unknown = await cli(["trajectory"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'trajectory'[\s\S]*Did you mean trajectories\?/);
    const missing = await cli(["tasks", "list"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing required argument 'collection'/);
  });

  it("--help works everywhere and exits 0; --version prints the package version", async () => {
    const help = await cli(["run", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: jetty run \[options\] <collection> <task>/);
    expect(help.stdout).toMatch(/--secret <NAME>[\s\S]*never from the command line/);
    expect(help.stdout).toMatch(/Global Options:[\s\S]*--json/);
    const nested = await cli(["trajectories", "label", "--help"]);
    expect(nested.code).toBe(0);
    expect(nested.stdout).toMatch(/<collection> <task> <trajectory> <key> \[value\]/);
    expect((await cli(["--version"])).stdout).toBe(`${version}\n`);
  });

  it("no token anywhere: exit 2 with the SDK's message saying where to put one", async () => {
    const run = await jetty(["collections", "list"], {
      env: { HOME: tempHome(), JETTY_API_URL: emulator.url },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: No Jetty API token: .*JETTY_API_TOKEN/);
  });
});

describe("API and network errors exit 1", () => {
  it("the SDK's message on one line; --debug prints the whole error", async () => {
    const run = await cli(["collections", "get", "nope"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^error: .*not found/i);
    const debug = await cli(["collections", "get", "nope", "--debug"]);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/NotFoundError/);
    expect(debug.stderr).toMatch(/status: 404/);
    expect(debug.stderr.split("\n").length).toBeGreaterThan(3);
  });

  it("a server that echoes the token gets it redacted, in one-line and --debug errors alike", async () => {
    for (const args of [
      ["collections", "list"],
      ["collections", "list", "--debug"],
    ]) {
      emulator.fault({
        path: "/api/v1/collections/",
        status: 401,
        body: { detail: `Invalid API key ${emulator.token}` },
      });
      const run = await cli(args);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`mlc_...${emulator.token.slice(-4)}`);
    }
  });

  it("a refused connection", async () => {
    const run = await jetty(["collections", "list", "--base-url", await closedPort()], {
      env: { HOME: tempHome(), JETTY_API_TOKEN: emulator.token },
      secrets: [emulator.token],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: Connection error/);
  });

  it("JETTY_LOG=debug logs the SDK's requests on stderr, token redacted; stdout stays one JSON document", async () => {
    const run = await cli(["collections", "list", "--json"], { env: { JETTY_LOG: "debug" } });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ name: "acme" })]);
    expect(run.stderr).toMatch(/\[jetty debug\] → GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/collections\//);
    expect(run.stderr).toContain(`Bearer mlc_...${emulator.token.slice(-4)}`);
  });

  it("Ctrl-C during --wait stops waiting and exits 130; the run goes on", async () => {
    const slow = await startEmulator({
      collections: [{ name: "acme" }],
      tasks: [{ collection: "acme", name: "echo", workflow: ECHO }],
      pendingDuration: 600_000,
    });
    try {
      const run = await cliFor(slow)(["run", "acme", "echo", "--wait"], {
        onSpawn: async (child) => {
          // Interrupt once the run exists and the CLI polls it.
          while (!slow.requests.some((r) => r.path.startsWith("/api/v1/db/trajectory/"))) {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          child.kill("SIGINT");
        },
      });
      expect(run.code).toBe(130);
      expect(slow.state.trajectories.map((t) => t.status)).toEqual(["pending"]);
    } finally {
      await slow.close();
    }
  });

  it("--base-url wins over JETTY_API_URL", async () => {
    const run = await cli(["collections", "list", "--json", "--base-url", emulator.url], {
      env: { JETTY_API_URL: await closedPort() },
    });
    expect(run.code, run.stderr).toBe(0);
  });
});

// `script` gives the command a pseudo-terminal, the only way to see what a person sees.
const SCRIPT = "/usr/bin/script";

/** Runs the CLI on a pseudo-terminal; stdout and stderr arrive mixed, as on a screen. */
async function onTerminal(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, await builtCli(), ...args].map((a) => `'${a}'`).join(" ");
  const child = spawn(SCRIPT, ["-qec", command, "/dev/null"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: tempHome(),
      JETTY_API_URL: emulator.url,
      JETTY_API_TOKEN: emulator.token,
      TERM: "xterm",
      ...env,
    },
  });
  let screen = "";
  child.stdout.on("data", (chunk: Buffer) => {
    screen += chunk.toString();
  });
  child.stdin.end();
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(screen).not.toContain(emulator.token);
  return { code, screen };
}

describe.runIf(existsSync(SCRIPT))("on a terminal", () => {
  it("tables are coloured, unless NO_COLOR or --no-color", async () => {
    const coloured = await onTerminal(["collections", "list"]);
    expect(coloured.code).toBe(0);
    expect(coloured.screen).toContain("\x1b[1mNAME");
    expect((await onTerminal(["collections", "list"], { NO_COLOR: "1" })).screen).not.toContain("\x1b[");
    expect((await onTerminal(["collections", "list", "--no-color"])).screen).not.toContain("\x1b[");
  });

  it("run --wait shows a spinner while it waits; piped, it never does", async () => {
    const slow = await startEmulator({
      collections: [{ name: "acme" }],
      tasks: [{ collection: "acme", name: "echo", workflow: ECHO }],
      pendingDuration: 400,
    });
    try {
      const command = [process.execPath, await builtCli(), "run", "acme", "echo", "--wait"]
        .map((a) => `'${a}'`)
        .join(" ");
      const child = spawn(SCRIPT, ["-qec", command, "/dev/null"], {
        env: {
          PATH: process.env.PATH ?? "",
          HOME: tempHome(),
          JETTY_API_URL: slow.url,
          JETTY_API_TOKEN: slow.token,
          TERM: "xterm",
        },
      });
      let screen = "";
      child.stdout.on("data", (chunk: Buffer) => {
        screen += chunk.toString();
      });
      child.stdin.end();
      expect(await new Promise((resolve) => child.on("close", resolve))).toBe(0);
      const ESC = String.fromCharCode(27);
      expect(screen).toContain(`\r${ESC}[2K`);
      expect(screen).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏].* pending/);
      const piped = await cliFor(slow)(["run", "acme", "echo", "--wait"]);
      expect(piped.code).toBe(0);
      expect(piped.stderr).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
      expect(piped.stderr).not.toContain(ESC);
    } finally {
      await slow.close();
    }
  });
});
