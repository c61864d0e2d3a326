/**
 * One CLI invocation: the process it runs in, the context its command gets, and the exit code it ends
 * with. Command modules register their actions through {@link CliApp.action}.
 */
import type { Command } from "commander";
import { CliContext, type CliProcess, type GlobalOptions } from "./context";
import { Output } from "./output";

/** An action: receives the context and commander's arguments; may return an exit code. */
export type ActionFn<A extends unknown[]> = (ctx: CliContext, ...args: A) => Promise<unknown>;

export class CliApp {
  readonly io: CliProcess;
  readonly signal: AbortSignal;
  exitCode = 0;
  #context: CliContext | undefined;

  constructor(io: CliProcess, signal: AbortSignal) {
    this.io = io;
    this.signal = signal;
  }

  /** Wraps an action for `command.action()`: builds the context, runs it, keeps its exit code. */
  action<A extends unknown[]>(fn: ActionFn<A>): (...args: unknown[]) => Promise<void> {
    return async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      this.#context = new CliContext(this.io, command.optsWithGlobals<GlobalOptions>(), this.signal);
      const code = await fn(this.#context, ...(args.slice(0, -1) as A));
      if (typeof code === "number") this.exitCode = code;
    };
  }

  /** The context of the command that ran, if any. */
  get context(): CliContext | undefined {
    return this.#context;
  }

  /** Where to report an error: the command's output, or a plain one when no command started. */
  output(argv: readonly string[]): Output {
    return (
      this.#context?.out ??
      new Output({
        stdout: this.io.stdout,
        stderr: this.io.stderr,
        json: argv.includes("--json"),
        color: !argv.includes("--no-color"),
        env: this.io.env,
      })
    );
  }
}
