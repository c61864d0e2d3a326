/**
 * `@jetty/sdk`: the typed TypeScript SDK for the Jetty workflow platform.
 * Everything public is exported from here; every other module is internal.
 */

// `import Jetty from "@jetty/sdk"` works too, as with the OpenAI and Anthropic SDKs.
export { Jetty, Jetty as default } from "./client";
export { APIPromise } from "./core/api-promise";
export { DEFAULT_BASE_URL, DEFAULT_FRONTEND_URL } from "./core/config";
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigError,
  ConflictError,
  InternalServerError,
  InvalidInputError,
  JettyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ResponseValidationError,
  RunFailedError,
  RunInProgressError,
  UnprocessableEntityError,
  WaitTimeoutError,
} from "./core/errors";
export {
  type AfterResponseHook,
  type BeforeErrorHook,
  type BeforeRequestHook,
  type BeforeRetryHook,
  type BeforeRetryState,
  type Hooks,
  HTTPError,
  stopRetry,
} from "./core/hooks";
export type { Logger, LogLevel } from "./core/logger";
export type { ClientOptions, Fetch, RequestOptions } from "./core/options";
export type { Progress, ProgressCallback } from "./core/progress";
export type { RawRequestOptions } from "./core/raw-request";
export { redactToken } from "./core/redact";
export {
  IdleTimeoutError,
  type ServerSentEvent,
  type SSEStreamOptions,
  Stream,
  StreamError,
  StreamEventTooLargeError,
} from "./core/stream";
export { STREAM_DEFAULTS } from "./core/stream-limits";
export type { TokenFunction } from "./core/token";
export { migrateLegacyToken, type TokenMigrationResult } from "./core/token-file";
export type { Uploadable, UploadData } from "./core/upload-source";
export type { ConcurrencyOptions } from "./helpers/batch";
export type { DiagnoseOptions, Diagnosis, FailedStep, RootCause } from "./helpers/diagnose";
export type { FileDownload } from "./helpers/file-download";
export type { LogEvent, WorkflowLogs } from "./helpers/run-logs";
export {
  asFileId,
  asStoragePath,
  type FileId,
  isFileId,
  isStoragePath,
  type NotAFileId,
  type StoragePath,
} from "./helpers/storage-path";
export type { TaskSearchHit } from "./helpers/task-search";
export { errorText } from "./helpers/trajectory-steps";
export { formatTrialNotice, type TrialNoticeFields } from "./helpers/trial-notice";
export { Urls } from "./helpers/urls";
export {
  isTerminalStatus,
  KNOWN_STATUSES,
  TERMINAL_STATUSES,
  type TerminalStatus,
  WAIT_DEFAULTS,
  type WaitOptions,
  type WaitProgressEvent,
} from "./helpers/wait";
export { type ParsedWorkflowId, parseWorkflowId } from "./helpers/workflow-id";
export {
  type GradeFile,
  type GradeLabels,
  type GradeOptions,
  type GradeResult,
  gradeWithJetty,
} from "./orchestration/grade";
export {
  GradeError,
  GradeFileNotFoundError,
  GradeLabelsError,
  GradeParseError,
} from "./orchestration/grade-errors";
export type {
  RunbookDependencies,
  RunbookPreflightOptions,
  RunbookResultFile,
  RunbookRun,
  RunbookRunOptions,
} from "./orchestration/runbook-options";
export type { Runbooks } from "./orchestration/runbooks";
export type { Acknowledgement } from "./resources/acknowledgement";
export type { AssetListParams, DeleteResponse } from "./resources/asset-resource";
export {
  type Chat,
  type ChatCompletion,
  type ChatCompletionChoice,
  type ChatCompletionChunk,
  type ChatCompletionChunkChoice,
  type ChatCompletionCreateParams,
  type ChatCompletionCreateParamsNonStreaming,
  type ChatCompletionCreateParamsStreaming,
  type ChatCompletionResult,
  ChatCompletionStream,
  type ChatCompletionStreamEvents,
  type ChatCompletionStreamParams,
  type Completions,
  type JettyChatOptions,
  type RunbookRunInfo,
} from "./resources/chat";
export type {
  Collection,
  CollectionCreateParams,
  CollectionListParams,
  Collections,
} from "./resources/collections";
export type { Dataset, DatasetCreateParams, Datasets } from "./resources/datasets";
export type { Environment } from "./resources/environment";
export type {
  FileCreateParams,
  FileObject,
  Files,
  FileUploadOptions,
  SandboxUpload,
} from "./resources/files";
export type { ListPromise } from "./resources/list-promise";
export type { Models, TrainedModel, TrainedModelCreateParams } from "./resources/models";
export type {
  Routine,
  RoutineCreateParams,
  RoutineRun,
  RoutineRunList,
  Routines,
  RoutineUpdateParams,
} from "./resources/routines";
export {
  type BatchInput,
  type BatchOptions,
  type BatchResult,
  RunHandle,
  type RunParams,
  type RunSyncParams,
  type RunSyncResponse,
  type RunSyncResult,
  Runs,
  type TrialInfo,
  type WorkflowResponse,
} from "./resources/runs";
export type { StepTemplate, StepTemplates } from "./resources/step-templates";
export type {
  Task,
  TaskCreateParams,
  TaskListItem,
  Tasks,
  TaskUpdateParams,
  TaskWriteOptions,
  ValidatedTask,
} from "./resources/tasks";
export {
  type FileListResponse,
  type IngestTrajectoryParams,
  type IngestTrajectoryResponse,
  type LabelCreateParams,
  type LabelResponse,
  type LabelWriteOptions,
  SETTABLE_STATUSES,
  type SettableTrajectoryStatus,
  type StatusUpdateResponse,
  type Step,
  Trajectories,
  type Trajectory,
  type TrajectoryListBody,
  type TrajectoryListParams,
  TrajectoryPage,
  type TrajectoryPagePromise,
  type TrajectoryStats,
  type TrajectoryStatus,
} from "./resources/trajectories";
export {
  type EnvironmentKeySource,
  type ShouldUseTrialKeysParams,
  Trial,
  type TrialActivation,
  type TrialStatus,
  trialActivated,
} from "./resources/trial";
export * from "./runbooks/index";
export * from "./workflows/index";
