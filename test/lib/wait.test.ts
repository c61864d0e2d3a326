import { APIUserAbortError, InvalidInputError, RunFailedError, WaitTimeoutError } from "@jetty/sdk";
import { describe, expect, it } from "vitest";
import { firstFailure } from "../../src/helpers/trajectory-steps";
import {
  checkWaitOptions,
  isTerminalStatus,
  jitteredDelay,
  pollDelays,
  pollTrajectory,
  TERMINAL_STATUSES,
  type WaitProgressEvent,
} from "../../src/helpers/wait";

type T = {
  trajectory_id: string;
  status: string;
  completed_steps?: string[];
  total_steps?: string[];
  steps?: object;
  error?: string | null;
};

/** A fetcher that walks through scripted trajectories (the last one repeats), recording call times. */
function script(...states: Array<Partial<T>>) {
  const calls: AbortSignal[] = [];
  const fetchOnce = async (signal: AbortSignal): Promise<T> => {
    calls.push(signal);
    const state = states[Math.min(calls.length - 1, states.length - 1)]!;
    return { trajectory_id: "t1", status: "running", ...state };
  };
  return { fetchOnce, calls };
}

describe("terminal statuses", () => {
  it("are exactly completed, failed, cancelled, archived", () => {
    expect([...TERMINAL_STATUSES]).toEqual(["completed", "failed", "cancelled", "archived"]);
    for (const s of TERMINAL_STATUSES) expect(isTerminalStatus(s)).toBe(true);
    for (const s of ["pending", "running", "paused", "", undefined, 3])
      expect(isTerminalStatus(s)).toBe(false);
  });
});

describe("poll schedule", () => {
  it("starts at pollInterval and grows ×1.5 up to the max (no jitter at random 0.5)", () => {
    const delays = pollDelays(250, 5000, () => 0.5);
    const first = Array.from({ length: 10 }, () => delays.next().value);
    expect(first.slice(0, 4)).toEqual([250, 375, 562.5, 843.75]);
    expect(first.slice(8)).toEqual([5000, 5000]);
  });

  it("jitters each sleep by at most ±20%", () => {
    expect(jitteredDelay(1000, () => 0)).toBeCloseTo(800);
    expect(jitteredDelay(1000, () => 0.999999)).toBeCloseTo(1200);
    for (let i = 0; i < 200; i++) {
      const d = jitteredDelay(1000);
      expect(d).toBeGreaterThanOrEqual(800);
      expect(d).toBeLessThanOrEqual(1200);
    }
  });

  it("fits a 60 s run into at most 20 polls on average, and notices a 1 s run within ~0.2 s", () => {
    const pollsFor = (runMs: number, random: () => number) => {
      const delays = pollDelays(250, 5000, random);
      let t = 0;
      let polls = 0;
      for (;;) {
        t += delays.next().value;
        polls++;
        if (t >= runMs) return { polls, lateBy: t - runMs };
      }
    };
    expect(pollsFor(60_000, () => 0.5).polls).toBeLessThanOrEqual(20);
    let total = 0;
    for (let i = 0; i < 500; i++) total += pollsFor(60_000, Math.random).polls;
    expect(total / 500).toBeLessThanOrEqual(19);
    expect(pollsFor(1000, () => 0.5).lateBy).toBeLessThanOrEqual(300);
  });
});

