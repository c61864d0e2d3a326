// Runs every example in examples/ (against a fresh emulator each) and fails if any exits non-zero.
// Examples are documentation that must keep working; CI runs this after the tests.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const skip = new Set(["connect.ts"]);
const examples = readdirSync(new URL("../examples/", import.meta.url))
  .filter((name) => name.endsWith(".ts") && !skip.has(name))
  .sort();
const env = { ...process.env, JETTY_API_TOKEN: "", JETTY_API_URL: "" };
let failed = 0;
for (const name of examples) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", `examples/${name}`], {
    stdio: "inherit",
    env,
    timeout: 120_000,
  });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? "✓" : "✗"} examples/${name} (${Date.now() - started} ms)\n`);
}
console.log(`examples: ${examples.length - failed} ok, ${failed} failing`);
process.exit(failed ? 1 : 0);
