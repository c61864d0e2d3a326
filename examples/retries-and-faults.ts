/**
 * What the transport does under failure, shown against the emulator's fault injection: a 503 with
 * Retry-After is retried, a reset GET is retried, and a POST that may have reached the server is
 * not resent (so a run is never launched twice).
 *
 *   npx tsx examples/retries-and-faults.ts
 */
import { APIConnectionError, Jetty } from "@jetty/sdk";
import { startEmulator } from "@jetty/sdk/testing";

const emulator = await startEmulator({ collections: [{ name: "faults" }] });
const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logger: console, logLevel: "info" });

try {
  emulator.fault({
    method: "GET",
    path: "/api/v1/collections/faults",
    status: 503,
    headers: { "retry-after": "0.2" },
  });
  emulator.fault({ method: "GET", path: "/api/v1/collections/faults", reset: true });
  const collection = await jetty.collections.get("faults");
  const attempts = emulator.requests.filter((r) => r.path === "/api/v1/collections/faults").length;
  console.log(`✓ got ${collection.name} after ${attempts} attempts`);

  await jetty.tasks.create("faults", {
    name: "echo",
    workflow: {
      init_params: { text: "once" },
      step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
      steps: ["echo"],
    },
  });
  emulator.fault({ method: "POST", path: "/api/v1/run/faults/echo", reset: true, afterHandling: true });
  const error = await jetty.runs.create("faults", "echo").catch((e: unknown) => e);
  console.log(
    `✓ the lost answer surfaced as ${error instanceof APIConnectionError ? "APIConnectionError" : String(error)}`,
  );
  const runs = emulator.runsCreated("faults", "echo");
  console.log(`✓ runs created on the server: ${runs} (the POST was not resent)`);
  if (runs !== 1) throw new Error(`expected 1 run, saw ${runs}`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await emulator.close();
}
