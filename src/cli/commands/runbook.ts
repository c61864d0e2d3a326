/**
 * `jetty runbook parse|preflight|run RUNBOOK.md`: check a runbook, check its secrets against a
 * collection (exit 5 when one is missing), and run it on Jetty.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import {
  type ChatCompletionChunk,
  type PreflightResult,
  parseRunbook,
  type Runbook,
  type TemplateVariableValue,
} from "@jetty/sdk";
import type { Command } from "commander";
import type { CliApp } from "../app";
import type { CliContext } from "../context";
import { EXIT, UsageError } from "../exit-codes";
import { checkNames, parseAssignments, parseDuration } from "../input";
import { repeatable, type TrialMode, trialOption } from "../options";
import { Spinner } from "../progress";
import { statusText } from "../render";
import { runbookRunWire } from "../wire";

/** Options of `runbook run` (and of `chat --runbook`). */
export interface RunbookRunFlags {
  collection?: string;
  task?: string;
  var: string[];
  file: string[];
  secret: string[];
  trial: TrialMode;
  wait?: boolean;
  stream?: boolean;
  timeout?: string;
}

export function registerRunbook(program: Command, app: CliApp): void {
  const group = program.command("runbook").description("parse, preflight and run RUNBOOK.md files");

  group
    .command("parse")
    .description("parse a runbook: front matter, secrets, template variables, warnings")
    .argument("<file>", "the RUNBOOK.md")
    .action(
      app.action(async (ctx, file: string) => {
        const runbook = await loadRunbook(file);
        if (ctx.json) return ctx.out.document(runbook);
        const fm = runbook.frontmatter;
        ctx.out.fields([
          ["runbook", file],
          ["agent", fm.agent],
          ["model", fm.model],
          ["snapshot", fm.snapshot],
          [
            "secrets",
            runbook.secrets.map((s) => `${s.env}${s.required ? "" : " (optional)"}`).join(", ") || "none",
          ],
          ["variables", runbook.templateVariables.map((v) => v.name).join(", ") || "none"],
        ]);
        for (const warning of runbook.warnings) ctx.out.note(`warning: ${warning}`);
      }),
    );

  group
    .command("preflight")
    .description("check the runbook's secrets against a collection; exits 5 when a required one is missing")
    .argument("<file>", "the RUNBOOK.md")
    .option("-c, --collection <name>", "the collection to check (default: $JETTY_COLLECTION)")
    .option(
      "-s, --secret <NAME>",
      "a secret you will pass for the run; counts when $NAME is set (repeatable)",
      repeatable,
      [],
    )
    .action(
      app.action(async (ctx, file: string, opts: { collection?: string; secret: string[] }) => {
        const collection = collectionOf(ctx, opts.collection);
        checkNames(opts.secret, "--secret");
        const passed = Object.fromEntries(
          opts.secret.filter((name) => ctx.io.env[name]).map((name) => [name, "(set)"] as const),
        );
        const result = await ctx.jetty().runbooks.preflight(collection, await loadRunbook(file), {
          secretParams: passed,
          signal: ctx.signal,
        });
        if (ctx.json) ctx.out.document(result);
        else printPreflight(ctx, file, collection, result);
        return result.missingSecrets.length ? EXIT.missingSecrets : EXIT.ok;
      }),
    );

  runbookRunOptions(
    group
      .command("run")
      .description("run a runbook on Jetty (refused, exit 5, while a required secret is missing)")
      .argument("<file>", "the RUNBOOK.md")
      .option("-w, --wait", "wait for the run to finish, then print its result files")
      .option("--stream", "stream the agent's output to stdout (NDJSON chunks with --json)"),
  ).action(app.action(async (ctx, file: string, opts: RunbookRunFlags) => runRunbook(ctx, file, opts)));
}

/** The options `runbook run` and `chat --runbook` share. */
export function runbookRunOptions(command: Command): Command {
  return command
    .option("-c, --collection <name>", "the collection to run in (default: $JETTY_COLLECTION)")
    .option(
      "-t, --task <name>",
      "the task the run is filed under, created on first use (default: the front matter's name, else the runbook's folder or file name)",
    )
    .option(
      "--var <key=value>",
      "a template variable (repeatable); valid JSON is sent as JSON",
      repeatable,
      [],
    )
    .option("-f, --file <path>", "an input file, uploaded to the sandbox (repeatable)", repeatable, [])
    .option(
      "-s, --secret <NAME>",
      "a one-off secret: the value comes from $NAME, else from stdin (repeatable)",
      repeatable,
      [],
    )
    .addOption(trialOption("lets the preflight decide"))
    .option("--timeout <duration>", "how long --wait waits, e.g. 30m");
}

