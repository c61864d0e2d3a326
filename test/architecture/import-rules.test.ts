import { describe, expect, it } from "vitest";
import {
  type ImportEdge,
  importGraph,
  importsOf,
  LAYERS,
  layerOf,
  layerViolations,
  ROOT,
} from "./import-graph";

/** A graph from `{ file: [specifiers] }`, for the checker's own tests. */
function graphOf(files: Record<string, string[]>): Map<string, ImportEdge[]> {
  const graph = new Map<string, ImportEdge[]>();
  for (const [file, specifiers] of Object.entries(files)) {
    const text = specifiers.map((s) => `import { x } from "${s}";`).join("\n");
    graph.set(file, importsOf(file, text));
  }
  return graph;
}

describe("the import rules of docs/architecture.md", () => {
  const graph = importGraph(ROOT);

  it("hold for every module under src/", () => {
    // Each line names the importing file and line, the specifier and the rule it breaks.
    expect(layerViolations(graph)).toEqual([]);
  });

  it("read the real graph (every layer is present and the pure layers import errors, not the core)", () => {
    const present = new Set([...graph.keys()].map((file) => layerOf(file)?.name));
    for (const layer of LAYERS) expect(present, layer.name).toContain(layer.name);
    const errorsUsers = [...graph.get("src/workflows/errors.ts")!].map((edge) => edge.to);
    expect(errorsUsers).toContain("src/errors");
    expect(errorsUsers.some((to) => to.startsWith("src/core/"))).toBe(false);
  });
});

describe("the import-rule checker", () => {
  it("names an upward import with its file, line and specifier", () => {
    const problems = layerViolations(
      graphOf({
        "src/core/transport.ts": ["../errors", "../resources/runs"],
        "src/errors/index.ts": [],
        "src/resources/runs.ts": ["../core/transport"],
      }),
    );
    expect(problems).toEqual([
      'src/core/transport.ts:2 imports "../resources/runs": core (rank 4) may not import resources (rank 6), a layer above it; see docs/architecture.md',
    ]);
  });

  it("refuses a pure module reaching the core through a helper, and allows a pure helper", () => {
    const problems = layerViolations(
      graphOf({
        "src/runbooks/request.ts": ["../helpers/storage-path", "../helpers/wait"],
        "src/helpers/storage-path.ts": ["../errors"],
        "src/helpers/wait.ts": ["./sleep", "../core/logger"],
        "src/helpers/sleep.ts": ["../errors"],
        "src/core/logger.ts": [],
        "src/errors/index.ts": [],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/runbooks/request.ts:2 imports "../helpers/wait"');
    expect(problems[0]).toContain("src/helpers/wait.ts → src/core/logger");
  });

  it("refuses a pure module importing the core directly, and the client importing the emulator", () => {
    const problems = layerViolations(
      graphOf({
        "src/workflows/errors.ts": ["../core/errors"],
        "src/core/errors.ts": [],
        "src/client.ts": ["./testing/index"],
        "src/testing/index.ts": [],
      }),
    );
    expect(problems).toEqual([
      'src/workflows/errors.ts:1 imports "../core/errors": workflows (rank 3) may not import core (rank 4), a layer above it; see docs/architecture.md',
      'src/client.ts:1 imports "./testing/index": client (rank 8) may not import testing (rank 10), a layer above it; see docs/architecture.md',
    ]);
  });

  it("keeps the CLI on the public entry points", () => {
    const problems = layerViolations(
      graphOf({
        "src/cli/program.ts": ["@jetty/sdk", "@jetty/sdk/testing", "../core/redact", "./output"],
        "src/cli/output.ts": [],
        "src/core/redact.ts": [],
        "src/index.ts": [],
        "src/testing/index.ts": [],
      }),
    );
    expect(problems).toEqual([
      'src/cli/program.ts:3 imports "../core/redact" (core): the CLI is built on the public API only; import it from "@jetty/sdk" or "@jetty/sdk/testing"',
    ]);
  });

  it("puts every new folder in a layer before it may be imported", () => {
    const problems = layerViolations(
      graphOf({ "src/misc/thing.ts": [], "src/core/a.ts": ["../misc/thing"] }),
    );
    expect(problems).toContain(
      "src/misc/thing.ts is in no layer: add its folder to LAYERS (test/architecture/import-graph.ts) and to docs/architecture.md",
    );
    expect(problems).toContain('src/core/a.ts:1 imports "../misc/thing", which is in no layer');
  });

  it("counts type-only imports, re-exports and dynamic imports, and skips imports inside comments", () => {
    const text = [
      '/** @example import { Jetty } from "../client"; */',
      'import type { A } from "./a";',
      'export { B } from "./b";',
      'const c = await import("./c");',
      'import { readFile } from "node:fs/promises";',
    ].join("\n");
    expect(importsOf("src/core/x.ts", text).map((e) => [e.to, e.line])).toEqual([
      ["src/core/a", 2],
      ["src/core/b", 3],
      ["src/core/c", 4],
    ]);
  });
});
