/**
 * `jetty-emulator` must not outlive the way it was stopped: a signal, or (under `npx`, whose `sh -c` does
 * not pass SIGTERM on) the death of its parent process. Each case checks the exit code and that the port
 * is really closed afterwards.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";

const cwd = new URL("../..", import.meta.url).pathname;
const CLI = ["--import", "tsx", "src/testing/cli.ts", "--port", "0"];

/** Resolves with the URL the emulator printed (read from `out`, which the child or grandchild writes). */
function urlFrom(child: ChildProcess): Promise<string> {
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const url = /JETTY_API_URL=(\S+)/.exec(out)?.[1];
      if (url && /JETTY_API_TOKEN=/.test(out)) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once("exit", () => reject(new Error(`exited early: ${out}`)));
  });
}

function refused(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    socket.on("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.on("error", () => resolve(true));
  });
}

describe("jetty-emulator", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`closes its port and exits 0 on ${signal}`, async () => {
      const child = spawn(process.execPath, CLI, { cwd, stdio: ["ignore", "pipe", "pipe"] });
      const url = await urlFrom(child);
      // An open keep-alive connection must not hold the server open.
      const res = await fetch(`${url}/api/v1/step-templates`);
      expect(res.status).toBe(200);
      const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill(signal);
      expect(await exit).toBe(0);
      expect(await refused(url)).toBe(true);
    }, 60_000);
  }

  it("shuts down when its parent dies without passing a signal on (npx → sh → emulator)", async () => {
    // The parent starts the emulator with shared stdout, then is killed outright (as `sh` is under npx).
    const parent = spawn(
      process.execPath,
      [
        "-e",
        `require("node:child_process").spawn(process.execPath, ${JSON.stringify(CLI)}, { stdio: "inherit" });` +
          "setInterval(() => {}, 1000);",
      ],
      { cwd, stdio: ["ignore", "pipe", "pipe"] },
    );
    const url = await urlFrom(parent);
    // stdout closes once every writer is gone: the parent (killed) and the orphaned emulator (when it exits).
    const stdoutClosed = new Promise<void>((resolve) => parent.stdout!.once("close", () => resolve()));
    let said = "";
    parent.stdout!.on("data", (d: Buffer) => {
      said += d.toString();
    });
    parent.kill("SIGKILL");
    await stdoutClosed;
    expect(said).toContain("parent process exited: closing the emulator");
    expect(await refused(url)).toBe(true);
  }, 60_000);
});
