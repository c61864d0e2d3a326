import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Bundled rather than imported at run time:
 * - ky is ESM-only, so `require("@jetty/sdk")` cannot load it on Node < 20.19 / < 22.12;
 * - gray-matter is CommonJS that calls `require("fs")`, which breaks ESM bundles and workers;
 * both are pinned exactly anyway, so bundling costs no deduplication, and one file loads faster than
 * their module graphs. zod and eventsource-parser stay dependencies (dual CJS/ESM, loaded when used).
 */
const BUNDLED = ["ky", "gray-matter"];

/**
 * gray-matter reads `fs` only for `matter.read(path)`, which the SDK never calls (`loadRunbook` reads
 * files itself). An empty module in its place lets gray-matter load inside an ESM bundle or a worker.
 */
const grayMatterWithoutFs: Plugin = {
  name: "gray-matter-without-fs",
  setup(build) {
    build.onResolve({ filter: /^fs$/ }, (args) =>
      args.importer.includes(`${sep}gray-matter${sep}`)
        ? { path: "fs", namespace: "gray-matter-no-fs" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "gray-matter-no-fs" }, () => ({
      contents: "module.exports = {};",
      loader: "js",
    }));
  },
};

/** The portable build: every import of src/platform/node.ts gets src/platform/portable.ts instead. */
const portablePlatform: Plugin = {
  name: "portable-platform",
  setup(build) {
    const node = join(root, "src", "platform", "node.ts");
    const portable = join(root, "src", "platform", "portable.ts");
    build.onResolve({ filter: /platform\/node$/ }, (args) =>
      join(args.resolveDir, `${args.path}.ts`) === node ? { path: portable } : undefined,
    );
  },
};

/** The CLI imports the testing entry (`./index`) as the built file beside it, not as a second copy. */
const cliImportsTestingEntry: Plugin = {
  name: "cli-imports-testing-entry",
  setup(build) {
    const testing = join(root, "src", "testing", "index.ts");
    build.onResolve({ filter: /^\.\/index$/ }, (args) =>
      join(args.resolveDir, `${args.path}.ts`) === testing
        ? { path: "./index.js", external: true }
        : undefined,
    );
  },
};

const shared: Options = {
  sourcemap: true,
  // The output folder is emptied by `npm run build` itself: the configs below build side by side.
  clean: false,
  // No `keepNames`: its `__name()` calls are statements a consumer's bundler must keep, so nothing
  // could tree-shake. Exported classes keep their names because none refers to itself inside its own
  // body (esbuild renames those to `_Name`); test/build/built-package.test.ts checks every one.
  noExternal: BUNDLED,
  esbuildPlugins: [grayMatterWithoutFs],
};

export default defineConfig([
  {
    ...shared,
    // The Node build (export condition `node`, which Bun and Deno take too), ESM and CommonJS. The
    // ESM build is split into chunks (the main and testing entries share them; rarely used parts load
    // when first used); the CommonJS build is one file per entry.
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "node20",
    platform: "node",
  },
  {
    ...shared,
    entry: { "testing/cli": "src/testing/cli.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    esbuildPlugins: [grayMatterWithoutFs, cliImportsTestingEntry],
  },
  {
    ...shared,
    // The `jetty` CLI imports the SDK by its public name: keep it a real import of the package's own
    // entry points (a self-reference) instead of bundling a second copy of the SDK into the CLI.
    entry: { "cli/index": "src/cli/index.ts" },
    external: [/^@jetty\/sdk(\/|$)/],
    format: ["esm"],
    target: "node20",
    platform: "node",
  },
  {
    ...shared,
    // The portable build of the main entry (conditions `workerd`, `worker`, `browser`, `default`):
    // no `node:*` import anywhere in it; the Node-only features throw a ConfigError instead.
    // Its own folder, so the chunks it loads lazily (the schemas) sit beside it, apart from Node's.
    entry: { index: "src/index.ts" },
    outDir: "dist/portable",
    format: ["esm"],
    target: "es2022",
    platform: "neutral",
    esbuildPlugins: [grayMatterWithoutFs, portablePlatform],
    inject: ["src/platform/gray-matter-buffer.ts"],
    esbuildOptions(options) {
      // gray-matter's dependencies predate `exports`; "neutral" would otherwise look at no field.
      options.mainFields = ["module", "main"];
    },
  },
]);
