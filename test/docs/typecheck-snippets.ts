/**
 * Shared by the documentation tests: writes code snippets as modules (with the free variables
 * examples take for granted declared, typed as the SDK types them) and type-checks them with tsc.
 */
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Names examples use without defining them, and how they are declared. */
const AMBIENT: Record<string, string> = {
  jetty: "declare const jetty: import('@jetty/sdk').Jetty;",
  messages: "declare const messages: Array<{ role: string; content: string }>;",
  model: "declare const model: string;",
  runbook: "declare const runbook: import('@jetty/sdk').Runbook;",
  runbookText: "declare const runbookText: string;",
  workflow: "declare const workflow: import('@jetty/sdk').WorkflowDocument;",
  trajectory: "declare const trajectory: import('@jetty/sdk').Trajectory;",
  token: "declare const token: string;",
  bytes: "declare const bytes: Uint8Array<ArrayBuffer>;",
  emulator: "declare const emulator: import('@jetty/sdk/testing').Emulator;",
  readFile: "declare const readFile: typeof import('node:fs/promises').readFile;",
  id: "declare const id: string;",
  text: "declare const text: string;",
  markdown: "declare const markdown: string;",
  url: "declare const url: string;",
  response: "declare const response: Response;",
  request: "declare const request: Request;",
  stream: "declare const stream: import('@jetty/sdk').Stream<import('@jetty/sdk').ChatCompletionChunk>;",
  doc: "declare const doc: unknown;",
  payload: "declare const payload: import('@jetty/sdk').IngestTrajectoryParams;",
  name: "declare const name: string;",
  body: "declare const body: string;",
  blob: "declare const blob: Blob;",
  outputPath: "declare const outputPath: string;",
  handle: "declare const handle: import('@jetty/sdk').RunHandle;",
  run: "declare const run: import('@jetty/sdk').RunHandle;",
  inputs: "declare const inputs: Array<Record<string, unknown>>;",
  label: "declare const label: import('@jetty/sdk').LabelCreateParams;",
  trial: "declare const trial: import('@jetty/sdk').TrialInfo;",
  context: "declare const context: import('@jetty/sdk').PathContext;",
  environment: "declare const environment: import('@jetty/sdk').Environment;",
  configured: "declare const configured: string[];",
  controller: "declare const controller: AbortController;",
  transport: "declare const transport: import('../../src/core/transport').Transport;",
  use: "declare function use(value: unknown): void;",
  log: "declare function log(value: unknown): void;",
  render: "declare function render(value: unknown): void;",
  expect: "declare const expect: typeof import('vitest').expect;",
};

export interface Snippet {
  name: string;
  code: string;
  /** Names to import, by module specifier, when the snippet uses them without importing them. */
  imports?: Record<string, readonly string[]>;
  /** Declare the usual free variables (`jetty`, `trajectory`, …) as the SDK types them. Default true. */
  ambient?: boolean;
}

function module(snippet: Snippet): string {
  const code = snippet.code;
  const bare = code.replace(/\/\/.*$/gm, "").replace(/"[^"\n]*"|'[^'\n]*'/g, '""');
  const uses = (name: string) => new RegExp(`(^|[^.\\w$])${name}\\b`).test(bare);
  const declared = (name: string) =>
    new RegExp(
      `\\b(const|let|var|function|class|type|interface)\\s+${name}\\b|[{,]\\s*${name}\\s*[,}][^;\\n]*=|import[^;]*\\b${name}\\b[^;]*from`,
    ).test(code);
  const lines: string[] = [];
  const taken = new Set<string>();
  for (const [from, names] of Object.entries(snippet.imports ?? {})) {
    const needed = names.filter((n) => n !== "default" && !taken.has(n) && uses(n) && !declared(n));
    for (const n of needed) taken.add(n);
    if (needed.length) lines.push(`import { ${needed.join(", ")} } from "${from}";`);
  }
  for (const [name, declaration] of Object.entries(snippet.ambient === false ? {} : AMBIENT)) {
    if (!taken.has(name) && uses(name) && !declared(name)) lines.push(declaration);
  }
  // Each snippet is its own module with top-level await, as in an ESM script.
  return `${lines.join("\n")}\n${code}\nexport {};\n`;
}

/** Type-checks the snippets; resolves with tsc's error output ("" when they all compile). */
export async function typecheckSnippets(folder: string, snippets: Snippet[]): Promise<string> {
  const out = join(root, ".tmp", folder);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const snippet of snippets) await writeFile(join(out, `${snippet.name}.ts`), module(snippet));
  await writeFile(
    join(out, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.json",
      compilerOptions: { noUnusedLocals: false },
      include: ["./*.ts"],
    }),
  );
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  return promisify(execFile)(process.execPath, [tsc, "--noEmit", "-p", join(out, "tsconfig.json")], {
    cwd: root,
  }).then(
    () => "",
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
}
