/**
 * The TypeScript in README.md and docs/*.md is real code: every ```ts block must type-check against
 * the SDK. Free variables a snippet takes for granted (a client, a runbook, messages…) are declared
 * for it, typed as the SDK types them, so a wrong method name or argument shape fails this test.
 */
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = join(root, ".tmp", "snippets");

/** Names snippets may use without defining them, and how they are declared. */
const AMBIENT: Record<string, string> = {
  jetty: "declare const jetty: import('@jetty/sdk').Jetty;",
  messages: "declare const messages: Array<{ role: string; content: string }>;",
  model: "declare const model: string;",
  runbook: "declare const runbook: import('@jetty/sdk').Runbook;",
  workflow: "declare const workflow: import('@jetty/sdk').WorkflowDocument;",
  trajectory: "declare const trajectory: import('@jetty/sdk').Trajectory;",
  token: "declare const token: string;",
  bytes: "declare const bytes: Uint8Array;",
  emulator: "declare const emulator: import('@jetty/sdk/testing').Emulator;",
  readFile: "declare const readFile: typeof import('node:fs/promises').readFile;",
};

async function snippets(): Promise<Array<{ name: string; code: string }>> {
  const files = [
    "README.md",
    ...(await readdir(join(root, "docs"))).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
  ];
  const found: Array<{ name: string; code: string }> = [];
  for (const file of files) {
    const text = await readFile(join(root, file), "utf8");
    let index = 0;
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      found.push({ name: `${file.replace(/[/.]/g, "_")}_${index++}`, code: match[1]! });
    }
  }
  return found;
}

function withAmbient(code: string): string {
  const declared = (name: string) =>
    new RegExp(`\\b(const|let|var|function|class)\\s+${name}\\b|import[^;]*\\b${name}\\b[^;]*from`).test(
      code,
    );
  const preamble = Object.entries(AMBIENT)
    .filter(([name, _]) => new RegExp(`\\b${name}\\b`).test(code) && !declared(name))
    .map(([, declaration]) => declaration);
  // Each snippet is its own module with top-level await, as in an ESM script.
  return `${preamble.join("\n")}\n${code}\nexport {};\n`;
}

describe("documentation snippets", () => {
  it("every ```ts block in README.md and docs/ type-checks", async () => {
    const blocks = await snippets();
    expect(blocks.length).toBeGreaterThan(15);
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    for (const block of blocks) await writeFile(join(out, `${block.name}.ts`), withAmbient(block.code));
    await writeFile(
      join(out, "tsconfig.json"),
      JSON.stringify({
        extends: "../../tsconfig.json",
        compilerOptions: { noUnusedLocals: false, module: "ESNext", target: "ES2022", baseUrl: "../.." },
        include: ["./*.ts"],
      }),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const result = await promisify(execFile)(
      process.execPath,
      [tsc, "--noEmit", "-p", join(out, "tsconfig.json")],
      {
        cwd: root,
      },
    ).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("");
  }, 120_000);
});
