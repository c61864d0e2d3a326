/**
 * How quickly `runs.wait` notices the end of a run, and what waiting costs in requests.
 *
 *   npx tsx bench/wait.ts
 *
 * Starts its own emulator on 127.0.0.1 and stops by itself (about 75 s: ten 1 s runs one after another,
 * then five 60 s runs side by side). Targets: a run ending 1 s after the call is noticed within 300 ms
 * (median), and a 60 s run costs at most 20 requests (launch included).
 */
import { Jetty } from "../src/index";
import { startEmulator } from "../src/testing/index";
import { median } from "./stats";

const oneStep = {
  init_params: { text: "bench" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

async function noticeLatency(samples: number): Promise<number[]> {
  // One step of 1 s: the run ends about 1 s after it is launched.
  const emulator = await startEmulator({
    collections: [{ name: "bench" }],
    tasks: [{ collection: "bench", name: "one-second", workflow: oneStep }],
    stepDuration: 1000,
  });
  try {
    const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
      const trajectory = await jetty.runs.createAndWait("bench", "one-second");
      const noticed = Date.now();
      const ended = emulator.state.trajectory(trajectory.trajectory_id)!.updated;
      latencies.push(noticed - Date.parse(ended));
    }
    return latencies;
  } finally {
    await emulator.close();
  }
}

async function requestsForLongRuns(runs: number, durationMs: number): Promise<number[]> {
  const emulator = await startEmulator({
    collections: [{ name: "bench" }],
    tasks: [{ collection: "bench", name: "long", workflow: oneStep }],
    stepDuration: durationMs,
  });
  try {
    const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    const done = await Promise.all(
      Array.from({ length: runs }, () => jetty.runs.createAndWait("bench", "long")),
    );
    return done.map((t) => {
      const polls = emulator.requests.filter(
        (r) => r.method === "GET" && r.path.endsWith(`/${t.trajectory_id}`),
      );
      return polls.length + 1; // + the launch
    });
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const latencies = await noticeLatency(10);
  const latencyMedian = median(latencies);
  console.log(`1 s run, notice latency over ${latencies.length} runs (ms): ${latencies.join(", ")}`);
  console.log(`  median ${latencyMedian} ms, max ${Math.max(...latencies)} ms  (target: median ≤ 300 ms)`);

  const counts = await requestsForLongRuns(5, 60_000);
  const countMedian = median(counts);
  console.log(`60 s run, requests per run (launch + polls) over ${counts.length} runs: ${counts.join(", ")}`);
  console.log(`  median ${countMedian}, max ${Math.max(...counts)}  (target: ≤ 20)`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (latencyMedian > 300 || countMedian > 20) process.exitCode = 1;
}

await main();
