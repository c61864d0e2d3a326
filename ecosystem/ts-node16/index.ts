// TypeScript, ESM package, `moduleResolution: node16`: the types resolve through the `node` +
// `import` conditions (dist/index.d.ts) and the compiled output runs on the oldest Node claimed.
import { type Collection, Jetty, NotFoundError, parseWorkflowId, type Trajectory } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";

const jetty = new Jetty({ baseURL: process.env.JETTY_SMOKE_URL, token: process.env.JETTY_SMOKE_TOKEN });
const name = `ts-node16-${Date.now()}`;
const created: Collection = await jetty.collections.create({ name });
await jetty.tasks.create(name, {
  name: "echo",
  workflow: {
    init_params: { text: "" },
    step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
    steps: ["echo"],
  },
});
const run = await jetty.runs.create(name, "echo", { initParams: { text: "typed" } });
const trajectory: Trajectory = await run.wait({ pollInterval: 50, maxPollInterval: 200 });
const missing = await jetty.tasks.get(name, "nope").catch((error: unknown) => error);
const url: Emulator["url"] | undefined = process.env.JETTY_SMOKE_URL;
if (
  created.name !== name ||
  trajectory.steps?.echo?.outputs?.text !== "typed" ||
  parseWorkflowId(run.workflowId).trajectoryId !== run.trajectoryId ||
  !(missing instanceof NotFoundError) ||
  !url
) {
  throw new Error("ts-node16 smoke failed");
}
console.log(JSON.stringify({ ok: true, runtime: process.env.JETTY_SMOKE_RUNTIME, checks: ["typed calls"] }));
