/**
 * Checks on the built package (dist/, from `npm run build`; CI builds before it tests). Skipped with
 * one line when there is no build, as in a fresh clone that has only run `npm ci`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const built = existsSync(join(dist, "index.js")) && existsSync(join(dist, "portable", "index.js"));
if (!built)
  process.stderr.write(
    "skipped: test/build/built-package.test.ts — no dist/ here (run npm run build first)\n",
  );

const load = (file: string) => import(/* @vite-ignore */ pathToFileURL(join(dist, file)).href);
const requireBuilt = createRequire(import.meta.url);

/** The exports that are classes, by export name. */
function classes(module: Record<string, unknown>): Array<[string, { name: string }]> {
  return Object.entries(module).filter(
    (entry): entry is [string, { name: string }] =>
      entry[0] !== "default" &&
      typeof entry[1] === "function" &&
      /^class\b/.test(Function.prototype.toString.call(entry[1])),
  );
}

describe.skipIf(!built)("the built package", () => {
  const entries = {
    "ESM (node)": () => load("index.js"),
    "CommonJS (node)": async () => requireBuilt(join(dist, "index.cjs")) as Record<string, unknown>,
    "portable (workers)": () => load("portable/index.js"),
    "testing ESM": () => load("testing/index.js"),
    "testing CommonJS": async () =>
      requireBuilt(join(dist, "testing", "index.cjs")) as Record<string, unknown>,
  };

  it.each(Object.entries(entries))("%s: every exported class keeps its export name", async (_, get) => {
    const module = await get();
    const found = classes(module);
    if (!("startEmulator" in module)) {
      // The main entry exports the client and the whole error hierarchy as classes.
      expect(found.map(([name]) => name)).toEqual(
        expect.arrayContaining(["Jetty", "APIError", "APIPromise", "Stream"]),
      );
      expect((module.default as { name: string }).name).toBe("Jetty");
    }
    for (const [exportName, value] of found)
      expect({ exportName, name: value.name }).toEqual({ exportName, name: exportName });
  });

  it("the portable build names no node:* module, in any of its files", () => {
    const files = readdirSync(join(dist, "portable")).filter((f) => f.endsWith(".js"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const code = readFileSync(join(dist, "portable", file), "utf8");
      expect(
        code.match(
          /(?:from|import\()\s*["'](?:node:)?(?:fs|path|os|crypto|events|stream|child_process)["'/]/g,
        ),
        file,
      ).toBeNull();
      expect(code.match(/["']node:[a-z_/]+["']/g), file).toBeNull();
    }
  });

  it("the portable build refuses each Node-only feature with a ConfigError naming it", async () => {
    const sdk = await load("portable/index.js");
    const { ConfigError, Jetty, loadRunbook, migrateLegacyToken, parseRunbook } = sdk;
    const refusal = (feature: string) =>
      expect.objectContaining({
        name: "ConfigError",
        message: expect.stringContaining(`${feature} needs Node.js's file system`),
      });

    expect(() => migrateLegacyToken()).toThrow(ConfigError);
    expect(() => migrateLegacyToken()).toThrow(refusal("migrateLegacyToken()"));
    await expect(loadRunbook("./RUNBOOK.md")).rejects.toEqual(refusal("loadRunbook() (jetty.runbooks.load)"));
    expect(() => new Jetty({ tokenFile: "/tmp/token" })).toThrow(refusal("The tokenFile option"));

    // Without a file system there is no default token file to read: no token, no error yet.
    const jetty = new Jetty({ baseURL: "http://127.0.0.1:9" });
    expect(jetty.redactedToken).not.toMatch(/mlc_/);
    await expect(jetty.files.upload("./report.pdf")).rejects.toEqual(
      refusal("Uploading from a local file path"),
    );

    // What needs no file system works as in Node: the safe YAML loader and its self-check included.
    expect(parseRunbook('---\nversion: "1"\nevaluation: rubric\n---\n{{x}}').frontmatter.evaluation).toBe(
      "rubric",
    );
    expect(() => parseRunbook("---\nx: !!js/function 'function () {}'\n---\n")).toThrow(/invalid YAML/);
  });

  it("the CommonJS build requires no ESM-only package", () => {
    for (const file of ["index.cjs", join("testing", "index.cjs")]) {
      const code = readFileSync(join(dist, file), "utf8");
      const required = [...code.matchAll(/require\(["']([^"'./][^"']*)["']\)/g)].map((m) => m[1]!);
      expect(
        required.filter((name) => name === "ky" || name.startsWith("ky/")),
        file,
      ).toEqual([]);
    }
  });
});
