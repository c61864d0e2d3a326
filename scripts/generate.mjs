#!/usr/bin/env node
// Regenerates src/generated/ from api-schema.yaml:
//   openapi.d.ts      types from openapi-typescript
//   schemas.ts        Zod v4 schemas from @hey-api/openapi-ts's `zod` plugin
//   operations.ts     one plain-data descriptor per operation (scripts/operations.mjs), built from the
//                     document hey-api parsed, so it and schemas.ts always read the same spec
//   enums.ts          the values of every closed enum component, as plain constants (no zod needed)
//   openapi-json.ts   the spec itself as JSON text, which the emulator serves at GET /openapi.json
//                     (embedded: the emulator ships in the package, without api-schema.yaml)
//   contract.json     the read operations' response schemas as JSON, for `jetty doctor` (scripts/contract.mjs)
//
//   node scripts/generate.mjs           write the files
//   node scripts/generate.mjs --check   exit 1 if the checked-in files differ from a fresh run
//   node scripts/generate.mjs --spec F --out D   generate from another spec into another folder
//                                                (the tests use it to prove a spec change reaches the files)
//
// openapi-typescript works in memory; hey-api writes into a private temp dir from which only
// zod.gen.ts is taken, so anything else it emits (entry files, logs) never reaches the repo.

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createClient } from "@hey-api/openapi-ts";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import YAML from "yaml";
import { buildContract } from "./contract.mjs";
import { operationsModule } from "./operations.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SPEC = argument("--spec") ?? join(ROOT, "api-schema.yaml");
const OUT_DIR = argument("--out") ?? join(ROOT, "src", "generated");

