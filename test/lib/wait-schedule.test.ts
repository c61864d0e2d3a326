import { describe, expect, it } from "vitest";
import { RunDurations } from "../../src/helpers/run-durations";
import { pollDelays, pollTrajectory, WAIT_DEFAULTS } from "../../src/helpers/wait";
import {
  type DurationSource,
  estimateFromDurations,
  estimateFromProgress,
  runDuration,
  scheduleSettings,
  WaitSchedule,
} from "../../src/helpers/wait-schedule";

const T0 = Date.parse("2026-03-01T12:00:00.000Z");
const iso = (ms: number) => new Date(T0 + ms).toISOString();
const fixed = (durations: number[] | undefined): DurationSource => ({
  durations: () => durations,
  record() {},
});

/**
 * A run that ends `length` ms after `created`, waited on through `pollTrajectory` with a fake clock: every
 * sleep advances it, every poll costs `latency`. Returns the polls and how late the end was noticed, in
 * fake milliseconds (the schedule is under test, not the machine).
 */
async function simulate(
  length: number,
  source: DurationSource | undefined,
  options: { maxPollInterval?: number; random?: () => number; firstPollAt?: number } = {},
) {
  let now = T0 + (options.firstPollAt ?? 250);
  const latency = 5;
  const schedule = new WaitSchedule(
    scheduleSettings(options, WAIT_DEFAULTS, options.random ?? (() => 0.5)),
    source,
    () => now,
  );
  const delays: number[] = [];
  const times: number[] = [];
  let polls = 0;
  const trajectory = await pollTrajectory(
    async () => {
      polls++;
      times.push(now - T0);
      now += latency;
      const done = now - T0 >= length;
      return { trajectory_id: "t1", status: done ? "completed" : "running", created: iso(0) };
    },
    "t1",
    { timeout: Infinity },
    {
      schedule,
      sleep: async (ms) => {
        delays.push(ms);
        now += ms;
      },
    },
  );
  return { polls, lag: now - T0 - length, delays, times, trajectory };
}

describe("runDuration", () => {
  it("runs from created to the latest step end, else to updated", () => {
    const steps = { a: { ended: iso(4_000) }, b: { ended: iso(9_500) }, c: { ended: null } };
    expect(runDuration({ created: iso(0), updated: iso(20_000), steps })).toBe(9_500);
    expect(runDuration({ created: iso(0), updated: iso(20_000) })).toBe(20_000);
  });

  it("reads zone-less timestamps as UTC and refuses what cannot be a duration", () => {
    expect(runDuration({ created: "2026-03-01T12:00:00", updated: "2026-03-01T12:00:07.5" })).toBe(7_500);
    expect(runDuration({ created: iso(0) })).toBeUndefined();
    expect(runDuration({ created: "yesterday", updated: iso(1) })).toBeUndefined();
    expect(runDuration({ created: iso(5), updated: iso(1) })).toBeUndefined();
    expect(runDuration(null)).toBeUndefined();
  });
});

describe("estimates", () => {
  it("take the median of recent durations with a spread from their deviation, never below the floor", () => {
    expect(estimateFromDurations([10_000, 30_000, 12_000, 11_000, 9_000])).toEqual({
      expected: 11_000,
      spread: 1.4826 * 1_000,
    });
    // Identical durations still leave room for timing noise: 300 ms or 1.5%.
    expect(estimateFromDurations([2_000, 2_000, 2_000])).toEqual({ expected: 2_000, spread: 300 });
    expect(estimateFromDurations([60_000, 60_000, 60_000])).toEqual({ expected: 60_000, spread: 900 });
    // One or two samples cannot show their spread: 5% is assumed.
    expect(estimateFromDurations([40_000])).toEqual({ expected: 40_000, spread: 2_000 });
    expect(estimateFromDurations([])).toBeUndefined();
    expect(estimateFromDurations([Number.NaN, -1])).toBeUndefined();
  });

  it("scale the time the finished steps took to all steps", () => {
    const running = {
      created: iso(0),
      total_steps: ["a", "b", "c", "d"],
      completed_steps: ["a"],
      steps: { a: { ended: iso(10_000) } },
    };
    expect(estimateFromProgress(running)).toEqual({ expected: 40_000, spread: 10_000 });
    expect(estimateFromProgress({ ...running, completed_steps: [] })).toBeUndefined();
    expect(estimateFromProgress({ ...running, total_steps: ["a"] })).toBeUndefined();
  });
});

