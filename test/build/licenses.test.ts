/**
 * Every npm package bundled into dist/ ships its licence in THIRD_PARTY_LICENSES (which the package
 * includes). The bundled packages are read from the build's source maps, so a dependency that starts
 * being bundled fails here until `node scripts/third-party-licenses.mjs` is run. Skipped without a build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundledPackageDirs, licensesText } from "../../scripts/third-party-licenses.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const built = existsSync(join(root, "dist", "index.js"));
if (!built)
  process.stderr.write("skipped: test/build/licenses.test.ts — no dist/ here (run npm run build first)\n");

describe.skipIf(!built)("THIRD_PARTY_LICENSES", () => {
  it("names every bundled package, with its licence text, and is current", () => {
    // Read inside the test: a skipped describe still runs its body, and there is no dist/ to read then.
    const shipped = readFileSync(join(root, "THIRD_PARTY_LICENSES"), "utf8");
    const dirs = bundledPackageDirs(join(root, "dist"));
    const names = dirs.map((dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name);
    // ky and gray-matter are bundled on purpose (tsup.config.ts), and gray-matter brings its own deps.
    expect(names).toEqual(
      expect.arrayContaining(["ky", "gray-matter", "js-yaml", "kind-of", "section-matter"]),
    );
    for (const name of names) expect(shipped).toMatch(new RegExp(`^${name}@\\d`, "m"));
    expect(shipped).toContain(readFileSync(join(root, "node_modules", "ky", "license"), "utf8").trim());
    expect(shipped).toBe(licensesText(dirs));
  });

  it("is in the published files", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("THIRD_PARTY_LICENSES");
  });
});
