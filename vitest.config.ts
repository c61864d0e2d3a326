import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // Secrets must never leak into test output: the suite sets a fake token env var of its own.
    env: { JETTY_API_TOKEN: "", JETTY_API_URL: "", JETTY_LOG: "" },
  },
});
