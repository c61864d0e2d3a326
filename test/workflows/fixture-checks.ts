/**
 * Runs every workflow document of a folder through validateWorkflow against a table of expected
 * issues. A document that trips a rule records exactly which issue and why; a new document without
 * an entry fails the suite. Used for the shared corpus and for the project's own fixtures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { validateWorkflow, type WorkflowIssue } from "../../src/workflows/validate";

export type ExpectedIssue = Pick<WorkflowIssue, "severity" | "code" | "path" | "suggestion">;

export interface Expectation {
  /** Whether the file is a task envelope `{ name, description, workflow }`. */
  envelope: boolean;
  issues: ExpectedIssue[];
}

export const clean = (envelope: boolean): Expectation => ({ envelope, issues: [] });

export function checkWorkflowFolder(folder: string, expectations: Record<string, Expectation>): void {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort();

  it("has an expectation for every fixture file", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)("%s", (file) => {
    const document: unknown = JSON.parse(readFileSync(join(folder, file), "utf8"));
    const expected = expectations[file];
    if (!expected) throw new Error(`no expectation for ${file}`);
    const result = validateWorkflow(document);
    expect(result.envelope).toBe(expected.envelope);
    expect(
      result.issues.map(({ severity, code, path, suggestion }) => ({ severity, code, path, suggestion })),
    ).toEqual(expected.issues);
    expect(result.valid).toBe(!expected.issues.some((issue) => issue.severity === "error"));
  });
}
