/**
 * Every operation of api-schema.yaml is wrapped by the SDK and served by the emulator, or listed below
 * with the reason it is not. "Wrapped" is read from the resource modules' code (the descriptors they
 * import and use), "served" from the running emulator (which operation handled a request to each
 * operation's path), so neither list can lie.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, type OperationDescriptor, type OperationId } from "../../src/generated/operations";
import { type Emulator, startEmulator } from "../../src/testing/index";

type Missing = "sdk" | "emulator" | "both";

/** Operations the SDK does not wrap and/or the emulator does not serve, each with the reason. */
const EXCLUDED: Partial<Record<OperationId, { missing: Missing; why: string }>> = {
  deleteCollection: {
    missing: "sdk",
    why: "Admin-only route (a scoped key gets 403); deleting a whole collection is not an SDK verb. The emulator serves it so tests can clean up and see the 403.",
  },
  getCollectionStorage: {
    missing: "both",
    why: "DOCK-only storage settings (jetty-api.md §2.2 [B]); no skill or client reads them, so there is no SDK method to serve.",
  },
  updateCollectionStorage: {
    missing: "both",
    why: "DOCK-only storage settings (jetty-api.md §2.2 [B]); no SDK method, nothing to emulate.",
  },
  updateCollectionOwner: {
    missing: "both",
    why: "DOCK-only admin route that reassigns a collection's owner; no SDK method.",
  },
  listCollectionDatasets: {
    missing: "both",
    why: "A second route to a collection's datasets; the SDK lists them with listDatasets (/api/v1/datasets/{c}).",
  },
  listCollectionAgents: {
    missing: "both",
    why: "Agent assets live only in DOCK's asset store and their element shape is undocumented.",
  },
  searchAllTasks: {
    missing: "both",
    why: "DOCK's global search; tasks.search uses the per-collection route the skills document (DESIGN.md decision).",
  },
  getTaskHistory: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  getTaskVersion: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  searchDatasets: {
    missing: "both",
    why: "Asset-store search across collections; the SDK lists a collection's datasets only.",
  },
  validateCroissant: {
    missing: "both",
    why: "Croissant metadata validation of the asset store; outside the SDK's dataset verbs.",
  },
  replaceDatasetMetadata: {
    missing: "sdk",
    why: "DOCK's metadata replacement; datasets.update (PUT) already sets dataset_metadata. The emulator serves it for raw-HTTP tests.",
  },
  getDatasetPreview: {
    missing: "both",
    why: "Dataset previews (raw bytes) are a web-app feature; no SDK method.",
  },
  updateDatasetPreview: {
    missing: "both",
    why: "Dataset previews (multipart upload) are a web-app feature; no SDK method.",
  },
  getDatasetUpstream: {
    missing: "both",
    why: "Provenance tree of the asset store; no SDK method yet.",
  },
  getDatasetCroissant: {
    missing: "both",
    why: "Croissant JSON-LD export of the asset store; no SDK method.",
  },
  getDatasetHistory: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  getDatasetVersion: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  listAllModels: {
    missing: "both",
    why: "Models across every collection the token sees; the SDK lists a collection's models only.",
  },
  searchModels: {
    missing: "both",
    why: "Asset-store search across collections; the SDK lists a collection's models only.",
  },
  getModelHistory: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  getModelVersion: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  getHealth: {
    missing: "sdk",
    why: "A liveness probe for deployments; the SDK has no health method (any failed call already reports an outage).",
  },
};

const root = fileURLToPath(new URL("../../", import.meta.url));
const resourcesDir = join(root, "src/resources");

interface ResourceModule {
  file: string;
  source: ts.SourceFile;
}

async function resourceModules(): Promise<ResourceModule[]> {
  const names = (await readdir(resourcesDir)).filter((n) => n.endsWith(".ts")).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(resourcesDir, name), "utf8");
      return { file: name, source: ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true) };
    }),
  );
}

