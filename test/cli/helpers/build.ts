/**
 * Builds the `jetty` CLI from source once for the test run: one ESM file (the SDK source bundled in,
 * npm dependencies left to node_modules), so each spawned command starts in a fraction of the time
 * `tsx` would need. The build is keyed by a hash of src/ and reused by every test file.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";

export const root = fileURLToPath(new URL("../../../", import.meta.url));

async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        hash.update(relative(root, path));
        hash.update(await readFile(path));
      }
    }
  };
  await walk(join(root, "src"));
  hash.update(await readFile(join(root, "package.json")));
  return hash.digest("hex").slice(0, 16);
}

let built: Promise<string> | undefined;

/** The path of the built CLI (`node <path> …`), building it on first use. */
export function builtCli(): Promise<string> {
  built ??= (async () => {
    // Inside node_modules so the bundle's bare imports (commander, zod, ky…) resolve to the repo's.
    const dir = join(root, "node_modules", ".cache", "jetty-cli-test", await sourceHash());
    const file = join(dir, "index.js");
    if (existsSync(file)) return file;
    const temp = `${dir}.${process.pid}.tmp`;
    await rm(temp, { recursive: true, force: true });
    await mkdir(temp, { recursive: true });
    await build({
      config: false,
      entry: { index: join(root, "src/cli/index.ts") },
      outDir: temp,
      format: ["esm"],
      platform: "node",
      target: "node20",
      tsconfig: join(root, "tsconfig.json"),
      // The SDK and its emulator come from src/, as the CLI would see the built package.
      noExternal: [/^@jetty\/sdk(\/|$)/],
      // gray-matter is CommonJS that requires "fs": Node loads it from node_modules (the package build
      // bundles it with an empty fs instead, see tsup.config.ts).
      external: ["gray-matter"],
      splitting: false,
      sourcemap: false,
      dts: false,
      clean: false,
      silent: true,
    });
    // Another test file may have finished the same build meanwhile; either copy is the same.
    await rename(temp, dir).catch(() => rm(temp, { recursive: true, force: true }));
    return file;
  })();
  return built;
}
