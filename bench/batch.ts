/**
 * `runs.batch` at scale: 200 short runs at concurrency 16 against the emulator. Reports how many runs
 * were in flight at most (server-side spans from launch to last poll, which lie inside the client's
 * in-flight spans, so this never over-counts), how many results came back, and the wall time.
 *
 *   npx tsx bench/batch.ts
 *
 * Starts its own emulator on 127.0.0.1 and stops by itself (a few seconds).
 */
import { Jetty } from "../src/index";
import { startEmulator } from "../src/testing/index";

const RUNS = 200;
const CONCURRENCY = 16;

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

async function main(): Promise<void> {
  const emulator = await startEmulator({
    collections: [{ name: "bench" }],
    tasks: [
      {
        collection: "bench",
        name: "echo",
        workflow: {
          step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
          steps: ["echo"],
        },
      },
    ],
    stepDuration: 50,
  });
  try {
    const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    const inputs = Array.from({ length: RUNS }, (_, i) => ({ text: `item-${i}` }));
    const started = performance.now();
    let fulfilled = 0;
    let rejected = 0;
    const idByIndex = new Map<number, string>();
    for await (const r of jetty.runs.batch("bench", "echo", inputs, { concurrency: CONCURRENCY })) {
      if (r.status === "fulfilled") {
        fulfilled++;
        idByIndex.set(r.index, r.handle.trajectoryId);
      } else rejected++;
    }
    const wall = performance.now() - started;

    const postAt = new Map<string, number>();
    for (const q of emulator.requests) {
      if (q.method === "POST") postAt.set((q.body as { init_params: string }).init_params, q.at);
    }
    const spans: Array<[number, number]> = [];
    for (const [index, id] of idByIndex) {
      const start = postAt.get(JSON.stringify(inputs[index]))!;
      const polls = emulator.requests.filter((q) => q.method === "GET" && q.path.endsWith(`/${id}`));
      spans.push([start, Math.max(start, ...polls.map((q) => q.at))]);
    }
    const peak = maxOverlap(spans);
    console.log(`batch of ${RUNS} runs at concurrency ${CONCURRENCY}`);
    console.log(`  results: ${fulfilled + rejected} (${fulfilled} fulfilled, ${rejected} rejected)`);
    console.log(`  max in flight: ${peak} (limit ${CONCURRENCY})`);
    console.log(`  requests: ${emulator.requests.length}, wall time ${(wall / 1000).toFixed(2)} s`);
    if (peak > CONCURRENCY || fulfilled + rejected !== RUNS) process.exitCode = 1;
  } finally {
    await emulator.close();
  }
}

await main();
