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
import { OPERATIONS, type OperationDescriptor } from "../../src/generated/operations";
import { type Emulator, startEmulator } from "../../src/testing/index";
import { EXCLUDED, type Missing } from "./exclusions";

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
