/**
 * Peak-RSS measurement for the memory benchmarks: each variant runs in a fresh child process,
 * which records its idle RSS, then the highest RSS seen (sampled, and the kernel's high-water mark
 * on Linux) while it transfers.
 */
import { fork } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Measurement {
  variant: string;
  /** RSS of the idle child, bytes. */
  idle: number;
  /** Highest RSS during the transfer, bytes. */
  peak: number;
  ms: number;
  bytes: number;
}

export interface Probe {
  idle: number;
  sampled: number;
  timer?: NodeJS.Timeout;
  kernelPeak: boolean;
}

/** Settles the heap, records the idle RSS, then starts tracking the peak. */
export async function beginPeak(): Promise<Probe> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc?.();
  const idle = process.memoryUsage.rss();
  // Linux can reset the kernel's own high-water mark (VmHWM), which sees spikes a sampler would miss.
  let kernelPeak = false;
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    kernelPeak = true;
  } catch {
    // Not Linux, or not permitted: fall back to sampling only.
  }
  const probe: Probe = { idle, sampled: idle, kernelPeak };
  probe.timer = setInterval(() => {
    probe.sampled = Math.max(probe.sampled, process.memoryUsage.rss());
  }, 5);
  return probe;
}

export function endPeak(probe: Probe): { idle: number; peak: number } {
  clearInterval(probe.timer);
  let peak = Math.max(probe.sampled, process.memoryUsage.rss());
  if (probe.kernelPeak) {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm?.[1]) peak = Math.max(peak, Number(hwm[1]) * 1024);
  }
  return { idle: probe.idle, peak };
}

export function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function formatTable(results: Measurement[], baseline: string): string {
  const base = results.find((r) => r.variant === baseline);
  const baseDelta = base ? Math.max(base.peak - base.idle, 1) : 1;
  const rows = [["variant", "idle RSS MiB", "peak RSS MiB", "peak − idle MiB", `× ${baseline}`, "MiB/s"]];
  for (const r of results) {
    const delta = r.peak - r.idle;
    rows.push([
      r.variant,
      mib(r.idle),
      mib(r.peak),
      mib(delta),
      (delta / baseDelta).toFixed(2),
      (r.bytes / 1024 / 1024 / (r.ms / 1000)).toFixed(0),
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row, index) => {
      const line = row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)));
      return index === 0
        ? `${line.join("  ")}\n${widths.map((w) => "-".repeat(w)).join("  ")}`
        : line.join("  ");
    })
    .join("\n");
}

/** Runs `script` again in a fresh process with `args` and resolves with the Measurement it sends back. */
export function measureInChild(script: string, args: string[], label: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(script), args, {
      execArgv: [...process.execArgv, "--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: Measurement | undefined;
    proc.on("message", (message) => {
      result = message as Measurement;
    });
    proc.on("error", reject);
    proc.on("exit", (code) =>
      result ? resolve(result) : reject(new Error(`${label} exited with code ${code}`)),
    );
  });
}

/** Prints the table and the verdict on the target (SDK peak ≤ 1.2× raw fetch's); sets the exit code. */
export function reportAgainstRaw(results: Measurement[], sdkVariant: string): void {
  console.log(formatTable(results, "raw fetch"));
  const raw = results.find((r) => r.variant === "raw fetch")!;
  const sdk = results.find((r) => r.variant === sdkVariant)!;
  const ratio = (sdk.peak - sdk.idle) / Math.max(raw.peak - raw.idle, 1);
  console.log(
    `\nTarget: ${sdkVariant} ≤ 1.2× raw fetch → ${ratio.toFixed(2)}× ${ratio <= 1.2 ? "PASS" : "FAIL"}`,
  );
  process.exitCode = ratio <= 1.2 ? 0 : 1;
}
