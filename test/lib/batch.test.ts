import { APIUserAbortError, InvalidInputError } from "@jetty/sdk";
import { describe, expect, it } from "vitest";
import { checkConcurrency, settleConcurrently } from "../../src/helpers/batch";

const delay = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    });
  });

describe("settleConcurrently", () => {
  it("never exceeds the concurrency and yields in completion order", async () => {
    let active = 0;
    let peak = 0;
    const durations = [40, 10, 30, 5, 20, 1, 15, 25];
    const order: number[] = [];
    for await (const r of settleConcurrently(
      durations,
      async (ms) => {
        active++;
        peak = Math.max(peak, active);
        await delay(ms);
        active--;
        return ms * 2;
      },
      { concurrency: 3 },
    )) {
      expect(r.status).toBe("fulfilled");
      if (r.status === "fulfilled") expect(r.value).toBe(durations[r.index]! * 2);
      order.push(r.index);
    }
    expect(peak).toBe(3);
    expect(order.slice(0, 2)).toEqual([1, 3]); // 10 ms, then the 5 ms item launched into the freed slot
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("yields a failure as a rejected outcome and carries on; a sync throw counts as a failure", async () => {
    const results = [];
    for await (const r of settleConcurrently(
      [1, 2, 3, 4],
      (n) => {
        if (n === 2) throw new Error("sync");
        return n === 3 ? Promise.reject(new Error("async")) : Promise.resolve(n);
      },
      { concurrency: 2 },
    )) {
      results.push(r);
    }
    expect(results).toHaveLength(4);
    const byIndex = Object.fromEntries(results.map((r) => [r.index, r]));
    expect(byIndex[1]).toMatchObject({ status: "rejected", input: 2 });
    expect(byIndex[2]).toMatchObject({ status: "rejected", input: 3 });
    expect(byIndex[3]).toMatchObject({ status: "fulfilled", value: 4 });
  });

  it("stops launching after an early break and aborts the items in progress", async () => {
    let started = 0;
    let aborted = 0;
    for await (const r of settleConcurrently(
      Array.from({ length: 50 }, (_, i) => i),
      async (i, _index, signal) => {
        started++;
        try {
          await delay(i === 0 ? 1 : 200, signal);
        } catch (e) {
          aborted++;
          throw e;
        }
        return i;
      },
      { concurrency: 4 },
    )) {
      expect(r.index).toBe(0);
      break;
    }
    await delay(20);
    expect(started).toBe(5); // four at first, one refill when item 0 finished
    expect(aborted).toBe(4);
  });

  it("throws APIUserAbortError when the signal aborts", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = (async () => {
      for await (const r of settleConcurrently([5, 500, 500], (ms, _i, signal) => delay(ms, signal), {
        concurrency: 3,
        signal: controller.signal,
      })) {
        seen.push(r.index);
        controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual([0]);
  });

  it("handles an empty input and validates concurrency", async () => {
    const out = [];
    for await (const r of settleConcurrently([], async () => 1)) out.push(r);
    expect(out).toEqual([]);
    for (const bad of [0, -1, 1.5, "2", Number.NaN])
      expect(() => checkConcurrency(bad)).toThrow(InvalidInputError);
    expect(checkConcurrency(undefined)).toBe(4);
  });
});
