import { spawn } from "node:child_process";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { startEmulator } from "../../src/testing/index";
import { api, ECHO_WORKFLOW, start } from "./helpers";

/** How many sockets/servers and timers are active (stdio pipes and the worker's IPC excluded). */
function liveHandles(): { tcp: number; timers: number } {
  const all = process.getActiveResourcesInfo();
  return {
    tcp: all.filter((r) => r.startsWith("TCP")).length,
    timers: all.filter((r) => r === "Timeout" || r === "Immediate").length,
  };
}

async function settle(): Promise<void> {
  // Handle closes complete on a later turn of the event loop.
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 5));
}

describe("lifecycle", () => {
  it("close() ends the server, open keep-alive and streaming connections, and timers", async () => {
    await settle();
    const before = liveHandles();
    const emu = await start({
      stepDuration: 10_000,
      tasks: [{ collection: "demo", name: "echo", workflow: ECHO_WORKFLOW }],
    });
    // A run stuck in a long step (a pending timer) and a run-sync request waiting on it.
    await api(emu, "/api/v1/run/demo/echo", { method: "POST", body: new FormData() });
    const hanging = fetch(`${emu.url}/api/v1/run-sync/demo/echo`, {
      method: "POST",
      headers: { authorization: `Bearer ${emu.token}` },
      body: new FormData(),
    }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    // close() must not wait for the held run-sync request: it settles, and the client sees the cut.
    await emu.close();
    expect(await hanging).toBeInstanceOf(Error);
    await emu.close(); // idempotent
    await settle();
    const after = liveHandles();
    expect(after.tcp).toBe(before.tcp);
    // The test runner keeps its own timers; the emulator must not add any.
    expect(after.timers).toBeLessThanOrEqual(before.timers);
    const port = Number(new URL(emu.url).port);
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.on("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.on("error", () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it("listens on the requested port and validates options", async () => {
    const probe = await startEmulator();
    const port = Number(new URL(probe.url).port);
    await probe.close();
    const emu = await startEmulator({ port });
    expect(emu.url).toBe(`http://127.0.0.1:${port}`);
    await expect(startEmulator({ port })).rejects.toThrow(/EADDRINUSE/);
    await emu.close();
    await expect(startEmulator({ port: -1 })).rejects.toThrow(RangeError);
    await expect(startEmulator({ tasks: [{ collection: "none", name: "t", workflow: {} }] })).rejects.toThrow(
      /unknown collection/,
    );
  });

  it("runs as a CLI that prints its URL and token and exits cleanly on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/testing/cli.ts", "--port", "0", "--step-duration", "5"],
      {
        cwd: new URL("../..", import.meta.url).pathname,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 15_000);
      child.stdout.on("data", () => {
        if (/JETTY_API_TOKEN=/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on("exit", () => reject(new Error(`exited early: ${out}`)));
    });
    const url = /JETTY_API_URL=(\S+)/.exec(out)![1]!;
    const token = /JETTY_API_TOKEN=(\S+)/.exec(out)![1]!;
    expect(token).toMatch(/^mlc_[a-z0-9]{32}$/);
    const res = await fetch(`${url}/api/v1/collections/`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on("exit", (c) => resolve(c));
      child.kill("SIGTERM");
    });
    expect(code).toBe(0);
  });
});
