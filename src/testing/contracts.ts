/**
 * The one place where the emulator reaches into the rest of the SDK for rules it must share with the
 * client: the operation table (whose request schemas validate every JSON body) and the response
 * schemas generated from `api-schema.yaml`, the path-expression evaluator, the workflow-id and
 * web-app link formats, and token redaction. Keeping
 * every such import here means the emulator can never grow a second copy of any of them.
 */

import type { z } from "zod/mini";
import type { SchemaRef } from "../generated/operations";
import * as schemas from "../generated/schemas";

export { DEFAULT_FRONTEND_URL } from "../core/config";
export { redactToken } from "../core/redact";
export type { components } from "../generated/openapi";
export {
  OPERATIONS,
  type OperationDescriptor,
  type OperationId,
  type OperationMethod,
  type SchemaRef,
} from "../generated/operations";
export {
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
  zJettyChatOptions,
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
} from "../generated/schemas";
export { Urls } from "../helpers/urls";
export { workflowIdOf } from "../helpers/workflow-id";
export { inferAgentFromModel } from "../runbooks/request";
export { OPAQUE_PARAMETERS } from "../workflows/activities";
export { runtimeParameterName } from "../workflows/gotchas";
export {
  evaluatePath,
  type PathContext,
  pathContextFromTrajectory,
} from "../workflows/path";

/**
 * The schema an operation descriptor names. The client loads the generated schemas lazily (see
 * core/lazy-schemas.ts); the emulator validates every body, so it loads them all up front.
 */
export function schemaFor<S extends z.core.$ZodType>(ref: SchemaRef<S>): S & z.ZodMiniType {
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the emulator needs every schema; it is never bundled into the client.
  return schemas[ref.name] as unknown as S & z.ZodMiniType;
}
