/**
 * Shared presentation: lists (a JSON array, NDJSON with `--all`, else a table), paging through
 * skip/limit lists, and the one-screen summaries of trajectories that several commands print.
 */
import type { Trajectory } from "@jetty/sdk";
import type { CliContext } from "./context";
import type { Column, Output } from "./output";

/** Prints a list: NDJSON lines (`--json --all`), one JSON array (`--json`), or a table. */
export async function printList<T>(
  ctx: CliContext,
  items: AsyncIterable<T> | Iterable<T>,
  columns: ReadonlyArray<Column<T>>,
  options: { all?: boolean; empty?: string } = {},
): Promise<void> {
  if (ctx.json && options.all) {
    for await (const item of items) ctx.out.line(item);
    return;
  }
  const rows: T[] = [];
  for await (const item of items) rows.push(item);
  if (ctx.json) ctx.out.document(rows);
  else if (rows.length === 0) ctx.out.note(options.empty ?? "Nothing to list.");
  else ctx.out.table(rows, columns);
}

/** The page size `--all` asks skip/limit endpoints for (the platform's default and maximum page). */
export const PAGE_SIZE = 100;

/** Every item of a skip/limit list, page by page, until a page comes back short. */
export async function* everyItem<T>(
  fetch: (skip: number, limit: number) => PromiseLike<T[]>,
): AsyncGenerator<T> {
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const page = await fetch(skip, PAGE_SIZE);
    yield* page;
    if (page.length < PAGE_SIZE) return;
  }
}

/** A status word, coloured for a terminal. */
export function statusText(out: Output, status: string | undefined): string {
  const text = status ?? "";
  if (text === "completed") return out.style("green", text);
  if (text === "failed" || text === "cancelled") return out.style("red", text);
  if (text === "running" || text === "pending") return out.style("yellow", text);
  return text;
}

/** `2/3` completed steps, from a trajectory's step lists. */
export function stepProgress(trajectory: Trajectory): string {
  const total = trajectory.total_steps?.length ?? Object.keys(trajectory.steps ?? {}).length;
  return `${trajectory.completed_steps?.length ?? 0}/${total}`;
}

/** Columns of a trajectory table. */
export function trajectoryColumns(out: Output): Array<Column<Trajectory>> {
  return [
    { header: "id", value: (t) => t.trajectory_id },
    { header: "status", value: (t) => statusText(out, t.status) },
    { header: "steps", value: stepProgress },
    { header: "created", value: (t) => t.created },
    { header: "error", value: (t) => shorten(errorText(t.error), 60) },
  ];
}

/** A trajectory for people: status, link, steps with their status and errors, labels. */
export function printTrajectory(
  ctx: CliContext,
  collection: string,
  task: string,
  trajectory: Trajectory,
): void {
  const { out } = ctx;
  out.fields([
    ["trajectory", trajectory.trajectory_id],
    ["status", statusText(out, trajectory.status)],
    ["steps", stepProgress(trajectory)],
    ["created", trajectory.created],
    ["error", trajectory.error == null ? undefined : errorText(trajectory.error)],
    ["url", ctx.jetty().urls.trajectory(collection, task, trajectory.trajectory_id)],
  ]);
  const steps = Object.entries(trajectory.steps ?? {});
  if (steps.length) {
    out.print();
    out.table(steps, [
      { header: "step", value: ([name]) => name },
      { header: "activity", value: ([, step]) => step?.activity },
      { header: "status", value: ([, step]) => statusText(out, step?.status ?? undefined) },
      { header: "error", value: ([, step]) => shorten(errorText(step?.error), 80) },
    ]);
  }
  const labels = trajectory.labels ?? [];
  if (labels.length) {
    out.print();
    out.table(labels, [
      { header: "label", value: (l) => l.key },
      { header: "value", value: (l) => l.value },
      { header: "author", value: (l) => l.author },
    ]);
  }
}

/** An error field as text, whatever its shape. */
export function errorText(error: unknown): string {
  if (error === undefined || error === null) return "";
  if (typeof error === "string") return error;
  // The platform may send errors as objects; their message is what a reader wants.
  const { message, error: inner } = (typeof error === "object" ? error : {}) as Record<string, unknown>;
  if (typeof message === "string") return message;
  if (typeof inner === "string") return inner;
  return JSON.stringify(error);
}

/** `text`, cut to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
