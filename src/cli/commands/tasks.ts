/** `jetty tasks list|get|search|create|update|delete`. */
import { type TaskListItem, type ValidatedTask, validateWorkflow, type WorkflowIssue } from "@jetty/sdk";
import type { Command } from "commander";
import type { CliApp } from "../app";
import type { CliContext } from "../context";
import { UsageError } from "../exit-codes";
import { readJson } from "../input";
import { everyItem, printList } from "../render";
import { taskWire } from "../wire";

interface WriteOptions {
  workflow?: string;
  description?: string;
  validate?: boolean;
}

export function registerTasks(program: Command, app: CliApp): void {
  const group = program.command("tasks").description("list, read, search, create, update and delete tasks");

  group
    .command("list")
    .description("list a collection's tasks")
    .argument("<collection>", "collection name")
    .option("--all", "every task, page by page (NDJSON with --json)")
    .action(
      app.action(async (ctx, collection: string, opts: { all?: boolean }) => {
        const tasks = ctx.jetty().tasks;
        const items = opts.all
          ? everyItem((skip, limit) => tasks.list(collection, { skip, limit }, { signal: ctx.signal }))
          : await tasks.list(collection, {}, { signal: ctx.signal });
        await printList<TaskListItem>(
          ctx,
          items,
          [
            { header: "name", value: (t) => t.name },
            { header: "steps", value: (t) => stepCount(t.workflow) },
            { header: "description", value: (t) => t.description },
          ],
          { all: opts.all, empty: `No tasks in ${collection}.` },
        );
      }),
    );

  group
    .command("get")
    .description("show a task and its workflow")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .action(
      app.action(async (ctx, collection: string, task: string) => {
        const found = await ctx.jetty().tasks.get(collection, task, { signal: ctx.signal });
        if (ctx.json) return ctx.out.document(found);
        ctx.out.fields([
          ["task", found.name],
          ["description", found.description ?? undefined],
          ["version", found.version ?? undefined],
          ["updated", found.updated_at ?? found.created_at],
          ["url", ctx.jetty().urls.task(collection, found.name)],
        ]);
        ctx.out.print();
        ctx.out.print(JSON.stringify(found.workflow ?? {}, null, 2));
      }),
    );

  group
    .command("search")
    .description("search a collection's tasks by name or description")
    .argument("<collection>", "collection name")
    .argument("<query>", "text to look for")
    .action(
      app.action(async (ctx, collection: string, query: string) => {
        const hits = await ctx.jetty().tasks.search(collection, query, { signal: ctx.signal });
        await printList(
          ctx,
          hits,
          [
            { header: "name", value: (hit) => hit.name },
            { header: "description", value: (hit) => hit.description },
          ],
          { empty: `No task in ${collection} matches ${JSON.stringify(query)}.` },
        );
      }),
    );

  group
    .command("create")
    .description("create a task from a workflow document (validated before it is sent)")
    .argument("<collection>", "collection name")
    .argument("[name]", "task name (default: the name of a task envelope)")
    .option(
      "-w, --workflow <file>",
      "the workflow (or a {name, description, workflow} envelope); - or omitted: stdin",
    )
    .option("-d, --description <text>", "what the task does")
    .option("--no-validate", "send without checking the workflow first")
    .action(
      app.action(async (ctx, collection: string, name: string | undefined, opts: WriteOptions) => {
        const input = await readWorkflow(ctx, opts.workflow ?? "-");
        const taskName = name ?? input.name;
        if (!taskName) throw new UsageError("name", "give the task name (or a name in the task envelope).");
        checkWorkflow(ctx, input.workflow, opts);
        const description = opts.description ?? input.description;
        const created = await ctx.jetty().tasks.create(
          collection,
          {
            name: taskName,
            workflow: input.workflow,
            ...(description !== undefined ? { description } : {}),
          },
          { signal: ctx.signal, validate: false },
        );
        written(ctx, "Created", collection, created);
      }),
    );

  group
    .command("update")
    .description("replace a task's workflow and/or description (other fields are kept)")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .option(
      "-w, --workflow <file>",
      "the new workflow; - for stdin (read from stdin when nothing else is given)",
    )
    .option("-d, --description <text>", "the new description")
    .option("--no-validate", "send without checking the workflow first")
    .action(
      app.action(async (ctx, collection: string, task: string, opts: WriteOptions) => {
        const fromStdin = opts.workflow === undefined && opts.description === undefined;
        if (fromStdin && ctx.io.stdin.isTTY) {
          throw new UsageError(
            "--workflow",
            "give --workflow FILE, --description TEXT, or pipe a workflow on stdin.",
          );
        }
        const path = opts.workflow ?? (fromStdin ? "-" : undefined);
        const workflow = path === undefined ? undefined : (await readWorkflow(ctx, path)).workflow;
        if (workflow !== undefined) checkWorkflow(ctx, workflow, opts);
        const updated = await ctx.jetty().tasks.update(
          collection,
          task,
          {
            ...(workflow !== undefined ? { workflow } : {}),
            ...(opts.description !== undefined ? { description: opts.description } : {}),
          },
          { signal: ctx.signal, validate: false },
        );
        written(ctx, "Updated", collection, updated);
      }),
    );

  group
    .command("delete")
    .description("delete a task")
    .argument("<collection>", "collection name")
    .argument("<task>", "task name")
    .action(
      app.action(async (ctx, collection: string, task: string) => {
        const answer = await ctx.jetty().tasks.delete(collection, task, { signal: ctx.signal });
        if (ctx.json) ctx.out.document(answer);
        else ctx.out.print(`Deleted ${collection}/${task}.`);
      }),
    );
}

