// generated from api-schema.yaml by npm run generate — do not edit

import type { z } from "zod";
import type * as schemas from "./schemas";
import type {
  zAcknowledgementBody,
  zChatCompletion,
  zChatCompletionChunk,
  zChatCompletionRequest,
  zCollection,
  zCollectionAgentList,
  zCollectionCreate,
  zCollectionEnvironment,
  zCollectionList,
  zCollectionOwnerUpdate,
  zCollectionStorage,
  zCroissantUploadForm,
  zCroissantValidationReport,
  zDataset,
  zDatasetCreate,
  zDatasetList,
  zDatasetPreviewForm,
  zDatasetUpdate,
  zEntityHistory,
  zEntityVersion,
  zEnvironmentUpdate,
  zFileListResponse,
  zFileObject,
  zFileUploadForm,
  zFreeFormObject,
  zHealthResponse,
  zIngestTrajectoryRequest,
  zIngestTrajectoryResponse,
  zLabelCreate,
  zLabelResponse,
  zMessageResponse,
  zProvenanceNode,
  zRoutine,
  zRoutineCreate,
  zRoutineList,
  zRoutineRunNowResponse,
  zRoutineRuns,
  zRoutineUpdate,
  zRunForm,
  zRunSyncResponse,
  zSandboxUploadForm,
  zSandboxUploadResponse,
  zSearchResult,
  zStatusUpdateRequest,
  zStatusUpdateResponse,
  zStepTemplate,
  zStepTemplateList,
  zTask,
  zTaskCreate,
  zTaskList,
  zTaskSearchResult,
  zTaskUpdate,
  zTrainedModel,
  zTrainedModelCreate,
  zTrainedModelList,
  zTrainedModelUpdate,
  zTrajectory,
  zTrajectoryList,
  zTrajectoryStats,
  zTrialActivation,
  zTrialStatus,
  zWorkflowLogs,
  zWorkflowResponse,
} from "./schemas";

/** An HTTP method the API uses. */
export type OperationMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A path parameter, in URL order. `keepSlashes`: the value spans segments (a storage path). */
export interface OperationPathParam {
  readonly name: string;
  readonly keepSlashes: boolean;
}

/**
 * A generated schema, named by its export in schemas.ts; `S` is its type. Plain data, so a descriptor
 * pins no schema: src/core/lazy-schemas.ts loads schemas.ts (and zod) when a call first validates.
 */
export interface SchemaRef<S extends z.core.$ZodType = z.core.$ZodType> {
  readonly name: keyof typeof schemas;
  /** Never set: carries the schema's type. */
  readonly type?: S;
}

/** A query parameter. */
export interface OperationQueryParam {
  readonly name: string;
  readonly required: boolean;
}

/** What a successful answer carries: a JSON document, raw bytes, Server-Sent Events, or nothing. */
export type OperationSuccess = "json" | "binary" | "sse" | "empty";

/**
 * One operation of api-schema.yaml, as plain data.
 *
 * - `auth`: `required` (a bearer token), `optional` (public, but a token is checked when sent),
 *   `none` (public), from the operation's `security`.
 * - `retry`: `idempotent` (GET, HEAD, PUT, DELETE: repeat on any transient failure) or
 *   `not-acted-on` (POST, PATCH: repeat only when the server provably did not act).
 * - `request` / `response`: the generated schema of the JSON (or multipart form) request body and of
 *   the JSON success body; `events`: the schema of each SSE event's data.
 * - `anyBody`: the success body is undocumented (`x-jetty-any-body`), so any 2xx body (empty, 204, any
 *   JSON, plain text) is a success; a JSON object or array is still read through `response`.
 */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: OperationMethod;
  /** The path template, e.g. `/api/v1/tasks/{collection}/{task}`. */
  readonly path: string;
  readonly pathParams: readonly OperationPathParam[];
  readonly query: readonly OperationQueryParam[];
  readonly body: "json" | "multipart" | "none";
  readonly request: SchemaRef | undefined;
  readonly response: SchemaRef | undefined;
  /** The kinds of success body, in spec order (chat completions: JSON, or SSE when streamed). */
  readonly success: readonly OperationSuccess[];
  readonly events: SchemaRef | undefined;
  readonly auth: "required" | "optional" | "none";
  readonly retry: "idempotent" | "not-acted-on";
  readonly anyBody: boolean;
}

