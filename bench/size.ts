/**
 * Size benchmark: what an application bundle pays for @jetty/sdk. Each scenario is a tiny app that
 * imports the *built* package by its name (so the export conditions pick the build a bundler would),
 * bundled by esbuild with minification, then gzip -9. Also prints which packages the bytes come from.
 *
 *   npm run build && npx tsx bench/size.ts
 *
 * Targets (issue #11): typical use ≤ 40 KB min+gz; `parseWorkflowId` alone ≤ 3 KB min+gz.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { printTable } from "./stats";

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
// Inside the repository, so `@jetty/sdk` resolves to this package (self-reference through "exports").
const work = join(repo, "bench", ".results", "size");

const scenarios: Record<string, string> = {
  "typical: new Jetty().collections.list()": `
    import { Jetty } from "@jetty/sdk";
    const jetty = new Jetty({ token: "mlc_example" });
    console.log(await jetty.collections.list());`,
  "parseWorkflowId alone": `
    import { parseWorkflowId } from "@jetty/sdk";
    console.log(parseWorkflowId("acme-echo--0a1b2c3d"));`,
  "runs + wait": `
    import { Jetty } from "@jetty/sdk";
    const jetty = new Jetty({ token: "mlc_example" });
    const run = await jetty.runs.create("acme", "echo", { initParams: { text: "hi" } });
    console.log(await run.wait());`,
  "parseRunbook alone": `
    import { parseRunbook } from "@jetty/sdk";
    console.log(parseRunbook("---\\nversion: '1'\\n---\\n# hi"));`,
  "everything (import *)": `
    import * as sdk from "@jetty/sdk";
    console.log(sdk);`,
};

const targets = [
  { platform: "browser" as const, label: "portable (browser/worker)" },
  { platform: "node" as const, label: "node" },
];

interface Row {
  [key: string]: string | number;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const rows: Row[] = [];
const breakdowns: Array<{ scenario: string; target: string; parts: Record<string, number> }> = [];

let index = 0;
for (const [name, source] of Object.entries(scenarios)) {
  const entry = join(work, `scenario-${index++}.mjs`);
  writeFileSync(entry, source);
  for (const target of targets) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: target.platform,
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "error",
      // Not the repository's tsconfig: its `paths` would point @jetty/sdk at src/.
      tsconfigRaw: "{}",
    });
    const code = result.outputFiles[0]!.contents;
    const gzip = gzipSync(code, { level: 9 });
    rows.push({
      scenario: name,
      build: target.label,
      "min KB": kb(code.byteLength),
      "min+gz KB": kb(gzip.byteLength),
    });
    breakdowns.push({ scenario: name, target: target.label, parts: byPackage(result.metafile) });
  }
}

console.log("Bundle size (esbuild --minify, gzip -9):");
printTable(rows);
console.log("Minified bytes by origin (before gzip):");
printTable(
  breakdowns.map(({ scenario, target, parts }) => ({
    scenario,
    build: target,
    ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, kb(v)])),
  })),
);

function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

/** Output bytes per origin: each npm package, the SDK itself, everything else. */
function byPackage(metafile: Metafile): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const origin = match ? match[1]! : path.includes("dist/") ? "@jetty/sdk" : "app";
      parts[origin] = (parts[origin] ?? 0) + bytesInOutput;
    }
  }
  return parts;
}