function argument(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const HEADER = "// generated from api-schema.yaml by npm run generate — do not edit\n";
const FILES = ["openapi.d.ts", "schemas.ts", "operations.ts", "enums.ts", "openapi-json.ts", "contract.json"];

async function generateTypes() {
  const ast = await openapiTS(pathToFileURL(SPEC), {
    silent: true,
    // Keep the YAML's order so a diff of the output reads like a diff of the spec.
    alphabetize: false,
  });
  return finish(astToString(ast));
}

// hey-api's default object output is `z.object`, which strips unknown keys; the SDK promises to
// keep fields the server adds later, so every object with properties becomes `z.looseObject`.
// Pure maps (`additionalProperties: <schema>` and no properties) stay `z.record`. The resolver
// also refuses shapes the looseObject output would silently misrepresent.
function looseObjectResolver(ctx) {
  // `ctx.path` is a codegen-core Ref wrapping the JSON path of the schema being emitted.
  const path = ctx.path?.["~ref"];
  const where = Array.isArray(path) ? `#/${path.join("/")}` : "an object schema";
  const extra = ctx.schema.additionalProperties;
  const hasProperties = Boolean(ctx.schema.properties && Object.keys(ctx.schema.properties).length);
  if (extra?.type === "never") {
    throw new Error(`api-schema.yaml: ${where} sets additionalProperties: false; objects must stay open`);
  }
  if (hasProperties && extra && extra.type !== "unknown") {
    throw new Error(
      `api-schema.yaml: ${where} mixes properties with typed additionalProperties; the generated Zod would ignore the latter`,
    );
  }
  if (!hasProperties && extra) return undefined;
  const z = ctx.plugin.imports.z;
  return ctx.$(z).attr("looseObject").call(ctx.nodes.shape(ctx));
}

/** Zod schemas, and the parsed (still $ref'd) document they were generated from. */
async function generateZod() {
  const dir = await mkdtemp(join(tmpdir(), "jetty-zod-"));
  let document;
  try {
    await createClient({
      input: SPEC,
      output: {
        path: dir,
        clean: true,
        entryFile: false,
        header: null,
        tsConfigPath: join(ROOT, "tsconfig.json"),
      },
      // Failures still surface: createClient rejects, and the catch below unwraps the cause.
      logs: { level: "silent", file: false },
      parser: {
        // Only component schemas are part of the Zod contract. Left in, parameter and request-body
        // components would be emitted as well and collide with schema names (zCollection2, ...).
        patch: {
          input: (spec) => {
            document = structuredClone(spec);
            spec.paths = {};
            spec.components = { schemas: spec.components?.schemas ?? {} };
          },
        },
        // ChatCompletionChunk is referenced by no operation (it only travels inside SSE frames).
        filters: { orphans: true },
      },
      plugins: [
        {
          name: "zod",
          compatibilityVersion: "mini",
          // Server timestamps may carry an offset (`+02:00`) or none at all (naive Python datetimes).
          dates: { offset: true, local: true },
          // `preserve` keeps acronyms intact: zHTTPValidationError, not zHttpValidationError.
          definitions: { name: "z{{name}}", case: "preserve" },
          requests: false,
          responses: false,
          webhooks: false,
          $resolvers: { object: looseObjectResolver },
        },
      ],
    }).catch((error) => {
      throw error?.originalError?.error ?? error;
    });
    const produced = await readdir(dir);
    if (!produced.includes("zod.gen.ts")) {
      throw new Error(
        `@hey-api/openapi-ts produced no zod.gen.ts (got: ${produced.join(", ") || "nothing"})`,
      );
    }
    const source = await readFile(join(dir, "zod.gen.ts"), "utf8");
    if (!document) throw new Error("@hey-api/openapi-ts never handed over the parsed spec");
    return { zod: finish(source), document };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function generateJson() {
  const document = YAML.parse(await readFile(SPEC, "utf8"));
  return finish(
    "/** api-schema.yaml as JSON text: what the emulator serves at `GET /openapi.json`. */\n" +
      `export const OPENAPI_JSON: string = ${JSON.stringify(JSON.stringify(document))};`,
  );
}

/** `export const <Name>Values = [...] as const` for every component schema with an `enum`. */
function generateEnums(spec) {
  const schemas = YAML.parse(spec).components?.schemas ?? {};
  const blocks = Object.entries(schemas)
    .filter(([, schema]) => Array.isArray(schema?.enum))
    .map(
      ([name, schema]) =>
        `/** The values of \`${name}\` (as its schema \`z${name}\` accepts them), without loading zod. */\n` +
        `export const ${name}Values = ${JSON.stringify(schema.enum)} as const;`,
    );
  return finish(blocks.join("\n\n"));
}

function finish(source) {
  const body = source.replace(/\r\n/g, "\n").replace(/^\s+/, "").replace(/\s+$/, "");
  return `${HEADER}\n${markPure(body)}\n`;
}

/**
 * Marks every schema-building call as free of side effects (`z.string()`, `zTask.optional()`), so a
 * bundler drops the schemas an application never reaches instead of keeping all of them, and zod.
 */
function markPure(source) {
  return source.replace(/(?<![\w$.])(z[A-Z]\w*|z)\.(\w+)\(/g, "/* @__PURE__ */ $1.$2(");
}

function componentNames(dts) {
  const file = ts.createSourceFile("openapi.d.ts", dts, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const components = file.statements.find(
    (s) => ts.isInterfaceDeclaration(s) && s.name.text === "components",
  );
  const schemas = components?.members.find(
    (m) => ts.isPropertySignature(m) && m.name.getText(file) === "schemas",
  );
  if (!schemas?.type || !ts.isTypeLiteralNode(schemas.type)) {
    throw new Error("openapi.d.ts has no components.schemas");
  }
  return schemas.type.members.map((m) => m.name.getText(file).replace(/^["']|["']$/g, ""));
}

function zodExports(source) {
  const file = ts.createSourceFile("schemas.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const decl of statement.declarationList.declarations) names.push(decl.name.getText(file));
  }
  return names;
}

// Other modules import `z<Component>` by name; fail here rather than in their type-check if the
// generator ever renames, drops or adds an export.
function assertNamingContract(dts, zod) {
  const expected = componentNames(dts).map((n) => `z${n}`);
  const actual = zodExports(zod);
  const missing = expected.filter((n) => !actual.includes(n));
  const unexpected = actual.filter((n) => !expected.includes(n));
  if (missing.length || unexpected.length) {
    throw new Error(
      [
        "schemas.ts exports do not match the component schemas of api-schema.yaml",
        missing.length ? `  missing:    ${missing.join(", ")}` : "",
        unexpected.length ? `  unexpected: ${unexpected.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
}

async function generate() {
  const [dts, { zod, document }, json, spec] = await Promise.all([
    generateTypes(),
    generateZod(),
    generateJson(),
    readFile(SPEC, "utf8"),
  ]);
  assertNamingContract(dts, zod);
  const operations = finish(operationsModule(document, new Set(zodExports(zod))));
  const contract = `${JSON.stringify(buildContract(YAML.parse(spec)), null, 1)}\n`;
  return {
    "openapi.d.ts": dts,
    "schemas.ts": zod,
    "operations.ts": operations,
    "enums.ts": generateEnums(spec),
    "openapi-json.ts": json,
    "contract.json": contract,
  };
}

async function readIfExists(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error && error.code === "ENOENT") return undefined;
    throw error;
  }
}

async function check(outputs) {
  const problems = [];
  for (const name of FILES) {
    const current = await readIfExists(join(OUT_DIR, name));
    const rel = relative(ROOT, join(OUT_DIR, name));
    if (current === undefined) problems.push(`  missing:  ${rel}`);
    else if (current !== outputs[name]) problems.push(`  differs:  ${rel}`);
  }
  const present = await readdir(OUT_DIR).catch(() => []);
  for (const name of present.filter((n) => !FILES.includes(n)).sort()) {
    problems.push(
      `  unexpected: ${relative(ROOT, join(OUT_DIR, name))} (nothing else may write to src/generated)`,
    );
  }
  if (problems.length) {
    console.error(
      `src/generated is out of date with api-schema.yaml:\n${problems.join("\n")}\nRun \`npm run generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log("src/generated is up to date with api-schema.yaml.");
}

async function write(outputs) {
  await mkdir(OUT_DIR, { recursive: true });
  for (const name of FILES) {
    const path = join(OUT_DIR, name);
    if ((await readIfExists(path)) === outputs[name]) continue;
    await writeFile(path, outputs[name]);
    console.log(`wrote ${relative(ROOT, path)}`);
  }
}

const outputs = await generate();
if (process.argv.includes("--check")) await check(outputs);
else await write(outputs);
