import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { components } from "../../src/generated/openapi";
import * as schemas from "../../src/generated/schemas";

// ---------------------------------------------------------------------------------------------
// Compile time: both generators must describe the same type for every component schema.
// `tsc --noEmit` fails on this file if they drift apart; vitest only runs the runtime half.
// ---------------------------------------------------------------------------------------------

type Equivalent<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function assert<_T extends true>(): void {}
// Fails with "Type '"Foo"' does not satisfy the constraint 'never'", naming the culprit.
function assertNone<_T extends never>(): void {}

type Schemas = components["schemas"];
type ComponentName = keyof Schemas;
type ZodExports = typeof schemas;
type ZodName = Extract<keyof ZodExports, `z${string}`>;

// Every component has a `z<Name>` export and every `z<Name>` export is a component.
type MissingZod = Exclude<`z${ComponentName}`, ZodName>;
type ExtraZod = Exclude<ZodName, `z${ComponentName}`>;
assertNone<MissingZod>();
assertNone<ExtraZod>();

// Mutual assignability of z.output<zX> and components["schemas"]["X"], for every X at once, so a
// component added to the YAML is covered without touching this file. No exceptions are needed:
// where the generators could disagree, the YAML is written so they do not (see its header).
type Mismatched = {
  [K in ComponentName]: `z${K}` extends keyof ZodExports
    ? Equivalent<z.output<ZodExports[`z${K}`]>, Schemas[K]> extends true
      ? never
      : K
    : K;
}[ComponentName];
assertNone<Mismatched>();

// Mutual assignability alone misses an optional field that only one side has (`{a?: T}` and `{}`
// are assignable both ways). So also require identical shapes once the index signature that marks
// a loose object (`[k: string]: unknown`) is removed, recursively.
type Identical<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type WithoutLooseIndex<T> = T extends readonly (infer U)[]
  ? WithoutLooseIndex<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? (unknown extends T[K] ? never : K) : K]: WithoutLooseIndex<T[K]> }
    : T;
type ShapeMismatched = {
  [K in ComponentName]: `z${K}` extends keyof ZodExports
    ? Identical<WithoutLooseIndex<z.output<ZodExports[`z${K}`]>>, WithoutLooseIndex<Schemas[K]>> extends true
      ? never
      : K
    : K;
}[ComponentName];
assertNone<ShapeMismatched>();
// The stricter check really does tell these apart.
assert<
  Equivalent<
    Identical<
      WithoutLooseIndex<{ a?: string; [k: string]: unknown }>,
      WithoutLooseIndex<{ a?: string; b?: number }>
    >,
    false
  >
>();
assert<
  Equivalent<Identical<WithoutLooseIndex<{ a?: string | null }>, WithoutLooseIndex<{ a?: string }>>, false>
>();
assert<
  Equivalent<
    Identical<
      WithoutLooseIndex<{ a?: string } & { [k: string]: unknown }>,
      WithoutLooseIndex<{ a?: string }>
    >,
    true
  >
>();

// Spot checks that document how the generated code behaves, not just that both sides agree.
// Open enums widen to `string` on both sides: unknown server values type-check and parse.
assert<Equivalent<z.output<typeof schemas.zTrajectoryStatus>, string>>();
assert<Equivalent<Schemas["TrajectoryStatus"], string>>();
// The closed enum the batch-status endpoint accepts stays closed.
assert<
  Equivalent<
    z.output<typeof schemas.zSettableTrajectoryStatus>,
    "pending" | "completed" | "failed" | "cancelled" | "archived"
  >
