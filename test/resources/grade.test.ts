/**
 * `gradeWithJetty` end to end: a grader task whose runbook run the emulator scripts (so its `grade.json`
 * is the one the test chose), uploaded outputs, labels on the grading trajectory, and every failure typed.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  GradeError,
  GradeFileNotFoundError,
  GradeLabelsError,
  GradeParseError,
  gradeWithJetty,
  InvalidInputError,
  type Jetty,
  JettyError,
  RunFailedError,
  WaitTimeoutError,
} from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runbookWorkflow } from "../../src/testing/runbook-workflow";
import { emulatorWithClient } from "../helpers/emulator";

const GRADER = runbookWorkflow({ instruction: "Grade" });

type Grade = { total: number; pass: boolean };
let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({
    collections: [{ name: "acme" }],
    tasks: [{ collection: "acme", name: "triage-grader", workflow: GRADER }],
  }));
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const labelsOf = async (id: string) =>
  Object.fromEntries(
    ((await jetty.trajectories.get("acme", "triage-grader", id)).labels ?? []).map((l) => [
      l.key,
      `${l.value} by ${l.author}`,
    ]),
  );
const labelPosts = () => emulator.requests.filter((r) => r.method === "POST" && r.path.endsWith("/labels"));

describe("gradeWithJetty", () => {
  it("uploads the output, runs the grader, reads its grade.json and labels the trajectory", async () => {
    // The scripted grader reads the uploaded case and grades it.
    emulator.scriptRunbook({
      task: "triage-grader",
      files: (run) => {
        const input = run.inputs[0]!.json() as { triage: string };
        return {
          "grade.json": { total: input.triage === "billing" ? 0.9 : 0.1, pass: input.triage === "billing" },
        };
      },
    });
    const result = await gradeWithJetty<Grade>(jetty, "acme", "triage-grader", {
      files: [{ filename: "case.json", data: JSON.stringify({ ticket: "refund?", triage: "billing" }) }],
      labels: (g) => ({ "eval.grade": g.total.toFixed(2), "eval.pass": String(g.pass) }),
    });
    expect(result.grade).toEqual({ total: 0.9, pass: true });
    expect(result.trajectory.status).toBe("completed");
    expect(result.trajectoryId).toBe(result.trajectory.trajectory_id);
    expect(result.gradeKey).toBe(`${result.trajectory.storage_path}/results/grade.json`);
    // The text was uploaded as the file's content, under its name.
    const [input] = result.trajectory.init_params?.file_paths ?? [];
    expect(input).toMatch(/case\.json$/);
    expect(JSON.parse(emulator.state.readFile(input!)!.toString())).toEqual({
      ticket: "refund?",
      triage: "billing",
    });
    expect(await labelsOf(result.trajectoryId)).toEqual({
      "eval.grade": "0.90 by jetty-sdk",
      "eval.pass": "true by jetty-sdk",
    });
  });

  it("passes initParams, accepts every file form, static labels and an author", async () => {
    emulator.scriptRunbook({ task: "triage-grader", files: { "grade.json": { total: 1, pass: true } } });
    const dir = await mkdtemp(join(tmpdir(), "grade-"));
    await writeFile(join(dir, "transcript.txt"), "from disk");
    const result = await gradeWithJetty(jetty, "acme", "triage-grader", {
      files: [
        { filename: "a.bin", data: new Uint8Array([1, 2, 3]).buffer },
        { filename: "b.bin", data: new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2) },
        { filename: "c.txt", data: new Blob(["blob"]), contentType: "text/plain" },
        join(dir, "transcript.txt"),
      ],
      initParams: { rubric: "strict" },
      labels: { "eval.config": "v2" },
      author: "ci@example.com",
    });
    expect(result.trajectory.init_params).toMatchObject({ rubric: "strict" });
    const stored = (result.trajectory.init_params?.file_paths ?? []).map((p) => emulator.state.readFile(p));
    expect(stored).toEqual([
      Buffer.from([1, 2, 3]),
      Buffer.from([8, 7]),
      Buffer.from("blob"),
      Buffer.from("from disk"),
    ]);
    expect(await labelsOf(result.trajectoryId)).toEqual({ "eval.config": "v2 by ci@example.com" });
  });

  it("finds the grade by a suffix or a predicate and parses it with parseGrade", async () => {
    emulator.scriptRunbook({
      task: "triage-grader",
      files: { "score.txt": "7/10", "grade.json": { wrong: 1 } },
    });
    const bySuffix = await gradeWithJetty(jetty, "acme", "triage-grader", {
      files: [],
      gradeFile: "score.txt",
      parseGrade: (bytes) => Number(new TextDecoder().decode(bytes).split("/")[0]),
    });
    expect(bySuffix.grade).toBe(7);
    expect(bySuffix.gradeKey.endsWith("/results/score.txt")).toBe(true);
    const byPredicate = await gradeWithJetty(jetty, "acme", "triage-grader", {
      files: [],
      gradeFile: (key) => key.includes("/results/score"),
      parseGrade: async (bytes) => new TextDecoder().decode(bytes),
    });
    expect(byPredicate.grade).toBe("7/10");
  });

  it("throws GradeFileNotFoundError naming the result files when there is no grade file, and labels nothing", async () => {
    const error = await gradeWithJetty(jetty, "acme", "triage-grader", {
      files: [{ filename: "grade.json", data: "{}" }], // an input with that name is not the grade
      labels: { "eval.config": "v1" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GradeFileNotFoundError);
    expect(error).toBeInstanceOf(GradeError);
    expect(error).toBeInstanceOf(JettyError);
    const e = error as GradeFileNotFoundError;
    expect(e.message).toContain('wanted a file ending in "grade.json"');
    expect(e.resultFiles.map((p) => p.split("/").pop())).toEqual(["summary.md", "validation_report.json"]);
    expect(e.trajectory.status).toBe("completed");
    expect(e).toMatchObject({
      collection: "acme",
      task: "triage-grader",
      trajectoryId: e.trajectory.trajectory_id,
    });
    expect(labelPosts()).toHaveLength(0);
  });

  it("throws GradeParseError with the cause when the grade cannot be parsed", async () => {
    emulator.scriptRunbook({ task: "triage-grader", files: { "grade.json": "not json {" } });
    const error = (await gradeWithJetty(jetty, "acme", "triage-grader", { files: [] }).catch(
      (e) => e,
    )) as GradeParseError;
    expect(error).toBeInstanceOf(GradeParseError);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.message).toMatch(/grade\.json .* could not be parsed as JSON/);
    expect(error.gradeKey.endsWith("/results/grade.json")).toBe(true);

    const custom = await gradeWithJetty(jetty, "acme", "triage-grader", {
      files: [],
      parseGrade: () => {
        throw new Error("score missing");
      },
    }).catch((e: unknown) => e);
    expect(custom).toBeInstanceOf(GradeParseError);
    expect((custom as Error).message).toContain("by parseGrade: score missing");
  });

  it("throws GradeLabelsError when the labels function throws or returns bad values, labelling nothing", async () => {
    emulator.scriptRunbook({ task: "triage-grader", files: { "grade.json": { total: 0.5, pass: false } } });
    const thrown = await gradeWithJetty<Grade>(jetty, "acme", "triage-grader", {
      files: [],
      labels: () => {
        throw new Error("nope");
      },
    }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(GradeLabelsError);
    expect((thrown as GradeLabelsError).grade).toEqual({ total: 0.5, pass: false });
    const bad = await gradeWithJetty<Grade>(jetty, "acme", "triage-grader", {
      files: [],
      labels: (g) => ({ "eval.grade": g.total as never }),
    }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(GradeLabelsError);
    expect((bad as Error).message).toContain("use String(...)");
    expect(labelPosts()).toHaveLength(0);
  });

  it("lets RunFailedError and WaitTimeoutError through", async () => {
    emulator.scriptRunbook({ task: "triage-grader", times: 1, fail: "RuntimeError: grader crashed" });
    const failed = await gradeWithJetty(jetty, "acme", "triage-grader", { files: [] }).catch(
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(RunFailedError);
    expect((failed as RunFailedError).stepError).toBe("RuntimeError: grader crashed");

    emulator.fault({ method: "GET", path: /^\/api\/v1\/db\/trajectory\//, delay: 5_000, times: 20 });
    const late = await gradeWithJetty(jetty, "acme", "triage-grader", { files: [], timeout: 300 }).catch(
      (e: unknown) => e,
    );
    expect(late).toBeInstanceOf(WaitTimeoutError);
  });

  it("still takes 0.4.0's wait options: timeoutMs, a fixed pollMs, and onPoll with the trajectory", async () => {
    emulator.scriptRunbook({ task: "triage-grader", files: { "grade.json": { total: 1, pass: true } } });
    const seen: string[] = [];
    const result = await gradeWithJetty(jetty, "acme", "triage-grader", {
      files: [],
      timeoutMs: 60_000,
      pollMs: 20,
      onPoll: (t) => seen.push(String(t.status)),
    });
    expect(seen.at(-1)).toBe("completed");
    expect(result.grade).toEqual({ total: 1, pass: true });

    emulator.fault({ method: "GET", path: /^\/api\/v1\/db\/trajectory\//, delay: 5_000, times: 20 });
    const late = await gradeWithJetty(jetty, "acme", "triage-grader", { files: [], timeoutMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(late).toBeInstanceOf(WaitTimeoutError);
  });

  it("verifies labels on request: each is read back after it is written", async () => {
    emulator.scriptRunbook({ task: "triage-grader", files: { "grade.json": { total: 1, pass: true } } });
    const result = await gradeWithJetty(jetty, "acme", "triage-grader", {
      files: [],
      labels: { a: "1", b: "2" },
      verifyLabels: { delay: 10, attempts: 2 },
    });
    const afterLabels = emulator.requests.slice(emulator.requests.indexOf(labelPosts()[0]!));
    const readBacks = afterLabels.filter(
      (r) => r.method === "GET" && r.path.endsWith(`/${result.trajectoryId}`),
    );
    expect(readBacks.length).toBeGreaterThanOrEqual(2);
    expect(await labelsOf(result.trajectoryId)).toEqual({ a: "1 by jetty-sdk", b: "2 by jetty-sdk" });
  });

  it("refuses bad arguments before launching anything", async () => {
    const bad: Array<[string, () => Promise<unknown>]> = [
      ["options.files", () => gradeWithJetty(jetty, "acme", "triage-grader", {} as never)],
      // 0.4.0's wait names work, but not beside their 0.5 names, and they are checked like them.
      [
        "options.timeoutMs",
        () => gradeWithJetty(jetty, "acme", "triage-grader", { files: [], timeoutMs: 5, timeout: 5 }),
      ],
      [
        "options.timeoutMs",
        () => gradeWithJetty(jetty, "acme", "triage-grader", { files: [], timeoutMs: -1 }),
      ],
      [
        "options.pollMs",
        () => gradeWithJetty(jetty, "acme", "triage-grader", { files: [], pollMs: 5, pollInterval: 9 }),
      ],
      [
        "options.onPoll",
        () => gradeWithJetty(jetty, "acme", "triage-grader", { files: [], onPoll: 5 as never }),
      ],
      [
        "options.gradeFile",
        () => gradeWithJetty(jetty, "acme", "triage-grader", { files: [], gradeFile: "" }),
      ],
      [
        "options.labels.score",
        () => gradeWithJetty(jetty, "acme", "triage-grader", { files: [], labels: { score: 1 as never } }),
      ],
      ["options.files[0]", () => gradeWithJetty(jetty, "acme", "triage-grader", { files: [null as never] })],
      ["options.author", () => gradeWithJetty(jetty, "acme", "triage-grader", { files: [], author: "" })],
      ["task", () => gradeWithJetty(jetty, "acme", "", { files: [] })],
      ["jetty", () => gradeWithJetty({ runAndWait() {} } as never, "acme", "triage-grader", { files: [] })],
    ];
    for (const [param, call] of bad) {
      const error = await call().catch((e: unknown) => e);
      expect(error, param).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).param).toBe(param);
    }
    expect(emulator.runsCreated("acme", "triage-grader")).toBe(0);
  });
});
