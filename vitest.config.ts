import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The suites that talk to the emulator through the SDK end to end; the "sparse" project runs them
 * again against `responses: "sparse"`. test/testing asserts the emulator's own full bodies and the
 * pure-logic suites never start an emulator. Of test/cli (minutes of subprocesses), only the
 * commands that render response bodies: trajectories (tables, summaries, errors) and doctor.
 */
const END_TO_END = [
  "test/resources/**/*.test.ts",
  "test/lib/**/*.test.ts",
  "test/cli/trajectories.test.ts",
  "test/cli/doctor.test.ts",
];

export default defineConfig({
  resolve: {
    // Tests and examples import the package by its public name, exactly as users do.
    alias: {
      "@jetty/sdk/testing": src("./src/testing/index.ts"),
      "@jetty/sdk": src("./src/index.ts"),
    },
  },
  test: {
    // Every emulator validates its own answers; see test/setup/emulator-mode.ts.
    setupFiles: ["./test/setup/emulator-mode.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // Lets the soak test force a collection before it compares heap sizes.
    execArgv: ["--expose-gc"],
    reporters: ["default", "./test/summary-reporter.ts"],
    // A developer's own token or API URL must never leak into (or redirect) the test run.
    env: { JETTY_API_TOKEN: "", JETTY_API_URL: "", JETTY_LOG: "" },
    projects: [
      { extends: true, test: { name: "full", include: ["test/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "sparse", include: END_TO_END, env: { JETTY_EMULATOR_RESPONSES: "sparse" } },
      },
    ],
  },
});