>();
// Loose objects keep an index signature for fields the server adds later.
assert<Equivalent<z.output<typeof schemas.zTrajectory>["some_new_field"], unknown>>();
// The tolerance rule: what the SDK needs stays required; every other response field may be
// missing or null, and fields no source types (errors, env values, read-back workflows) are any JSON.
assert<Equivalent<z.output<typeof schemas.zTrajectory>["trajectory_id"], string>>();
assert<Equivalent<z.output<typeof schemas.zTrajectory>["storage_path"], string | null | undefined>>();
assert<Equivalent<z.output<typeof schemas.zTrajectory>["error"], unknown>>();
assert<Equivalent<z.output<typeof schemas.zStep>["error"], unknown>>();
assert<Equivalent<z.output<typeof schemas.zTask>["workflow"], unknown>>();
assert<Equivalent<z.output<typeof schemas.zTask>["is_private"], boolean | null | undefined>>();
assert<Equivalent<z.output<typeof schemas.zTrialStatus>["active"], boolean | null | undefined>>();
assert<Equivalent<z.output<typeof schemas.zWorkflowResponse>["workflow_id"], string>>();
assert<Equivalent<z.output<typeof schemas.zRunSyncResponse>["workflow_id"], string | null | undefined>>();
// Request schemas stay strict: the emulator validates requests with them.
assert<Equivalent<z.input<typeof schemas.zTaskCreate>["workflow"], Schemas["Workflow"]>>();
assert<Equivalent<z.output<typeof schemas.zCadence>["hour_utc"], number | undefined>>();
// `environment_variables` may be missing, null, or hold any JSON value (a null one reads as absent).
assert<
  Equivalent<
    z.output<typeof schemas.zCollectionEnvironment>["environment_variables"],
    Record<string, unknown> | null | undefined
  >
>();

// ---------------------------------------------------------------------------------------------
// Run time: every example in the YAML must parse with the schema it illustrates.
// ---------------------------------------------------------------------------------------------

type Json = unknown;
interface Spec {
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, { examples?: Json[] }>;
    responses: Record<string, ResponseObject>;
  };
}
interface MediaType {
  schema?: { $ref?: string };
  example?: Json;
  examples?: Record<string, { value?: Json }>;
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId?: string;
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, ResponseObject>;
}

// gray-matter is a runtime dependency that already bundles a YAML parser; wrapping the file as
// front matter borrows it instead of adding a dev dependency. Examples quote their timestamps, so
// the YAML date type never turns them into Date objects.
const spec = matter(`---\n${readFileSync(new URL("../../api-schema.yaml", import.meta.url), "utf8")}\n---\n`)
  .data as Spec;

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

function zodFor(ref: string | undefined): z.ZodType {
  const name = ref?.match(/^#\/components\/schemas\/(.+)$/)?.[1];
  if (!name) throw new Error(`expected a $ref to a component schema, got ${String(ref)}`);
  const schema = (schemas as Record<string, unknown>)[`z${name}`];
  if (!schema) throw new Error(`no z${name} export for ${ref}`);
  return schema as z.ZodType;
}

function examplesOf(media: MediaType): Json[] {
  if (media.example !== undefined) return [media.example];
  return Object.values(media.examples ?? {}).map((e) => e.value);
}

function resolveResponse(response: ResponseObject): ResponseObject {
  const name = response.$ref?.match(/^#\/components\/responses\/(.+)$/)?.[1];
  if (!response.$ref) return response;
  const target = name ? spec.components.responses[name] : undefined;
  if (!target) throw new Error(`unresolvable response ${response.$ref}`);
  return target;
}

function operations(): Array<[string, Operation]> {
  const out: Array<[string, Operation]> = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Operation | undefined;
      if (op) out.push([`${method.toUpperCase()} ${path}`, op]);
    }
  }
  return out;
}

function issuesOf(schema: z.ZodType, value: Json): string {
  const result = schema.safeParse(value);
  return result.success ? "" : JSON.stringify(result.error.issues);
}

const componentNames = Object.keys(spec.components.schemas);

describe("api-schema.yaml examples", () => {
  it("exports exactly one z<Name> schema per component", () => {
    const exported = Object.keys(schemas)
      .filter((k) => k.startsWith("z"))
      .sort();
    expect(exported).toEqual(componentNames.map((n) => `z${n}`).sort());
  });

  it.each(componentNames)("component %s has examples that parse with its Zod schema", (name) => {
    const examples = spec.components.schemas[name]?.examples ?? [];
    expect(examples.length, `${name} has no examples`).toBeGreaterThan(0);
    for (const example of examples) {
      expect(
        issuesOf(zodFor(`#/components/schemas/${name}`), example),
        `${name}: ${JSON.stringify(example)}`,
      ).toBe("");
    }
  });

  it.each(operations())("%s: every response has an example, and JSON ones parse", (_key, op) => {
    expect(Object.keys(op.responses ?? {}).length).toBeGreaterThan(0);
    for (const [status, raw] of Object.entries(op.responses ?? {})) {
      const response = resolveResponse(raw);
      for (const [mediaType, media] of Object.entries(response.content ?? {})) {
        const examples = examplesOf(media);
        expect(examples.length, `${status} ${mediaType} has no example`).toBeGreaterThan(0);
        if (mediaType !== "application/json") continue;
        const schema = zodFor(media.schema?.$ref);
        for (const example of examples) expect(issuesOf(schema, example), `${status}`).toBe("");
      }
    }
  });

  it.each(operations().filter(([, op]) => op.requestBody?.content?.["application/json"]))(
    "%s: the JSON request example parses",
    (_key, op) => {
      const media = op.requestBody?.content?.["application/json"] as MediaType;
      const examples = examplesOf(media);
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) expect(issuesOf(zodFor(media.schema?.$ref), example)).toBe("");
    },
  );
});

