// The plain smoke test every runtime of the matrix runs against the built package. Plain CommonJS
// JavaScript that Node 20.0 runs as it is, so each consumer (ESM import, require(), Jest, Bun, Deno,
// a bundle, a worker) loads the SDK its own way and hands it in. Real calls, against an emulator that
// the matrix script starts with the current Node (JETTY_SMOKE_URL / JETTY_SMOKE_TOKEN).
"use strict";

function check(condition, what) {
  if (!condition) throw new Error(`smoke check failed: ${what}`);
}

async function smoke(sdk, env) {
  const { Jetty, NotFoundError, APIError, JettyError, parseWorkflowId, parseRunbook, RunbookParseError } =
    sdk;
  const done = [];
  const jetty = new Jetty({ baseURL: env.JETTY_SMOKE_URL, token: env.JETTY_SMOKE_TOKEN, maxRetries: 0 });
  const collection = `smoke-${Math.random().toString(36).slice(2, 10)}`;

  await jetty.collections.create({ name: collection, description: "ecosystem smoke" });
  const collections = await jetty.collections.list();
  check(
    collections.some((c) => c.name === collection),
    "collections.list() shows the new collection",
  );
  done.push("collections");

  await jetty.tasks.create(collection, {
    name: "echo",
    workflow: {
      init_params: { text: "unset" },
      step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
      steps: ["echo"],
    },
  });
  const tasks = await jetty.tasks.list(collection);
  check(
    tasks.some((t) => t.name === "echo"),
    "tasks.list() shows the new task",
  );
  done.push("tasks");

  const text = `hello from ${env.JETTY_SMOKE_RUNTIME || "somewhere"}`;
  const run = await jetty.runs.create(collection, "echo", { initParams: { text } });
  const trajectory = await run.wait({ pollInterval: 50, maxPollInterval: 200, timeout: 60000 });
  check(trajectory.status === "completed", `the run completed (status ${trajectory.status})`);
  check(trajectory.steps && trajectory.steps.echo.outputs.text === text, "the echo step echoed the text");
  check(
    parseWorkflowId(run.workflowId).trajectoryId === run.trajectoryId,
    "parseWorkflowId reads the run's id",
  );
  done.push("run+wait");

  let missing;
  try {
    await jetty.tasks.get(collection, "no-such-task");
  } catch (error) {
    missing = error;
  }
  check(
    missing instanceof NotFoundError && missing instanceof APIError && missing instanceof JettyError,
    "a 404 is a NotFoundError",
  );
  check(
    missing.name === "NotFoundError" && missing.constructor.name === "NotFoundError",
    "error classes keep their names",
  );
  done.push("errors");

  const runbook = parseRunbook(
    '---\nversion: "1.0.0"\nevaluation: programmatic\n---\n# Go\nWrite {{results_dir}}/{{name}}.txt\n',
  );
  check(runbook.frontmatter.evaluation === "programmatic", "parseRunbook reads YAML front matter");
  check(
    runbook.templateVariables
      .map((v) => v.name)
      .sort()
      .join() === "name,results_dir",
    "parseRunbook finds the placeholders",
  );
  let refused;
  try {
    parseRunbook("---js\n{ evaluated: true }\n---\n");
  } catch (error) {
    refused = error;
  }
  check(refused instanceof RunbookParseError, "JavaScript front matter is refused");
  done.push("runbooks.parse");

  return { ok: true, runtime: env.JETTY_SMOKE_RUNTIME || "unknown", checks: done };
}

/** Runs the smoke test and prints one JSON line; a failure exits non-zero with the reason. */
function main(sdk, env) {
  return smoke(sdk, env).then(
    (result) => console.log(JSON.stringify(result)),
    (error) => {
      console.error(error?.stack ? error.stack : String(error));
      process.exitCode = 1;
    },
  );
}

module.exports = { smoke, main };
