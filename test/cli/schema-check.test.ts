/**
 * The doctor's schema checker and the contract it checks against: every keyword the contract keeps is
 * checked, deviations name the path, the documented shape and the type that came back, never a value.
 */
import { describe, expect, it } from "vitest";
import { buildContract } from "../../scripts/contract.mjs";
import { CONTRACT, operation } from "../../src/cli/doctor/contract";
import { checkBody, typeOf } from "../../src/cli/doctor/schema-check";

const schemas = CONTRACT.schemas;
const check = (operationId: string, body: unknown) =>
  checkBody(body, operation(CONTRACT, operationId).response, schemas);
const found = (deviations: ReturnType<typeof checkBody>) =>
  deviations.map(({ path, expected, got }) => `${path}: ${expected} / ${got}`);

describe("checkBody against the documented contract", () => {
  it("accepts documented bodies, unknown extra fields included", () => {
    expect(
      check("getTrajectory", {
        trajectory_id: "aa7e4430",
        status: "completed",
        error: null,
        extra: { x: 1 },
      }),
    ).toEqual([]);
    expect(check("getTrajectory", { trajectory_id: "aa7e4430", status: "a-status-from-the-future" })).toEqual(
      [],
    );
    expect(check("listStepTemplates", [{ activity_name: "text_echo" }])).toEqual([]);
    expect(check("listStepTemplates", { templates: [{ activity_name: "text_echo" }] })).toEqual([]);
    expect(check("getTrialStatus", { active: false, runs_used: null })).toEqual([]);
  });

  it("reports missing required fields and wrong types with the JSON path", () => {
    expect(
      found(
        check("getTrajectory", {
          status: 3,
          error: { code: 1 }, // any JSON: not a deviation
          labels: [{ key: "k", value: "v" }, { key: 5 }],
        }),
      ),
    ).toEqual([
      "$.trajectory_id: string / missing",
      "$.status: string / integer",
      "$.labels[1].key: string | null / integer",
    ]);
  });

  it("descends into the only plausible branch of a union for a precise path", () => {
    expect(found(check("listStepTemplates", { templates: [{ activity_name: 7 }] }))).toEqual([
      "$.templates[0].activity_name: string / integer",
    ]);
    expect(found(check("listStepTemplates", "templates"))).toEqual(["$: object | array / string"]);
  });

  it("generalises array indexes and map keys in `at`; quotes keys that are not identifiers", () => {
    const deviations = check("getTrajectory", {
      trajectory_id: "a",
      status: "failed",
      steps: { "my step": { status: 1 }, echo: { duration_seconds: "1s" } },
    });
    expect(deviations.map((d) => [d.path, d.at])).toEqual([
      ['$.steps["my step"].status', "$.steps.*.status"],
      ["$.steps.echo.duration_seconds", "$.steps.*.duration_seconds"],
    ]);
  });

  it("never puts a value in a deviation", () => {
    const secret = "sk-secret-value-0123456789";
    const deviations = check("getCollectionEnvironment", {
      name: "acme",
      // A list where the map belongs (values themselves are any JSON).
      environment_variables: [{ KEY: { secret } }],
    });
    expect(deviations).toHaveLength(1);
    expect(JSON.stringify(deviations)).not.toContain(secret);
  });

  it("knows every endpoint the doctor probes", () => {
    for (const id of [
      "listCollections",
      "getCollection",
      "getCollectionEnvironment",
      "listTasks",
      "getTask",
      "listTrajectories",
      "getTrajectory",
      "getTrajectoryStats",
      "listStepTemplates",
      "getTrialStatus",
    ]) {
      expect(operation(CONTRACT, id).method).toBe("GET");
    }
    expect(() => operation(CONTRACT, "deleteTask")).toThrow(/documents no GET operation deleteTask/);
  });
});

describe("checkBody keywords", () => {
  const s = {};
  it("enum, const, format, range, minItems", () => {
    expect(found(checkBody("maybe", { type: "string", enum: ["a", "b"] }, s))).toEqual([
      '$: "a" | "b" / string not among them',
    ]);
    expect(found(checkBody(2, { const: 1 }, s))).toEqual(["$: 1 / another integer"]);
    expect(found(checkBody("yesterday", { type: "string", format: "date-time" }, s))).toEqual([
      "$: string (date-time) / string, not a date-time",
    ]);
    expect(checkBody("2025-06-01T10:00:04+02:00", { type: "string", format: "date-time" }, s)).toEqual([]);
    expect(checkBody("2025-06-01T10:00:04.123456", { type: "string", format: "date-time" }, s)).toEqual([]);
    expect(found(checkBody(-1, { type: "integer", minimum: 0 }, s))).toEqual([
      "$: integer ≥ 0 / integer below it",
    ]);
    expect(found(checkBody([], { type: "array", minItems: 1 }, s))).toEqual([
      "$: array of at least 1 / array of 0",
    ]);
    expect(found(checkBody(1.5, { type: "integer" }, s))).toEqual(["$: integer / number"]);
    expect(checkBody(2, { type: "number" }, s)).toEqual([]);
  });

  it("allOf applies every part; additionalProperties checks the other keys", () => {
    const schema = {
      allOf: [
        { type: "object", required: ["a"] },
        { type: "object", required: ["b"] },
      ],
    };
    expect(found(checkBody({}, schema, s))).toEqual(["$.a: present / missing", "$.b: present / missing"]);
    expect(
      found(checkBody({ x: 1, y: "ok" }, { type: "object", additionalProperties: { type: "string" } }, s)),
    ).toEqual(["$.x: string / integer"]);
  });

  it("typeOf names JSON types", () => {
    expect([undefined, null, [], {}, 1, 1.5, "s", true].map(typeOf)).toEqual([
      "missing",
      "null",
      "array",
      "object",
      "integer",
      "number",
      "string",
      "boolean",
    ]);
  });
});

describe("scripts/contract.mjs", () => {
  const spec = (schema: unknown) => ({
    info: { version: "9" },
    paths: {
      "/x": {
        get: { operationId: "getX", responses: { "200": { content: { "application/json": { schema } } } } },
      },
    },
    components: {
      schemas: {
        X: { type: "object", description: "dropped", properties: { description: { type: "string" } } },
      },
    },
  });

  it("keeps GET operations with their response schemas and the components they reach, without annotations", () => {
    const contract = buildContract(spec({ $ref: "#/components/schemas/X" }));
    expect(contract.operations).toEqual({
      getX: { method: "GET", path: "/x", response: { $ref: "#/components/schemas/X" } },
    });
    // A property *named* description survives; the description annotation does not.
    expect(contract.schemas).toEqual({
      X: { type: "object", properties: { description: { type: "string" } } },
    });
  });

  it("refuses a keyword the doctor cannot check, so no constraint is silently ignored", () => {
    expect(() => buildContract(spec({ type: "string", pattern: "^a" }))).toThrow(
      /uses "pattern", which jetty doctor cannot check/,
    );
  });
});
