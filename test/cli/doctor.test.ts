/**
 * `jetty doctor`: nothing to report on a faithful emulator; injected drift reported precisely (path,
 * documented shape, type that came back) and never with a value; token and token-file checks.
 */
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Jetty } from "@jetty/sdk";
import { type DriftRule, type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort } from "../helpers/loopback";
import { cliFor, jetty, json, tempHome } from "./helpers/cli";

const ECHO = {
  init_params: { text: "Hello!" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
const ENV_VALUE = "sk-env-value-never-printed";
const DRIFTED_SECRET = "sk-drifted-value-never-printed";

interface Report {
  ok: boolean;
  collection: string | null;
  checks: Array<{ name: string; status: string; detail: string }>;
  endpoints: Array<{
    operation: string;
    path: string;
    status: string;
    sdk?: string;
    sdkIssues?: string[];
    requestId?: string;
    deviations: Array<{ path: string; at: string; kind: string; expected: string; got: string }>;
  }>;
  summary: {
    endpoints: number;
    asDocumented: number;
    deviating: number;
    failed: number;
    skipped: number;
    deviations: number;
  };
}

const seed = {
  collections: [
    { name: "acme", environment: { OPENAI_API_KEY: ENV_VALUE }, trial: { active: true, runsLimit: 10 } },
  ],
  tasks: [{ collection: "acme", name: "echo", workflow: ECHO }],
};

async function withRuns(emulator: Emulator): Promise<void> {
  const sdk = new Jetty({ baseURL: emulator.url, token: emulator.token });
  // run-sync: the drift below rewrites the trajectory reads a wait would poll.
  await sdk.runs.createSync("acme", "echo", { initParams: { text: "one" } });
  await sdk.runs.createSync("acme", "echo", { initParams: { text: "two" } });
}

const byOperation = (report: Report, id: string) => report.endpoints.find((e) => e.operation === id);

describe("jetty doctor on a faithful emulator", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator(seed);
    await withRuns(emulator);
  });
  afterAll(() => emulator.close());

  it("checks every read endpoint and finds nothing", async () => {
    const run = await cliFor(emulator, { secrets: [ENV_VALUE] })(["doctor", "--json"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const report = json<Report>(run);
    expect(report.ok).toBe(true);
    expect(report.collection).toBe("acme");
    expect(report.endpoints.map((e) => [e.operation, e.status])).toEqual([
      ["listCollections", "ok"],
      ["getCollection", "ok"],
      ["getCollectionEnvironment", "ok"],
      ["listTasks", "ok"],
      ["getTask", "ok"],
      ["listTrajectories", "ok"],
      ["getTrajectory", "ok"],
      ["getTrajectoryStats", "ok"],
      ["listStepTemplates", "ok"],
      ["getTrialStatus", "ok"],
    ]);
    expect(report.endpoints.every((e) => e.sdk === "accepted" && e.requestId?.startsWith("req_"))).toBe(true);
    expect(report.summary).toEqual({
      endpoints: 10,
      asDocumented: 10,
      deviating: 0,
      failed: 0,
      skipped: 0,
      deviations: 0,
    });
    expect(report.checks.find((c) => c.name === "token")).toMatchObject({
      status: "ok",
      detail: expect.stringContaining("JETTY_API_TOKEN"),
    });
  });

  it("prints a summary fit for a bug report", async () => {
    const run = await cliFor(emulator, { secrets: [ENV_VALUE] })(["doctor"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^jetty doctor report\n/);
    expect(run.stdout).toContain(
      "GET /api/v1/db/trajectory/{collection}/{task}/{trajectory_id}  as documented",
    );
    expect(run.stdout).toContain(
      "Summary: 10 endpoints checked: 10 as documented, 0 deviating (0 deviations), 0 failed, 0 skipped.",
    );
  });

  it("fails the token-file check when the file is readable by others", async () => {
    const home = tempHome();
    mkdirSync(join(home, ".config", "jetty"), { recursive: true, mode: 0o700 });
    const file = join(home, ".config", "jetty", "token");
    writeFileSync(file, emulator.token);
    chmodSync(file, 0o644);
    const run = await jetty(["doctor", "--json"], {
      env: { HOME: home, JETTY_API_URL: emulator.url },
      secrets: [emulator.token, ENV_VALUE],
    });
    expect(run.code).toBe(1);
    const report = json<Report>(run);
    expect(report.checks.find((c) => c.name === "token")?.detail).toContain(`from the file ${file}`);
    expect(report.checks.find((c) => c.name === "token file")).toMatchObject({
      status: "fail",
      detail: expect.stringContaining(
        `is 0644 in a 0700 folder; it must be 0600 in a 0700 folder: chmod 700`,
      ),
    });
    expect(report.summary.deviations).toBe(0);
  });
});

describe("jetty doctor against injected drift", () => {
  const drift: DriftRule[] = [
    {
      method: "GET",
      path: "/api/v1/db/trajectory/*",
      transform: (body) => {
        const t = body as Record<string, unknown> & { steps: Record<string, Record<string, unknown>> };
        t.error = { code: 7, hint: DRIFTED_SECRET };
        t.status = 42;
        for (const step of Object.values(t.steps)) step.duration_seconds = "fast";
        return t;
      },
    },
    {
      method: "GET",
      path: "/api/v1/collections/acme/environment",
      // Values are any JSON under the tolerance rule; a list where the map belongs is still drift.
      transform: (body) => ({
        ...(body as object),
        environment_variables: [{ OPENAI_API_KEY: { value: DRIFTED_SECRET } }],
      }),
    },
    {
      method: "GET",
      path: "/api/v1/trial/acme",
      transform: (body) => {
        const { active: _gone, ...rest } = body as Record<string, unknown>;
        return { ...rest, runs_used: "three" };
      },
    },
    { method: "GET", path: "/api/v1/step-templates", transform: () => ({ templates: "text_echo" }) },
    { method: "GET", path: "/api/v1/db/stats/acme/echo", transform: () => [1, 2] },
    { method: "GET", path: "/api/v1/collections/acme", transform: () => undefined },
    {
      method: "GET",
      path: "/api/v1/db/trajectories/acme/echo",
      transform: (body) => {
        const page = body as { trajectories: Array<Record<string, unknown>>; has_more: unknown };
        for (const t of page.trajectories) t.created = 1700000000;
        page.has_more = "no";
        return page;
      },
    },
  ];
  let emulator: Emulator;
  let report: Report;
  let text: string;

  beforeAll(async () => {
    emulator = await startEmulator({ ...seed, drift });
    await withRuns(emulator);
    const cli = cliFor(emulator, { secrets: [ENV_VALUE, DRIFTED_SECRET] });
    const run = await cli(["doctor", "--json"]);
    expect(run.code).toBe(1);
    report = json<Report>(run);
    const human = await cli(["doctor"]);
    expect(human.code).toBe(1);
    text = human.stdout;
  });
  afterAll(() => emulator.close());

  it("reports each deviation with its JSON path, the documented shape and the type that came back", () => {
    const found = (id: string) =>
      byOperation(report, id)?.deviations.map(({ path, kind, expected, got }) => ({
        path,
        kind,
        expected,
        got,
      }));
    // `error` is any JSON under the tolerance rule, so the object put there is not a deviation.
    expect(found("getTrajectory")).toEqual([
      { path: "$.status", kind: "type", expected: "string", got: "integer" },
      { path: "$.steps.echo.duration_seconds", kind: "type", expected: "number | null", got: "string" },
    ]);
    // `active` is optional (every client defaults it), so only the wrong type shows.
    expect(found("getTrialStatus")).toEqual([
      { path: "$.runs_used", kind: "type", expected: "integer | null", got: "string" },
    ]);
    expect(found("listStepTemplates")).toEqual([
      { path: "$.templates", kind: "type", expected: "array", got: "string" },
    ]);
    // The stats shape is undocumented: any JSON is as documented.
    expect(found("getTrajectoryStats")).toEqual([]);
    expect(found("getCollection")).toEqual([
      { path: "$", kind: "type", expected: "a JSON body", got: "an empty body" },
    ]);
    expect(found("listTrajectories")).toEqual([
      { path: "$.trajectories[0].created", kind: "type", expected: "string | null", got: "integer" },
      { path: "$.trajectories[1].created", kind: "type", expected: "string | null", got: "integer" },
      { path: "$.has_more", kind: "type", expected: "boolean | null", got: "string" },
    ]);
  });

  it("reports the environment endpoint's shape without a variable's name or value", () => {
    expect(byOperation(report, "getCollectionEnvironment")?.deviations).toEqual([
      {
        path: "$.environment_variables",
        at: "$.environment_variables",
        kind: "type",
        expected: "object | null",
        got: "array",
      },
    ]);
    const all = JSON.stringify(report) + text;
    for (const value of [DRIFTED_SECRET, ENV_VALUE, "fast", "three", 'text_echo"', "1700000000"])
      expect(all).not.toContain(value);
  });

  it("says whether the SDK itself accepted each drifted body", () => {
    expect(byOperation(report, "getTrajectory")).toMatchObject({ status: "deviates", sdk: "rejected" });
    expect(byOperation(report, "getTrajectory")?.sdkIssues).toEqual(expect.arrayContaining(["$.status"]));
    expect(byOperation(report, "listTasks")).toMatchObject({ status: "ok", sdk: "accepted" });
    expect(byOperation(report, "getCollectionEnvironment")).toMatchObject({ sdk: "rejected" });
    expect(byOperation(report, "getCollectionEnvironment")).not.toHaveProperty("sdkIssues");
    expect(byOperation(report, "getTrajectoryStats")).toMatchObject({ status: "ok", sdk: "accepted" });
    expect(report.summary).toMatchObject({ endpoints: 10, deviating: 6, asDocumented: 4, failed: 0 });
  });

  it("groups repeated deviations in the text report", () => {
    expect(text).toContain("Deviations from the documented shapes (");
    expect(text).toContain(
      "  $.trajectories[*].created ×2 (e.g. $.trajectories[0].created): spec says string | null; got integer",
    );
    expect(text).toMatch(
      /GET \/api\/v1\/trial\/\{collection\} {2}\(request req_[0-9a-f]+\)\n {2}the SDK itself rejects this body at \$\.runs_used \(ResponseValidationError\)\n {2}\$\.runs_used: spec says integer \| null; got string/,
    );
    // The environment endpoint names no variable, not even in the SDK's verdict.
    expect(text).toMatch(
      /environment {2}\(request req_[0-9a-f]+\)\n {2}the SDK itself rejects this body \(ResponseValidationError\)\n/,
    );
    expect(text).not.toContain("OPENAI_API_KEY");
    expect(text).toMatch(/Paste this report into a bug report/);
  });
});

describe("jetty doctor without an API", () => {
  it("fails the api check when nothing answers, and skips the contract check", async () => {
    const url = await closedPort();
    const run = await jetty(["doctor", "--json"], {
      env: { HOME: tempHome(), JETTY_API_URL: url, JETTY_API_TOKEN: "mlc_nobodylistens0000000000000000000" },
    });
    expect(run.code).toBe(1);
    const report = json<Report>(run);
    expect(report.checks.find((c) => c.name === "api")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/Connection error/),
    });
    expect(report.endpoints.map((e) => [e.operation, e.status])).toEqual([["listCollections", "error"]]);
    expect(report.collection).toBeNull();
  });
});
