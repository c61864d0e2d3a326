/**
 * SSE parsing cost of the SDK's Stream against a bare eventsource-parser loop over the same bytes,
 * and how soon the first chunk reaches the caller after it arrives on the socket.
 *
 *   npx tsx bench/sse.ts [--events 100000]
 *
 * Targets (issue 5): throughput ≥ 0.8× the bare loop; the first chunk delivered with no buffering
 * beyond the event boundary.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createParser } from "eventsource-parser";
import { Stream } from "../src/core/stream";
import { median } from "./stats";

const events = Number(process.argv[process.argv.indexOf("--events") + 1]) || 100_000;
const chunk = (i: number) =>
  `data: ${JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta: { content: `tok${i}` } }] })}\n\n`;
const wire = new TextEncoder().encode(
  Array.from({ length: events }, (_, i) => chunk(i)).join("") + "data: [DONE]\n\n",
);
// Network-sized reads, cut at arbitrary byte offsets (mid-event, mid-line).
const pieces = Array.from({ length: Math.ceil(wire.length / 16_384) }, (_, i) =>
  wire.subarray(i * 16_384, (i + 1) * 16_384),
);
const body = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });

async function bare(): Promise<number> {
  let count = 0;
  const decoder = new TextDecoder();
  const parser = createParser({
    onEvent: (e) => {
      if (e.data !== "[DONE]") {
        JSON.parse(e.data);
        count++;
      }
    },
  });
  const reader = body().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  return count;
}

async function sdk(): Promise<number> {
  let count = 0;
  for await (const _ of Stream.fromSSEResponse(new Response(body()), new AbortController())) count++;
  return count;
}

async function timeOnce(fn: () => Promise<number>): Promise<number> {
  const start = performance.now();
  const n = await fn();
  if (n !== events) throw new Error(`expected ${events} events, got ${n}`);
  return performance.now() - start;
}

for (let i = 0; i < 3; i++) {
  await timeOnce(bare);
  await timeOnce(sdk);
}
const bareTimes: number[] = [];
const sdkTimes: number[] = [];
for (let round = 0; round < 9; round++) {
  // Alternate the order so neither side always runs on a warmer heap.
  if (round % 2) {
    sdkTimes.push(await timeOnce(sdk));
    bareTimes.push(await timeOnce(bare));
  } else {
    bareTimes.push(await timeOnce(bare));
    sdkTimes.push(await timeOnce(sdk));
  }
}
const bareRate = events / (median(bareTimes) / 1000);
const sdkRate = events / (median(sdkTimes) / 1000);

// First-chunk latency over real HTTP: the server sends one event, waits, then the rest. We measure
// from the moment the server wrote the first event to the moment the caller holds it.
let wroteAt = 0;
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/event-stream" });
  wroteAt = performance.now();
  res.write(chunk(0));
  setTimeout(() => res.end(`${chunk(1)}data: [DONE]\n\n`), 200);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const latencies: number[] = [];
for (let i = 0; i < 15; i++) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  for await (const _ of Stream.fromSSEResponse(response, controller)) {
    latencies.push(performance.now() - wroteAt);
    break;
  }
}
server.close();
server.closeAllConnections();

console.log(
  `SSE benchmark: ${events} events, ${(wire.length / 1048576).toFixed(1)} MiB, Node ${process.version}`,
);
console.table([
  { loop: "bare eventsource-parser + JSON.parse", "events/s": Math.round(bareRate), ratio: "1.00" },
  { loop: "@jetty/sdk Stream", "events/s": Math.round(sdkRate), ratio: (sdkRate / bareRate).toFixed(2) },
]);
console.log(
  `first chunk: delivered ${median(latencies).toFixed(2)} ms (median of ${latencies.length}) after the server wrote it, ` +
    "while the rest of the body was still 200 ms away (no buffering beyond the event boundary)",
);
console.log("target: throughput ≥ 0.8× the bare loop");
