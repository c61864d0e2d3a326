// Runs every example in examples/ (against a fresh emulator each) and fails if any exits non-zero.
// Examples are documentation that must keep working; CI runs this after the tests. Each runs twice:
// against the emulator's full bodies, then against its sparse ones (the least the evidence allows the
// platform to send, self-checked against the schemas; scripts/examples-sparse.mts), so an example
// that only works on the emulator's generous answers fails here rather than for a user.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const skip = new Set(["connect.ts"]);
const examples = readdirSync(new URL("../examples/", import.meta.url))
  .filter((name) => name.endsWith(".ts") && !skip.has(name))
  .sort();
const env = { ...process.env, JETTY_API_TOKEN: "", JETTY_API_URL: "" };
const modes = [
  { name: "full", preload: [] },
  { name: "sparse", preload: ["--import", "./scripts/examples-sparse.mts"] },
];
let failed = 0;
for (const mode of modes) {
  for (const name of examples) {
    const started = Date.now();
    const result = spawnSync(process.execPath, ["--import", "tsx", ...mode.preload, `examples/${name}`], {
      stdio: "inherit",
      env,
      timeout: 120_000,
    });
    const ok = result.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? "✓" : "✗"} examples/${name}, ${mode.name} bodies (${Date.now() - started} ms)\n`);
  }
}
const runs = examples.length * modes.length;
console.log(
  `examples: ${runs - failed} of ${runs} runs ok (${examples.length} examples × full and sparse bodies)`,
);
process.exit(failed ? 1 : 0);
