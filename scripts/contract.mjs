// The read contract of api-schema.yaml as plain JSON, for `jetty doctor`: every GET operation with a
// JSON 200 response (method, path, response schema) and the component schemas those responses reach,
// with annotations dropped. generate.mjs writes it to src/generated/contract.json.
//
// Only keywords the doctor's checker implements are kept; any other validation keyword in a response
// schema fails generation, so the doctor can never silently ignore part of the documented shape.

/** Validation keywords the checker in src/cli/doctor/schema-check.ts understands. */
const KEPT = new Set([
  "$ref",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "anyOf",
  "oneOf",
  "allOf",
  "enum",
  "const",
  "format",
  "minimum",
  "maximum",
  "minItems",
]);
/** Keywords that document but never constrain a value. */
const ANNOTATIONS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "deprecated",
  "default",
  "contentMediaType",
  "readOnly",
  "writeOnly",
  "externalDocs",
]);
const REF = /^#\/components\/schemas\/([^/]+)$/;

/** Builds the contract document from a parsed OpenAPI 3.1 spec. */
export function buildContract(spec) {
  const components = spec.components?.schemas ?? {};
  const reached = new Set();
  const operations = {};
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const op = item?.get;
    const schema = op?.responses?.["200"]?.content?.["application/json"]?.schema;
    if (!op?.operationId || !schema) continue;
    operations[op.operationId] = {
      method: "GET",
      path,
      response: slim(schema, `${op.operationId}`, reached),
    };
  }
  const schemas = {};
  const queue = [...reached];
  while (queue.length) {
    const name = queue.shift();
    if (Object.hasOwn(schemas, name)) continue;
    if (!Object.hasOwn(components, name)) throw new Error(`api-schema.yaml: $ref to missing schema ${name}`);
    const before = new Set(reached);
    schemas[name] = slim(components[name], `#/components/schemas/${name}`, reached);
    for (const next of reached) if (!before.has(next)) queue.push(next);
  }
  const sorted = Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((name) => [name, schemas[name]]),
  );
  return {
    $comment: "generated from api-schema.yaml by npm run generate — do not edit",
    version: spec.info?.version ?? null,
    operations,
    schemas: sorted,
  };
}

/** The schema with annotations dropped; records every component it references in `reached`. */
function slim(schema, where, reached) {
  if (typeof schema === "boolean") return schema;
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) {
    throw new Error(`api-schema.yaml: ${where} is not a schema object`);
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (!KEPT.has(key)) {
      throw new Error(
        `api-schema.yaml: ${where} uses "${key}", which jetty doctor cannot check yet; ` +
          "teach src/cli/doctor/schema-check.ts the keyword and keep it in scripts/contract.mjs",
      );
    }
    if (key === "$ref") {
      const match = REF.exec(value);
      if (!match) throw new Error(`api-schema.yaml: ${where} has an unsupported $ref ${value}`);
      reached.add(match[1]);
      out.$ref = value;
    } else if (key === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, slim(sub, `${where}.properties.${name}`, reached)]),
      );
    } else if (key === "items" || key === "additionalProperties") {
      out[key] = slim(value, `${where}.${key}`, reached);
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf") {
      out[key] = value.map((sub, index) => slim(sub, `${where}.${key}[${index}]`, reached));
    } else {
      out[key] = value;
    }
  }
  return out;
}
