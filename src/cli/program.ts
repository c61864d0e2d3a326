/**
 * The `jetty` command tree (commander) and {@link runCli}, which parses argv, runs one command and
 * turns its outcome into an exit code.
 */
import { Command } from "commander";
import { version } from "../../package.json";
import { CliApp } from "./app";
import { registerAuth } from "./commands/auth";
import { registerCatalog } from "./commands/catalog";
import { registerChat } from "./commands/chat";
import { registerCollections } from "./commands/collections";
import { registerDoctor } from "./commands/doctor";
import { registerEmulator } from "./commands/emulator";
import { registerEnv } from "./commands/env";
import { registerFiles } from "./commands/files";
import { registerLogs } from "./commands/logs";
import { registerRun } from "./commands/run";
import { registerRunbook } from "./commands/runbook";
import { registerStats } from "./commands/stats";
import { registerTasks } from "./commands/tasks";
import { registerTrajectories } from "./commands/trajectories";
import { registerUrl } from "./commands/url";
import type { CliProcess } from "./context";
import { exitCodeFor, reportError } from "./exit-codes";

/** The root command with its global options and every command group. */
export function buildProgram(app: CliApp): Command {
  const program = new Command("jetty")
    .description("Jetty from the shell: collections, tasks, runs, trajectories, files, runbooks and chat.")
    .version(version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help for a command")
    .helpCommand("help [command]", "show help for a command")
    .option("--json", "print JSON: one document per command, NDJSON for streams and --all lists")
    .option("--get <field>", "print only this field of the JSON output, e.g. trajectories[0].trajectory_id")
    .option("--base-url <url>", "API origin (default: $JETTY_API_URL, else https://flows-api.jetty.io)")
    .option(
      "--token-file <path>",
      "read the token from this file (default: $JETTY_API_TOKEN, else ~/.config/jetty/token)",
    )
    .option("--frontend-url <url>", "web app origin for links (default: https://flows.jetty.io)")
    .option("--no-color", "never colour the output (NO_COLOR is honoured too)")
    .option("--debug", "on failure, print the full error instead of one line")
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError()
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => app.io.stdout.write(text),
      writeErr: (text) => app.io.stderr.write(text),
    });
  registerCollections(program, app);
  registerTasks(program, app);
  registerRun(program, app);
  registerTrajectories(program, app);
  registerLogs(program, app);
  registerStats(program, app);
  registerFiles(program, app);
  registerEnv(program, app);
  registerCatalog(program, app);
  registerRunbook(program, app);
  registerChat(program, app);
  registerUrl(program, app);
  registerAuth(program, app);
  registerEmulator(program, app);
  registerDoctor(program, app);
  return program;
}

/** Runs one `jetty` command line and resolves with its exit code. */
export async function runCli(argv: readonly string[], io: CliProcess, signal: AbortSignal): Promise<number> {
  const app = new CliApp(io, signal);
  try {
    await buildProgram(app).parseAsync([...argv], { from: "user" });
    return app.exitCode;
  } catch (error) {
    const debug = app.context?.options.debug ?? argv.includes("--debug");
    reportError(app.output(argv), error, debug);
    return exitCodeFor(error);
  }
}
