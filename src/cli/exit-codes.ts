/**
 * The documented exit codes (docs/cli.md) and the one place errors become them and a message.
 */
import { inspect } from "node:util";
import {
  APIUserAbortError,
  ConfigError,
  InvalidInputError,
  MissingSecretsError,
  PathSyntaxError,
  RunbookParseError,
  RunFailedError,
  WaitTimeoutError,
} from "@jetty/sdk";
import { CommanderError } from "commander";
import type { Output } from "./output";

/** Exit codes, part of the CLI's stable interface. */
export const EXIT = {
  ok: 0,
  /** The API answered with an error, could not be reached, or sent something unusable. */
  api: 1,
  /** The command line or a local input (file, stdin, parameter) is wrong; nothing was sent. */
  usage: 2,
  /** A run ended failed, cancelled or archived. */
  runFailed: 3,
  /** Waiting for a run gave up; the run goes on. */
  timeout: 4,
  /** A preflight found required secrets the collection does not have. */
  missingSecrets: 5,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

/** A usage problem found by the CLI itself, reported like commander's own. */
export class UsageError extends InvalidInputError {
  override name = "UsageError";
}

/** The exit code for an error thrown by a command. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return isHelp(error) ? EXIT.ok : EXIT.usage;
  if (error instanceof MissingSecretsError) return EXIT.missingSecrets;
  if (error instanceof RunFailedError) return EXIT.runFailed;
  if (error instanceof WaitTimeoutError) return EXIT.timeout;
  if (error instanceof APIUserAbortError) return EXIT.interrupted;
  if (
    error instanceof InvalidInputError ||
    error instanceof ConfigError ||
    error instanceof RunbookParseError ||
    error instanceof PathSyntaxError
  ) {
    return EXIT.usage;
  }
  return EXIT.api;
}

/** Whether commander stopped to show help or the version (not an error). */
export function isHelp(error: CommanderError): boolean {
  return (
    error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version"
  );
}

/**
 * Reports a failed command on stderr: the error's own message on one line (the SDK's messages name what
 * to fix), or with `debug` the full error with its fields and cause. Commander has already printed its
 * usage errors.
 */
export function reportError(out: Output, error: unknown, debug: boolean): void {
  if (error instanceof CommanderError) return;
  if (debug) {
    out.note(inspect(error, { depth: 6, colors: false, breakLength: 110 }));
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  out.note(`${out.styleErr("red", "error:")} ${message.replace(/\s*\n\s*/g, " ").trim()}`);
}
