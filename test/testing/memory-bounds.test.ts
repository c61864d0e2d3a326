/**
 * The emulator's memory is bounded by default: uploaded bytes (per file and in total, oldest
 * evicted first) and the request log (oldest dropped first, large bodies noted by size). What tests
 * need stays: the newest files download, the newest requests are logged.
 */
import { Jetty, NotFoundError } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterEach, describe, expect, it } from "vitest";
import { MEMORY_DEFAULTS, Store } from "../../src/testing/store";
import { rejectionOf } from "../helpers/loopback";

const MiB = 1024 * 1024;
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: Parameters<typeof startEmulator>[0] = {}) {
  emulator = await startEmulator({ collections: [{ name: "acme" }], ...options });
  const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
  return { emulator, jetty };
}

const retained = (e: Emulator) => e.state.files.filter((f) => f.retained).reduce((sum, f) => sum + f.size, 0);

describe("uploaded bytes", () => {
  it("past maxTotalStoredBytes, the oldest files' bytes are evicted; the newest still download", async () => {
    const { emulator, jetty } = await start({ maxTotalStoredBytes: 3 * MiB });
    const paths: string[] = [];
    for (let i = 0; i < 4; i++) {
      const [path] = await jetty.files.upload({ data: Buffer.alloc(MiB, i + 1), filename: `f${i}.bin` });
      paths.push(path!);
      expect(retained(emulator)).toBeLessThanOrEqual(3 * MiB);
    }
    expect(emulator.state.files.map((f) => f.retained)).toEqual([false, true, true, true]);
    const newest = await jetty.files.download(paths[3]!);
    expect((await newest.bytes()).every((b) => b === 4)).toBe(true);
    const error = await rejectionOf(jetty.files.download(paths[0]!));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/not retained by the emulator/);
  });

  it("a file over maxStoredBytes keeps only its size", async () => {
    const { emulator, jetty } = await start({ maxStoredBytes: MiB });
    await jetty.files.upload({ data: Buffer.alloc(MiB + 1), filename: "big.bin" });
    expect(emulator.state.files).toMatchObject([{ size: MiB + 1, retained: false }]);
    expect(retained(emulator)).toBe(0);
  });

  it("by default: 64 MiB per file, 256 MiB in all, oldest evicted first", () => {
    expect(MEMORY_DEFAULTS).toMatchObject({
      maxStoredBytes: 64 * MiB,
      maxTotalStoredBytes: 256 * MiB,
      maxLoggedRequests: 10_000,
    });
    const store = new Store();
    // The store trusts the size it is given, so the default bound is exercised without the memory.
    for (let i = 0; i < 5; i++)
      store.putFile(`acme/f${i}`, [Buffer.alloc(1)], 60 * MiB, "application/octet-stream");
    expect([...store.files.values()].map((f) => f.chunks !== null)).toEqual([false, true, true, true, true]);
    expect(store.retainedBytes).toBe(240 * MiB);
    store.putFile("acme/huge", [Buffer.alloc(1)], 300 * MiB, "application/octet-stream");
    expect(store.files.get("acme/huge")?.chunks).toBeNull();
    expect(store.retainedBytes).toBeLessThanOrEqual(256 * MiB);
  });
});

describe("the request log", () => {
  it("keeps the newest maxLoggedRequests entries, in order", async () => {
    const { emulator, jetty } = await start({ maxLoggedRequests: 5 });
    for (let i = 0; i < 8; i++) await jetty.tasks.list("acme", { limit: i + 1 });
    expect(emulator.requests).toHaveLength(5);
    expect(emulator.requests.map((r) => r.query)).toEqual([4, 5, 6, 7, 8].map((n) => `limit=${n}`));
  });

  it("keeps 10 000 entries by default", () => {
    const store = new Store();
    for (let i = 0; i < 10_050; i++)
      store.logRequest({ method: "GET", path: `/${i}`, query: "", headers: {}, at: 0 });
    expect(store.requests).toHaveLength(10_000);
    expect(store.requests[0]?.path).toBe("/50");
  });

  it("logs a body over 64 KiB as a note of its size", async () => {
    const { emulator, jetty } = await start();
    const description = "x".repeat(100 * 1024);
    await jetty.collections.create({ name: "big", description });
    const body = emulator.requests.at(-1)?.body;
    expect(body).toMatch(/^\[\d+ bytes, not kept in the request log\]$/);
  });

  it("refuses a negative bound", async () => {
    await expect(startEmulator({ maxLoggedRequests: -1 })).rejects.toThrow(/maxLoggedRequests/);
    await expect(startEmulator({ maxTotalStoredBytes: -1 })).rejects.toThrow(/maxTotalStoredBytes/);
  });
});
