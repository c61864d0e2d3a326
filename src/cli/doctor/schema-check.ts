/**
 * Checks a raw response body against a documented schema and lists every deviation: where (a JSON
 * path), what the spec says, and what came back — as a type, never as a value, so a report can hold
 * no secret, environment value or user data.
 */
import type { Schema, SchemaOrBoolean } from "./contract";

/** One way the body differs from the documented shape. */
export interface Deviation {
  /** JSON path of the offending value, e.g. `$.trajectories[0].error`. */
  path: string;
  /** The same path with array indexes and map keys generalised, e.g. `$.trajectories[*].error`. */
  at: string;
  /** Which rule was broken. */
  kind: "type" | "required" | "enum" | "const" | "format" | "range" | "items";
  /** What the spec says, e.g. `string | null`. */
  expected: string;
  /** What came back, as a type, e.g. `object` or `missing`. */
  got: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(:?\d{2})?)?$/;
const REF = /^#\/components\/schemas\/(.+)$/;

/** Every deviation of `body` from `schema`; empty when the body is as documented. */
export function checkBody(
  body: unknown,
  schema: SchemaOrBoolean,
  schemas: Readonly<Record<string, SchemaOrBoolean>>,
): Deviation[] {
  const checker = new Checker(schemas);
  checker.check(body, schema, "$", "$");
  return checker.deviations;
}

