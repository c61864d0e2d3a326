/**
 * How late `runs.wait` notices the end of a run, and what waiting costs in requests, for runs of 1–60 s.
 *
 *   npx tsx bench/wait.ts
 *
 * One emulator per run length (its `stepDuration` makes a one-step run last that long), all lengths side by
 * side. First a cold round (the client knows nothing about the task), then a warm round (it has seen the
 * cold runs complete, as a client that keeps running a task has). Stops by itself after about 2 minutes.
 *
 * Targets (warm): median lag ≤ 500 ms, worst ≤ 1.5 s, and a 60 s run costs ≤ 20 requests (launch, polls,
 * and the one look at the task's recent runs).
 */
import { Jetty } from "../src/index";
import { type Emulator, startEmulator } from "../src/testing/index";
import { median } from "./stats";

const LENGTHS_S = [1, 2, 5, 10, 20, 30, 45, 60];
const RUNS_PER_ROUND = 3;
const TARGET = { medianLag: 500, worstLag: 1_500, requestsAt60s: 20 };

const oneStep = {
  init_params: { text: "bench" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

interface Sample {
  lag: number;
  requests: number;
}

interface Lane {
  seconds: number;
  emulator: Emulator;
  jetty: Jetty;
}

async function lane(seconds: number): Promise<Lane> {
  const emulator = await startEmulator({
    collections: [{ name: "bench" }],
    tasks: [{ collection: "bench", name: "run", workflow: oneStep }],
    stepDuration: seconds * 1_000,
  });
  return {
    seconds,
    emulator,
    jetty: new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" }),
  };
}

/** Runs one round on a lane: `RUNS_PER_ROUND` runs at once; each pays its polls, the launch, and its share of lookups. */
async function round({ emulator, jetty }: Lane): Promise<Sample[]> {
  emulator.clearRequests();
  const done = await Promise.all(
    Array.from({ length: RUNS_PER_ROUND }, async () => {
      const trajectory = await jetty.runs.createAndWait("bench", "run");
      return { trajectory, noticed: Date.now() };
    }),
  );
  const lookups = emulator.requests.filter((r) => r.path === "/api/v1/db/trajectories/bench/run").length;
  return done.map(({ trajectory, noticed }) => {
    const id = trajectory.trajectory_id;
    const ended = Date.parse(emulator.state.trajectory(id)!.updated);
    const polls = emulator.requests.filter((r) => r.method === "GET" && r.path.endsWith(`/${id}`)).length;
    // The worst case: one run paid for every lookup of the round.
    return { lag: noticed - ended, requests: 1 + polls + lookups };
  });
}

function summary(samples: Sample[]) {
  const lags = samples.map((s) => s.lag);
  return {
    medianLag: Math.round(median(lags)),
    worstLag: Math.max(...lags),
    requests: Math.max(...samples.map((s) => s.requests)),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const lanes = await Promise.all(LENGTHS_S.map(lane));
  try {
    const cold = await Promise.all(lanes.map(round));
    const warm = await Promise.all(lanes.map(round));
    const rows = lanes.map((l, i) => {
      const c = summary(cold[i]!);
      const w = summary(warm[i]!);
      return {
        run: `${l.seconds} s`,
        "cold median lag (ms)": c.medianLag,
        "cold worst (ms)": c.worstLag,
        "cold requests": c.requests,
        "warm median lag (ms)": w.medianLag,
        "warm worst (ms)": w.worstLag,
        "warm requests": w.requests,
      };
    });
    console.log(`Wait lag over ${RUNS_PER_ROUND} runs per length per round (lag: noticed − ended):`);
    console.table(rows);
    const allCold = summary(cold.flat());
    const allWarm = summary(warm.flat());
    const warm60 = summary(warm[LENGTHS_S.indexOf(60)]!).requests;
    const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
    console.log(
      `cold (no history): median ${allCold.medianLag} ms, worst ${allCold.worstLag} ms, 60 s run ` +
        `${summary(cold[LENGTHS_S.indexOf(60)]!).requests} requests`,
    );
    console.log(
      `warm: median ${allWarm.medianLag} ms (target ≤ ${TARGET.medianLag}: ${verdict(allWarm.medianLag <= TARGET.medianLag)}), ` +
        `worst ${allWarm.worstLag} ms (target ≤ ${TARGET.worstLag}: ${verdict(allWarm.worstLag <= TARGET.worstLag)}), ` +
        `60 s run ${warm60} requests (target ≤ ${TARGET.requestsAt60s}: ${verdict(warm60 <= TARGET.requestsAt60s)})`,
    );
    console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const met =
      allWarm.medianLag <= TARGET.medianLag &&
      allWarm.worstLag <= TARGET.worstLag &&
      warm60 <= TARGET.requestsAt60s;
    if (!met) process.exitCode = 1;
  } finally {
    await Promise.all(lanes.map((l) => l.emulator.close()));
  }
}

await main();
