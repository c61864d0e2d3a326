/**
 * Cold-start benchmark: how much a fresh Node process pays to load @jetty/sdk (the built package,
 * by its name: `import()` and `require()`), against the openai SDK, each paired with a bare
 * `node -e ""` started in the same round. Rounds interleave every case in a shuffled order, so load on
 * the machine hits all of them alike; each figure is the median over rounds of (case − bare) in that
 * round. Wall time is what a user waits; CPU time (user + system, read by the child itself) is
 * steadier on a busy machine. Also measured: zod alone, and import + the first JSON request (an
 * emulator on 127.0.0.1), which is where the lazily loaded parts are paid for.
 *
 *   npm run build && npx tsx bench/cold-import.ts [rounds]
 *
 * Target (issue #11): import and require ≤ 0.25 × the openai SDK's.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median, printTable, shuffle } from "./stats";

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const rounds = Number(process.argv[2] ?? 20);
if (!existsSync(join(repo, "dist", "index.js"))) throw new Error("dist/ is missing: run npm run build first");

const { startEmulator } = (await import(pathToFileURL(join(repo, "dist", "testing", "index.js")).href)) as {
  startEmulator: () => Promise<{ url: string; token: string; close(): Promise<void> }>;
};
const emulator = await startEmulator();
const firstRequest = `const { Jetty } = sdk; await new Jetty({ baseURL: ${JSON.stringify(emulator.url)}, token: ${JSON.stringify(emulator.token)} }).collections.list();`;

interface Case {
  /** ESM cases run with --input-type=module and pair with the ESM bare run; CJS with the CJS one. */
  kind: "esm" | "cjs";
  code: string;
}

const cases: Record<string, Case> = {
  "bare (esm)": { kind: "esm", code: "" },
  "bare (cjs)": { kind: "cjs", code: "" },
  'import("@jetty/sdk")': { kind: "esm", code: 'await import("@jetty/sdk");' },
  'require("@jetty/sdk")': { kind: "cjs", code: 'require("@jetty/sdk");' },
  'import("openai")': { kind: "esm", code: 'await import("openai");' },
  'require("openai")': { kind: "cjs", code: 'require("openai");' },
  'import("zod") alone': { kind: "esm", code: 'await import("zod");' },
  "import + first request": { kind: "esm", code: `const sdk = await import("@jetty/sdk"); ${firstRequest}` },
  "require + first request": {
    kind: "cjs",
    code: `(async () => { const sdk = require("@jetty/sdk"); ${firstRequest} })()`,
  },
};

// The child reports its own CPU time when it is done.
const report =
  ";process.on('exit',()=>{const u=process.cpuUsage();process.stdout.write('\\ncpu='+(u.user+u.system)/1000)});";

const samples = Object.fromEntries(
  Object.keys(cases).map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]),
);
try {
  for (let round = 0; round < rounds; round++) {
    for (const name of shuffle(Object.keys(cases))) {
      const { kind, code } = cases[name]!;
      const args = kind === "esm" ? ["--input-type=module", "-e", report + code] : ["-e", report + code];
      const started = process.hrtime.bigint();
      // Not spawnSync: the emulator answering the first requests runs on this process's event loop.
      const child = await runChild(args);
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      const cpu = /cpu=([\d.]+)/.exec(child.stdout)?.[1];
      if (child.status !== 0 || cpu === undefined) throw new Error(`${name} failed:\n${child.stderr}`);
      samples[name]!.wall.push(wall);
      samples[name]!.cpu.push(Number(cpu));
    }
  }
} finally {
  await emulator.close();
}

function runChild(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repo, env: { ...process.env, JETTY_API_TOKEN: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Median over rounds of (case − the bare run of its kind in the same round). */
function paired(name: string, metric: "wall" | "cpu"): number {
  const bare = samples[`bare (${cases[name]!.kind})`]![metric];
  return median(samples[name]![metric].map((value, round) => value - bare[round]!));
}

const fmt = (ms: number) => Math.round(ms * 10) / 10;
const openai = { esm: 'import("openai")', cjs: 'require("openai")' } as const;
console.log(`Cold start over a bare node -e "" (${rounds} rounds, Node ${process.version}, medians in ms):`);
printTable(
  Object.keys(cases)
    .filter((name) => !name.startsWith("bare"))
    .map((name) => {
      const reference = openai[cases[name]!.kind];
      return {
        case: name,
        "wall Δ": fmt(paired(name, "wall")),
        "cpu Δ": fmt(paired(name, "cpu")),
        "× openai (wall)": Math.round((paired(name, "wall") / paired(reference, "wall")) * 100) / 100,
        "× openai (cpu)": Math.round((paired(name, "cpu") / paired(reference, "cpu")) * 100) / 100,
      };
    }),
);
console.log(
  `bare node -e "": wall ${fmt(median(samples["bare (esm)"]!.wall))} ms (esm) / ${fmt(median(samples["bare (cjs)"]!.wall))} ms (cjs)`,
);
for (const kind of ["esm", "cjs"] as const) {
  const name = kind === "esm" ? 'import("@jetty/sdk")' : 'require("@jetty/sdk")';
  const ratio = paired(name, "cpu") / paired(openai[kind], "cpu");
  console.log(
    `${name}: ${Math.round(ratio * 100) / 100} × openai's CPU cost (target ≤ 0.25): ${ratio <= 0.25 ? "met" : "NOT met"}`,
  );
}
