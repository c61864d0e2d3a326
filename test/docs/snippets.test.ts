/**
 * The TypeScript in README.md, docs/*.md and every TSDoc `@example` is real code: each block must
 * type-check against the SDK, so a misspelt method or a wrong argument shape fails here.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { root, type Snippet, typecheckSnippets } from "./typecheck-snippets";

/** Public names, so examples may use them without spelling out the import (as SDK docs do). */
function exportsOf(entry: string): string[] {
  const program = ts.createProgram([join(root, entry)], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, entry))!;
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((s) => s.getName());
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]),
    ),
  );
  return nested.flat().filter((f) => f.endsWith(".ts") && !f.includes("/generated/"));
}

describe("documentation code", () => {
  it("every ```ts block in README.md and docs/ type-checks", async () => {
    const files = [
      "README.md",
      "MIGRATION.md",
      ...(await readdir(join(root, "docs"))).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
    ];
    const snippets: Snippet[] = [];
    for (const file of files) {
      const text = await readFile(join(root, file), "utf8");
      let index = 0;
      for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
        snippets.push({ name: `${file.replace(/[/.]/g, "_")}_${index++}`, code: match[1]! });
      }
    }
    expect(snippets.length).toBeGreaterThan(15);
    expect(await typecheckSnippets("snippets-docs", snippets)).toBe("");
  }, 120_000);

  it("every 0.4.0 (before) block of MIGRATION.md type-checks against the published @jetty/sdk 0.4.0", async () => {
    const text = await readFile(join(root, "MIGRATION.md"), "utf8");
    const snippets: Snippet[] = [...text.matchAll(/```ts 0\.4\.0\n([\s\S]*?)```/g)].map((m, i) => ({
      name: `migration_before_${i}`,
      // The "before" code imports @jetty/sdk as a 0.4.0 user did; here that is the dev dependency.
      code: m[1]!.replaceAll('from "@jetty/sdk"', 'from "jetty-sdk-0.4.0"'),
      ambient: false,
    }));
    expect(snippets.length).toBeGreaterThan(8);
    expect(await typecheckSnippets("snippets-migration-0.4", snippets)).toBe("");
  }, 120_000);

  it("every TSDoc @example in src/ type-checks", async () => {
    const sdk = exportsOf("src/index.ts");
    const testing = exportsOf("src/testing/index.ts");
    const snippets: Snippet[] = [];
    for (const file of await sourceFiles(join(root, "src"))) {
      const text = await readFile(file, "utf8");
      // An internal module's examples may use that module's own exports.
      const local = [
        ...text.matchAll(
          /export (?:async )?(?:function\*?|const|class|type|interface|abstract class) (\w+)/g,
        ),
      ].map((m) => m[1]!);
      const imports = {
        "@jetty/sdk": sdk,
        "@jetty/sdk/testing": testing,
        [file.replace(/\.ts$/, "")]: local,
      };
      let index = 0;
      for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
        for (const block of comment[1]!.matchAll(/```ts\n([\s\S]*?)```/g)) {
          const code = block[1]!
            .split("\n")
            .map((line) => line.replace(/^\s*\* ?/, ""))
            .join("\n");
          snippets.push({ name: `${relative(root, file).replace(/\W/g, "_")}_${index++}`, code, imports });
        }
      }
    }
    expect(snippets.length).toBeGreaterThan(250);
    expect(await typecheckSnippets("snippets-tsdoc", snippets)).toBe("");
  }, 180_000);
});