/** The JSON type of a value as a report shows it (`integer` for whole numbers). */
export function typeOf(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

class Checker {
  readonly deviations: Deviation[] = [];
  readonly #schemas: Readonly<Record<string, SchemaOrBoolean>>;

  constructor(schemas: Readonly<Record<string, SchemaOrBoolean>>) {
    this.#schemas = schemas;
  }

  check(value: unknown, schema: SchemaOrBoolean, path: string, at: string): void {
    if (schema === true) return;
    if (schema === false) {
      this.#add(path, at, "type", "nothing", typeOf(value));
      return;
    }
    if (schema.$ref) {
      this.check(value, this.#resolve(schema.$ref), path, at);
      return;
    }
    for (const part of schema.allOf ?? []) this.check(value, part, path, at);
    const union = schema.anyOf ?? schema.oneOf;
    if (union && !this.#union(value, schema, union, path, at)) return;
    if (schema.type !== undefined && !this.matchesType(value, schema)) {
      this.#add(path, at, "type", this.describe(schema), typeOf(value));
      return;
    }
    if (schema.enum && !schema.enum.some((allowed) => same(allowed, value))) {
      this.#add(path, at, "enum", this.describe(schema), `${typeOf(value)} not among them`);
      return;
    }
    if ("const" in schema && !same(schema.const, value)) {
      this.#add(path, at, "const", this.describe(schema), `another ${typeOf(value)}`);
      return;
    }
    if (typeof value === "string" && schema.format === "date-time" && !DATE_TIME.test(value)) {
      this.#add(path, at, "format", "string (date-time)", "string, not a date-time");
    }
    if (typeof value === "number") this.#range(value, schema, path, at);
    if (Array.isArray(value)) this.#array(value, schema, path, at);
    else if (value !== null && typeof value === "object")
      this.#object(value as Record<string, unknown>, schema, path, at);
  }

  /** True when some branch fits; otherwise reports (through the only plausible branch if there is one). */
  #union(value: unknown, schema: Schema, branches: SchemaOrBoolean[], path: string, at: string): boolean {
    const attempts = branches.map((branch) => {
      const inner = new Checker(this.#schemas);
      inner.check(value, branch, path, at);
      return { branch, deviations: inner.deviations };
    });
    if (attempts.some((attempt) => attempt.deviations.length === 0)) return true;
    const plausible = attempts.filter((attempt) => this.matchesType(value, attempt.branch));
    if (plausible.length === 1) this.deviations.push(...(plausible[0]?.deviations ?? []));
    else this.#add(path, at, "type", this.describe(schema), typeOf(value));
    return false;
  }

  #range(value: number, schema: Schema, path: string, at: string): void {
    if (schema.minimum !== undefined && value < schema.minimum) {
      this.#add(
        path,
        at,
        "range",
        `${this.describe(schema)} ≥ ${schema.minimum}`,
        `${typeOf(value)} below it`,
      );
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      this.#add(
        path,
        at,
        "range",
        `${this.describe(schema)} ≤ ${schema.maximum}`,
        `${typeOf(value)} above it`,
      );
    }
  }

  #array(value: unknown[], schema: Schema, path: string, at: string): void {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      this.#add(path, at, "items", `array of at least ${schema.minItems}`, `array of ${value.length}`);
    }
    if (schema.items === undefined) return;
    const items = schema.items;
    for (const [index, item] of value.entries()) this.check(item, items, `${path}[${index}]`, `${at}[*]`);
  }

  #object(value: Record<string, unknown>, schema: Schema, path: string, at: string): void {
    const properties = schema.properties ?? {};
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(value, name)) {
        const documented = properties[name];
        this.#add(
          member(path, name),
          member(at, name),
          "required",
          documented === undefined ? "present" : this.describe(documented),
          "missing",
        );
      }
    }
    for (const [name, item] of Object.entries(value)) {
      const documented = Object.hasOwn(properties, name) ? properties[name] : undefined;
      if (documented !== undefined) this.check(item, documented, member(path, name), member(at, name));
      else if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
        this.check(item, schema.additionalProperties, member(path, name), `${at}.*`);
      }
    }
  }

  /** Whether the value has (one of) the schema's JSON types; a schema without types accepts any. */
  matchesType(value: unknown, schema: SchemaOrBoolean): boolean {
    const types = this.types(schema);
    if (types === undefined) return true;
    const actual = typeOf(value);
    return types.some((type) => type === actual || (type === "number" && actual === "integer"));
  }

  /** The JSON types a schema allows, or `undefined` when it does not say. */
  types(schema: SchemaOrBoolean): string[] | undefined {
    if (typeof schema === "boolean") return schema ? undefined : [];
    if (schema.$ref) return this.types(this.#resolve(schema.$ref));
    if (schema.type !== undefined) return Array.isArray(schema.type) ? schema.type : [schema.type];
    const union = schema.anyOf ?? schema.oneOf;
    if (union) {
      const all = union.map((branch) => this.types(branch));
      return all.some((t) => t === undefined) ? undefined : [...new Set(all.flat() as string[])];
    }
    if (schema.enum) return [...new Set(schema.enum.map(typeOf))];
    if ("const" in schema) return [typeOf(schema.const)];
    return undefined;
  }

  /** What the spec says, in words: `string | null`, `object (Trajectory)`, `"a" | "b"`. */
  describe(schema: SchemaOrBoolean): string {
    if (typeof schema === "boolean") return schema ? "any" : "nothing";
    if (schema.$ref) {
      const name = REF.exec(schema.$ref)?.[1] ?? schema.$ref;
      const inner = this.describe(this.#resolve(schema.$ref));
      return inner === "object" || inner === "array" ? `${inner} (${name})` : inner;
    }
    if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
    if ("const" in schema) return JSON.stringify(schema.const);
    const types = this.types(schema);
    if (types === undefined) return "any";
    const text = types.join(" | ");
    return schema.format ? `${text} (${schema.format})` : text;
  }

  #resolve(ref: string): SchemaOrBoolean {
    const name = REF.exec(ref)?.[1];
    const found = name === undefined ? undefined : this.#schemas[name];
    // contract.json is generated with every reachable component, so this only guards hand edits.
    return found ?? true;
  }

  #add(path: string, at: string, kind: Deviation["kind"], expected: string, got: string): void {
    this.deviations.push({ path, at, kind, expected, got });
  }
}

/** `$.a` + `b` → `$.a.b`; names that are not identifiers are quoted: `$.steps["my step"]`. */
function member(path: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && a !== null && JSON.stringify(a) === JSON.stringify(b));
}