describe("generated Zod behaviour", () => {
  const trajectory = {
    trajectory_id: "1646887f",
    status: "completed",
    steps: { echo: { activity: "text_echo", outputs: { text: "hi" }, duration_seconds: 1.5 } },
  };

  it("keeps fields the server adds later, at every depth", () => {
    const parsed = schemas.zTrajectory.parse({
      ...trajectory,
      brand_new_field: { nested: [1, 2] },
      steps: { echo: { ...trajectory.steps.echo, step_extra: true } },
    });
    expect(parsed.brand_new_field).toEqual({ nested: [1, 2] });
    expect(parsed.steps?.echo?.step_extra).toBe(true);
  });

  it("reports a wrong type with the JSON path of the offending field", () => {
    const result = schemas.zTrajectory.safeParse({
      ...trajectory,
      steps: { echo: { ...trajectory.steps.echo, duration_seconds: "1.5" } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "invalid_type", path: ["steps", "echo", "duration_seconds"] }),
    ]);
  });

  it("reports a missing required field by name", () => {
    const result = schemas.zTrajectory.safeParse({ status: "running" });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "invalid_type", path: ["trajectory_id"] }),
    ]);
  });

  it("accepts status values the server may add", () => {
    expect(schemas.zTrajectoryStatus.parse("paused")).toBe("paused");
    expect(schemas.zStepStatus.parse("retrying")).toBe("retrying");
    expect(schemas.zAgent.parse("some-new-agent")).toBe("some-new-agent");
    expect(schemas.zTrajectoryStatus.safeParse(42).success).toBe(false);
  });

  it("keeps the settable-status request enum closed", () => {
    expect(schemas.zStatusUpdateRequest.safeParse({ a1: "cancelled" }).success).toBe(true);
    const bad = schemas.zStatusUpdateRequest.safeParse({ a1: "running" });
    expect(bad.error?.issues[0]?.path).toEqual(["a1"]);
  });

  it("accepts any response timestamp the SDK never reads, but checks the ones a request sends", () => {
    // Review item 12: a reformatting gateway must not fail a read of a field nobody uses.
    for (const created_at of [
      "2025-06-01T09:30:00Z",
      "2025-06-01T09:30:00.123456+02:00",
      "2025-06-01T09:30:00",
      "2025-06-01 09:30:00+00:00",
      "2025-06-01T09:30:00+0000",
      "2025-06-01",
      null,
    ]) {
      expect(schemas.zTask.safeParse({ name: "t", created_at }).success, String(created_at)).toBe(true);
      expect(schemas.zDataset.safeParse({ name: "d", updated_at: created_at }).success).toBe(true);
    }
    expect(schemas.zTask.safeParse({ name: "t", created_at: 1748772000 }).success).toBe(false);
    // Requests stay strict: the emulator rejects an ingest timestamp that is not a date-time.
    expect(schemas.zIngestTrajectoryRequest.safeParse({ created: "2025-06-01T10:00:00Z" }).success).toBe(
      true,
    );
    expect(schemas.zIngestTrajectoryRequest.safeParse({ created: "yesterday" }).success).toBe(false);
  });

  it("accepts both list envelopes where the sources disagree", () => {
    expect(schemas.zCollectionList.parse([{ name: "acme" }])).toEqual([{ name: "acme" }]);
    expect(schemas.zCollectionList.parse({ collections: [{ name: "acme" }] })).toEqual({
      collections: [{ name: "acme" }],
    });
    expect(schemas.zStepTemplateList.safeParse([{ name: "text_echo" }]).success).toBe(true);
    expect(schemas.zStepTemplateList.safeParse({ templates: [{ activity_name: "text_echo" }] }).success).toBe(
      true,
    );
    expect(schemas.zTaskSearchResult.safeParse({ hits: [] }).success).toBe(true);
  });
});
