import { APIUserAbortError, type Jetty, RunFailedError } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BatchResult } from "../../src/resources/runs";
import { emulatorWithClient } from "../helpers/emulator";

const echo = {
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({
    collections: [{ name: "acme" }],
    tasks: [{ collection: "acme", name: "echo", workflow: echo }],
    stepDuration: 40,
  }));
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

const fast = { pollInterval: 5, maxPollInterval: 20 };

/** Highest number of intervals open at once (an end and a start at the same ms do not overlap). */
function maxOverlap(intervals: Array<[number, number]>): number {
  const events = intervals.flatMap(
    ([s, e]): Array<[number, number]> => [
      [s, 1],
      [e, -1],
    ],
  );
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let peak = 0;
  for (const [, delta] of events) peak = Math.max(peak, (open += delta));
  return peak;
}

/**
 * Per run, the server-side span [launch request, last poll]: it lies inside the client's in-flight span,
 * so the overlap of these spans is a lower bound the concurrency limit must still respect.
 */
function serverSpans(results: BatchResult[]): Array<[number, number]> {
  return results.map((r) => {
    const text = (r.input as { text: string }).text;
    const post = emulator.requests.find(
      (q) =>
        q.method === "POST" && (q.body as { init_params?: string })?.init_params === JSON.stringify({ text }),
    )!;
    const id = r.handle!.trajectoryId;
    const polls = emulator.requests.filter((q) => q.method === "GET" && q.path.endsWith(`/${id}`));
    return [post.at, Math.max(post.at, ...polls.map((q) => q.at))];
  });
}

describe("runs.batch", () => {
  it("runs every input with at most `concurrency` in flight (launch and wait included)", async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({ text: `item-${i}` }));
    const results: BatchResult[] = [];
    for await (const r of jetty.runs.batch("acme", "echo", inputs, { concurrency: 3, waitOptions: fast })) {
      results.push(r);
    }
    expect(results).toHaveLength(12);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(results.map((r) => r.index).sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    for (const r of results) {
      if (r.status !== "fulfilled") continue;
      expect(r.input).toBe(inputs[r.index]);
      expect(r.trajectory?.status).toBe("completed");
      expect(r.trajectory?.steps?.echo?.outputs).toEqual({ text: `item-${r.index}` });
    }
    const peak = maxOverlap(serverSpans(results));
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThanOrEqual(2);
    expect(emulator.runsCreated("acme", "echo")).toBeGreaterThanOrEqual(12);
  });

  it("yields a failed run as rejected (with its handle) and finishes the others", async () => {
    const inputs: Array<Record<string, unknown>> = [
      { text: "a" },
      { other: 1 },
      { text: "c" },
      { text: "d" },
    ];
    const results: BatchResult[] = [];
    for await (const r of jetty.runs.batch("acme", "echo", inputs, { concurrency: 2, waitOptions: fast })) {
      results.push(r);
    }
    const byIndex = new Map(results.map((r) => [r.index, r]));
    expect(results).toHaveLength(4);
    const failed = byIndex.get(1)!;
    expect(failed.status).toBe("rejected");
    if (failed.status === "rejected") {
      expect(failed.error).toBeInstanceOf(RunFailedError);
      expect(failed.handle?.trajectoryId).toBe((failed.error as RunFailedError).trajectoryId);
    }
    expect([0, 2, 3].map((i) => byIndex.get(i)!.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
  });

  it("reads an object with `initParams` as RunParams, anything else as init params", async () => {
    const inputs = [{ text: "plain" }, { initParams: { text: "wrapped" } }];
    for await (const r of jetty.runs.batch("acme", "echo", inputs, { waitOptions: fast })) {
      expect(r.status).toBe("fulfilled");
    }
    const sent = emulator.requests
      .filter((q) => q.method === "POST")
      .map((q) => (q.body as { init_params: string }).init_params);
    expect(sent.sort()).toEqual([JSON.stringify({ text: "plain" }), JSON.stringify({ text: "wrapped" })]);
  });

  it("a bad input becomes that item's rejection; the rest still run", async () => {
    const inputs = [{ text: "ok" }, { f: () => 1 }, { text: "fine" }];
    const statuses: Record<number, string> = {};
    for await (const r of jetty.runs.batch("acme", "echo", inputs, { waitOptions: fast })) {
      statuses[r.index] = r.status;
      if (r.status === "rejected") expect((r.error as Error).name).toBe("InvalidInputError");
    }
    expect(statuses).toEqual({ 0: "fulfilled", 1: "rejected", 2: "fulfilled" });
    expect(emulator.requests.filter((q) => q.method === "POST")).toHaveLength(2);
  });

  it("with wait: false yields handles as soon as runs are launched, without polling", async () => {
    const results: BatchResult[] = [];
    for await (const r of jetty.runs.batch("acme", "echo", [{ text: "1" }, { text: "2" }], { wait: false })) {
      results.push(r);
    }
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    for (const r of results) if (r.status === "fulfilled") expect(r.trajectory).toBeUndefined();
    expect(emulator.requests.filter((q) => q.method === "GET")).toHaveLength(0);
  });

  it("an early break launches nothing more", async () => {
    const before = emulator.runsCreated("acme", "echo");
    const inputs = Array.from({ length: 20 }, (_, i) => ({ text: `b-${i}` }));
    for await (const r of jetty.runs.batch("acme", "echo", inputs, { concurrency: 2, waitOptions: fast })) {
      expect(r.status).toBe("fulfilled");
      break;
    }
    await new Promise((r) => setTimeout(r, 300));
    // Two in flight, plus at most one refill launched when the first finished.
    expect(emulator.runsCreated("acme", "echo") - before).toBeLessThanOrEqual(3);
  });

  it("aborting the signal stops the batch with APIUserAbortError", async () => {
    const controller = new AbortController();
    const inputs = Array.from({ length: 20 }, (_, i) => ({ text: `x-${i}` }));
    const before = emulator.runsCreated("acme", "echo");
    let seen = 0;
    const run = (async () => {
      for await (const _ of jetty.runs.batch("acme", "echo", inputs, {
        concurrency: 2,
        signal: controller.signal,
        waitOptions: fast,
      })) {
        seen++;
        controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(emulator.runsCreated("acme", "echo") - before).toBeLessThanOrEqual(3);
  });
});
