/**
 * Downloads that stall after their headers end with a typed idle timeout instead of hanging, through
 * every way of reading them; the timer itself is checked with an injected clock.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APITimeoutError, IdleTimeoutError, InvalidInputError, Jetty, STREAM_DEFAULTS } from "@jetty/sdk";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readWithin, type Timers } from "../../src/core/stream-limits";
import { type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

let server: Loopback;
let jetty: Jetty;
let dir: string;
beforeAll(async () => {
  server = await startLoopback();
  jetty = new Jetty({ baseURL: server.url, token: "mlc_idletestidletestidletestidle01", logLevel: "off" });
});
afterAll(() => server.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jetty-idle-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Promises 100 bytes, sends 10, then goes silent until the client hangs up. */
function stallAfterHeaders(closed: { seen?: Promise<void> }) {
  return (_req: unknown, res: ServerResponse) => {
    closed.seen = new Promise((resolve) => res.on("close", () => resolve()));
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": "100" });
    res.write(Buffer.alloc(10, 1));
  };
}

describe("download idle timeout", () => {
  for (const how of ["bytes", "text", "json", "stream"] as const) {
    it(`${how}(): a download that stalls after its headers rejects with IdleTimeoutError`, async () => {
      const closed: { seen?: Promise<void> } = {};
      server.next(stallAfterHeaders(closed));
      const file = await jetty.files.download("acme/t/0000/out.bin", { idleTimeout: 100 });
      const read =
        how === "stream"
          ? (async () => {
              const reader = file.stream().getReader();
              while (!(await reader.read()).done) {}
            })()
          : file[how]();
      const error = await rejectionOf(read);
      expect(error).toBeInstanceOf(IdleTimeoutError);
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(error.idleTimeout).toBe(100);
      expect(error.message).toMatch(/No data for 100 ms while reading download "out.bin"/);
      await closed.seen;
    });
  }

  it("saveTo(): rejects with IdleTimeoutError and leaves no file behind", async () => {
    const closed: { seen?: Promise<void> } = {};
    server.next(stallAfterHeaders(closed));
    const file = await jetty.files.download("acme/t/0000/out.bin", { idleTimeout: 100 });
    const error = await rejectionOf(file.saveTo(join(dir, "out.bin")));
    expect(error).toBeInstanceOf(IdleTimeoutError);
    expect(await readdir(dir)).toEqual([]);
    await closed.seen;
  });

  it("a file name that echoes the token is scrubbed from the error", async () => {
    server.next((req, res) => {
      const token = (req.headers.authorization ?? "").slice(7);
      res.writeHead(200, {
        "content-disposition": `attachment; filename="${token}.bin"`,
        "content-length": "9",
      });
      res.write("x");
    });
    const file = await jetty.files.download("acme/t/0000/out.bin", { idleTimeout: 100 });
    const error = await rejectionOf(file.bytes());
    expect(error).toBeInstanceOf(IdleTimeoutError);
    expect(error.message).not.toContain("idletestidle");
    expect(error.message).toContain("mlc_...le01");
  });

  it("trajectories.download() has the same timeout", async () => {
    const closed: { seen?: Promise<void> } = {};
    server.next(stallAfterHeaders(closed));
    const zip = await jetty.trajectories.download("acme", "t", "aa7e4430", { idleTimeout: 100 });
    expect(await rejectionOf(zip.bytes())).toBeInstanceOf(IdleTimeoutError);
  });

  it("a download whose chunks keep coming within the timeout completes", async () => {
    server.next(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-length": "6" });
      for (const part of ["ab", "cd", "ef"]) {
        res.write(part);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      res.end();
    });
    const file = await jetty.files.download("acme/t/0000/a.txt", { idleTimeout: 5_000 });
    expect(await file.text()).toBe("abcdef");
  });

  it("a bad idleTimeout is refused before anything is sent", async () => {
    const before = server.requests.length;
    for (const idleTimeout of [-5, Number.NaN]) {
      const error = await rejectionOf(jetty.files.download("acme/t/0000/a.txt", { idleTimeout }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.param).toBe("idleTimeout");
    }
    expect(server.requests.length).toBe(before);
  });
});

describe("readWithin (injected clock)", () => {
  /** A clock that fires only when told to, recording what was armed. */
  function manualTimers() {
    const armed = new Map<number, { callback: () => void; ms: number }>();
    let next = 1;
    const timers: Timers = {
      setTimeout(callback, ms) {
        armed.set(next, { callback, ms });
        return next++;
      },
      clearTimeout(handle) {
        armed.delete(handle as number);
      },
    };
    return {
      timers,
      armed,
      fireAll: () => {
        for (const t of [...armed.values()]) t.callback();
      },
    };
  }

  it("arms one timer per pending read, clears it when the chunk arrives", async () => {
    const clock = manualTimers();
    const reader = new Response("hello").body!.getReader();
    const result = await readWithin(reader, 1_000, "test", clock.timers);
    expect(result.done).toBe(false);
    expect(clock.armed.size).toBe(0);
  });

  it("when the timer fires first: IdleTimeoutError, and the source is cancelled", async () => {
    const clock = manualTimers();
    let cancelled: unknown;
    const reader = new ReadableStream<Uint8Array>({
      cancel(reason) {
        cancelled = reason;
      },
    }).getReader();
    const pending = readWithin(reader, 2_500, "the test stream", clock.timers);
    expect([...clock.armed.values()].map((t) => t.ms)).toEqual([2_500]);
    clock.fireAll();
    const error = await rejectionOf(pending);
    expect(error).toBeInstanceOf(IdleTimeoutError);
    expect(cancelled).toBe(error);
  });

  it("0 disables it: no timer is ever armed", async () => {
    const clock = manualTimers();
    const reader = new Response("x").body!.getReader();
    await readWithin(reader, 0, "test", clock.timers);
    const never = readWithin(new ReadableStream<Uint8Array>().getReader(), 0, "test", clock.timers);
    expect(clock.armed.size).toBe(0);
    void never;
  });

  it("documents its defaults", () => {
    expect(STREAM_DEFAULTS).toEqual({
      sseIdleTimeout: 600_000,
      downloadIdleTimeout: 120_000,
      maxEventSize: 16 * 1024 * 1024,
    });
  });
});
