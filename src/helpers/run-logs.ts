import type { z } from "zod";
import type { zLogEvent, zWorkflowLogs } from "../generated/schemas";

/**
 * One log event of a run. Only `level` is hinted at by the sources; every field may be missing or
 * null, and unknown fields are kept.
 *
 * @example
 * ```ts
 * const errors = (await jetty.runs.logs(run.workflowId)).events.filter((e: LogEvent) => e.level === "error");
 * ```
 */
export type LogEvent = z.output<typeof zLogEvent>;

/**
 * A run's logs, normalised: `events` is always an array, whether the server sent `{ events }`, a
 * bare array of events, or nothing. A plain-text answer is kept in `text` (with no events). Other
 * fields of an object answer are kept as sent.
 *
 * @example
 * ```ts
 * const logs: WorkflowLogs = await jetty.runs.logs(handle.workflowId);
 * for (const e of logs.events) console.log(e.level, e.message);
 * ```
 */
export interface WorkflowLogs {
  events: LogEvent[];
  /** The body of a plain-text answer. */
  text?: string;
  [key: string]: unknown;
}

/**
 * Normalises a logs answer as the transport's `expect: "ack"` hands it back: `undefined` (empty),
 * text or a JSON scalar (kept as `text`), or an object or array already checked against the
 * generated `WorkflowLogs` schema.
 */
export function readWorkflowLogs(
  body: z.output<typeof zWorkflowLogs> | string | number | boolean | null | undefined,
): WorkflowLogs {
  if (body === undefined || body === null) return { events: [] };
  if (typeof body !== "object") return { events: [], text: String(body) };
  if (Array.isArray(body)) return { events: body };
  return { ...body, events: body.events ?? [] };
}
