/**
 * Runbook parsing on inputs built to make a backtracking parser quadratic (issue 10 item 11): each
 * adversarial body at 1 MiB and at 2 MiB, median of 5 runs. Linear parsing shows a 2 MiB / 1 MiB
 * ratio near 2; a regex that backtracks shows about 4 and takes minutes.
 *
 *   npx tsx bench/runbook-parse.ts
 *
 * Target: every 2 MiB input parses in under 2 s (a shared 2-core machine), with a ratio under 3
 * (ratios of runs under 100 ms are GC noise and not judged).
 */
import { parseRunbook } from "../src/runbooks";
import { ADVERSARIAL_RUNBOOKS } from "../test/helpers/adversarial-runbooks";
import { median, printTable } from "./stats";

const FM = '---\nversion: "1"\n---\n';
const MiB = 1024 * 1024;

function time(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    parseRunbook(text);
    runs.push(performance.now() - started);
  }
  return median(runs);
}

const rows: Array<Record<string, string | number>> = [];
let ok = true;
for (const [name, build] of Object.entries(ADVERSARIAL_RUNBOOKS)) {
  const one = time(FM + build(MiB));
  const two = time(FM + build(2 * MiB));
  const ratio = two / Math.max(one, 0.01);
  // Below 100 ms, GC pauses dominate and the ratio says nothing.
  const pass = two < 2000 && (two < 100 || ratio < 3);
  ok &&= pass;
  rows.push({
    input: name,
    "1 MiB ms": one.toFixed(1),
    "2 MiB ms": two.toFixed(1),
    ratio: ratio.toFixed(2),
    pass: pass ? "yes" : "NO",
  });
}
printTable(rows);
console.log(ok ? "PASS: linear on every adversarial input" : "FAIL: some input is slow or super-linear");
if (!ok) process.exitCode = 1;