describe("WaitSchedule", () => {
  const lengths = [1, 2, 5, 10, 20, 30, 45, 60].map((s) => s * 1_000);

  it("with the task's history, notices every length within 500 ms and a 60 s run in at most 18 polls", async () => {
    for (const length of lengths) {
      for (const random of [() => 0, () => 0.5, () => 0.999]) {
        const history = [length - 40, length, length + 30];
        const { polls, lag } = await simulate(length, fixed(history), { random });
        expect(lag, `${length} ms run`).toBeLessThanOrEqual(500);
        if (length === 60_000) expect(polls).toBeLessThanOrEqual(18);
      }
    }
  });

  it("without history is exactly the plain backoff", async () => {
    for (const r of [0.1, 0.5, 0.9]) {
      const { delays } = await simulate(20_000, fixed(undefined), { random: () => r });
      const plain = pollDelays(250, 5_000, () => r);
      expect(delays).toEqual(delays.map(() => plain.next().value));
    }
  });

  it("after a delayed first poll, continues the backoff where that delay left it", () => {
    const schedule = new WaitSchedule(
      { ...scheduleSettings(undefined, WAIT_DEFAULTS, () => 0.5), firstIntervalSpent: true },
      fixed(undefined),
    );
    const plain = pollDelays(250, 5_000, () => 0.5);
    plain.next(); // the first interval, spent before the first poll
    const running = { status: "running" };
    expect([1, 2, 3].map(() => schedule.next(running))).toEqual([1, 2, 3].map(() => plain.next().value));
  });

  it("falls back to the run's step progress when there is no history", () => {
    let now = T0 + 10_500;
    const schedule = new WaitSchedule(
      scheduleSettings(undefined, WAIT_DEFAULTS, () => 0.5),
      fixed([]),
      () => now,
    );
    const running = {
      status: "running",
      created: iso(0),
      total_steps: ["a", "b"],
      completed_steps: ["a"],
      steps: { a: { ended: iso(10_000) } },
    };
    // One of two steps took 10 s: the end is expected at 20 s ± 5 s. The polls approach the window,
    // one lands where it opens (15 s), and inside it they come every spread / 2.
    const times: number[] = [];
    while (now < T0 + 20_000) {
      now += schedule.next(running);
      times.push(now - T0);
    }
    expect(times).toContain(15_000);
    const inside = times.filter((t) => t >= 15_000);
    expect(inside.slice(0, 3)).toEqual([15_000, 17_500, 20_000]);
    expect(times.filter((t) => t < 15_000).length).toBeLessThanOrEqual(5);
  });

  it("lands on the window, polls densely inside it and backs off when the run is overdue", async () => {
    // History says 10 s, the run takes 30 s.
    const { delays, times, lag } = await simulate(30_000, fixed([10_000, 10_000, 10_000]));
    expect(times).toContain(9_700); // a poll lands where the window opens: 10 s − 300 ms
    // Inside the window (10 s ± 300 ms) the sleeps are the shortest allowed, pollInterval.
    const inside = delays.filter((_, i) => times[i]! >= 9_700 && times[i]! <= 10_300);
    expect(inside.length).toBeGreaterThanOrEqual(2);
    expect(inside.every((d) => d === 250)).toBe(true);
    // Overdue: the intervals grow again, to at most maxPollInterval.
    expect(delays.at(-1)).toBe(5_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(5_000);
    expect(lag).toBeLessThanOrEqual(5_000);
  });

  it("stretches long-range intervals up to twice the default cap, but never past an explicit maxPollInterval", async () => {
    const stretched = await simulate(120_000, fixed([120_000, 120_000, 120_000]));
    expect(Math.max(...stretched.delays)).toBeGreaterThan(5_000);
    expect(Math.max(...stretched.delays)).toBeLessThanOrEqual(10_000);
    const capped = await simulate(120_000, fixed([120_000, 120_000, 120_000]), { maxPollInterval: 5_000 });
    expect(Math.max(...capped.delays)).toBeLessThanOrEqual(5_000);
  });

  it("reports the duration of a completed run once, and nothing for a failed one", () => {
    const recorded: number[] = [];
    const source: DurationSource = { durations: () => [], record: (ms) => recorded.push(ms) };
    const schedule = new WaitSchedule(scheduleSettings(undefined, WAIT_DEFAULTS), source);
    schedule.finished({ status: "failed", created: iso(0), updated: iso(1_000) });
    schedule.finished({ status: "completed", created: iso(0), updated: iso(7_000) });
    schedule.finished({ status: "completed", created: iso(0), updated: iso(8_000) });
    expect(recorded).toEqual([7_000]);
  });
});

describe("RunDurations", () => {
  const completed = (ms: number) => ({ status: "completed", created: iso(0), updated: iso(ms) });

  it("looks a task up once, on first use, and shares the answer between waits", async () => {
    const lookups: string[] = [];
    const history = new RunDurations(async (c, t) => {
      lookups.push(`${c}/${t}`);
      return [completed(3_000), { status: "failed", created: iso(0), updated: iso(1) }, completed(5_000)];
    });
    const a = history.source("acme", "triage");
    const b = history.source("acme", "triage");
    expect(lookups).toEqual([]);
    expect(a.durations()).toBeUndefined();
    expect(b.durations()).toBeUndefined();
    await new Promise((r) => setImmediate(r));
    expect(a.durations()).toEqual([3_000, 5_000]);
    expect(lookups).toEqual(["acme/triage"]);
    b.record(4_000);
    expect(a.durations()).toEqual([4_000, 3_000, 5_000]);
    history.source("acme", "other").durations();
    await new Promise((r) => setImmediate(r));
    expect(lookups).toEqual(["acme/triage", "acme/other"]);
  });

  it("treats a failed lookup as no history, and looks again after 15 minutes", async () => {
    let now = T0;
    let fail = true;
    let calls = 0;
    const history = new RunDurations(
      async () => {
        calls++;
        if (fail) throw new Error("403");
        return [completed(9_000)];
      },
      () => now,
    );
    const source = history.source("acme", "triage");
    source.durations();
    await new Promise((r) => setImmediate(r));
    expect(source.durations()).toEqual([]);
    fail = false;
    now += 14 * 60_000;
    source.durations();
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(1);
    now += 2 * 60_000;
    source.durations();
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(2);
    expect(source.durations()).toEqual([9_000]);
  });
});
