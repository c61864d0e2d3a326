/**
 * Every symbol the package exports carries TSDoc with an `@example`: the public API documents
 * itself, and this test keeps it that way as exports are added.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const entries = ["src/index.ts", "src/testing/index.ts"];

function undocumented(entry: string): string[] {
  const program = ts.createProgram([root + entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(root + entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const hasDoc = symbol.getDocumentationComment(checker).length > 0;
    const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === "example");
    if (!hasDoc || !hasExample)
      missing.push(`${exported.getName()}${hasDoc ? " (no @example)" : " (no TSDoc)"}`);
  }
  return missing.sort();
}

describe("TSDoc on the public API", () => {
  for (const entry of entries) {
    it(`every export of ${entry} has TSDoc with an @example`, () => {
      expect(undocumented(entry)).toEqual([]);
    }, 60_000);
  }
});
