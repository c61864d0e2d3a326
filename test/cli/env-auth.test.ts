/**
 * `jetty env …` and `jetty auth …`: values and tokens come in only through stdin or the environment,
 * never through argv, and come out only as names or in redacted form.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliFor, jetty, json, tempHome } from "./helpers/cli";

const STORED = "sk-stored-value-123456";
const NEW_VALUE = "sk-new-value-abcdef987";
let emulator: Emulator;
let cli: ReturnType<typeof cliFor>;

beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme", environment: { OPENAI_API_KEY: STORED } }],
  });
  cli = cliFor(emulator, { secrets: [STORED, NEW_VALUE] });
});
afterAll(() => emulator.close());

const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");

describe("jetty env", () => {
  it("keys prints names only, never values", async () => {
    const run = await cli(["env", "keys", "acme", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toEqual(["OPENAI_API_KEY"]);
    expect((await cli(["env", "keys", "acme"])).stdout).toBe("OPENAI_API_KEY\n");
  });

  it("set reads the value from stdin: never on the command line or in the output", async () => {
    let seen = "";
    const run = await cli(["env", "set", "acme", "GITHUB_PAT", "--json"], {
      input: NEW_VALUE,
      onSpawn: (child) => {
        seen = cmdline(child.pid as number);
      },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(seen).toMatch(/env set acme GITHUB_PAT/);
    expect(seen).not.toContain(NEW_VALUE);
    expect(json(run)).toEqual(["GITHUB_PAT", "OPENAI_API_KEY"]);
    expect(emulator.state.env.acme).toEqual({ OPENAI_API_KEY: STORED, GITHUB_PAT: NEW_VALUE });
  });

  it("set takes values from the environment, or NAME=value lines for several names", async () => {
    const fromEnv = await cli(["env", "set", "acme", "FROM_ENV"], { env: { FROM_ENV: NEW_VALUE } });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(emulator.state.env.acme?.FROM_ENV).toBe(NEW_VALUE);
    const lines = await cli(["env", "set", "acme", "A_KEY", "B_KEY"], {
      input: `A_KEY=${NEW_VALUE}\nB_KEY=b=with=equals\n`,
      secrets: ["b=with=equals"],
    });
    expect(lines.code, lines.stderr).toBe(0);
    expect(emulator.state.env.acme).toMatchObject({ A_KEY: NEW_VALUE, B_KEY: "b=with=equals" });
  });

  it("NAME=value on the command line is refused without echoing the value, and nothing is sent", async () => {
    emulator.clearRequests();
    const run = await cli(["env", "set", "acme", `LEAKY=${NEW_VALUE}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/give only the variable name \(LEAKY\)/);
    expect(emulator.requests).toEqual([]);
  });

  it("remove deletes variables and prints the names left", async () => {
    const run = await cli(["env", "remove", "acme", "FROM_ENV", "A_KEY", "B_KEY", "GITHUB_PAT", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toEqual(["OPENAI_API_KEY"]);
    expect(Object.keys(emulator.state.env.acme ?? {})).toEqual(["OPENAI_API_KEY"]);
  });
});

describe("jetty auth", () => {
  it("status shows the source and the redacted token only", async () => {
    const run = await cli(["auth", "status", "--json"]);
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ source: "env", token: `mlc_...${emulator.token.slice(-4)}` });
    const none = await jetty(["auth", "status"], { env: { HOME: tempHome() } });
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/token:\s+none/);
  });

  it("login reads the token from stdin, checks it, and writes it 0600 in a 0700 folder", async () => {
    const home = tempHome();
    const env = { HOME: home, JETTY_API_URL: emulator.url };
    let seen = "";
    const run = await jetty(["auth", "login"], {
      env,
      input: `${emulator.token}\n`,
      secrets: [emulator.token],
      onSpawn: (child) => {
        seen = cmdline(child.pid as number);
      },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(seen).not.toContain(emulator.token);
    const file = join(home, ".config", "jetty", "token");
    expect(readFileSync(file, "utf8")).toBe(emulator.token);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, ".config", "jetty")).mode & 0o777).toBe(0o700);
    expect(run.stdout).toContain(`mlc_...${emulator.token.slice(-4)}`);

    const status = json<{ source: string; fileMode: string; dirMode: string; permissionsOk: boolean }>(
      await jetty(["auth", "status", "--json"], { env, secrets: [emulator.token] }),
    );
    expect(status).toMatchObject({
      source: "token-file",
      fileMode: "0600",
      dirMode: "0700",
      permissionsOk: true,
    });
    // The file's token is what commands use when JETTY_API_TOKEN is not set.
    const listed = await jetty(["collections", "list", "--json"], { env, secrets: [emulator.token] });
    expect(listed.code, listed.stderr).toBe(0);

    const out = await jetty(["auth", "logout"], { env });
    expect(out.code).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it("login refuses a token the API rejects and saves nothing", async () => {
    const home = tempHome();
    const bad = "mlc_thisisnotavalidtokenatall000000";
    const run = await jetty(["auth", "login"], {
      env: { HOME: home, JETTY_API_URL: emulator.url },
      input: bad,
      secrets: [bad],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused this token; nothing was saved/);
    expect(existsSync(join(home, ".config", "jetty", "token"))).toBe(false);
  });

  it("login --migrate moves the legacy CLAUDE.md token line into the token file", async () => {
    const home = tempHome();
    const project = mkdtempSync(join(tmpdir(), "jetty-cli-project-"));
    const legacy = "mlc_legacytoken0000000000000000abcd";
    writeFileSync(
      join(project, "CLAUDE.md"),
      `# Notes\nI have a production jetty api token ${legacy}\nKeep going.\n`,
    );
    const hint = await jetty(["auth", "status"], { env: { HOME: home }, cwd: project, secrets: [legacy] });
    expect(hint.stderr).toMatch(/legacy token is in .*CLAUDE\.md: move it with `jetty auth login --migrate`/);
    const run = await jetty(["auth", "login", "--migrate", "--json"], {
      env: { HOME: home },
      cwd: project,
      secrets: [legacy],
    });
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toMatchObject({ token: "mlc_...abcd" });
    expect(readFileSync(join(home, ".config", "jetty", "token"), "utf8")).toBe(legacy);
    expect(readFileSync(join(project, "CLAUDE.md"), "utf8")).toBe("# Notes\nKeep going.\n");
    const again = await jetty(["auth", "login", "--migrate"], { env: { HOME: home }, cwd: project });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/nothing moved/);
  });

  it("--token-file wins over JETTY_API_TOKEN, and an over-permissive file is reported", async () => {
    const home = tempHome();
    const file = join(home, "other-token");
    const login = await jetty(["--token-file", file, "auth", "login", "--no-verify"], {
      env: { HOME: home },
      input: emulator.token,
      secrets: [emulator.token],
    });
    expect(login.code, login.stderr).toBe(0);
    const env = {
      HOME: home,
      JETTY_API_URL: emulator.url,
      JETTY_API_TOKEN: "mlc_wrongtoken00000000000000000000",
    };
    const listed = await jetty(["collections", "list", "--token-file", file, "--json"], {
      env,
      secrets: [emulator.token],
    });
    expect(listed.code, listed.stderr).toBe(0);
    const status = json<{ source: string; permissionsOk: boolean }>(
      await jetty(["auth", "status", "--token-file", file, "--json"], { env, secrets: [emulator.token] }),
    );
    expect(status).toMatchObject({ source: "token-file-flag", permissionsOk: true });
    chmodSync(file, 0o644);
    const loose = await jetty(["auth", "status", "--token-file", file], { env, secrets: [emulator.token] });
    expect(loose.stderr).toContain(`should be 0600 in a 0700 folder: chmod 700 ${home} && chmod 600 ${file}`);
  });
});
