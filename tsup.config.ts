import { readFile } from "node:fs/promises";
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

/**
 * src/runbooks/gray-matter.ts becomes a function that `require`s gray-matter when first called. The
 * require is of a bundled module, so it works in every output format (esbuild resolves it at build
 * time); gray-matter, being CommonJS, would otherwise be evaluated wherever it is imported, at load.
 */
const lazyGrayMatter: Plugin = {
  name: "lazy-gray-matter",
  setup(build) {
    const wrapper = join(root, "src", "runbooks", "gray-matter.ts");
    build.onResolve({ filter: /\/gray-matter$/ }, (args) =>
      join(args.resolveDir, `${args.path}.ts`) === wrapper
        ? { path: wrapper, namespace: "lazy-gray-matter" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-gray-matter" }, () => ({
      contents:
        'let loaded;\nexport function grayMatter() {\n  return (loaded ??= require("gray-matter"));\n}\n',
      loader: "js",
      resolveDir: root,
    }));
  },
};

/**
 * gray-matter's `javascript` engine calls `eval`. The SDK never lets it run (runbooks/parse.ts replaces
 * every code engine with a refusal), and a direct `eval` anywhere in an output file stops bundlers
 * from tree-shaking that whole file, so the build replaces it with a throw. The build fails if
 * gray-matter's source changes shape.
 */
const grayMatterWithoutEval: Plugin = {
  name: "gray-matter-without-eval",
  setup(build) {
    build.onLoad({ filter: /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const evaluated = "return eval(str) || {};";
      if (!source.includes(evaluated)) throw new Error(`${args.path}: gray-matter's eval call moved`);
      const refused = 'throw new Error("@jetty/sdk never evaluates code frontmatter");';
      return { contents: source.replace(evaluated, refused), loader: "js" };
    });
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

/**
 * Extra entries of the ESM builds, so the bundled packages land in chunk files of their own. Inside one
 * file a bundler keeps whatever looks like a side effect (ky's feature checks, the `__commonJS()`
 * wrappers around gray-matter); a whole file nothing imports from is dropped (`sideEffects: false`).
 */
const VENDOR_ENTRIES = { "vendor/ky": "src/vendor/ky.ts", "vendor/gray-matter": "src/vendor/gray-matter.ts" };

const shared: Options = {
  sourcemap: true,
  // The output folder is emptied by `npm run build` itself: the configs below build side by side.
  clean: false,
  // No `keepNames`: its `__name()` calls are statements a consumer's bundler must keep, so nothing
  // could tree-shake. Exported classes keep their names because none refers to itself inside its own
  // body (esbuild renames those to `_Name`); test/build/built-package.test.ts checks every one.
  noExternal: BUNDLED,
  esbuildPlugins: [grayMatterWithoutFs, grayMatterWithoutEval, lazyGrayMatter],
};

export default defineConfig([
  {
    ...shared,
    // The Node build (export condition `node`, which Bun and Deno take too), ESM and CommonJS. The
    // ESM build is split into chunks (the main and testing entries share them; rarely used parts load
    // when first used); the CommonJS build is one file per entry.
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", ...VENDOR_ENTRIES },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" } },
    target: "node20",
    platform: "node",
  },
  {
    ...shared,
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
    format: ["cjs"],
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
    esbuildPlugins: [grayMatterWithoutFs, grayMatterWithoutEval, lazyGrayMatter, cliImportsTestingEntry],
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
    entry: { index: "src/index.ts", ...VENDOR_ENTRIES },
    outDir: "dist/portable",
    format: ["esm"],
    target: "es2022",
    platform: "neutral",
    esbuildPlugins: [grayMatterWithoutFs, grayMatterWithoutEval, lazyGrayMatter, portablePlatform],
    inject: ["src/platform/gray-matter-buffer.ts"],
    esbuildOptions(options) {
      // gray-matter's dependencies predate `exports`; "neutral" would otherwise look at no field.
      options.mainFields = ["module", "main"];
    },
  },
]);
