#!/usr/bin/env node
/**
 * `jetty-emulator`: runs the emulator as a standalone server until SIGINT/SIGTERM.
 *
 * @example
 * ```sh
 * npx jetty-emulator --port 4010 --step-duration 200 --collection demo
 * # Jetty emulator listening on http://127.0.0.1:4010
 * # JETTY_API_URL=http://127.0.0.1:4010
 * # JETTY_API_TOKEN=mlc_...
 * ```
 */
import { parseArgs } from "node:util";
// The testing entry itself, not its modules: the built CLI imports dist/testing/index.js, so the
// package carries one copy of the emulator.
import { type Emulator, type EmulatorOptions, startEmulator } from "./index";

const DEFAULT_PORT = 4010;

const USAGE = `Usage: jetty-emulator [--port N] [--step-duration MS] [--token TOKEN] [--collection NAME]...

  --port N            port on 127.0.0.1 (default: $PORT, else ${DEFAULT_PORT} when free, else any free port)
  --step-duration MS  time each workflow step takes (default 0)
  --token TOKEN       the full-access token (default: a random mlc_ token)
  --collection NAME   a collection to create at start (repeatable; default: demo)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      "step-duration": { type: "string" },
      token: { type: "string" },
      collection: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options: EmulatorOptions = {
    stepDuration: numberOption("--step-duration", values["step-duration"] ?? "0"),
    collections: (values.collection ?? ["demo"]).map((name) => ({ name })),
    ...(values.token ? { token: values.token } : {}),
  };
  const explicit = values.port ?? process.env.PORT;
  const emulator =
    explicit !== undefined
      ? await startEmulator({ ...options, port: numberOption("--port", explicit) })
      : await startOnDefaultPort(options);

  console.log(`Jetty emulator listening on ${emulator.url}`);
  console.log(`JETTY_API_URL=${emulator.url}`);
  // The emulator's own throwaway token: printing it is how a user points a client at it.
  console.log(`JETTY_API_TOKEN=${emulator.token}`);

  const stop = () => {
    void emulator.close().then(() => {
      process.exitCode = 0;
    });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** 4010 when it is free, else any free port. */
async function startOnDefaultPort(options: EmulatorOptions): Promise<Emulator> {
  try {
    return await startEmulator({ ...options, port: DEFAULT_PORT });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    return startEmulator({ ...options, port: 0 });
  }
}

function numberOption(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer (got ${JSON.stringify(raw)})\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
