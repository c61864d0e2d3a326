// Builds src/generated/operations.ts: one descriptor per operation of api-schema.yaml, as plain data
// that both the SDK's resources (through src/core/operation.ts) and the emulator's router read.
//
// The spec is the only input; anything it does not say is refused here rather than guessed:
// every operation needs an operationId, every `{param}` of a path template a declared path
// parameter, and every JSON body a `$ref` to a component schema (so a descriptor can point at the
// generated `z<Component>` by name). Vendor extensions the table reads:
//   x-jetty-keep-slashes: true   on a path parameter whose value keeps its `/` (a storage path)
//   x-jetty-event-schema: $ref   on a text/event-stream response: the schema of each event's data
//   x-jetty-any-body: true       on an operation whose success body is undocumented: any 2xx body
//                                (empty, 204, any JSON, plain text) is a success, never a shape error

const METHODS = ["get", "head", "post", "put", "patch", "delete"];
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE"]);

/**
 * The source of operations.ts for a parsed OpenAPI document. `schemaExports` are the names
 * schemas.ts exports, so a descriptor never points at a schema that does not exist.
 */
export function operationsModule(document, schemaExports) {
  const operations = collect(document);
  const used = new Set();
  const schema = (name, where) => {
    if (name === undefined) return "undefined";
    const exported = `z${name}`;
    if (!schemaExports.has(exported)) throw new Error(`${where}: no generated schema ${exported}`);
    used.add(exported);
    return `{ name: "${exported}" } as SchemaRef<typeof ${exported}>`;
  };
  const blocks = operations.map((op) => {
    const where = `${op.method} ${op.path} (${op.operationId})`;
    return [
      `/** \`${op.method} ${op.path}\`${op.summary ? `: ${op.summary.replace(/\*\//g, "*\\/")}` : ""}. */`,
      `export const ${op.operationId} = {`,
      `  operationId: ${JSON.stringify(op.operationId)},`,
      `  method: ${JSON.stringify(op.method)},`,
      `  path: ${JSON.stringify(op.path)},`,
      `  pathParams: [${op.pathParams.map((p) => `{ name: ${JSON.stringify(p.name)}, keepSlashes: ${p.keepSlashes} }`).join(", ")}],`,
      `  query: [${op.query.map((q) => `{ name: ${JSON.stringify(q.name)}, required: ${q.required} }`).join(", ")}],`,
      `  body: ${JSON.stringify(op.body)},`,
      `  request: ${schema(op.request, where)},`,
      `  response: ${schema(op.response, where)},`,
      `  success: [${op.success.map((s) => JSON.stringify(s)).join(", ")}],`,
      `  events: ${schema(op.events, where)},`,
      `  auth: ${JSON.stringify(op.auth)},`,
      `  retry: ${JSON.stringify(op.retry)},`,
      `  anyBody: ${op.anyBody},`,
      "} as const satisfies OperationDescriptor;",
    ].join("\n");
  });
  const imports = [...used].sort();
  return [
    'import type { z } from "zod";',
    // Types only: the descriptors name their schemas, which load (with zod) on first use, so importing
    // the table costs neither zod nor the construction of every schema.
    'import type * as schemas from "./schemas";',
    imports.length
      ? `import type {\n${imports.map((name) => `  ${name},`).join("\n")}\n} from "./schemas";`
      : "",
    "",
    PREAMBLE,
    ...blocks.map((b) => `${b}\n`),
    "/**",
    " * Every operation, in spec order. Only tools that need the whole table (the emulator, tests) should",
    " * import this: each resource imports just the descriptors it calls, so bundles keep only their schemas.",
    " */",
    "export const OPERATIONS = [",
    ...operations.map((op) => `  ${op.operationId},`),
    "] as const;",
    "",
    "/** The operationId of any operation in the table. */",
    'export type OperationId = (typeof OPERATIONS)[number]["operationId"];',
  ]
    .filter((line, i, all) => !(line === "" && all[i - 1] === ""))
    .join("\n");
}

const PREAMBLE = `/** An HTTP method the API uses. */
export type OperationMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A path parameter, in URL order. \`keepSlashes\`: the value spans segments (a storage path). */
export interface OperationPathParam {
  readonly name: string;
  readonly keepSlashes: boolean;
}

/**
 * A generated schema, named by its export in schemas.ts; \`S\` is its type. Plain data, so a descriptor
 * pins no schema: src/core/lazy-schemas.ts loads schemas.ts (and zod) when a call first validates.
 */
export interface SchemaRef<S extends z.core.$ZodType = z.core.$ZodType> {
  readonly name: keyof typeof schemas;
  /** Never set: carries the schema's type. */
  readonly type?: S;
}

/** A query parameter. */
export interface OperationQueryParam {
  readonly name: string;
  readonly required: boolean;
}

/** What a successful answer carries: a JSON document, raw bytes, Server-Sent Events, or nothing. */
export type OperationSuccess = "json" | "binary" | "sse" | "empty";

/**
 * One operation of api-schema.yaml, as plain data.
 *
 * - \`auth\`: \`required\` (a bearer token), \`optional\` (public, but a token is checked when sent),
 *   \`none\` (public), from the operation's \`security\`.
 * - \`retry\`: \`idempotent\` (GET, HEAD, PUT, DELETE: repeat on any transient failure) or
 *   \`not-acted-on\` (POST, PATCH: repeat only when the server provably did not act).
 * - \`request\` / \`response\`: the generated schema of the JSON (or multipart form) request body and of
 *   the JSON success body; \`events\`: the schema of each SSE event's data.
 * - \`anyBody\`: the success body is undocumented (\`x-jetty-any-body\`), so any 2xx body (empty, 204, any
 *   JSON, plain text) is a success; a JSON object or array is still read through \`response\`.
 */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: OperationMethod;
  /** The path template, e.g. \`/api/v1/tasks/{collection}/{task}\`. */
  readonly path: string;
  readonly pathParams: readonly OperationPathParam[];
  readonly query: readonly OperationQueryParam[];
  readonly body: "json" | "multipart" | "none";
  readonly request: SchemaRef | undefined;
  readonly response: SchemaRef | undefined;
  /** The kinds of success body, in spec order (chat completions: JSON, or SSE when streamed). */
  readonly success: readonly OperationSuccess[];
  readonly events: SchemaRef | undefined;
  readonly auth: "required" | "optional" | "none";
  readonly retry: "idempotent" | "not-acted-on";
  readonly anyBody: boolean;
}
`;

function collect(document) {
  const resolve = (value) => {
    let current = value;
    for (let depth = 0; current && typeof current.$ref === "string"; depth++) {
      if (depth > 10 || !current.$ref.startsWith("#/")) throw new Error(`unresolvable $ref ${current.$ref}`);
      current = current.$ref
        .slice(2)
        .split("/")
        .reduce((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], document);
    }
    if (current === undefined) throw new Error(`dangling $ref ${value.$ref}`);
    return current;
  };
  const refName = (schema, where) => {
    if (!schema) return undefined;
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref ?? "");
    if (!match) throw new Error(`${where}: the schema must be a $ref to a component schema`);
    return match[1];
  };
  const ids = new Set();
  const out = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [key, operation] of Object.entries(item)) {
      if (!METHODS.includes(key)) continue;
      const method = key.toUpperCase();
      const where = `${method} ${path}`;
      const operationId = operation.operationId;
      if (typeof operationId !== "string" || !/^[a-z][A-Za-z0-9]*$/.test(operationId)) {
        throw new Error(`${where}: needs a camelCase operationId`);
      }
      if (ids.has(operationId)) throw new Error(`${where}: duplicate operationId ${operationId}`);
      ids.add(operationId);

      // Operation-level parameters override path-level ones with the same name and location.
      const params = new Map();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const param = resolve(raw);
        params.set(`${param.in}:${param.name}`, param);
      }
      const declared = [...params.values()].filter((p) => p.in === "path");
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of inTemplate) {
        if (!declared.some((p) => p.name === name)) throw new Error(`${where}: {${name}} is not declared`);
      }
      for (const p of declared) {
        if (!inTemplate.includes(p.name))
          throw new Error(`${where}: path parameter ${p.name} is not in the path`);
      }
      const pathParams = inTemplate.map((name) => {
        const keepSlashes = declared.find((p) => p.name === name)["x-jetty-keep-slashes"] === true;
        if (keepSlashes && !path.endsWith(`{${name}}`)) {
          throw new Error(`${where}: only the last path parameter may keep its slashes`);
        }
        return { name, keepSlashes };
      });
      const query = [...params.values()]
        .filter((p) => p.in === "query")
        .map((p) => ({ name: p.name, required: p.required === true }));

      let body = "none";
      let request;
      if (operation.requestBody) {
        const content = resolve(operation.requestBody).content ?? {};
        const types = Object.keys(content);
        if (types.length !== 1)
          throw new Error(`${where}: expected one request media type, got ${types.join(", ")}`);
        const [type] = types;
        if (type === "application/json") body = "json";
        else if (type === "multipart/form-data") body = "multipart";
        else throw new Error(`${where}: unsupported request media type ${type}`);
        request = refName(content[type].schema, `${where} request body`);
      }

      const success = [];
      let response;
      let events;
      const statuses = Object.keys(operation.responses ?? {}).filter((s) => /^2\d\d$/.test(s));
      if (statuses.length === 0) throw new Error(`${where}: no 2xx response`);
      const add = (kind) => success.includes(kind) || success.push(kind);
      for (const status of statuses) {
        const content = resolve(operation.responses[status]).content ?? {};
        if (Object.keys(content).length === 0) add("empty");
        for (const [type, media] of Object.entries(content)) {
          if (type === "application/json") {
            const name = refName(media.schema, `${where} response`);
            if (response !== undefined && response !== name)
              throw new Error(`${where}: 2xx responses name two JSON schemas (${response}, ${name})`);
            response = name;
            add("json");
          } else if (type === "text/event-stream") {
            add("sse");
            events = refName(media["x-jetty-event-schema"], `${where} x-jetty-event-schema`);
          } else {
            add("binary");
          }
        }
      }
      const anyBody = operation["x-jetty-any-body"] === true;

      const security = operation.security ?? document.security ?? [];
      const auth =
        security.length === 0
          ? "none"
          : security.some((requirement) => Object.keys(requirement).length === 0)
            ? "optional"
            : "required";

      out.push({
        operationId,
        summary: operation.summary,
        method,
        path,
        pathParams,
        query,
        body,
        request,
        response,
        success,
        events,
        auth,
        retry: IDEMPOTENT.has(method) ? "idempotent" : "not-acted-on",
        anyBody,
      });
    }
  }
  return out;
}
