/**
 * What a command action works with: the global options, the output, the process streams, and a client
 * built once from `--base-url`, `--token-file`, `--frontend-url` and the SDK's environment variables.
 */
import { inspect } from "node:util";
import { type ClientOptions, Jetty, type Logger } from "@jetty/sdk";
import { type InputStreams, readSecrets } from "./input";
import { Output } from "./output";
import { locateToken, type TokenOrigin } from "./token";

/** The options every command accepts (defined on the root command). */
export interface GlobalOptions {
  json?: boolean;
  get?: string;
  baseUrl?: string;
  tokenFile?: string;
  frontendUrl?: string;
  color?: boolean;
  debug?: boolean;
}

/** The process the CLI runs in (its streams, environment and working directory). */
export interface CliProcess extends InputStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
}

export class CliContext {
  readonly out: Output;
  readonly options: GlobalOptions;
  readonly io: CliProcess;
  /** Aborted on Ctrl-C, so waits and streams stop promptly. */
  readonly signal: AbortSignal;
  #origin: TokenOrigin | undefined;
  #jetty: Jetty | undefined;

  constructor(io: CliProcess, options: GlobalOptions, signal: AbortSignal) {
    this.io = io;
    this.options = options;
    this.signal = signal;
    this.out = new Output({
      stdout: io.stdout,
      stderr: io.stderr,
      json: options.json === true,
      ...(options.get !== undefined ? { select: options.get } : {}),
      color: options.color !== false,
      env: io.env,
    });
  }

  get json(): boolean {
    return this.out.json;
  }

  /** Where the token comes from (read once; the token is guarded from every output from then on). */
  token(): TokenOrigin {
    if (!this.#origin) {
      this.#origin = locateToken(this.options.tokenFile, this.io.env);
      this.out.guard(this.#origin.token);
    }
    return this.#origin;
  }

  /** The SDK client for this invocation. */
  jetty(): Jetty {
    this.#jetty ??= this.client();
    return this.#jetty;
  }

  /** A new client configured like {@link CliContext.jetty}, plus `extra` (the doctor's recording fetch). */
  client(extra: Pick<ClientOptions, "fetch"> = {}): Jetty {
    const origin = this.token();
    return new Jetty({
      // With --token-file the file wins over JETTY_API_TOKEN; otherwise the SDK resolves it itself.
      ...(origin.source === "token-file-flag" ? { token: origin.token } : { tokenFile: origin.file }),
      ...(this.options.baseUrl ? { baseURL: this.options.baseUrl } : {}),
      ...(this.options.frontendUrl ? { frontendURL: this.options.frontendUrl } : {}),
      logger: this.logger(),
      ...extra,
    });
  }

  /**
   * Secret values by name, from the environment or stdin (see `readSecrets`); each value is guarded
   * from every output from then on.
   */
  async secrets(names: readonly string[], option: string): Promise<Record<string, string>> {
    const values = await readSecrets(names, option, this.io);
    for (const value of Object.values(values)) this.out.guard(value);
    return values;
  }

  /** The SDK's log lines, on stderr (stdout carries only the command's output). */
  logger(): Logger {
    const write =
      (level: string) =>
      (message: string, ...rest: unknown[]) =>
        this.out.note(
          [
            `[jetty ${level}] ${message}`,
            ...rest.map((r) => inspect(r, { depth: 4, breakLength: Infinity })),
          ].join(" "),
        );
    return { error: write("error"), warn: write("warn"), info: write("info"), debug: write("debug") };
  }
}
