/**
 * Per-request cost of the SDK against raw fetch, ky alone, @jetty/sdk 0.4.0 and the openai SDK, in
 * one process, against a loopback server, interleaved in rounds so that drift (JIT, GC, CPU
 * frequency) hits all alike.
 *
 *   npm run bench            (or: npx tsx bench/transport.ts [--rounds N])
 *
 * Targets (issue 12), ratios of medians: a ~300 B request ≤ 1.15× ky alone (retry and timeout off);
 * a ~100 KB validated trajectory ≤ 1.25× raw fetch; 64 requests in flight on 100 KB ≥ 0.85× raw fetch.
 * Each is printed beside the score of "ky alone + Zod validation" (the design's floor: the two
 * dependencies every call goes through, nothing of ours) so a miss can be told apart from a floor
 * that already misses.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { JettyClient } from "jetty-sdk-0.4.0";
import ky from "ky";
import OpenAI from "openai";
import { zCollection, zTrajectory } from "../src/generated/schemas";
import { Jetty } from "../src/index";
import { bigTrajectory, smallCollection } from "./fixtures";
import { median, shuffle } from "./stats";

const TOKEN = "mlc_benchbenchbenchbenchbenchbench00";
const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 15;
const perRound = 60;
const IN_FLIGHT = 64;

const big = Buffer.from(JSON.stringify(bigTrajectory()));
const small = Buffer.from(JSON.stringify(smallCollection()));

const server = createServer((req, res) => {
  const body = req.url?.includes("/trajectory/") ? big : small;
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const BIG = "/api/v1/db/trajectory/bench/pipeline/aa7e4430";
const SMALL = "/api/v1/collections/bench";

const sdk = new Jetty({ token: TOKEN, baseURL: base, logLevel: "off" });
const old = new JettyClient({ token: TOKEN, apiUrl: base });
const openai = new OpenAI({ apiKey: TOKEN, baseURL: base, maxRetries: 2 });
const auth = { authorization: `Bearer ${TOKEN}`, accept: "application/json" };
// ky's floor: ky used as plainly as it allows, its retry and timeout off.
const bareKy = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });
const FLOOR = "ky alone + Zod validation";

type Client = { name: string; big: () => Promise<unknown>; small: () => Promise<unknown> };
type Send = (url: string, init: { headers: Record<string, string> }) => Promise<Response>;
// The two requests sent with `send` and their JSON parsed, then validated by the generated schemas if
// asked (without an extra step when not, so the unvalidated rows pay for nothing they do not do).
const plainly = (send: Send, validate: boolean): Omit<Client, "name"> => {
  const json = (path: string) => send(base + path, { headers: auth }).then((r) => r.json());
  if (!validate) return { big: () => json(BIG), small: () => json(SMALL) };
  return {
    big: () => json(BIG).then((body) => zTrajectory.parse(body)),
    small: () => json(SMALL).then((body) => zCollection.parse(body)),
  };
};
const clients: Client[] = [
  { name: "raw fetch", ...plainly(fetch, false) },
  { name: "raw fetch + Zod validation", ...plainly(fetch, true) },
  { name: "ky alone (retry, timeout off)", ...plainly(bareKy, false) },
  // The design's floor: the two dependencies every SDK call must go through (issue 12 item 2 puts
  // ky in every request; the trajectory is validated by its generated Zod schema), and nothing else.
  { name: FLOOR, ...plainly(bareKy, true) },
  {
    name: "openai SDK (client.get)",
    big: () => openai.get(BIG),
    small: () => openai.get(SMALL),
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
  await throughput(c.big, 128, IN_FLIGHT);
}

const samples = new Map<string, { big: number[]; small: number[]; rps: number[] }>(
  clients.map((c) => [c.name, { big: [], small: [], rps: [] }]),
);
for (let r = 0; r < rounds; r++) {
  for (const c of shuffle(clients)) {
    const s = samples.get(c.name)!;
    s.big.push(...(await perRequest(c.big, perRound)));
    s.small.push(...(await perRequest(c.small, perRound)));
    s.rps.push(await throughput(c.big, 320, IN_FLIGHT));
  }
}

const medians = (name: string) => {
  const s = samples.get(name)!;
  return { big: median(s.big), small: median(s.small), rps: median(s.rps) };
};
const raw = medians("raw fetch");
const kyFloor = medians("ky alone (retry, timeout off)");
const rows = clients.map((c) => {
  const m = medians(c.name);
  return {
    client: c.name,
    "100KB ms": m.big.toFixed(3),
    "÷ fetch": (m.big / raw.big).toFixed(2),
    "300B ms": m.small.toFixed(3),
    "÷ ky": (m.small / kyFloor.small).toFixed(2),
    "÷ fetch ": (m.small / raw.small).toFixed(2),
    "100KB×64 req/s": Math.round(m.rps),
    "÷ fetch  ": (m.rps / raw.rps).toFixed(2),
  };
});
console.log(
  `transport benchmark: ${rounds} interleaved rounds × ${perRound} requests per client, ` +
    `throughput with ${IN_FLIGHT} in flight, Node ${process.version}`,
);
console.table(rows);

const ours = medians("@jetty/sdk (this)");
const floor = medians(FLOOR);
// Each target beside what the design's floor (ky + Zod, nothing of ours) scores on the same measure:
// where the floor itself misses, no SDK built on ky can meet the target, and the SDK's own share is
// the last column (its ratio to the floor).
type Measure = "small" | "big" | "rps";
const targets: Array<{
  what: string;
  measure: Measure;
  against: typeof raw;
  target: number;
  atMost: boolean;
}> = [
  { what: "300 B request ÷ ky alone", measure: "small", against: kyFloor, target: 1.15, atMost: true },
  {
    what: "100 KB validated trajectory ÷ raw fetch",
    measure: "big",
    against: raw,
    target: 1.25,
    atMost: true,
  },
  {
    what: "100 KB × 64 in flight throughput ÷ raw fetch",
    measure: "rps",
    against: raw,
    target: 0.85,
    atMost: false,
  },
];
for (const t of targets) {
  const value = ours[t.measure] / t.against[t.measure];
  const floorValue = floor[t.measure] / t.against[t.measure];
  const meets = (v: number) => (t.atMost ? v <= t.target : v >= t.target);
  console.log(
    `${meets(value) ? "met    " : "NOT MET"}  ${t.what}: ${value.toFixed(2)} ` +
      `(target ${t.atMost ? "≤" : "≥"} ${t.target}; ky + Zod alone: ${floorValue.toFixed(2)}` +
      `${meets(floorValue) ? "" : ", misses it too"}; SDK ÷ ky + Zod: ${(ours[t.measure] / floor[t.measure]).toFixed(2)})`,
  );
}
server.close();
server.closeAllConnections();