describe("pollTrajectory", () => {
  it("reports progress only on a change of status or completed steps, then returns the final trajectory", async () => {
    const { fetchOnce, calls } = script(
      { status: "pending", total_steps: ["a", "b"] },
      { status: "running", completed_steps: [], total_steps: ["a", "b"] },
      { status: "running", completed_steps: [], total_steps: ["a", "b"] },
      { status: "running", completed_steps: ["a"], total_steps: ["a", "b"] },
      { status: "completed", completed_steps: ["a", "b"], total_steps: ["a", "b"] },
    );
    const events: Array<WaitProgressEvent<T>> = [];
    const result = await pollTrajectory(fetchOnce, "t1", {
      pollInterval: 5,
      onProgress: (e) => events.push(e),
    });
    expect(result.status).toBe("completed");
    expect(calls).toHaveLength(5);
    expect(events.map((e) => [e.status, e.completedSteps, e.totalSteps.length])).toEqual([
      ["pending", [], 2],
      ["running", [], 2],
      ["running", ["a"], 2],
      ["completed", ["a", "b"], 2],
    ]);
    expect(events.at(-1)?.trajectory).toBe(result);
    expect(events.every((e) => e.knownStatus && e.elapsedMs >= 0)).toBe(true);
  });

  it("polls at once by default, then after pollInterval, growing ×1.5", async () => {
    const { fetchOnce, calls } = script(
      { status: "running" },
      { status: "running" },
      { status: "running" },
      { status: "completed" },
    );
    // The sleeps are recorded instead of waited: the schedule, not the clock, is under test.
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
    };
    await pollTrajectory(fetchOnce, "t1", { pollInterval: 40 }, { random: () => 0.5, sleep });
    expect(calls).toHaveLength(4);
    expect(slept).toEqual([40, 60, 90]);
  });

  it("a delayed first poll counts as the first interval (the next gap has already grown)", async () => {
    const { fetchOnce, calls } = script(
      { status: "running" },
      { status: "running" },
      { status: "completed" },
    );
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
    };
    await pollTrajectory(
      fetchOnce,
      "t1",
      { pollInterval: 40 },
      { random: () => 0.5, initialDelay: 40, sleep },
    );
    expect(calls).toHaveLength(3);
    expect(slept).toEqual([40, 60, 90]);
  });

  it("passes unknown statuses through as non-terminal, reports and logs them once", async () => {
    const warnings: string[] = [];
    const { fetchOnce } = script({ status: "queued" }, { status: "queued" }, { status: "completed" });
    const events: Array<WaitProgressEvent<T>> = [];
    await pollTrajectory(
      fetchOnce,
      "t1",
      { pollInterval: 2, onProgress: (e) => events.push(e) },
      { logger: { warn: (m: string) => warnings.push(m) } },
    );
    expect(events.map((e) => [e.status, e.knownStatus])).toEqual([
      ["queued", false],
      ["completed", true],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("queued");
  });

  it("throws RunFailedError with the first failed step (workflow order) and its error", async () => {
    const failed = {
      status: "failed",
      error: "Step 'b' failed: boom",
      total_steps: ["a", "b", "c"],
      steps: {
        c: { status: "failed", error: "later" },
        a: { status: "completed", error: null },
        b: { status: "failed", error: "KeyError: 'x'" },
      },
    };
    const { fetchOnce } = script({ status: "running" }, failed);
    const error = await pollTrajectory(fetchOnce, "t1", { pollInterval: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    const e = error as RunFailedError;
    expect(e.trajectoryId).toBe("t1");
    expect(e.status).toBe("failed");
    expect(e.failedStep).toBe("b");
    expect(e.stepError).toBe("KeyError: 'x'");
    expect((e.trajectory as T).error).toBe("Step 'b' failed: boom");
  });

  it("falls back to the trajectory's error; cancelled and archived fail too; throwOnFailure false returns", async () => {
    expect(firstFailure({ status: "failed", error: "top", steps: { a: { status: "completed" } } })).toEqual({
      step: undefined,
      error: "top",
    });
    for (const status of ["cancelled", "archived"]) {
      const { fetchOnce } = script({ status });
      await expect(pollTrajectory(fetchOnce, "t1")).rejects.toMatchObject({ name: "RunFailedError", status });
    }
    const { fetchOnce } = script({ status: "failed", error: "x" });
    await expect(pollTrajectory(fetchOnce, "t1", { throwOnFailure: false })).resolves.toMatchObject({
      status: "failed",
    });
  });

  it("gives up with WaitTimeoutError carrying the last status", async () => {
    const { fetchOnce } = script({ status: "running" });
    const error = await pollTrajectory(fetchOnce, "t1", { timeout: 150, pollInterval: 20 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).lastStatus).toBe("running");
    expect((error as WaitTimeoutError).trajectoryId).toBe("t1");
  });

  it("times out even while a poll hangs, by aborting it", async () => {
    let sawAbort = false;
    const hang = (signal: AbortSignal) =>
      new Promise<T>((_resolve, reject) => {
        signal.addEventListener("abort", () => {
          sawAbort = true;
          reject(new APIUserAbortError());
        });
      });
    await expect(pollTrajectory(hang, "t1", { timeout: 50 })).rejects.toBeInstanceOf(WaitTimeoutError);
    expect(sawAbort).toBe(true);
  });

  it("aborts promptly during the sleep", async () => {
    const { fetchOnce, calls } = script({ status: "running" });
    const controller = new AbortController();
    const waiting = pollTrajectory(fetchOnce, "t1", { pollInterval: 10_000, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 30));
    controller.abort();
    // The sleep is 10 s; settling at all (within the test's timeout) shows the abort cut it short.
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(calls).toHaveLength(1);
  });

  it("refuses an already aborted signal before polling", async () => {
    const { fetchOnce, calls } = script({ status: "running" });
    await expect(pollTrajectory(fetchOnce, "t1", { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(calls).toHaveLength(0);
  });

  it("propagates an exception thrown by onProgress", async () => {
    const { fetchOnce } = script({ status: "running" });
    await expect(
      pollTrajectory(fetchOnce, "t1", {
        onProgress: () => {
          throw new Error("mine");
        },
      }),
    ).rejects.toThrow("mine");
  });

  it("validates options", () => {
    for (const bad of [
      { timeout: 0 },
      { timeout: -1 },
      { pollInterval: Number.NaN },
      { maxPollInterval: "5" },
      { onProgress: 1 },
    ]) {
      expect(() => checkWaitOptions(bad as never)).toThrow(InvalidInputError);
    }
    expect(() => checkWaitOptions({ timeout: Infinity })).not.toThrow();
  });
});
