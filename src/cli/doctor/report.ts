/**
 * The doctor's report: one JSON document (`--json`), or text a user can paste into a bug report.
 * Deviations are grouped by generalised path so a list of 20 trajectories with the same drift is one line.
 */
import type { Output } from "../output";
import type { Check } from "./checks";
import type { EndpointResult } from "./probes";
import type { Deviation } from "./schema-check";

export interface DoctorReport {
  report: "jetty doctor";
  cli: string;
  node: string;
  platform: string;
  baseURL: string;
  /** `info.version` of the api-schema.yaml this CLI was built with. */
  spec: string | null;
  collection: string | null;
  checks: Check[];
  endpoints: EndpointResult[];
  summary: {
    endpoints: number;
    asDocumented: number;
    deviating: number;
    failed: number;
    skipped: number;
    deviations: number;
  };
  /** No failed check, no failed endpoint, no deviation. */
  ok: boolean;
}

/** Assembles the report from the checks and endpoint results. */
export function buildReport(init: Omit<DoctorReport, "report" | "summary" | "ok">): DoctorReport {
  const count = (status: EndpointResult["status"]) =>
    init.endpoints.filter((e) => e.status === status).length;
  const summary = {
    endpoints: init.endpoints.length,
    asDocumented: count("ok"),
    deviating: count("deviates"),
    failed: count("error"),
    skipped: count("skipped"),
    deviations: init.endpoints.reduce((n, e) => n + e.deviations.length, 0),
  };
  const ok = !init.checks.some((c) => c.status === "fail") && summary.deviating === 0 && summary.failed === 0;
  return { report: "jetty doctor", ...init, summary, ok };
}

const MARK: Record<Check["status"], string> = { ok: "ok  ", warn: "WARN", fail: "FAIL", skip: "skip" };

/** The report as text. */
export function printReport(out: Output, report: DoctorReport): void {
  out.print(out.style("bold", "jetty doctor report"));
  out.fields([
    ["cli", `@jetty/sdk ${report.cli}, node ${report.node}, ${report.platform}`],
    ["api", `${report.baseURL} (checked against api-schema.yaml ${report.spec ?? "?"})`],
    ["collection", report.collection ?? "none"],
  ]);
  out.print();
  for (const check of report.checks) {
    const mark =
      check.status === "fail"
        ? out.style("red", MARK.fail)
        : check.status === "warn"
          ? out.style("yellow", MARK.warn)
          : MARK[check.status];
    out.print(`${mark}  ${check.name.padEnd(13)} ${check.detail}`);
  }
  if (report.endpoints.length) {
    out.print();
    out.table(report.endpoints, [
      { header: "endpoint", value: (e) => `${e.method} ${e.path}` },
      { header: "result", value: (e) => (e.status === "ok" ? "as documented" : e.status) },
      { header: "http", value: (e) => e.httpStatus },
      { header: "sdk", value: (e) => e.sdk },
      { header: "request id", value: (e) => e.requestId },
    ]);
  }
  for (const endpoint of report.endpoints) {
    if (endpoint.detail && endpoint.status !== "ok") out.print(`${endpoint.operation}: ${endpoint.detail}`);
  }
  const deviating = report.endpoints.filter((e) => e.deviations.length);
  if (deviating.length) {
    out.print();
    out.print(out.style("bold", `Deviations from the documented shapes (${report.summary.deviations}):`));
    for (const endpoint of deviating) {
      out.print(
        `${endpoint.method} ${endpoint.path}${endpoint.requestId ? `  (request ${endpoint.requestId})` : ""}`,
      );
      if (endpoint.sdk === "rejected") {
        const where = endpoint.sdkIssues?.length ? ` at ${endpoint.sdkIssues.join(", ")}` : "";
        out.print(`  the SDK itself rejects this body${where} (ResponseValidationError)`);
      }
      for (const group of groupDeviations(endpoint.deviations)) {
        const where = group.count > 1 ? `${group.at} ×${group.count} (e.g. ${group.example})` : group.example;
        out.print(`  ${where}: spec says ${group.expected}; got ${group.got}`);
      }
    }
  }
  const s = report.summary;
  out.print();
  out.print(
    `Summary: ${s.endpoints} endpoint${s.endpoints === 1 ? "" : "s"} checked: ${s.asDocumented} as documented, ${s.deviating} deviating ` +
      `(${s.deviations} deviation${s.deviations === 1 ? "" : "s"}), ${s.failed} failed, ${s.skipped} skipped.` +
      (report.ok ? "" : " Paste this report into a bug report; it holds no token, value or secret."),
  );
}

/** Deviations with the same generalised path and finding, counted, with one concrete example. */
export function groupDeviations(
  deviations: readonly Deviation[],
): Array<{ at: string; expected: string; got: string; count: number; example: string }> {
  const groups = new Map<
    string,
    { at: string; expected: string; got: string; count: number; example: string }
  >();
  for (const d of deviations) {
    const key = `${d.at}\u0000${d.expected}\u0000${d.got}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { at: d.at, expected: d.expected, got: d.got, count: 1, example: d.path });
  }
  return [...groups.values()];
}
