#!/usr/bin/env node
/**
 * `jetty-emulator`: runs the emulator as a standalone server until SIGINT, SIGTERM or SIGHUP (or until
 * its parent process goes away), then closes the port and exits 0.
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
const CLOSE_GRACE_MS = 5_000;
const PARENT_CHECK_MS = 500;

const USAGE = `Usage: jetty-emulator [--port N] [--step-duration MS] [--token TOKEN] [--collection NAME]...
                      [--scoped-to NAME] [--responses full|sparse]

  --port N            port on 127.0.0.1 (default: $PORT, else ${DEFAULT_PORT} when free, else any free port)
  --step-duration MS  time each workflow step takes (default 0)
  --token TOKEN       the full-access token (default: a random mlc_ token)
  --collection NAME   a collection to create at start (repeatable; default: demo)
  --scoped-to NAME    print a token bound to collection NAME as JETTY_API_TOKEN, like a real mlc_
                      key (the full-access token, which no real key is, is printed as a comment)
  --responses MODE    full (default): every field filled in; sparse: the least bodies the
                      platform may send (optional fields null or absent, empty acknowledgements)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      "step-duration": { type: "string" },
      token: { type: "string" },
      collection: { type: "string", multiple: true },
      "scoped-to": { type: "string" },
      responses: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const scopedTo = values["scoped-to"];
  const names = values.collection ?? ["demo"];
  if (scopedTo !== undefined && !names.some((n) => n.toLowerCase() === scopedTo.toLowerCase()))
    names.push(scopedTo);
  const options: EmulatorOptions = {
    stepDuration: numberOption("--step-duration", values["step-duration"] ?? "0"),
    collections: names.map((name) => ({ name })),
    ...(values.token ? { token: values.token } : {}),
    ...(values.responses !== undefined ? { responses: responsesOption(values.responses) } : {}),
  };
  const explicit = values.port ?? process.env.PORT;
  const emulator =
    explicit !== undefined
      ? await startEmulator({ ...options, port: numberOption("--port", explicit) })
      : await startOnDefaultPort(options);

  console.log(`Jetty emulator listening on ${emulator.url}`);
  console.log(`JETTY_API_URL=${emulator.url}`);
  // The emulator's own throwaway tokens: printing them is how a user points a client at it.
  if (scopedTo === undefined) {
    console.log(`JETTY_API_TOKEN=${emulator.token}`);
    console.log("# this token reaches every collection; real mlc_ keys are bound to one (see --scoped-to)");
  } else {
    console.log(`JETTY_API_TOKEN=${emulator.scopedToken(scopedTo)}`);
    console.log(`# bound to collection ${scopedTo}; full-access token: ${emulator.token}`);
  }

  let stopping = false;
  const stop = (why: string) => {
    if (stopping) {
      // A second signal while closing: the user means it.
      process.exit(1);
    }
    stopping = true;
    console.log(`${why}: closing the emulator`);
    // Exit explicitly once the port is closed; a stuck close still ends within the grace period.
    setTimeout(() => process.exit(1), CLOSE_GRACE_MS).unref();
    void emulator.close().then(() => process.exit(0));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGHUP", () => stop("SIGHUP"));
  watchParent(() => stop("parent process exited"));
}

/**
 * `npx` runs the command through `sh -c`; a SIGTERM to npx kills that shell, which does not pass it on,
 * so the emulator would keep listening as an orphan. Being re-parented is the sign to stop.
 */
function watchParent(onOrphaned: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, PARENT_CHECK_MS);
  timer.unref();
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

function responsesOption(raw: string): "full" | "sparse" {
  if (raw === "full" || raw === "sparse") return raw;
  console.error(`--responses must be full or sparse (got ${JSON.stringify(raw)})\n\n${USAGE}`);
  process.exit(2);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
