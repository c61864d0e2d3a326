/**
 * The layer map of docs/architecture.md as data, and a checker over the import graph of src/.
 * Imports are read with the TypeScript compiler's pre-processor (comments and strings in TSDoc
 * examples are not imports; `import type`, `export … from` and dynamic `import()` are).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** A layer: the folders (or files) it holds and its rank; a module may import only lower ranks. */
export interface Layer {
  name: string;
  rank: number;
  /** Paths relative to the repository root; a folder ends with "/". */
  holds: string[];
  /** Layers of the same rank this one may import (the two pure-logic folders use each other). */
  peers?: string[];
}

// Keep in step with the table in docs/architecture.md.
export const LAYERS: Layer[] = [
  { name: "util", rank: 0, holds: ["src/util/", "src/version.ts"] },
  { name: "generated", rank: 0, holds: ["src/generated/"] },
  { name: "vendor", rank: 0, holds: ["src/vendor/"] },
  { name: "errors", rank: 1, holds: ["src/errors/"] },
  { name: "platform", rank: 2, holds: ["src/platform/"] },
  { name: "workflows", rank: 3, holds: ["src/workflows/"], peers: ["runbooks"] },
  { name: "runbooks", rank: 3, holds: ["src/runbooks/"], peers: ["workflows"] },
  { name: "core", rank: 4, holds: ["src/core/"] },
  { name: "helpers", rank: 5, holds: ["src/helpers/"] },
  { name: "resources", rank: 6, holds: ["src/resources/"] },
  { name: "orchestration", rank: 7, holds: ["src/orchestration/"] },
  { name: "client", rank: 8, holds: ["src/client.ts"] },
  { name: "index", rank: 9, holds: ["src/index.ts"] },
  { name: "testing", rank: 10, holds: ["src/testing/"] },
  { name: "cli", rank: 11, holds: ["src/cli/"] },
];

/** The pure-logic layers: below the HTTP core, they reach a helper only if it is pure too. */
const PURE = new Set(["workflows", "runbooks"]);
/** What the CLI may import besides itself: the package's public entry points and generated data. */
const CLI_MAY_IMPORT = new Set(["index", "testing", "generated"]);
const PUBLIC_ENTRIES: Record<string, string> = {
  "@jetty/sdk": "src/index.ts",
  "@jetty/sdk/testing": "src/testing/index.ts",
};

/** One import: who, where, what was written and the repository path it names. */
export interface ImportEdge {
  from: string;
  line: number;
  specifier: string;
  to: string;
}

export function layerOf(path: string, layers: Layer[] = LAYERS): Layer | undefined {
  return layers.find((layer) =>
    layer.holds.some((held) => (held.endsWith("/") ? path.startsWith(held) : path === held)),
  );
}

/** Every .ts file under `dir`, as repository-relative paths with "/" separators. */
export function sourceFiles(root: string, dir = "src"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(root, path));
    else if (entry.name.endsWith(".ts")) out.push(path);
  }
  return out.sort();
}

/** The imports of one file that name another file of the repository (packages and node: are skipped). */
export function importsOf(path: string, text: string): ImportEdge[] {
  const info = ts.preProcessFile(text, true, true);
  const edges: ImportEdge[] = [];
  for (const { fileName: specifier, pos } of info.importedFiles) {
    let to = PUBLIC_ENTRIES[specifier];
    if (to === undefined && specifier.startsWith(".")) {
      to = normalize(join(dirname(path), specifier))
        .split("\\")
        .join("/");
    }
    if (to === undefined) continue;
    const line = text.slice(0, pos).split("\n").length;
    edges.push({ from: path, line, specifier, to });
  }
  return edges;
}

/** The import graph of src/, keyed by importing file. */
export function importGraph(root: string): Map<string, ImportEdge[]> {
  const graph = new Map<string, ImportEdge[]>();
  for (const file of sourceFiles(root))
    graph.set(file, importsOf(file, readFileSync(join(root, file), "utf8")));
  return graph;
}

/** The file an edge names: `x` → `x.ts` or `x/index.ts` when the graph has one. */
function resolveIn(graph: Map<string, ImportEdge[]>, to: string): string | undefined {
  const bare = to.replace(/\.js$/, "");
  return [to, `${bare}.ts`, `${bare}/index.ts`].find((candidate) => graph.has(candidate));
}

/**
 * Every rule the import graph breaks, one readable line each (empty when the map holds):
 * - every file of src/ is in a layer;
 * - a module imports only its own layer, a lower rank, or a listed peer;
 * - a pure module (workflows, runbooks) imports a helper only if no chain of imports from that
 *   helper reaches a layer above the pure ones (core, resources, …);
 * - the CLI imports only the public entry points (`@jetty/sdk`, `@jetty/sdk/testing`) and generated data.
 */
export function layerViolations(graph: Map<string, ImportEdge[]>, layers: Layer[] = LAYERS): string[] {
  const problems: string[] = [];
  const pureRank = Math.max(...layers.filter((l) => PURE.has(l.name)).map((l) => l.rank));
  // The first chain from `file` to a module above the pure layers, or null when there is none.
  const chainAbovePure = (file: string, seen: Set<string>): string | null => {
    const layer = layerOf(file, layers);
    if (!layer || (layer.rank > pureRank && layer.name !== "helpers")) return file;
    if (seen.has(file)) return null;
    seen.add(file);
    for (const edge of graph.get(file) ?? []) {
      const target = resolveIn(graph, edge.to) ?? edge.to;
      if (!target.startsWith("src/")) continue;
      const below = chainAbovePure(target, seen);
      if (below !== null) return `${file} → ${below}`;
    }
    return null;
  };

  for (const [file, edges] of graph) {
    const from = layerOf(file, layers);
    if (!from) {
      problems.push(
        `${file} is in no layer: add its folder to LAYERS (test/architecture/import-graph.ts) and to docs/architecture.md`,
      );
      continue;
    }
    for (const edge of edges) {
      if (!edge.to.startsWith("src/")) continue;
      const target = resolveIn(graph, edge.to) ?? edge.to;
      const to = layerOf(target, layers);
      const where = `${file}:${edge.line} imports "${edge.specifier}"`;
      if (!to) {
        problems.push(`${where}, which is in no layer`);
        continue;
      }
      if (to.name === from.name) continue;
      if (from.name === "cli") {
        if (
          !CLI_MAY_IMPORT.has(to.name) ||
          (to.name !== "generated" && !(edge.specifier in PUBLIC_ENTRIES))
        ) {
          problems.push(
            `${where} (${to.name}): the CLI is built on the public API only; import it from "@jetty/sdk" or "@jetty/sdk/testing"`,
          );
        }
        continue;
      }
      if (PURE.has(from.name) && to.name === "helpers") {
        const chain = chainAbovePure(target, new Set());
        if (chain !== null) {
          problems.push(
            `${where}: ${from.name} is pure logic, but that helper reaches a layer above it (${chain}); ` +
              "move what it needs below the core or pass it in",
          );
        }
        continue;
      }
      const peer = to.rank === from.rank && (from.peers ?? []).includes(to.name);
      if (to.rank >= from.rank && !peer) {
        problems.push(
          `${where}: ${from.name} (rank ${from.rank}) may not import ${to.name} (rank ${to.rank}), a layer ` +
            `${to.rank === from.rank ? "beside" : "above"} it; see docs/architecture.md`,
        );
      }
    }
  }
  return problems;
}

/** The repository root, from this file's location. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
