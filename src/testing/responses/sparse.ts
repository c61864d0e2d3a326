/**
 * `responses: "sparse"`: every body the least that ../shared/evidence/contract-review.md allows, keyed
 * by operationId. Each entity is reduced by its tolerant schema (`reduce.ts`); the operations below
 * also switch to the other shape the evidence shows (the other list wrapper, an empty or text
 * acknowledgement, a trajectory-like run-sync body, Typesense search hits).
 */
import type { OperationDescriptor, OperationId } from "../contracts";
import { schemaFor, zTrajectory } from "../contracts";
import { reduce } from "./reduce";

/** A plain-text success body (the evidence has acknowledgements that are not JSON). */
export class TextBody {
  constructor(readonly text: string) {}
}

/** A response on its way out: status and body (JSON, `undefined` for none, or {@link TextBody}). */
export interface Outgoing {
  readonly status: number;
  readonly body: unknown;
}

/** `least` is the body reduced by the operation's schema, `full` the body as the handler built it. */
type Shape = (least: unknown, status: number, full: unknown) => Outgoing;

const noContent: Shape = () => ({ status: 204, body: undefined });
const emptyOk: Shape = () => ({ status: 200, body: undefined });
const textOk: Shape = () => ({ status: 200, body: new TextBody("OK") });

/** The wrapped list's items, bare (the other wrapper shape of RoutineList, RoutineRuns, …). */
const bare =
  (key: string): Shape =>
  (body, status) => ({ status, body: (body as Record<string, unknown> | null)?.[key] ?? body });

/** `name` where the skills send `activity_name` (what older clients read; the SDK maps it back). */
function renamedTemplate(template: unknown): unknown {
  if (typeof template !== "object" || template === null) return template;
  const { activity_name, ...rest } = template as Record<string, unknown>;
  return activity_name === undefined ? rest : { ...rest, name: activity_name };
}

const SHAPES: Partial<Record<OperationId, Shape>> = {
  // DOCK answers a bare array; the `{collections}` wrapper is the other form clients accept.
  listCollections: (body, status) => ({ status, body: { collections: body } }),
  // The asset store's answer: Typesense hits with the fields under `document`.
  searchTasks: (body, status) =>
    Array.isArray(body)
      ? {
          status,
          body: {
            hits: body.map((t: Record<string, unknown>) => ({
              document: {
                collection_name: t.collection_name,
                entity_name: t.name,
                full_name: `${t.collection_name}/${t.name}`,
                entity_type: "task",
              },
            })),
          },
        }
      : { status, body },
  // SDK 0.3.0's shape: a bare array of `{name}` templates.
  listStepTemplates: (body, status) => ({
    status,
    body: ((body as { templates?: unknown[] }).templates ?? []).map(renamedTemplate),
  }),
  getStepTemplate: (body, status) => ({ status, body: renamedTemplate(body) }),
  listRoutines: bare("routines"),
  listTaskRoutines: bare("routines"),
  listRoutineRuns: bare("trajectories"),
  getWorkflowLogs: bare("events"),
  // Plain storage paths instead of objects.
  listFiles: (_least, status, full) => ({
    status,
    body: { files: (full as { files: Array<{ path: string }> }).files.map((f) => f.path) },
  }),
  // jetty-cli reads `.steps` at the top level of run-sync: a trajectory-like body.
  runTaskSync: (_least, status, full) => ({
    status,
    body: reduce(zTrajectory, (full as { trajectory?: unknown }).trajectory),
  }),
  // Undocumented acknowledgements: a 204, an empty 200, or a text body.
  deleteTask: noContent,
  deleteDataset: noContent,
  deleteModel: noContent,
  deleteRoutine: noContent,
  addTrajectoryLabel: emptyOk,
  updateTrajectoryStatuses: emptyOk,
  pauseRoutine: textOk,
  resumeRoutine: textOk,
  // The activation's only signal of success.
  activateTrial: (_body, status) => ({ status, body: { status: "active" } }),
  createChatCompletion: (least, status, full) => {
    const answer = full as Record<string, unknown>;
    // Passthrough answers follow OpenAI's documented shape; only runbook mode is undocumented.
    if (answer.jetty !== undefined) return { status, body: least };
    const { id, object, created, model } = answer;
    return { status, body: { ...(least as object), id, object, created, model } };
  },
};

/** The sparse form of a successful answer of `op`. */
export function sparseSuccess(op: OperationDescriptor, status: number, body: unknown): Outgoing {
  const least = op.response && body !== undefined ? reduce(schemaFor(op.response), body) : body;
  const shape = SHAPES[op.operationId as OperationId];
  return shape ? shape(least, status, body) : { status, body: least };
}

/**
 * The sparse form of one streamed event of `op`. The stream's format is undocumented in runbook mode
 * (its chunks are reduced to the text, the end, the usage and the run); a passthrough stream follows
 * OpenAI's documented chunk, whose `id`, `object`, `created`, `model` and `choices` (index, delta with
 * the role, finish reason) it keeps; only the extras go.
 */
export function sparseEvent(op: OperationDescriptor, data: unknown, documented: boolean): unknown {
  if (!op.events || typeof data !== "object" || data === null) return data;
  const least = reduce(schemaFor(op.events), data) as Record<string, unknown>;
  if (!documented) return least;
  const { id, object, created, model, choices } = data as Record<string, unknown>;
  return { ...least, id, object, created, model, choices };
}
