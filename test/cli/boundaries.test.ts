/**
 * The CLI is built only on the SDK's public API, and the SDK does not pay for it: `import "@jetty/sdk"`
 * loads neither the CLI, its argument parser, nor the contract data the doctor bundles.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { root } from "./helpers/build";

const run = promisify(execFile);
const cliDir = join(root, "src", "cli");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every module specifier a source text imports (static, dynamic and type-only). */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The public entry points, npm packages and data the CLI may import besides its own modules. */
const PUBLIC = new Set(["@jetty/sdk", "@jetty/sdk/testing", "commander"]);
const DATA = new Set([join(root, "package.json"), join(root, "src", "generated", "contract.json")]);

/** The imports of a CLI source file that break the rule. */
function violations(file: string, text = readFileSync(file, "utf8")): string[] {
  return importsOf(text).filter((specifier) => {
    if (specifier.startsWith("node:") || PUBLIC.has(specifier)) return false;
    if (!specifier.startsWith(".")) return true;
    const target = resolve(dirname(file), specifier);
    return !(DATA.has(target) || target.startsWith(`${cliDir}/`));
  });
}

describe("the CLI uses only the public API", () => {
  it("src/cli imports nothing of the SDK but @jetty/sdk and @jetty/sdk/testing", () => {
    const files = sourceFiles(cliDir);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) =>
      violations(file).map((specifier) => `${relative(root, file)}: ${specifier}`),
    );
    expect(found).toEqual([]);
  });

  it("the rule catches internal modules, deep package paths and other packages", () => {
    const file = join(cliDir, "commands", "example.ts");
    const text = [
      'import { Transport } from "../../core/transport";',
      'import type { zTask } from "../../generated/schemas";',
      'import { x } from "@jetty/sdk/dist/index.js";',
      'const lazy = await import("ky");',
      'import { Jetty } from "@jetty/sdk";',
      'import { version } from "../../../package.json";',
      'import { Output } from "../output";',
    ].join("\n");
    expect(violations(file, text)).toEqual([
      "../../core/transport",
      "../../generated/schemas",
      "@jetty/sdk/dist/index.js",
      "ky",
    ]);
  });
});

/**
 * Loads `entry` in a fresh Node with a resolve hook that records every module it loads, and returns
 * their URLs. `tsx` maps `@jetty/sdk` to src/index.ts through tsconfig paths, as the tests do.
 */
async function loadedBy(entry: string, withTsx: boolean): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "jetty-graph-"));
  const log = join(dir, "loaded.txt");
  const hook = join(dir, "hook.mjs");
  await import("node:fs/promises").then((fs) =>
    fs.writeFile(
      hook,
      `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + "\\n");
  return result;
}`,
    ),
  );
  const register = `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(hook).href)});`;
  const args = [
    ...(withTsx ? ["--import", "tsx"] : []),
    "--import",
    `data:text/javascript,${encodeURIComponent(register)}`,
    "-e",
    `await import(${JSON.stringify(entry)});`,
    "--input-type=module",
  ];
  await run(process.execPath, args, { cwd: root, env: { ...process.env, NODE_NO_WARNINGS: "1" } });
  return existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [];
}

const cliOnly = (urls: string[]) =>
  urls.filter(
    (url) =>
      url.includes("/node_modules/commander/") || url.includes("/src/cli/") || url.endsWith("contract.json"),
  );

describe('import "@jetty/sdk" does not load the CLI', () => {
  it("from source: no commander, no src/cli, no contract.json (and the probe does see them for the CLI)", async () => {
    const sdk = await loadedBy("@jetty/sdk", true);
    expect(sdk.some((url) => url.endsWith("/src/index.ts"))).toBe(true);
    expect(cliOnly(sdk)).toEqual([]);
    const cli = await loadedBy(pathToFileURL(join(cliDir, "program.ts")).href, true);
    expect(cliOnly(cli).length).toBeGreaterThan(2);
  }, 120_000);

  it.runIf(existsSync(join(root, "dist", "index.js")) && existsSync(join(root, "dist", "cli", "index.js")))(
    "from the built package: dist/index.js loads no CLI module; dist/cli imports the SDK by its public name",
    async () => {
      const sdk = await loadedBy(pathToFileURL(join(root, "dist", "index.js")).href, false);
      expect(sdk.length).toBeGreaterThan(0);
      expect(cliOnly(sdk)).toEqual([]);
      expect(sdk.some((url) => url.includes("/dist/cli/"))).toBe(false);
      const bundle = readFileSync(join(root, "dist", "cli", "index.js"), "utf8");
      expect(bundle.startsWith("#!/usr/bin/env node\n")).toBe(true);
      expect(bundle).toMatch(/from ['"]@jetty\/sdk['"]/);
      expect(bundle).toMatch(/from ['"]commander['"]/);
      const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
        bin: Record<string, string>;
      };
      expect(pkg.bin.jetty).toBe("./dist/cli/index.js");
      const { stdout } = await run(process.execPath, [join(root, pkg.bin.jetty as string), "--version"], {
        cwd: tmpdir(),
      });
      expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
    },
    120_000,
  );
});
