import { APIUserAbortError, InvalidInputError } from "@jetty/sdk";
import { describe, expect, it } from "vitest";
import { checkConcurrency, settleConcurrently } from "../../src/helpers/batch";
import { virtualClock } from "../helpers/virtual-clock";

// Workers sleep on a virtual clock: which item settles first follows from the durations alone, so the
// completion order asserted below holds however loaded the machine is.
describe("settleConcurrently", () => {
  it("never exceeds the concurrency and yields in completion order", async () => {
    const clock = virtualClock();
    let active = 0;
    let peak = 0;
    const durations = [40, 10, 30, 5, 20, 1, 15, 25];
    const order: number[] = [];
    const finishedAt: number[] = [];
    const driving = clock.run();
    for await (const r of settleConcurrently(
      durations,
      async (ms) => {
        active++;
        peak = Math.max(peak, active);
        await clock.sleep(ms);
        active--;
        return ms * 2;
      },
      { concurrency: 3 },
    )) {
      expect(r.status).toBe("fulfilled");
      if (r.status === "fulfilled") expect(r.value).toBe(durations[r.index]! * 2);
      order.push(r.index);
      finishedAt.push(clock.now);
    }
    await driving;
    expect(peak).toBe(3);
    // Slots refill as items settle: 0, 1, 2 start at 0 ms; 3 takes 1's slot at 10 ms, 4 takes 3's at
    // 15 ms, 5 takes 2's at 30 ms, 6 takes 5's at 31 ms, 7 takes 4's at 35 ms.
    expect(order).toEqual([1, 3, 2, 5, 4, 0, 6, 7]);
    expect(finishedAt).toEqual([10, 15, 30, 31, 35, 40, 46, 60]);
    expect(clock.pending).toBe(0);
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
    const clock = virtualClock();
    let started = 0;
    let aborted = 0;
    const driving = clock.run();
    for await (const r of settleConcurrently(
      Array.from({ length: 50 }, (_, i) => i),
      async (i, _index, signal) => {
        started++;
        try {
          await clock.sleep(i === 0 ? 1 : 200, signal);
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
    await driving;
    expect(started).toBe(5); // four at first, one refill when item 0 finished
    expect(aborted).toBe(4);
    expect(clock.now).toBe(1); // the 200 ms sleeps were cut short, not waited out
    expect(clock.pending).toBe(0);
  });

  it("throws APIUserAbortError when the signal aborts", async () => {
    const clock = virtualClock();
    const controller = new AbortController();
    const seen: number[] = [];
    const driving = clock.run();
    const run = (async () => {
      for await (const r of settleConcurrently([5, 500, 500], (ms, _i, signal) => clock.sleep(ms, signal), {
        concurrency: 3,
        signal: controller.signal,
      })) {
        seen.push(r.index);
        controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(APIUserAbortError);
    await driving;
    expect(seen).toEqual([0]);
    expect(clock.pending).toBe(0);
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
