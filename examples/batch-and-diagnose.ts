/**
 * Launch many runs with bounded concurrency, then explain the ones that failed — following
 * fan-out children down to the step that really broke.
 *
 *   npx tsx examples/batch-and-diagnose.ts
 */
import { BadRequestError, defineWorkflow } from "@jetty/sdk";
import { connect, main } from "./connect";

const connection = await connect();
const { jetty, collection } = connection;

await main(async () => {
  // The `split` step fails when chunk_size is 0 (it must be positive), so the third input fails.
  const workflow = defineWorkflow({
    init_params: { text: "hello", size: 3 },
    step_configs: {
      split: { activity: "text_split", text_path: "init_params.text", chunk_size_path: "init_params.size" },
      first: { activity: "text_echo", text_path: "split.outputs.chunks[0]" },
    },
    steps: ["split", "first"],
  });
  // Create the task, or update it when it exists already (names are unique per collection).
  await jetty.tasks.create(collection, { name: "chunker", workflow }).catch(async (error: unknown) => {
    if (!(error instanceof BadRequestError)) throw error;
    await jetty.tasks.update(collection, "chunker", { workflow });
  });

  const inputs = [
    { text: "alpha beta", size: 4 },
    { text: "gamma", size: 2 },
    { text: "delta", size: 0 },
    { text: "epsilon zeta", size: 5 },
  ];
  const failed: string[] = [];
  for await (const result of jetty.runs.batch(collection, "chunker", inputs, { concurrency: 2 })) {
    if (result.status === "fulfilled") {
      console.log(
        `✓ #${result.index} ${result.trajectory?.status} → ${JSON.stringify(result.trajectory?.steps?.first?.outputs)}`,
      );
    } else {
      console.log(
        `✗ #${result.index} ${result.error instanceof Error ? result.error.message : String(result.error)}`,
      );
      if (result.handle) failed.push(result.handle.trajectoryId);
    }
  }

  for (const id of failed) {
    const diagnosis = await jetty.trajectories.diagnose(collection, "chunker", id);
    const cause = diagnosis.rootCause;
    console.log(`diagnosis of ${id}: step "${cause?.step}" failed with: ${cause?.error}`);
  }
  if (failed.length !== 1) throw new Error(`expected exactly one failed run, got ${failed.length}`);
}, connection);