/** A workflow document, or a task envelope `{ name, description, workflow }`, from a file or stdin. */
async function readWorkflow(
  ctx: CliContext,
  path: string,
): Promise<{ workflow: Record<string, unknown>; name?: string; description?: string }> {
  if (path === "-" && ctx.io.stdin.isTTY) {
    throw new UsageError("--workflow", "give --workflow FILE or pipe the workflow document on stdin.");
  }
  const doc = await readJson(path, "--workflow", ctx.io.stdin);
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new UsageError("--workflow", "expected a JSON object with init_params, step_configs and steps.");
  }
  const record = doc as Record<string, unknown>;
  const isEnvelope = "workflow" in record && !("steps" in record) && !("step_configs" in record);
  if (!isEnvelope) return { workflow: record };
  const workflow = record.workflow;
  if (workflow === null || typeof workflow !== "object" || Array.isArray(workflow)) {
    throw new UsageError("--workflow", "the envelope's workflow must be a JSON object.");
  }
  return {
    workflow: workflow as Record<string, unknown>,
    ...(typeof record.name === "string" ? { name: record.name } : {}),
    ...(typeof record.description === "string" ? { description: record.description } : {}),
  };
}

/** Runs `validateWorkflow`, prints every issue with its suggestion, and stops on errors. */
function checkWorkflow(ctx: CliContext, workflow: unknown, opts: WriteOptions): void {
  if (opts.validate === false) return;
  const result = validateWorkflow(workflow);
  for (const issue of result.issues) ctx.out.note(describeIssue(ctx, issue));
  if (!result.valid) {
    const errors = result.issues.filter((issue) => issue.severity === "error").length;
    throw new UsageError(
      "--workflow",
      `${errors} error${errors === 1 ? "" : "s"} in the workflow (listed above); nothing was sent. ` +
        "Fix them, or pass --no-validate to send it anyway.",
    );
  }
}

function describeIssue(ctx: CliContext, issue: WorkflowIssue): string {
  const level =
    issue.severity === "error" ? ctx.out.styleErr("red", "error") : ctx.out.styleErr("yellow", "warning");
  const hint = issue.suggestion ? ` — use ${JSON.stringify(issue.suggestion)}` : "";
  return `${level} ${issue.path || "(document)"}: ${issue.message}${hint} [${issue.code}]`;
}

function written(ctx: CliContext, verb: string, collection: string, task: ValidatedTask): void {
  if (ctx.json) {
    ctx.out.document(taskWire(task));
    return;
  }
  ctx.out.print(`${verb} ${collection}/${task.name}: ${ctx.jetty().urls.task(collection, task.name)}`);
}

/** The number of steps of a workflow read back from the server (any JSON: it is stored unvalidated). */
function stepCount(workflow: unknown): number | undefined {
  const steps = (workflow as { steps?: unknown } | null | undefined)?.steps;
  return Array.isArray(steps) ? steps.length : undefined;
}
