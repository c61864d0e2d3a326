/**
 * Per-request cost of the SDK against raw fetch and @jetty/sdk 0.4.0, in one process, against a
 * loopback server, interleaved in rounds so that drift (JIT, GC, CPU frequency) hits all alike.
 *
 *   npm run bench            (or: npx tsx bench/transport.ts [--rounds N])
 *
 * Targets (issue 2): ≤ 1.25× raw fetch on a ~100 KB trajectory while validating it; ≤ 1.5× on a
 * ~300 B response; ≥ 0.85× raw fetch throughput with 64 requests in flight.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { JettyClient } from "jetty-sdk-0.4.0";
import ky from "ky";
import { zCollection, zTrajectory } from "../src/generated/schemas";
import { Jetty } from "../src/index";
import { bigTrajectory, smallCollection } from "./fixtures";
import { median, shuffle } from "./stats";

const TOKEN = "mlc_benchbenchbenchbenchbenchbench00";
const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 15;
const perRound = 60;

const big = Buffer.from(JSON.stringify(bigTrajectory()));
const small = Buffer.from(JSON.stringify(smallCollection()));

const server = createServer((req, res) => {
  const body = req.url?.startsWith("/api/v1/db/trajectory/") ? big : small;
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const sdk = new Jetty({ token: TOKEN, baseURL: base, logLevel: "off" });
const old = new JettyClient({ token: TOKEN, apiUrl: base });
const auth = { authorization: `Bearer ${TOKEN}`, accept: "application/json" };
// What the SDK's layers cost, measured alongside: ky as the SDK configures it, and validation alone.
const bareKy = ky.create({ retry: 0, timeout: false, throwHttpErrors: false, redirect: "manual" });

type Client = { name: string; big: () => Promise<unknown>; small: () => Promise<unknown> };
const clients: Client[] = [
  {
    name: "raw fetch",
    big: () =>
      fetch(`${base}/api/v1/db/trajectory/bench/pipeline/aa7e4430`, { headers: auth }).then((r) => r.json()),
    small: () => fetch(`${base}/api/v1/collections/bench`, { headers: auth }).then((r) => r.json()),
  },
  {
    name: "raw fetch + Zod validation",
    big: () =>
      fetch(`${base}/api/v1/db/trajectory/bench/pipeline/aa7e4430`, { headers: auth })
        .then((r) => r.json())
        .then((body) => zTrajectory.parse(body)),
    small: () =>
      fetch(`${base}/api/v1/collections/bench`, { headers: auth })
        .then((r) => r.json())
        .then((body) => zCollection.parse(body)),
  },
  {
    name: "ky alone (retry, timeout off)",
    big: () =>
      bareKy(`${base}/api/v1/db/trajectory/bench/pipeline/aa7e4430`, { headers: auth }).then((r) => r.json()),
    small: () => bareKy(`${base}/api/v1/collections/bench`, { headers: auth }).then((r) => r.json()),
  },
  {
    name: "@jetty/sdk 0.4.0",
    big: () => old.getTrajectory("bench", "pipeline", "aa7e4430"),
    small: () => old.getCollection("bench"),
  },
  {
    name: "@jetty/sdk (this)",
    big: () => sdk.trajectories.get("bench", "pipeline", "aa7e4430"),
    small: () => sdk.collections.get("bench"),
  },
];

async function perRequest(fn: () => Promise<unknown>, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

async function throughput(fn: () => Promise<unknown>, total: number, inFlight: number): Promise<number> {
  let started = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (started < total) {
      started++;
      await fn();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return total / ((performance.now() - t0) / 1000);
}

// Warm-up: JIT and keep-alive connections for every client.
for (const c of clients) {
  await perRequest(c.big, 30);
  await perRequest(c.small, 30);
}

const samples = new Map<string, { big: number[]; small: number[]; rps: number[] }>(
  clients.map((c) => [c.name, { big: [], small: [], rps: [] }]),
);
for (let r = 0; r < rounds; r++) {
  for (const c of shuffle(clients)) {
    const s = samples.get(c.name)!;
    s.big.push(...(await perRequest(c.big, perRound)));
    s.small.push(...(await perRequest(c.small, perRound)));
    s.rps.push(await throughput(c.small, 640, 64));
  }
}

const raw = samples.get("raw fetch")!;
const rawBig = median(raw.big);
const rawSmall = median(raw.small);
const rawRps = median(raw.rps);
const rows = clients.map((c) => {
  const s = samples.get(c.name)!;
  return {
    client: c.name,
    "100KB median ms": median(s.big).toFixed(3),
    "100KB ratio": (median(s.big) / rawBig).toFixed(2),
    "300B median ms": median(s.small).toFixed(3),
    "300B ratio": (median(s.small) / rawSmall).toFixed(2),
    "64-in-flight req/s": Math.round(median(s.rps)),
    "throughput ratio": (median(s.rps) / rawRps).toFixed(2),
  };
});
console.log(
  `transport benchmark: ${rounds} interleaved rounds × ${perRound} requests per client, Node ${process.version}`,
);
console.table(rows);
console.log("targets: 100KB ≤ 1.25×, 300B ≤ 1.5×, throughput ≥ 0.85× (ratios to raw fetch)");
server.close();
server.closeAllConnections();
