/**
 * The @jetty/sdk tour: collection → task → run with live progress → outputs and link → label →
 * streamed chat completion → runbook parse and secret preflight.
 *
 *   npm run demo
 *
 * Without JETTY_API_TOKEN it starts the built-in emulator on 127.0.0.1 and runs against that.
 * With a token it uses the real API and needs JETTY_COLLECTION (API keys are scoped to one collection).
 */
import { basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineWorkflow, Jetty, JettyError } from "@jetty/sdk";
import { startEmulator } from "@jetty/sdk/testing";

const live = Boolean(process.env.JETTY_API_TOKEN?.trim());
const emulator = live
  ? undefined
  : await startEmulator({
      stepDuration: 250,
      collections: [{ name: "demo", trial: { active: true, runsLimit: 10 } }],
    });

async function main(): Promise<void> {
  const jetty = emulator ? new Jetty({ baseURL: emulator.url, token: emulator.token }) : new Jetty();
  const collection = emulator ? "demo" : requiredEnv("JETTY_COLLECTION");
  console.log(`→ ${emulator ? `emulator at ${emulator.url}` : jetty.baseURL} as ${jetty.redactedToken}`);

  const { name, description } = await jetty.collections.get(collection);
  console.log(`✓ collection ${name}${description ? ` — ${description}` : ""}`);

  const workflow = defineWorkflow({
    init_params: { topic: "sea otters" },
    step_configs: {
      outline: {
        activity: "text_template",
        template: "Three facts about {{topic}}",
        topic_path: "init_params.topic",
      },
      echo: { activity: "text_echo", text_path: "outline.outputs.text" },
    },
    steps: ["outline", "echo"],
  });
  const taskName = "sdk-demo";
  const existing = await jetty.tasks.list(collection);
  const task = existing.some((t) => t.name === taskName)
    ? await jetty.tasks.update(collection, taskName, {
        workflow,
        description: "Created by the @jetty/sdk demo",
      })
    : await jetty.tasks.create(collection, {
        name: taskName,
        description: "Created by the @jetty/sdk demo",
        workflow,
      });
  console.log(`✓ task ${task.name} (${task.validationWarnings.length} validation warnings)`);

  const useTrialKeys = await jetty.trial.shouldUseTrialKeys(collection);
  const run = await jetty.runs.create(collection, taskName, {
    initParams: { topic: "river otters" },
    useTrialKeys,
  });
  console.log(`✓ run started: ${run.workflowId}`);
  if (run.trialNotice) console.log(`  ${run.trialNotice.replace(/\n/g, "\n  ")}`);

  const trajectory = await run.wait({
    onProgress: (p) =>
      console.log(`  … ${p.status} (${p.completedSteps.length}/${p.totalSteps.length || "?"} steps)`),
  });
  const link = jetty.urls.trajectory(collection, taskName, run.trajectoryId);
  // The emulator is an API only: its runs have no page in the web app, so say so instead of a dead link.
  console.log(
    emulator
      ? `✓ ${trajectory.status}: trajectory ${run.trajectoryId} (emulator-local; a real run's page would be ${link})`
      : `✓ ${trajectory.status}: ${link}`,
  );
  console.log(`  outputs: ${JSON.stringify(trajectory.steps?.echo?.outputs)}`);

  await jetty.trajectories.addLabel(collection, taskName, run.trajectoryId, {
    key: "reviewed",
    value: "yes",
    author: "sdk-demo@example.com",
  });
  console.log(`✓ labelled ${run.trajectoryId} reviewed=yes`);

  process.stdout.write("✓ chat: ");
  const stream = await jetty.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "One sentence about otters, please." }],
    max_tokens: 60,
    stream: true,
  });
  for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
  process.stdout.write("\n");

  const runbookPath = fileURLToPath(new URL("./runbooks/competitor-brief/RUNBOOK.md", import.meta.url));
  const runbook = await jetty.runbooks.load(runbookPath);
  const check = await jetty.runbooks.preflight(collection, runbook);
  // A runbook's name is its first heading (else its folder), as the web app lists it.
  const runbookName = /^#\s+(.+)$/m.exec(runbook.body)?.[1]?.trim() ?? basename(dirname(runbookPath));
  console.log(
    `✓ runbook "${runbookName}" with variables ${runbook.templateVariables.map((v) => v.name).join(", ")}`,
  );
  console.log(
    `  secrets: configured [${check.configuredSecrets.join(", ")}], missing [${check.missingSecrets.join(", ")}]` +
      `, trial keys: ${check.useTrialKeys ? "yes" : "no"}`,
  );
  if (trajectory.status !== "completed") throw new JettyError(`the demo run ended ${trajectory.status}`);
}

function requiredEnv(name: string): string {
  const value = process.env[name]?.trim();
  if (!value)
    throw new JettyError(
      `${name} is not set: with a real token the demo needs the collection the token belongs to.`,
    );
  return value;
}

try {
  await main();
  console.log("done.");
} catch (error) {
  console.error(`✗ ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exitCode = 1;
} finally {
  await emulator?.close();
}
