/**
 * The least body a tolerant response schema allows, derived from the schema itself. The generated
 * schemas encode the evidence (what the platform may leave out or send as `null`), so walking them
 * keeps the sparse mode in step with api-schema.yaml instead of a second hand-written list of fields.
 *
 * Per entity, `REDUCTIONS` names what is the run's or the user's data (kept verbatim: outputs, labels,
 * workflows, environment values) and which nested entities are reduced in turn. Every other optional
 * field is sent as `null` when the schema allows null (as pydantic emits an unset `Optional`) and
 * left out otherwise; keys the schema does not declare are left out. Required fields are kept (and
 * reduced in turn when they hold entities, e.g. a list wrapper's items).
 */
import type { ZodMiniType } from "zod/mini";
import {
  zChatCompletion,
  zChatCompletionChoice,
  zChatCompletionChunk,
  zChatCompletionChunkChoice,
  zChatCompletionDelta,
  zChatCompletionMessage,
  zCollection,
  zCollectionEnvironment,
  zDataset,
  zIngestTrajectoryResponse,
  zLabel,
  zLogEvent,
  zRoutine,
  zRoutineCadence,
  zRoutineRun,
  zSearchHit,
  zStep,
  zStepTemplate,
  zTask,
  zTaskListItem,
  zTrainedModel,
  zTrajectory,
  zTrajectoryList,
  zTrialStatus,
  zWorkflowLogsObject,
  zWorkflowResponse,
} from "../contracts";

/** A value a `map` function returns to leave the field out. */
export const OMIT: unique symbol = Symbol("omit");

/** How one entity schema is reduced. */
interface Reduction {
  /** Data fields, sent as they are. */
  readonly keep?: readonly string[];
  /** Fields holding entities (or lists/maps of them) that are reduced in turn. */
  readonly walk?: readonly string[];
  /** Fields sent in another form the evidence allows (or {@link OMIT}). */
  readonly map?: Readonly<Record<string, (value: unknown) => unknown>>;
  /** Declared nullable fields that are absent are sent as `null`, as pydantic serialises them. */
  readonly fillNulls?: boolean;
}

/** `error` fields as objects (the SDK's `errorText` reads `{message}`); `null` is left out. */
export function errorObject(value: unknown): unknown {
  if (value === null || value === undefined) return OMIT;
  return typeof value === "string" ? { message: value } : value;
}

const REDUCTIONS = new Map<ZodMiniType, Reduction>([
  [zCollection, { keep: ["description"] }],
  [zCollectionEnvironment, { keep: ["environment_variables"] }],
  [zTask, { keep: ["workflow", "description"] }],
  [zTaskListItem, { keep: ["workflow", "description", "collection_name"] }],
  [zSearchHit, { keep: ["document"] }],
  // What the caller created the asset with is its data; ids, timestamps and flags are the server's.
  [
    zDataset,
    {
      keep: [
        "data_path",
        "format",
        "metadata_version",
        "dataset_metadata",
        "preview_type",
        "long_description",
        "asset_origin",
      ],
    },
  ],
  [
    zTrainedModel,
    {
      keep: [
        "model_path",
        "metadata_version",
        "model_metadata",
        "asset_origin",
        "long_description",
        "model_attributes",
      ],
    },
  ],
  [zWorkflowResponse, { keep: ["trial"] }],
  // Every client reads `active` with a default of false, so a false one may be missing.
  [zTrialStatus, { keep: ["runs_used", "runs_limit", "runs_remaining"], map: { active: onlyTrue } }],
  [
    zTrajectory,
    {
      keep: ["created", "storage_path", "init_params", "step_configs", "total_steps", "completed_steps"],
      walk: ["steps", "labels"],
      map: { error: errorObject },
    },
  ],
  [zTrajectoryList, { walk: ["trajectories"] }],
  [zStep, { keep: ["outputs", "status", "activity"], map: { error: errorObject } }],
  [zLabel, { keep: ["key", "value", "author"] }],
  [zWorkflowLogsObject, { walk: ["events"] }],
  [zLogEvent, { keep: ["level", "message"] }],
  [zIngestTrajectoryResponse, { walk: ["labels"] }],
  [zStepTemplate, { keep: ["activity_name", "name"] }],
  [zRoutine, { keep: ["name", "paused", "init_params_overrides"], walk: ["cadence"] }],
  // The review's example of a routine read: `{type: "hourly", hour_utc: null, day_of_week: null}`.
  [zRoutineCadence, { keep: ["type", "hour_utc", "minute_utc", "day_of_week"], fillNulls: true }],
  [zRoutineRun, { keep: ["trajectory_id", "status"] }],
  [zChatCompletion, { walk: ["choices"] }],
  [zChatCompletionChoice, { walk: ["message"], keep: ["finish_reason"] }],
  [zChatCompletionMessage, { keep: ["content"] }],
  // A streamed chunk: the text, the end and the usage are the answer's data; the run block may be
  // missing, as in the unstreamed answer (the SDK then finds the run by listing).
  [zChatCompletionChunk, { walk: ["choices"], keep: ["usage"] }],
  [zChatCompletionChunkChoice, { walk: ["delta"], keep: ["finish_reason"] }],
  [zChatCompletionDelta, { keep: ["content"] }],
]);

function onlyTrue(value: unknown): unknown {
  return value === true ? true : OMIT;
}

interface Def {
  readonly type: string;
  readonly innerType?: ZodMiniType;
  readonly shape?: Record<string, ZodMiniType>;
  readonly element?: ZodMiniType;
  readonly valueType?: ZodMiniType;
  readonly options?: readonly ZodMiniType[];
}

function defOf(schema: ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema under `optional`/`nullable` wrappers. */
function core(schema: ZodMiniType): ZodMiniType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === "optional" || def.type === "nullable") && def.innerType) current = def.innerType;
    else return current;
  }
}

function accepts(schema: ZodMiniType, value: unknown): boolean {
  return schema.safeParse(value).success;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The least form of `value` that `schema` still accepts (a new value; `value` is never changed). */
export function reduce(schema: ZodMiniType, value: unknown): unknown {
  const inner = core(schema);
  const def = defOf(inner);
  if (value === null || value === undefined) return value;
  switch (def.type) {
    case "object":
      return isPlainObject(value) && def.shape ? reduceObject(inner, def.shape, value) : value;
    case "array":
      return Array.isArray(value) && def.element ? value.map((v) => reduce(def.element!, v)) : value;
    case "record":
      return isPlainObject(value) && def.valueType
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reduce(def.valueType!, v)]))
        : value;
    case "union": {
      const option = def.options?.find((o) => accepts(o, value));
      return option ? reduce(option, value) : value;
    }
    default:
      return value;
  }
}

function reduceObject(
  schema: ZodMiniType,
  shape: Record<string, ZodMiniType>,
  value: Record<string, unknown>,
): Record<string, unknown> {
  const rule = REDUCTIONS.get(schema) ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) {
      if (rule.fillNulls && accepts(field, null)) out[key] = null;
      continue;
    }
    const current = value[key];
    const mapped = rule.map?.[key];
    if (mapped) {
      const next = mapped(current);
      if (next !== OMIT) out[key] = next;
    } else if (rule.keep?.includes(key)) out[key] = current;
    else if (rule.walk?.includes(key) || !accepts(field, undefined)) out[key] = reduce(field, current);
    else if (accepts(field, null)) out[key] = null;
  }
  return out;
}
