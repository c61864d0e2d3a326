export { Jetty } from "./client";
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
  ResponseValidationError,
  RunFailedError,
  RunInProgressError,
  UnprocessableEntityError,
  WaitTimeoutError,
} from "./core/errors";
export type { Logger, LogLevel } from "./core/logger";
export type { ClientOptions, Fetch, RequestOptions } from "./core/options";
export { redactToken } from "./core/redact";
export { migrateLegacyToken, type TokenMigrationResult } from "./core/token-file";
export type { Collection, CollectionCreateParams, CollectionListParams } from "./resources/collections";
