import { InvalidInputError, JettyError } from "../errors";

/**
 * The runbook could not be parsed: malformed YAML, a non-YAML frontmatter language (which is
 * refused, never evaluated), or an unclosed frontmatter block. `line` is 1-based in the file.
 *
 * @example
 * ```ts
 * import { parseRunbook, RunbookParseError } from "@jetty/sdk";
 * try { parseRunbook(text); } catch (e) {
 *   if (e instanceof RunbookParseError) console.log(`line ${e.line}: ${e.reason}`);
 * }
 * ```
 */
export class RunbookParseError extends JettyError {
  override name = "RunbookParseError";
  /** 1-based line in the file, when known. */
  readonly line: number | undefined;
  /** 1-based column, when known. */
  readonly column: number | undefined;
  /** The problem, without the location prefix. */
  readonly reason: string;
  readonly filename: string | undefined;

  constructor(
    reason: string,
    init: { line?: number; column?: number; filename?: string; cause?: unknown } = {},
  ) {
    const where =
      (init.filename ?? "runbook") +
      (init.line !== undefined ? `:${init.line}` : "") +
      (init.line !== undefined && init.column !== undefined ? `:${init.column}` : "");
    super(`${where}: ${reason}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = reason;
    this.line = init.line;
    this.column = init.column;
    this.filename = init.filename;
  }
}

/**
 * Thrown by `jetty.runbooks.run` when required secrets are neither configured on the collection
 * nor passed in `secretParams`. Names only, never values.
 *
 * @example
 * ```ts
 * import { MissingSecretsError } from "@jetty/sdk";
 * try { await jetty.runbooks.run(runbook, { collection: "c", task: "t" }); } catch (e) {
 *   if (e instanceof MissingSecretsError) console.log("set:", e.missing.join(", "));
 * }
 * ```
 */
export class MissingSecretsError extends InvalidInputError {
  override name = "MissingSecretsError";
  /** Env names of the missing required secrets. */
  readonly missing: string[];
  constructor(collection: string, missing: string[]) {
    super(
      "secrets",
      `the runbook needs ${missing.join(", ")}, which collection "${collection}" does not have. Set them with ` +
        `jetty.environment.set("${collection}", { … }) or pass them in secretParams for this run.`,
    );
    this.missing = missing;
  }
}
