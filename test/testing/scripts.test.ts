import { Jetty, type Trajectory } from "@jetty/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/testing/index";
import { runbookWorkflow } from "../../src/testing/runbook-workflow";

/** A grader task as deploy-grader registers it: one `runbook` step wired to init_params. */
const GRADER = runbookWorkflow({ instruction: "Grade it" });

const JUDGED = {
  init_params: { answer: "Paris", other: "Lyon" },
  step_configs: {
    judge: { activity: "simple_judge", items_path: "init_params.answer", instruction: "Is it right?" },
    pick: {
      activity: "simple_judge",
      items: ["a", "b"],
      instruction: "Which is better?",
      judge_type: "categorical",
      categories: ["first_better", "second_better", "tie"],
    },
    grade: { activity: "litellm_chat", model: "gpt-4o", prompt_path: "init_params.answer" },
  },
  steps: ["judge", "pick", "grade"],
};

type Outputs = Record<string, unknown> & {
  results_files: Array<{ path: string; name: string }>;
  results: Array<{ score: unknown; explanation: string }>;
};
const outputs = (t: Trajectory, step: string) => t.steps?.[step]?.outputs as Outputs;
const resultNames = (t: Trajectory) => outputs(t, "run").results_files.map((f) => f.name);

describe("scripted runbook results and judge replies", () => {
  let emu: Emulator;
  let jetty: Jetty;
  beforeAll(async () => {
    emu = await startEmulator({
      collections: [{ name: "acme" }],
      tasks: [
        { collection: "acme", name: "grader", workflow: GRADER },
        { collection: "acme", name: "other-grader", workflow: GRADER },
        { collection: "acme", name: "judged", workflow: JUDGED },
      ],
      runbookResults: [{ collection: "acme", task: "grader", files: { "grade.json": { from: "options" } } }],
    });
    jetty = new Jetty({ baseURL: emu.url, token: emu.token, logLevel: "off" });
  });
  beforeEach(() => emu.reset());
  afterAll(() => emu.close());

  const gradeOf = async (t: Trajectory) => {
    const entry = outputs(t, "run").results_files.find((f) => f.name === "grade.json");
    return entry ? (await jetty.files.download(entry.path)).json() : undefined;
  };

  it("writes the scripted files beside the default ones, and they download as chosen", async () => {
    emu.scriptRunbook({
      task: "grader",
      files: {
        "grade.json": { total: 0.9, pass: true },
        "notes/why.md": "# Why\n",
        "raw.bin": Buffer.from([1, 2]),
      },
    });
    const t = await jetty.runs.createAndWait("acme", "grader");
    expect(resultNames(t)).toEqual([
      "summary.md",
      "validation_report.json",
      "grade.json",
      "notes/why.md",
      "raw.bin",
    ]);
    expect(await gradeOf(t)).toEqual({ total: 0.9, pass: true });
    const notes = outputs(t, "run").results_files.find((f) => f.name === "notes/why.md")!;
    expect(notes.path).toBe(`${t.storage_path}/results/notes/why.md`);
    expect(await (await jetty.files.download(notes.path)).text()).toBe("# Why\n");
    expect(emu.state.readFile(`${t.storage_path}/results/raw.bin`)).toEqual(Buffer.from([1, 2]));
  });

  it("arms scripts from the options, answers only the matching task, and the newest script wins", async () => {
    expect(await gradeOf(await jetty.runs.createAndWait("acme", "grader"))).toEqual({ from: "options" });
    expect(await gradeOf(await jetty.runs.createAndWait("acme", "other-grader"))).toBeUndefined();
    emu.scriptRunbook({
      collection: "ACME",
      task: "Grader",
      times: 1,
      files: { "grade.json": { from: "test" } },
    });
    expect(await gradeOf(await jetty.runs.createAndWait("acme", "grader"))).toEqual({ from: "test" });
    // `times: 1` is used up: the options' script answers again.
    expect(await gradeOf(await jetty.runs.createAndWait("acme", "grader"))).toEqual({ from: "options" });
    emu.clearScripts();
    expect(await gradeOf(await jetty.runs.createAndWait("acme", "grader"))).toBeUndefined();
  });

  it("computes files from the run and its uploaded inputs", async () => {
    emu.scriptRunbook({
      task: "grader",
      files: (run) => {
        const input = run.inputs[0]!.json() as { answer: string };
        return {
          "grade.json": { id: run.trajectoryId, file: run.inputs[0]!.name, pass: input.answer === "42" },
        };
      },
    });
    const t = await jetty.runs.createAndWait("acme", "grader", {
      files: [{ data: new Blob([JSON.stringify({ answer: "42" })]), filename: "case.json" }],
    });
    expect(await gradeOf(t)).toEqual({ id: t.trajectory_id, file: "case.json", pass: true });
  });

  it("fails the run with the scripted error, keeping the files it wrote", async () => {
    emu.scriptRunbook({
      task: "grader",
      files: { "partial.txt": "half" },
      fail: "RuntimeError: agent gave up",
    });
    const t = await jetty.runs.createAndWait("acme", "grader", {}, { throwOnFailure: false });
    expect(t.status).toBe("failed");
    expect(t.steps?.run?.error).toBe("RuntimeError: agent gave up");
    expect(outputs(t, "run")).toMatchObject({ success: false, eval: { overall_passed: false } });
    expect(resultNames(t)).toContain("partial.txt");
  });

  it("scripts a runbook run started through chat completions", async () => {
    emu.scriptRunbook({ task: "chat-grader", files: { "grade.json": { via: "chat" } } });
    const run = await jetty.runbooks.run('---\nversion: "1.0.0"\nevaluation: programmatic\n---\n# Grade\n', {
      collection: "acme",
      task: "chat-grader",
      wait: true,
    });
    const grade = run.resultFiles.find((f) => f.path.endsWith("/grade.json"))!;
    expect(await (await grade.download()).json()).toEqual({ via: "chat" });
  });

  it("makes simple_judge and model steps answer what the test chose", async () => {
    emu.scriptJudge({ step: "judge", score: 4, explanation: "Correct capital" });
    emu.scriptJudge({ step: "pick", score: "second_better" });
    emu.scriptJudge({ step: "grade", reply: { score: 3, reason: "terse" } });
    const t = await jetty.runs.createAndWait("acme", "judged");
    expect(outputs(t, "judge")).toMatchObject({
      average_score: 4,
      results: [
        {
          score: 4,
          explanation: "Correct capital",
          raw_result: '{"score":4,"explanation":"Correct capital"}',
        },
      ],
    });
    expect(outputs(t, "pick").results.map((r) => r.score)).toEqual(["second_better", "second_better"]);
    expect(JSON.parse(outputs(t, "grade").text as string)).toEqual({ score: 3, reason: "terse" });
  });

  it("computes verdicts per item, filters by activity, and answers plain chat completions", async () => {
    emu.scriptJudge({
      activity: "simple_judge",
      verdict: (call) => ({ score: call.item === "a" ? 5 : 1, explanation: `${call.step}:${call.index}` }),
    });
    emu.scriptJudge({ activity: "litellm_chat", score: 2, explanation: "meh" });
    const t = await jetty.runs.createAndWait("acme", "judged");
    expect(outputs(t, "pick").results).toMatchObject([
      { score: 5, explanation: "pick:0" },
      { score: 1, explanation: "pick:1" },
    ]);
    expect(JSON.parse(outputs(t, "grade").text as string)).toEqual({ score: 2, explanation: "meh" });

    emu.scriptJudge({
      activity: "chat.completions",
      times: 1,
      verdict: (call) => ({ reply: `judged: ${call.prompt}` }),
    });
    const ask = () =>
      jetty.chat.completions.create({ model: "m", messages: [{ role: "user", content: "q?" }] });
    expect((await ask()).choices[0]?.message?.content).toBe("judged: q?");
    expect((await ask()).choices[0]?.message?.content).toBe("[m] echo: q?");
  });

  it("refuses malformed scripts at once", () => {
    expect(() => emu.scriptRunbook({ files: { "../escape.json": {} } })).toThrow(TypeError);
    expect(() => emu.scriptRunbook({ files: { "/abs.json": {} } })).toThrow(TypeError);
    expect(() => emu.scriptRunbook({ times: 0 })).toThrow(/times/);
    expect(() => emu.scriptRunbook({ fail: "" })).toThrow(/fail/);
    expect(() => emu.scriptJudge({ verdict: "5" as never })).toThrow(/verdict/);
  });
});
