import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests and examples import the package by its public name, exactly as users do.
    alias: {
      "@jetty/sdk/testing": src("./src/testing/index.ts"),
      "@jetty/sdk": src("./src/index.ts"),
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // Lets the soak test force a collection before it compares heap sizes.
    execArgv: ["--expose-gc"],
    reporters: ["default", "./test/summary-reporter.ts"],
    // A developer's own token or API URL must never leak into (or redirect) the test run.
    env: { JETTY_API_TOKEN: "", JETTY_API_URL: "", JETTY_LOG: "" },
  },
});
