#!/usr/bin/env node
/**
 * `jetty`: the command-line tool of `@jetty/sdk`, built only on the SDK's public API. See docs/cli.md.
 * Ctrl-C aborts the command's requests and waits (exit 130); a second Ctrl-C exits at once.
 */
import { runCli } from "./program";

const controller = new AbortController();
process.on("SIGINT", () => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
});
// `jetty … | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(
  process.argv.slice(2),
  {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  },
  controller.signal,
).then((code) => {
  process.exitCode = code;
});
