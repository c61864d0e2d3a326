// TypeScript with `moduleResolution: bundler`, type-checked with tsc, then bundled with esbuild (the
// way such a project ships) and run on the oldest Node claimed.
import Jetty, { type ChatCompletion, parseWorkflowId, type RunHandle, validateWorkflow } from "@jetty/sdk";

const jetty = new Jetty({ baseURL: process.env.JETTY_SMOKE_URL, token: process.env.JETTY_SMOKE_TOKEN });
const name = `ts-bundler-${Date.now()}`;
const workflow = {
  init_params: { text: "" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
const report = validateWorkflow(workflow);
await jetty.collections.create({ name });
await jetty.tasks.create(name, { name: "echo", workflow });
const run: RunHandle = await jetty.runs.create(name, "echo", { initParams: { text: "bundled" } });
const trajectory = await run.wait({ pollInterval: 50, maxPollInterval: 200 });
const unused: ChatCompletion | undefined = undefined;
if (!report.valid || trajectory.steps?.echo?.outputs?.text !== "bundled" || unused !== undefined) {
  throw new Error("ts-bundler smoke failed");
}
if (parseWorkflowId(run.workflowId).trajectoryId !== run.trajectoryId) throw new Error("workflow id");
console.log(JSON.stringify({ ok: true, runtime: process.env.JETTY_SMOKE_RUNTIME, checks: ["typed calls"] }));
