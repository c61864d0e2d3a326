/**
 * The error hierarchy, the bottom layer of the SDK: every error extends {@link JettyError} and
 * nothing here imports the HTTP core, so pure modules (workflows, runbooks) can throw them too.
 * Internal module; the public names are exported from src/index.ts.
 */
export {
  APIError,
  type APIErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorHeaders,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RunInProgressError,
  UnprocessableEntityError,
} from "./api";
export { APIUserAbortError, ConfigError, InvalidInputError, JettyError } from "./base";
export { bodyDetail, errorMessage } from "./describe";
export { RunFailedError, WaitTimeoutError } from "./run";
export {
  APIConnectionError,
  APITimeoutError,
  ResponseTooLargeError,
  ResponseValidationError,
} from "./transport";