/** Runs a runbook; shared by `runbook run` and `chat --runbook`. */
export async function runRunbook(ctx: CliContext, file: string, opts: RunbookRunFlags): Promise<number> {
  const collection = collectionOf(ctx, opts.collection);
  const runbook = await loadRunbook(file);
  const task = opts.task ?? defaultTask(runbook, file);
  const secretParams = opts.secret.length ? await ctx.secrets(opts.secret, "--secret") : undefined;
  const spinner = opts.wait && !opts.stream ? new Spinner(ctx.out, `running ${file}`) : undefined;
  const onEvent = (chunk: ChatCompletionChunk) => {
    if (ctx.json) return ctx.out.line(chunk);
    const text = chunk.choices?.[0]?.delta?.content;
    if (typeof text === "string") ctx.out.raw(text);
  };
  const run = await ctx
    .jetty()
    .runbooks.run(runbook, {
      collection,
      task,
      templateVariables: parseAssignments(opts.var, "--var") as Record<string, TemplateVariableValue>,
      ...(opts.file.length ? { files: opts.file } : {}),
      ...(secretParams ? { secretParams } : {}),
      ...(opts.trial === "auto" ? {} : { useTrialKeys: opts.trial === "on" }),
      ...(opts.stream ? { stream: true, onEvent } : {}),
      ...(opts.wait
        ? {
            wait: {
              signal: ctx.signal,
              ...(opts.timeout ? { timeout: parseDuration(opts.timeout, "--timeout") } : {}),
              onProgress: (e) => spinner?.update(`${e.status} (${file})`),
            },
          }
        : {}),
      signal: ctx.signal,
    })
    .finally(() => spinner?.stop());
  if (opts.stream) {
    if (!ctx.json) ctx.out.print();
    ctx.out.note(`Trajectory ${run.trajectoryId}: ${run.url}`);
  } else if (ctx.json) {
    ctx.out.document(runbookRunWire(run));
  } else {
    ctx.out.fields([
      ["trajectory", run.trajectoryId],
      ["task", `${run.collection}/${run.task}`],
      ["status", run.trajectory ? statusText(ctx.out, run.trajectory.status) : undefined],
      ["url", run.url],
    ]);
    for (const result of run.resultFiles) ctx.out.print(`${result.primary ? "* " : "  "}${result.path}`);
  }
  return EXIT.ok;
}

/** Reads and parses a runbook; a file that cannot be read is a usage error. */
export async function loadRunbook(file: string): Promise<Runbook> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(
      "runbook",
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    );
  }
  return parseRunbook(text, { filename: file });
}

/** The front matter's `name`, else the folder of a `RUNBOOK.md` (runbooks/<name>/RUNBOOK.md), else the file name. */
function defaultTask(runbook: Runbook, file: string): string {
  const named = runbook.frontmatter.name;
  const base = /^runbook\.md$/i.test(basename(file))
    ? basename(dirname(resolve(file)))
    : basename(file, extname(file));
  const task = (typeof named === "string" && named.trim() ? named : base)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!task) throw new UsageError("--task", "name the task the runbook run is filed under (--task NAME).");
  return task;
}

function collectionOf(ctx: CliContext, flag: string | undefined): string {
  const collection = flag ?? ctx.io.env.JETTY_COLLECTION?.trim();
  if (!collection) throw new UsageError("--collection", "give --collection NAME or set JETTY_COLLECTION.");
  return collection;
}

function printPreflight(ctx: CliContext, file: string, collection: string, result: PreflightResult): void {
  const list = (names: string[]) => (names.length ? names.join(", ") : "none");
  ctx.out.fields([
    ["runbook", `${file} → ${collection}`],
    ["ready", result.ready ? ctx.out.style("green", "yes") : ctx.out.style("red", "no")],
    ["configured", list(result.configuredSecrets)],
    ["missing", list(result.missingSecrets)],
    ["missing (optional)", list(result.missingOptionalSecrets)],
    ["trial keys", result.useTrialKeys ? "yes" : "no"],
  ]);
  for (const warning of result.warnings) ctx.out.note(`warning: ${warning}`);
  if (result.missingSecrets.length) {
    ctx.out.note(
      `Set them first: printf '%s' "$VALUE" | jetty env set ${collection} ${result.missingSecrets[0]}` +
        (result.missingSecrets.length > 1 ? " (one name per call, or NAME=value lines on stdin)" : ""),
    );
  }
}