/** `GET /api/v1/collections/`: List collections. */
export const listCollections = {
  operationId: "listCollections",
  method: "GET",
  path: "/api/v1/collections/",
  pathParams: [],
  query: [{ name: "skip", required: false }, { name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zCollectionList" } as SchemaRef<typeof zCollectionList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/collections/`: Create a collection. */
export const createCollection = {
  operationId: "createCollection",
  method: "POST",
  path: "/api/v1/collections/",
  pathParams: [],
  query: [],
  body: "json",
  request: { name: "zCollectionCreate" } as SchemaRef<typeof zCollectionCreate>,
  response: { name: "zCollection" } as SchemaRef<typeof zCollection>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/collections/{collection}`: Get a collection. */
export const getCollection = {
  operationId: "getCollection",
  method: "GET",
  path: "/api/v1/collections/{collection}",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zCollection" } as SchemaRef<typeof zCollection>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `DELETE /api/v1/collections/{collection}`: Delete a collection (admin only). */
export const deleteCollection = {
  operationId: "deleteCollection",
  method: "DELETE",
  path: "/api/v1/collections/{collection}",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: undefined,
  success: ["empty"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/collections/{collection}/environment`: Get a collection with its environment variables. */
export const getCollectionEnvironment = {
  operationId: "getCollectionEnvironment",
  method: "GET",
  path: "/api/v1/collections/{collection}/environment",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zCollectionEnvironment" } as SchemaRef<typeof zCollectionEnvironment>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `PATCH /api/v1/collections/{collection}/environment`: Merge environment variables. */
export const updateCollectionEnvironment = {
  operationId: "updateCollectionEnvironment",
  method: "PATCH",
  path: "/api/v1/collections/{collection}/environment",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zEnvironmentUpdate" } as SchemaRef<typeof zEnvironmentUpdate>,
  response: { name: "zCollectionEnvironment" } as SchemaRef<typeof zCollectionEnvironment>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/collections/{collection}/storage`: Get a collection's storage settings. */
export const getCollectionStorage = {
  operationId: "getCollectionStorage",
  method: "GET",
  path: "/api/v1/collections/{collection}/storage",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zCollectionStorage" } as SchemaRef<typeof zCollectionStorage>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `PATCH /api/v1/collections/{collection}/storage`: Update a collection's storage settings. */
export const updateCollectionStorage = {
  operationId: "updateCollectionStorage",
  method: "PATCH",
  path: "/api/v1/collections/{collection}/storage",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zCollectionStorage" } as SchemaRef<typeof zCollectionStorage>,
  response: { name: "zCollectionStorage" } as SchemaRef<typeof zCollectionStorage>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `PATCH /api/v1/collections/{collection}/owner`: Change a collection's owner. */
export const updateCollectionOwner = {
  operationId: "updateCollectionOwner",
  method: "PATCH",
  path: "/api/v1/collections/{collection}/owner",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zCollectionOwnerUpdate" } as SchemaRef<typeof zCollectionOwnerUpdate>,
  response: { name: "zCollection" } as SchemaRef<typeof zCollection>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/collections/{collection}/datasets/`: List a collection's datasets (collection route). */
export const listCollectionDatasets = {
  operationId: "listCollectionDatasets",
  method: "GET",
  path: "/api/v1/collections/{collection}/datasets/",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zDatasetList" } as SchemaRef<typeof zDatasetList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/collections/{collection}/agents/`: List a collection's agent assets. */
export const listCollectionAgents = {
  operationId: "listCollectionAgents",
  method: "GET",
  path: "/api/v1/collections/{collection}/agents/",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zCollectionAgentList" } as SchemaRef<typeof zCollectionAgentList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/tasks/{collection}/`: List tasks. */
export const listTasks = {
  operationId: "listTasks",
  method: "GET",
  path: "/api/v1/tasks/{collection}/",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [{ name: "skip", required: false }, { name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zTaskList" } as SchemaRef<typeof zTaskList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/tasks/{collection}`: Create a task. */
export const createTask = {
  operationId: "createTask",
  method: "POST",
  path: "/api/v1/tasks/{collection}",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zTaskCreate" } as SchemaRef<typeof zTaskCreate>,
  response: { name: "zTask" } as SchemaRef<typeof zTask>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/tasks/{collection}/search`: Search a collection's tasks. */
export const searchTasks = {
  operationId: "searchTasks",
  method: "GET",
  path: "/api/v1/tasks/{collection}/search",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [{ name: "q", required: true }],
  body: "none",
  request: undefined,
  response: { name: "zTaskSearchResult" } as SchemaRef<typeof zTaskSearchResult>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/tasks/search`: Search tasks across collections (asset-store route). */
export const searchAllTasks = {
  operationId: "searchAllTasks",
  method: "GET",
  path: "/api/v1/tasks/search",
  pathParams: [],
  query: [{ name: "q", required: true }, { name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zSearchResult" } as SchemaRef<typeof zSearchResult>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/tasks/{collection}/{task}`: Get a task with its workflow. */
export const getTask = {
  operationId: "getTask",
  method: "GET",
  path: "/api/v1/tasks/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zTask" } as SchemaRef<typeof zTask>,
  success: ["json"],
  events: undefined,
  auth: "optional",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `PUT /api/v1/tasks/{collection}/{task}`: Update a task (partial). */
export const updateTask = {
  operationId: "updateTask",
  method: "PUT",
  path: "/api/v1/tasks/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zTaskUpdate" } as SchemaRef<typeof zTaskUpdate>,
  response: { name: "zTask" } as SchemaRef<typeof zTask>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `DELETE /api/v1/tasks/{collection}/{task}`: Delete a task. */
export const deleteTask = {
  operationId: "deleteTask",
  method: "DELETE",
  path: "/api/v1/tasks/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zMessageResponse" } as SchemaRef<typeof zMessageResponse>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/tasks/{collection}/{task}/history`: Version history of a task. */
export const getTaskHistory = {
  operationId: "getTaskHistory",
  method: "GET",
  path: "/api/v1/tasks/{collection}/{task}/history",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [{ name: "skip", required: false }, { name: "limit", required: false }, { name: "include_changeset", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zEntityHistory" } as SchemaRef<typeof zEntityHistory>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/tasks/{collection}/{task}/versions/{ref}`: One version of a task. */
export const getTaskVersion = {
  operationId: "getTaskVersion",
  method: "GET",
  path: "/api/v1/tasks/{collection}/{task}/versions/{ref}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "ref", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zEntityVersion" } as SchemaRef<typeof zEntityVersion>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/run/{collection}/{task}`: Start a run (returns at once). */
export const runTask = {
  operationId: "runTask",
  method: "POST",
  path: "/api/v1/run/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "multipart",
  request: { name: "zRunForm" } as SchemaRef<typeof zRunForm>,
  response: { name: "zWorkflowResponse" } as SchemaRef<typeof zWorkflowResponse>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/run-sync/{collection}/{task}`: Run and hold the connection until the workflow ends. */
export const runTaskSync = {
  operationId: "runTaskSync",
  method: "POST",
  path: "/api/v1/run-sync/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "multipart",
  request: { name: "zRunForm" } as SchemaRef<typeof zRunForm>,
  response: { name: "zRunSyncResponse" } as SchemaRef<typeof zRunSyncResponse>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/trial/{collection}`: Trial status of a collection. */
export const getTrialStatus = {
  operationId: "getTrialStatus",
  method: "GET",
  path: "/api/v1/trial/{collection}",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zTrialStatus" } as SchemaRef<typeof zTrialStatus>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/trial/{collection}/activate`: Activate the trial. */
export const activateTrial = {
  operationId: "activateTrial",
  method: "POST",
  path: "/api/v1/trial/{collection}/activate",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zTrialActivation" } as SchemaRef<typeof zTrialActivation>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/db/trajectories/{collection}/{task}`: List a task's trajectories (newest first is assumed). */
export const listTrajectories = {
  operationId: "listTrajectories",
  method: "GET",
  path: "/api/v1/db/trajectories/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [{ name: "limit", required: false }, { name: "page", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zTrajectoryList" } as SchemaRef<typeof zTrajectoryList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/db/trajectory/{collection}/{task}/{trajectory_id}`: Get one trajectory. */
export const getTrajectory = {
  operationId: "getTrajectory",
  method: "GET",
  path: "/api/v1/db/trajectory/{collection}/{task}/{trajectory_id}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "trajectory_id", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zTrajectory" } as SchemaRef<typeof zTrajectory>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/db/stats/{collection}/{task}`: Statistics of a task's trajectories. */
export const getTrajectoryStats = {
  operationId: "getTrajectoryStats",
  method: "GET",
  path: "/api/v1/db/stats/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zTrajectoryStats" } as SchemaRef<typeof zTrajectoryStats>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/workflows-logs/{workflow_id}`: Logs of a run. */
export const getWorkflowLogs = {
  operationId: "getWorkflowLogs",
  method: "GET",
  path: "/api/v1/workflows-logs/{workflow_id}",
  pathParams: [{ name: "workflow_id", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zWorkflowLogs" } as SchemaRef<typeof zWorkflowLogs>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/trajectory/{collection}/{task}/statuses`: Set the status of several trajectories. */
export const updateTrajectoryStatuses = {
  operationId: "updateTrajectoryStatuses",
  method: "POST",
  path: "/api/v1/trajectory/{collection}/{task}/statuses",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zStatusUpdateRequest" } as SchemaRef<typeof zStatusUpdateRequest>,
  response: { name: "zStatusUpdateResponse" } as SchemaRef<typeof zStatusUpdateResponse>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/trajectory/{collection}/{task}/{trajectory_id}/labels`: Add a label to a trajectory. */
export const addTrajectoryLabel = {
  operationId: "addTrajectoryLabel",
  method: "POST",
  path: "/api/v1/trajectory/{collection}/{task}/{trajectory_id}/labels",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "trajectory_id", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zLabelCreate" } as SchemaRef<typeof zLabelCreate>,
  response: { name: "zLabelResponse" } as SchemaRef<typeof zLabelResponse>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/trajectory/{collection}/{task}/{trajectory_id}/download`: Download every asset of a trajectory as a zip. */
export const downloadTrajectory = {
  operationId: "downloadTrajectory",
  method: "GET",
  path: "/api/v1/trajectory/{collection}/{task}/{trajectory_id}/download",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "trajectory_id", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: undefined,
  success: ["binary"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/trajectories/{collection}/{task}/ingest`: Record an external, finished run as a trajectory. */
export const ingestTrajectory = {
  operationId: "ingestTrajectory",
  method: "POST",
  path: "/api/v1/trajectories/{collection}/{task}/ingest",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zIngestTrajectoryRequest" } as SchemaRef<typeof zIngestTrajectoryRequest>,
  response: { name: "zIngestTrajectoryResponse" } as SchemaRef<typeof zIngestTrajectoryResponse>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/file/{storage_path}`: Download a stored file. */
export const downloadFile = {
  operationId: "downloadFile",
  method: "GET",
  path: "/api/v1/file/{storage_path}",
  pathParams: [{ name: "storage_path", keepSlashes: true }],
  query: [],
  body: "none",
  request: undefined,
  response: undefined,
  success: ["binary"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/list-files`: List stored files under a prefix. */
export const listFiles = {
  operationId: "listFiles",
  method: "GET",
  path: "/api/v1/list-files",
  pathParams: [],
  query: [{ name: "prefix", required: true }],
  body: "none",
  request: undefined,
  response: { name: "zFileListResponse" } as SchemaRef<typeof zFileListResponse>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/sandbox/upload`: Upload input files; returns storage paths for `jetty.file_paths`. */
export const uploadSandboxFiles = {
  operationId: "uploadSandboxFiles",
  method: "POST",
  path: "/api/v1/sandbox/upload",
  pathParams: [],
  query: [],
  body: "multipart",
  request: { name: "zSandboxUploadForm" } as SchemaRef<typeof zSandboxUploadForm>,
  response: { name: "zSandboxUploadResponse" } as SchemaRef<typeof zSandboxUploadResponse>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/files`: Upload one file; returns a `file-…` id for `jetty.files`. */
export const uploadFile = {
  operationId: "uploadFile",
  method: "POST",
  path: "/api/v1/files",
  pathParams: [],
  query: [],
  body: "multipart",
  request: { name: "zFileUploadForm" } as SchemaRef<typeof zFileUploadForm>,
  response: { name: "zFileObject" } as SchemaRef<typeof zFileObject>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/step-templates`: List step templates. */
export const listStepTemplates = {
  operationId: "listStepTemplates",
  method: "GET",
  path: "/api/v1/step-templates",
  pathParams: [],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zStepTemplateList" } as SchemaRef<typeof zStepTemplateList>,
  success: ["json"],
  events: undefined,
  auth: "none",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/step-templates/{activity_name}`: Get one step template. */
export const getStepTemplate = {
  operationId: "getStepTemplate",
  method: "GET",
  path: "/api/v1/step-templates/{activity_name}",
  pathParams: [{ name: "activity_name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zStepTemplate" } as SchemaRef<typeof zStepTemplate>,
  success: ["json"],
  events: undefined,
  auth: "none",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/datasets/{collection}`: List datasets. */
export const listDatasets = {
  operationId: "listDatasets",
  method: "GET",
  path: "/api/v1/datasets/{collection}",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [{ name: "skip", required: false }, { name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zDatasetList" } as SchemaRef<typeof zDatasetList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/datasets/{collection}`: Create a dataset. */
export const createDataset = {
  operationId: "createDataset",
  method: "POST",
  path: "/api/v1/datasets/{collection}",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zDatasetCreate" } as SchemaRef<typeof zDatasetCreate>,
  response: { name: "zDataset" } as SchemaRef<typeof zDataset>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/datasets/search`: Search datasets across collections. */
export const searchDatasets = {
  operationId: "searchDatasets",
  method: "GET",
  path: "/api/v1/datasets/search",
  pathParams: [],
  query: [{ name: "q", required: true }, { name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zSearchResult" } as SchemaRef<typeof zSearchResult>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/datasets/mlcroissant-validation`: Validate a Croissant metadata file. */
export const validateCroissant = {
  operationId: "validateCroissant",
  method: "POST",
  path: "/api/v1/datasets/mlcroissant-validation",
  pathParams: [],
  query: [],
  body: "multipart",
  request: { name: "zCroissantUploadForm" } as SchemaRef<typeof zCroissantUploadForm>,
  response: { name: "zCroissantValidationReport" } as SchemaRef<typeof zCroissantValidationReport>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/datasets/{collection}/{name}`: Get a dataset. */
export const getDataset = {
  operationId: "getDataset",
  method: "GET",
  path: "/api/v1/datasets/{collection}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zDataset" } as SchemaRef<typeof zDataset>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `PUT /api/v1/datasets/{collection}/{name}`: Update a dataset (partial). */
export const updateDataset = {
  operationId: "updateDataset",
  method: "PUT",
  path: "/api/v1/datasets/{collection}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zDatasetUpdate" } as SchemaRef<typeof zDatasetUpdate>,
  response: { name: "zDataset" } as SchemaRef<typeof zDataset>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `DELETE /api/v1/datasets/{collection}/{name}`: Delete a dataset. */
export const deleteDataset = {
  operationId: "deleteDataset",
  method: "DELETE",
  path: "/api/v1/datasets/{collection}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zMessageResponse" } as SchemaRef<typeof zMessageResponse>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `PATCH /api/v1/datasets/{collection}/{name}/metadata`: Replace a dataset's `dataset_metadata`. */
export const replaceDatasetMetadata = {
  operationId: "replaceDatasetMetadata",
  method: "PATCH",
  path: "/api/v1/datasets/{collection}/{name}/metadata",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zFreeFormObject" } as SchemaRef<typeof zFreeFormObject>,
  response: { name: "zDataset" } as SchemaRef<typeof zDataset>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/datasets/{collection}/{name}/preview`: Download a dataset's preview. */
export const getDatasetPreview = {
  operationId: "getDatasetPreview",
  method: "GET",
  path: "/api/v1/datasets/{collection}/{name}/preview",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: undefined,
  success: ["binary"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `PUT /api/v1/datasets/{collection}/{name}/preview`: Replace a dataset's preview. */
export const updateDatasetPreview = {
  operationId: "updateDatasetPreview",
  method: "PUT",
  path: "/api/v1/datasets/{collection}/{name}/preview",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "multipart",
  request: { name: "zDatasetPreviewForm" } as SchemaRef<typeof zDatasetPreviewForm>,
  response: { name: "zDataset" } as SchemaRef<typeof zDataset>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/datasets/{collection}/{name}/upstream`: Provenance tree of a dataset. */
export const getDatasetUpstream = {
  operationId: "getDatasetUpstream",
  method: "GET",
  path: "/api/v1/datasets/{collection}/{name}/upstream",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zProvenanceNode" } as SchemaRef<typeof zProvenanceNode>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/datasets/{collection}/{name}/mlcroissant`: Croissant JSON-LD of a dataset. */
export const getDatasetCroissant = {
  operationId: "getDatasetCroissant",
  method: "GET",
  path: "/api/v1/datasets/{collection}/{name}/mlcroissant",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zFreeFormObject" } as SchemaRef<typeof zFreeFormObject>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/datasets/{collection}/{name}/history`: Version history of a dataset. */
export const getDatasetHistory = {
  operationId: "getDatasetHistory",
  method: "GET",
  path: "/api/v1/datasets/{collection}/{name}/history",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [{ name: "skip", required: false }, { name: "limit", required: false }, { name: "include_changeset", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zEntityHistory" } as SchemaRef<typeof zEntityHistory>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/datasets/{collection}/{name}/versions/{ref}`: One version of a dataset. */
export const getDatasetVersion = {
  operationId: "getDatasetVersion",
  method: "GET",
  path: "/api/v1/datasets/{collection}/{name}/versions/{ref}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }, { name: "ref", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zEntityVersion" } as SchemaRef<typeof zEntityVersion>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/models/`: List trained models across collections. */
export const listAllModels = {
  operationId: "listAllModels",
  method: "GET",
  path: "/api/v1/models/",
  pathParams: [],
  query: [{ name: "skip", required: false }, { name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zTrainedModelList" } as SchemaRef<typeof zTrainedModelList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/models/search`: Search trained models. */
export const searchModels = {
  operationId: "searchModels",
  method: "GET",
  path: "/api/v1/models/search",
  pathParams: [],
  query: [{ name: "q", required: true }, { name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zSearchResult" } as SchemaRef<typeof zSearchResult>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/models/{collection}/`: List a collection's trained models. */
export const listModels = {
  operationId: "listModels",
  method: "GET",
  path: "/api/v1/models/{collection}/",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [{ name: "skip", required: false }, { name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zTrainedModelList" } as SchemaRef<typeof zTrainedModelList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/models/{collection}`: Register a trained model. */
export const createModel = {
  operationId: "createModel",
  method: "POST",
  path: "/api/v1/models/{collection}",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zTrainedModelCreate" } as SchemaRef<typeof zTrainedModelCreate>,
  response: { name: "zTrainedModel" } as SchemaRef<typeof zTrainedModel>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/models/{collection}/{name}`: Get a trained model. */
export const getModel = {
  operationId: "getModel",
  method: "GET",
  path: "/api/v1/models/{collection}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zTrainedModel" } as SchemaRef<typeof zTrainedModel>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `PUT /api/v1/models/{collection}/{name}`: Update a trained model (partial). */
export const updateModel = {
  operationId: "updateModel",
  method: "PUT",
  path: "/api/v1/models/{collection}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zTrainedModelUpdate" } as SchemaRef<typeof zTrainedModelUpdate>,
  response: { name: "zTrainedModel" } as SchemaRef<typeof zTrainedModel>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `DELETE /api/v1/models/{collection}/{name}`: Delete a trained model. */
export const deleteModel = {
  operationId: "deleteModel",
  method: "DELETE",
  path: "/api/v1/models/{collection}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zMessageResponse" } as SchemaRef<typeof zMessageResponse>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/models/{collection}/{name}/history`: Version history of a trained model. */
export const getModelHistory = {
  operationId: "getModelHistory",
  method: "GET",
  path: "/api/v1/models/{collection}/{name}/history",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [{ name: "skip", required: false }, { name: "limit", required: false }, { name: "include_changeset", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zEntityHistory" } as SchemaRef<typeof zEntityHistory>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/models/{collection}/{name}/versions/{ref}`: One version of a trained model. */
export const getModelVersion = {
  operationId: "getModelVersion",
  method: "GET",
  path: "/api/v1/models/{collection}/{name}/versions/{ref}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "name", keepSlashes: false }, { name: "ref", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zEntityVersion" } as SchemaRef<typeof zEntityVersion>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/routines/{collection}`: List every routine of a collection. */
export const listRoutines = {
  operationId: "listRoutines",
  method: "GET",
  path: "/api/v1/routines/{collection}",
  pathParams: [{ name: "collection", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zRoutineList" } as SchemaRef<typeof zRoutineList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/routines/{collection}/{task}`: List the routines of one task. */
export const listTaskRoutines = {
  operationId: "listTaskRoutines",
  method: "GET",
  path: "/api/v1/routines/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zRoutineList" } as SchemaRef<typeof zRoutineList>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/routines/{collection}/{task}`: Create a routine. */
export const createRoutine = {
  operationId: "createRoutine",
  method: "POST",
  path: "/api/v1/routines/{collection}/{task}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zRoutineCreate" } as SchemaRef<typeof zRoutineCreate>,
  response: { name: "zRoutine" } as SchemaRef<typeof zRoutine>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/routines/{collection}/{task}/{name}`: Get a routine. */
export const getRoutine = {
  operationId: "getRoutine",
  method: "GET",
  path: "/api/v1/routines/{collection}/{task}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zRoutine" } as SchemaRef<typeof zRoutine>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `PATCH /api/v1/routines/{collection}/{task}/{name}`: Update a routine. */
export const updateRoutine = {
  operationId: "updateRoutine",
  method: "PATCH",
  path: "/api/v1/routines/{collection}/{task}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "json",
  request: { name: "zRoutineUpdate" } as SchemaRef<typeof zRoutineUpdate>,
  response: { name: "zRoutine" } as SchemaRef<typeof zRoutine>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `DELETE /api/v1/routines/{collection}/{task}/{name}`: Delete a routine and its schedule. */
export const deleteRoutine = {
  operationId: "deleteRoutine",
  method: "DELETE",
  path: "/api/v1/routines/{collection}/{task}/{name}",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zMessageResponse" } as SchemaRef<typeof zMessageResponse>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/routines/{collection}/{task}/{name}/pause`: Pause a routine. */
export const pauseRoutine = {
  operationId: "pauseRoutine",
  method: "POST",
  path: "/api/v1/routines/{collection}/{task}/{name}/pause",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zAcknowledgementBody" } as SchemaRef<typeof zAcknowledgementBody>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/routines/{collection}/{task}/{name}/resume`: Resume a paused routine. */
export const resumeRoutine = {
  operationId: "resumeRoutine",
  method: "POST",
  path: "/api/v1/routines/{collection}/{task}/{name}/resume",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zAcknowledgementBody" } as SchemaRef<typeof zAcknowledgementBody>,
  success: ["json", "empty"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: true,
} as const satisfies OperationDescriptor;

/** `POST /api/v1/routines/{collection}/{task}/{name}/run-now`: Fire a routine immediately. */
export const runRoutineNow = {
  operationId: "runRoutineNow",
  method: "POST",
  path: "/api/v1/routines/{collection}/{task}/{name}/run-now",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zRoutineRunNowResponse" } as SchemaRef<typeof zRoutineRunNowResponse>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/routines/{collection}/{task}/{name}/runs`: Recent trajectories started by a routine. */
export const listRoutineRuns = {
  operationId: "listRoutineRuns",
  method: "GET",
  path: "/api/v1/routines/{collection}/{task}/{name}/runs",
  pathParams: [{ name: "collection", keepSlashes: false }, { name: "task", keepSlashes: false }, { name: "name", keepSlashes: false }],
  query: [{ name: "limit", required: false }],
  body: "none",
  request: undefined,
  response: { name: "zRoutineRuns" } as SchemaRef<typeof zRoutineRuns>,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `POST /v1/chat/completions`: OpenAI-compatible chat completion, or a runbook run when `jetty` is present. */
export const createChatCompletion = {
  operationId: "createChatCompletion",
  method: "POST",
  path: "/v1/chat/completions",
  pathParams: [],
  query: [],
  body: "json",
  request: { name: "zChatCompletionRequest" } as SchemaRef<typeof zChatCompletionRequest>,
  response: { name: "zChatCompletion" } as SchemaRef<typeof zChatCompletion>,
  success: ["json", "sse"],
  events: { name: "zChatCompletionChunk" } as SchemaRef<typeof zChatCompletionChunk>,
  auth: "required",
  retry: "not-acted-on",
  anyBody: false,
} as const satisfies OperationDescriptor;

/** `GET /api/v1/health`: Liveness check. */
export const getHealth = {
  operationId: "getHealth",
  method: "GET",
  path: "/api/v1/health",
  pathParams: [],
  query: [],
  body: "none",
  request: undefined,
  response: { name: "zHealthResponse" } as SchemaRef<typeof zHealthResponse>,
  success: ["json"],
  events: undefined,
  auth: "none",
  retry: "idempotent",
  anyBody: false,
} as const satisfies OperationDescriptor;

/**
 * Every operation, in spec order. Only tools that need the whole table (the emulator, tests) should
 * import this: each resource imports just the descriptors it calls, so bundles keep only their schemas.
 */
export const OPERATIONS = [
  listCollections,
  createCollection,
  getCollection,
  deleteCollection,
  getCollectionEnvironment,
  updateCollectionEnvironment,
  getCollectionStorage,
  updateCollectionStorage,
  updateCollectionOwner,
  listCollectionDatasets,
  listCollectionAgents,
  listTasks,
  createTask,
  searchTasks,
  searchAllTasks,
  getTask,
  updateTask,
  deleteTask,
  getTaskHistory,
  getTaskVersion,
  runTask,
  runTaskSync,
  getTrialStatus,
  activateTrial,
  listTrajectories,
  getTrajectory,
  getTrajectoryStats,
  getWorkflowLogs,
  updateTrajectoryStatuses,
  addTrajectoryLabel,
  downloadTrajectory,
  ingestTrajectory,
  downloadFile,
  listFiles,
  uploadSandboxFiles,
  uploadFile,
  listStepTemplates,
  getStepTemplate,
  listDatasets,
  createDataset,
  searchDatasets,
  validateCroissant,
  getDataset,
  updateDataset,
  deleteDataset,
  replaceDatasetMetadata,
  getDatasetPreview,
  updateDatasetPreview,
  getDatasetUpstream,
  getDatasetCroissant,
  getDatasetHistory,
  getDatasetVersion,
  listAllModels,
  searchModels,
  listModels,
  createModel,
  getModel,
  updateModel,
  deleteModel,
  getModelHistory,
  getModelVersion,
  listRoutines,
  listTaskRoutines,
  createRoutine,
  getRoutine,
  updateRoutine,
  deleteRoutine,
  pauseRoutine,
  resumeRoutine,
  runRoutineNow,
  listRoutineRuns,
  createChatCompletion,
  getHealth,
] as const;

/** The operationId of any operation in the table. */
export type OperationId = (typeof OPERATIONS)[number]["operationId"];
