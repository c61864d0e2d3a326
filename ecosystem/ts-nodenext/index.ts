// TypeScript, CommonJS package, `moduleResolution: nodenext`: the import compiles to require(), the
// types come from dist/index.d.cts, and the output runs on the oldest Node claimed.
import { type Collection, Jetty, NotFoundError, parseRunbook, RunbookParseError } from "@jetty/sdk";

async function main(): Promise<void> {
  const jetty = new Jetty({ baseURL: process.env.JETTY_SMOKE_URL, token: process.env.JETTY_SMOKE_TOKEN });
  const name = `ts-nodenext-${Date.now()}`;
  await jetty.collections.create({ name });
  const list: Collection[] = await jetty.collections.list();
  await jetty.tasks.create(name, {
    name: "echo",
    workflow: {
      init_params: { text: "" },
      step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
      steps: ["echo"],
    },
  });
  const trajectory = await jetty.runs.createAndWait(
    name,
    "echo",
    { initParams: { text: "cjs" } },
    { pollInterval: 50 },
  );
  const missing = await jetty.collections.get("no-such-collection").catch((error: unknown) => error);
  const refused = (() => {
    try {
      parseRunbook("---js\n{}\n---\n");
    } catch (error) {
      return error;
    }
  })();
  if (
    !list.some((c) => c.name === name) ||
    trajectory.steps?.echo?.outputs?.text !== "cjs" ||
    !(missing instanceof NotFoundError) ||
    !(refused instanceof RunbookParseError)
  ) {
    throw new Error("ts-nodenext smoke failed");
  }
  console.log(
    JSON.stringify({ ok: true, runtime: process.env.JETTY_SMOKE_RUNTIME, checks: ["typed calls"] }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
