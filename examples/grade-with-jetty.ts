/**
 * Grade agent outputs with an independent Jetty grading task (`gradeWithJetty`), and compare two configs by
 * their labels: the eval loop of the 0.4.0 examples, on the 0.5 client.
 *
 *   npx tsx examples/grade-with-jetty.ts
 *
 * Against the emulator the grading task is a runbook whose `grade.json` the emulator scripts (it stands in
 * for the grader's agent). Against the real API, JETTY_GRADE_TASK names your deployed grader.
 */
import { gradeWithJetty } from "@jetty/sdk";
import { connect, main } from "./connect";

interface Case {
  ticket: string;
  triage: string;
}
interface Grade {
  total: number;
  pass: boolean;
}

/** The task deploy-grader registers: one runbook step wired to init_params. */
const GRADER = {
  init_params: {
    agent: "claude-code",
    model: "claude-sonnet-4-6",
    instruction: "Grade the triage",
    vars: {},
    file_paths: [],
  },
  step_configs: {
    run: {
      activity: "runbook",
      agent_path: "init_params.agent",
      model_path: "init_params.model",
      instruction_path: "init_params.instruction",
      template_variables_path: "init_params.vars",
      files_path: "init_params.file_paths",
    },
  },
  steps: ["run"],
};

const connection = await connect({
  collections: [{ name: "examples" }],
  tasks: [{ collection: "examples", name: "triage-grader", workflow: GRADER }],
  runbookResults: [
    {
      task: "triage-grader",
      files: (run) => {
        const c = run.inputs[0]?.json() as Case;
        const right = c.ticket.includes("refund") === (c.triage === "billing");
        return { "grade.json": { total: right ? 0.9 : 0.2, pass: right } };
      },
    },
  ],
});
const { jetty, collection } = connection;
const task = process.env.JETTY_GRADE_TASK?.trim() || "triage-grader";

await main(async () => {
  const cases: Array<{ config: string; output: Case }> = [
    { config: "v1", output: { ticket: "Where is my refund?", triage: "billing" } },
    { config: "v2", output: { ticket: "Where is my refund?", triage: "shipping" } },
  ];
  for (const { config, output } of cases) {
    const { grade, trajectoryId } = await gradeWithJetty<Grade>(jetty, collection, task, {
      files: [{ filename: "case.json", data: JSON.stringify(output) }],
      labels: (g) => ({
        "eval.config": config,
        "eval.grade": g.total.toFixed(2),
        "eval.pass": String(g.pass),
      }),
      author: "examples@jetty.io",
    });
    const labels = (await jetty.trajectories.get(collection, task, trajectoryId)).labels ?? [];
    console.log(
      `${grade.pass ? "✓" : "✗"} ${config}: grade ${grade.total} (trajectory ${trajectoryId}; ` +
        `labels ${labels.map((l) => `${l.key}=${l.value}`).join(", ")})`,
    );
  }
}, connection);
