/**
 * docs/cli.md is real: every ```sh block runs, in order, in one working folder, with `jetty` on PATH,
 * against one emulator. A block that exits non-zero fails the test with its output.
 */
import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtCli, root } from "./helpers/build";
import { tempHome } from "./helpers/cli";

const run = promisify(execFile);
const blocks = [...readFileSync(join(root, "docs", "cli.md"), "utf8").matchAll(/```sh\n([\s\S]*?)```/g)].map(
  (m) => m[1] as string,
);

let emulator: Emulator;
const work = mkdtempSync(join(tmpdir(), "jetty-docs-"));
const bin = mkdtempSync(join(tmpdir(), "jetty-docs-bin-"));
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator();
  const shim = join(bin, "jetty");
  writeFileSync(
    shim,
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(await builtCli())} "$@"\n`,
  );
  chmodSync(shim, 0o755);
  env = {
    PATH: `${bin}:${process.env.PATH ?? ""}`,
    HOME: tempHome(),
    JETTY_API_URL: emulator.url,
    JETTY_API_TOKEN: emulator.token,
    // What a reader would have in their own environment for the examples.
    TOKEN: emulator.token,
    GITHUB_PAT: "ghp_docs_example_value",
  };
});
afterAll(() => emulator.close());

describe("docs/cli.md", () => {
  it("has shell examples", () => {
    expect(blocks.length).toBeGreaterThan(6);
  });

  it("every ```sh block runs against the emulator, in order", async () => {
    for (const [index, block] of blocks.entries()) {
      const result = await run("bash", ["-euo", "pipefail", "-c", block], {
        cwd: work,
        env,
        maxBuffer: 16 << 20,
      }).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
      const failed = (result as { code?: number }).code;
      expect(
        failed,
        `block ${index + 1} failed:\n${block}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
      ).toBeUndefined();
      expect(`${result.stdout}${result.stderr}`).not.toContain(emulator.token);
      expect(`${result.stdout}${result.stderr}`).not.toContain("ghp_docs_example_value");
    }
    // The recipes did what they say.
    expect(emulator.state.tasks.map((t) => t.name).sort()).toEqual([
      "broken",
      "render",
      "repo-audit",
      "test-echo",
    ]);
    expect(Object.keys(emulator.state.env.acme ?? {})).toEqual(["GITHUB_PAT"]);
    expect(
      readFileSync(join(work, "outputs", "image_0.png"))
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
  }, 600_000);
});
