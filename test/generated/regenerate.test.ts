/**
 * The contract drives the code: regenerating from an unchanged api-schema.yaml reproduces the
 * checked-in files exactly, a field added to a schema reaches the types and the Zod schemas, and an
 * operation's data (path, parameters, auth) reaches the operation table.
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

async function generate(spec: string): Promise<{ types: string; schemas: string; operations: string }> {
  const out = await mkdtemp(join(tmpdir(), "jetty-gen-"));
  dirs.push(out);
  await run(process.execPath, [join(root, "scripts/generate.mjs"), "--spec", spec, "--out", out], {
    cwd: root,
  });
  return {
    types: await readFile(join(out, "openapi.d.ts"), "utf8"),
    schemas: await readFile(join(out, "schemas.ts"), "utf8"),
    operations: await readFile(join(out, "operations.ts"), "utf8"),
  };
}

async function specWith(change: (yaml: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "jetty-spec-"));
  dirs.push(dir);
  const spec = join(dir, "api-schema.yaml");
  await writeFile(spec, change(await readFile(join(root, "api-schema.yaml"), "utf8")));
  return spec;
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("npm run generate", () => {
  it("reproduces the checked-in output from the unchanged spec", async () => {
    const fresh = await generate(join(root, "api-schema.yaml"));
    expect(fresh.types).toBe(await generated("openapi.d.ts"));
    expect(fresh.schemas).toBe(await generated("schemas.ts"));
    expect(fresh.operations).toBe(await generated("operations.ts"));
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
    expect(changed.schemas).toMatch(
      /probe_field: \/\* @__PURE__ \*\/ z\.optional\(\/\* @__PURE__ \*\/ z\.int\(\)\)/,
    );
  }, 120_000);

  it("carries an operation's query parameters and security into the operation table", async () => {
    const anchor = "      operationId: getCollection\n      summary: Get a collection\n";
    const spec = await specWith((yaml) => {
      expect(yaml).toContain(anchor);
      return yaml.replace(
        anchor,
        `${anchor}      security: []\n      parameters:\n        - { name: probe, in: query, required: true, schema: { type: string } }\n`,
      );
    });
    const block = (source: string) => /export const getCollection = \{[\s\S]*?\n\}/.exec(source)?.[0];
    const before = block(await generated("operations.ts"));
    const after = block((await generate(spec)).operations);
    expect(before).toContain('auth: "required"');
    expect(before).toContain("query: []");
    expect(after).toContain('auth: "none"');
    expect(after).toContain('query: [{ name: "probe", required: true }]');
  }, 120_000);

  it("refuses an operation whose JSON body is not a component schema, naming it", async () => {
    const anchor = "      operationId: getHealth\n";
    const spec = await specWith((yaml) => {
      expect(yaml).toContain(anchor);
      return yaml.replace(
        /(operationId: getHealth[\s\S]*?application\/json:\n\s+schema: )\{ \$ref: "#\/components\/schemas\/HealthResponse" \}/,
        "$1{ type: object, additionalProperties: true }",
      );
    });
    expect(await readFile(spec, "utf8")).not.toMatch(/getHealth[\s\S]{0,400}HealthResponse/);
    await expect(generate(spec)).rejects.toThrow(
      /GET \/api\/v1\/health.*must be a \$ref to a component schema/,
    );
  }, 120_000);
});
