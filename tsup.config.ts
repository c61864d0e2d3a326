import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "testing/index": "src/testing/index.ts",
    "testing/cli": "src/testing/cli.ts",
    "cli/index": "src/cli/index.ts",
  },
  // The `jetty` CLI imports the SDK by its public name: keep it a real import of the package's own
  // entry points (a self-reference) instead of bundling a second copy of the SDK into the CLI.
  external: [/^@jetty\/sdk(\/|$)/],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  splitting: false,
  treeshake: true,
});
