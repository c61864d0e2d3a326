/**
 * The contract drives the code: regenerating from an unchanged api-schema.yaml reproduces the
 * checked-in files exactly, and a field added to a schema reaches both generated files.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const generated = (name: string) => readFile(join(root, "src/generated", name), "utf8");
const dirs: string[] = [];

async function generate(spec: string): Promise<{ types: string; schemas: string }> {
  const out = await mkdtemp(join(tmpdir(), "jetty-gen-"));
  dirs.push(out);
  await run(process.execPath, [join(root, "scripts/generate.mjs"), "--spec", spec, "--out", out], {
    cwd: root,
  });
  return {
    types: await readFile(join(out, "openapi.d.ts"), "utf8"),
    schemas: await readFile(join(out, "schemas.ts"), "utf8"),
  };
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("npm run generate", () => {
  it("reproduces the checked-in output from the unchanged spec", async () => {
    const fresh = await generate(join(root, "api-schema.yaml"));
    expect(fresh.types).toBe(await generated("openapi.d.ts"));
    expect(fresh.schemas).toBe(await generated("schemas.ts"));
  }, 120_000);

  it("carries a field added to a schema into both the types and the Zod schemas", async () => {
    const yaml = await readFile(join(root, "api-schema.yaml"), "utf8");
    const anchor = "    Collection:\n      type: object\n      required: [name]\n      properties:\n";
    expect(yaml).toContain(anchor);
    const dir = await mkdtemp(join(tmpdir(), "jetty-spec-"));
    dirs.push(dir);
    const spec = join(dir, "api-schema.yaml");
    await writeFile(spec, yaml.replace(anchor, `${anchor}        probe_field: { type: integer }\n`));
    const changed = await generate(spec);
    expect(await generated("openapi.d.ts")).not.toContain("probe_field");
    expect(changed.types).toMatch(/probe_field\?: number/);
    expect(changed.schemas).toMatch(/probe_field: z\.int\(\)\.optional\(\)/);
  }, 120_000);
});
