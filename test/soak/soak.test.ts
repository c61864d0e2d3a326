/**
 * A bounded soak: 2 000 mixed SDK calls against the emulator on 127.0.0.1 with random faults
 * injected (statuses with Retry-After, resets, truncated bodies, delays, answers lost after the
 * server acted). Every call must settle exactly once, no run may be created twice, and nothing may
 * be left open afterwards. Seeded, so a failure can be replayed.
 */

import { Jetty, JettyError } from "@jetty/sdk";
import { type FaultRule, startEmulator } from "@jetty/sdk/testing";
import { describe, expect, it } from "vitest";

const CALLS = 2000;
const IN_FLIGHT = 16;
const SEED = Number(process.env.SOAK_SEED ?? 20261128);

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS: Array<Omit<FaultRule, "path" | "method">> = [
  { status: 500 },
  { status: 502 },
  { status: 503, headers: { "retry-after": "0" } },
  { status: 429, headers: { "retry-after": "0" } },
  { reset: true },
  { truncate: true },
  { delay: 5 },
  { status: 524, afterHandling: true },
  { reset: true, afterHandling: true },
];

describe("soak", () => {
  it(`${CALLS} mixed calls with random faults: each settles once, no duplicate runs, nothing left open`, async () => {
    const handlesBefore = process.getActiveResourcesInfo().filter((r) => r !== "TTYWrap").length;
    const refs = await soak(CALLS, SEED);
    // Let sockets finish closing, then nothing of ours may remain: no open handle, and nothing (a
    // listener, a timer, a pooled socket) still holding the client or the emulator once out of scope.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const handlesAfter = process.getActiveResourcesInfo().filter((r) => r !== "TTYWrap").length;
    expect(handlesAfter).toBeLessThanOrEqual(handlesBefore);
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 10));
    collectGarbage();
    expect(refs.map((ref) => ref.deref() === undefined)).toEqual([true, true]);
  }, 120_000);
});

/** A full collection (the test runner starts workers with --expose-gc). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc (vitest.config.ts sets it)");
  gc();
  gc();
}

/** Runs the soak and returns weak references to the client and emulator it used. */
async function soak(calls: number, seed: number): Promise<[WeakRef<object>, WeakRef<object>]> {
  {
    const random = prng(seed);
    const emulator = await startEmulator({
      collections: [{ name: "soak", environment: { A: "1" } }],
      tasks: [
        {
          collection: "soak",
          name: "echo",
          workflow: {
            init_params: { text: "hi" },
            step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
            steps: ["echo"],
          },
        },
      ],
    });
    const jetty = new Jetty({
      baseURL: emulator.url,
      token: emulator.token,
      logLevel: "off",
      maxRetries: 3,
      timeout: 5_000,
      backoff: { baseDelay: 1, maxDelay: 4, maxRetryAfter: 10 },
    });

    const ops: Array<{ name: string; path: RegExp; method: string; run: (i: number) => Promise<unknown> }> = [
      {
        name: "collections.get",
        method: "GET",
        path: /^\/api\/v1\/collections\/soak$/,
        run: () => jetty.collections.get("soak"),
      },
      {
        name: "tasks.get",
        method: "GET",
        path: /^\/api\/v1\/tasks\/soak\/echo$/,
        run: () => jetty.tasks.get("soak", "echo"),
      },
      { name: "tasks.search", method: "GET", path: /search/, run: () => jetty.tasks.search("soak", "ec") },
      {
        name: "environment.keys",
        method: "GET",
        path: /environment$/,
        run: () => jetty.environment.keys("soak"),
      },
      {
        name: "environment.set",
        method: "PATCH",
        path: /environment$/,
        run: (i) => jetty.environment.set("soak", { [`K${i % 7}`]: "v" }),
      },
      {
        name: "trajectories.list",
        method: "GET",
        path: /trajectories/,
        run: () => jetty.trajectories.list("soak", "echo", { limit: 5 }),
      },
      {
        name: "runs.create",
        method: "POST",
        path: /^\/api\/v1\/run\//,
        run: (i) => jetty.runs.create("soak", "echo", { initParams: { text: "soak", call: i } }),
      },
    ];

    const settled = new Map<number, number>();
    const outcomes = { fulfilled: 0, rejected: 0, nonJettyErrors: [] as unknown[] };
    let runCalls = 0;
    let next = 0;
    const worker = async () => {
      while (next < calls) {
        const i = next++;
        const op = ops[Math.floor(random() * ops.length)]!;
        if (op.name === "runs.create") runCalls++;
        if (random() < 0.3) {
          const fault = FAULTS[Math.floor(random() * FAULTS.length)]!;
          emulator.fault({ ...fault, method: op.method, path: op.path });
        }
        await op.run(i).then(
          () => {
            settled.set(i, (settled.get(i) ?? 0) + 1);
            outcomes.fulfilled++;
          },
          (error: unknown) => {
            settled.set(i, (settled.get(i) ?? 0) + 1);
            outcomes.rejected++;
            if (!(error instanceof JettyError)) outcomes.nonJettyErrors.push(error);
          },
        );
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    // Every call settled exactly once, and only with the SDK's own error types.
    expect(settled.size).toBe(calls);
    expect([...settled.values()].every((n) => n === 1)).toBe(true);
    expect(outcomes.fulfilled + outcomes.rejected).toBe(calls);
    expect(outcomes.nonJettyErrors).toEqual([]);
    expect(outcomes.fulfilled).toBeGreaterThan(calls * 0.7);

    // No run was launched twice: at most one trajectory per runs.create call.
    const perCall = new Map<unknown, number>();
    for (const t of emulator.state.trajectories) {
      const call = (t.init_params as Record<string, unknown> | undefined)?.call;
      if (call !== undefined) perCall.set(call, (perCall.get(call) ?? 0) + 1);
    }
    expect(perCall.size).toBeGreaterThan(calls / ops.length / 2);
    expect([...perCall.values()].every((n) => n === 1)).toBe(true);
    // Faults really happened: retries mean more requests reached the server than calls were made.
    expect(emulator.requests.length).toBeGreaterThan(calls);
    expect(emulator.runsCreated("soak", "echo")).toBeLessThanOrEqual(runCalls);

    await emulator.close();
    return [new WeakRef(jetty), new WeakRef(emulator)];
  }
}