/**
 * The operations a module imports from the generated table and uses: an imported descriptor that is
 * never referenced again does not count.
 */
function operationsUsedBy({ source }: ResourceModule): Set<string> {
  const imported = new Map<string, string>(); // local name → exported name
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!from.endsWith("/generated/operations")) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      imported.set(element.name.text, (element.propertyName ?? element.name).text);
    }
  }
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && imported.has(node.text)) used.add(imported.get(node.text)!);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

/** A placeholder request for an operation, with the values its path parameters need. */
function probePath(op: OperationDescriptor): string {
  return op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    op.pathParams.find((p) => p.name === name)?.keepSlashes ? "probe/a/b.txt" : "probe",
  );
}

describe("operation coverage", () => {
  let emulator: Emulator;
  let modules: ResourceModule[];
  const wrapped = new Set<string>();
  const served = new Set<string>();

  beforeAll(async () => {
    modules = await resourceModules();
    for (const m of modules) for (const id of operationsUsedBy(m)) wrapped.add(id);
    emulator = await startEmulator();
    for (const op of OPERATIONS) {
      emulator.clearRequests();
      const response = await fetch(`${emulator.url}${probePath(op)}`, {
        method: op.method,
        headers: { authorization: `Bearer ${emulator.token}` },
        redirect: "manual",
      });
      await response.arrayBuffer();
      // Served means this operation's handler answered, not a route that merely matches the path
      // (GET /api/v1/datasets/search reaches listDatasets for a collection called "search").
      if (emulator.requests[0]?.operationId === op.operationId) served.add(op.operationId);
    }
  }, 60_000);
  afterAll(() => emulator?.close());

  it("finds the SDK's wrapped operations in the resource modules", () => {
    // A sanity floor: the analysis really reads the code (each of these is called by name).
    for (const id of ["getTrajectory", "runTask", "downloadFile", "createChatCompletion", "listModels"]) {
      expect(wrapped, id).toContain(id);
    }
    const known = new Set<string>(OPERATIONS.map((op) => op.operationId));
    expect([...wrapped].filter((id) => !known.has(id))).toEqual([]);
  });

  it("every operation is wrapped and served, or excluded with a reason", () => {
    const uncovered = OPERATIONS.map((op) => op.operationId).filter(
      (id) => !(wrapped.has(id) && served.has(id)) && EXCLUDED[id] === undefined,
    );
    expect(uncovered, "wrap and serve these, or add them to EXCLUDED with a reason").toEqual([]);
  });

  it("every exclusion is a real operation, says why, and states exactly what is missing", () => {
    for (const [id, entry] of Object.entries(EXCLUDED)) {
      expect(
        OPERATIONS.some((op) => op.operationId === id),
        `${id} is not in the table`,
      ).toBe(true);
      expect(entry.why.length, `${id} needs a reason`).toBeGreaterThan(20);
      const actual: Missing | "none" =
        !wrapped.has(id) && !served.has(id)
          ? "both"
          : !wrapped.has(id)
            ? "sdk"
            : !served.has(id)
              ? "emulator"
              : "none";
      expect(actual, `${id}: the exclusion says ${entry.missing} is missing`).toBe(entry.missing);
    }
  });

  it("no resource writes a URL or calls the transport around the operation table", () => {
    const offenders: string[] = [];
    for (const { file, source } of modules) {
      const visit = (node: ts.Node): void => {
        if (
          (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) &&
          /^\/(api\/|v1\/)/.test(node.text)
        ) {
          offenders.push(`${file}: URL literal ${node.text}`);
        }
        if (
          ts.isPropertyAccessExpression(node) &&
          ["request", "stream"].includes(node.name.text) &&
          /_transport$/.test(node.expression.getText(source))
        ) {
          offenders.push(`${file}: ${node.getText(source)} bypasses callOperation/streamOperation`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });
});
