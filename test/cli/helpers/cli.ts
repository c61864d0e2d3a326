/**
 * Spawns the real `jetty` CLI (built from source, see build.ts) as a child process, the way a shell
 * would, and collects its exit code, stdout and stderr. Every run is checked for leaked secrets.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, vi } from "vitest";
import { builtCli } from "./build";

// Each command is a real process start (~0.4 s of CPU, much more on a loaded 2-core machine), and a
// test runs several: these limits leave room for load, they are not performance assertions.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The argv the process was started with (node, script, args). */
  argv: string[];
}

export interface CliOptions {
  /** Extra environment (on top of PATH and a private HOME). */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed (closed at once when absent). */
  input?: string;
  cwd?: string;
  /** Values that must appear in neither stdout nor stderr (the token, secrets). */
  secrets?: readonly string[];
  /** Called once the process is running, before stdin is written (e.g. to read /proc/<pid>/cmdline). */
  onSpawn?: (child: ChildProcess) => void | Promise<void>;
}

/** A private HOME for a test file, so no test reads or writes the real ~/.config/jetty. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), "jetty-cli-home-"));
}

/** Runs `jetty …args` and waits for it to exit. */
export async function jetty(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const script = await builtCli();
  const argv = [process.execPath, script, ...args];
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: options.env?.HOME ?? tempHome() };
  for (const [key, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[key] = value;
  const child = spawn(process.execPath, [script, ...args], {
    env,
    cwd: options.cwd,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  await options.onSpawn?.(child);
  child.stdin.on("error", () => {}); // a command that never reads stdin may exit before we write
  child.stdin.end(options.input ?? "");
  const { code, signal } = await exited;
  const run = {
    code,
    signal,
    stdout: Buffer.concat(stdout).toString("utf8"),
    stderr: Buffer.concat(stderr).toString("utf8"),
    argv,
  };
  for (const secret of options.secrets ?? []) {
    expect(run.stdout, "a secret reached stdout").not.toContain(secret);
    expect(run.stderr, "a secret reached stderr").not.toContain(secret);
  }
  return run;
}

/** Parses stdout as one JSON document, failing with the output when it is not. */
export function json<T = unknown>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(
      `stdout is not one JSON document (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`,
    );
  }
}

/** Parses stdout as NDJSON lines. */
export function ndjson<T = unknown>(run: CliRun): T[] {
  return run.stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** `jetty` pointed at an emulator through the SDK's environment variables, checked for its token. */
export function cliFor(
  emulator: { url: string; token: string },
  defaults: CliOptions = {},
): (args: readonly string[], options?: CliOptions) => Promise<CliRun> {
  const home = defaults.env?.HOME ?? tempHome();
  return (args, options = {}) =>
    jetty(args, {
      ...defaults,
      ...options,
      env: {
        HOME: home,
        JETTY_API_URL: emulator.url,
        JETTY_API_TOKEN: emulator.token,
        ...defaults.env,
        ...options.env,
      },
      secrets: [emulator.token, ...(defaults.secrets ?? []), ...(options.secrets ?? [])],
    });
}
