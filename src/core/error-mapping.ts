import {
  APIError,
  type APIErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RunInProgressError,
  UnprocessableEntityError,
} from "./errors";

const BY_STATUS: Record<number, new (init: APIErrorInit) => APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
  524: RunInProgressError,
};

const HINTS: Record<number, string> = {
  401: "Check the token (JETTY_API_TOKEN or ~/.config/jetty/token); issue a new one under Settings → API Tokens.",
  404: "Check the spelling of the collection, task or id.",
};

/** The scoping hint only fits the scoping refusal, not a 403 for an exhausted trial or write access. */
function hintFor(init: APIErrorInit): string | undefined {
  if (init.status !== 403) return HINTS[init.status];
  const detail = (init.body as { detail?: unknown } | undefined)?.detail;
  return typeof detail === "string" && /not valid for this collection/i.test(detail)
    ? "API keys are scoped to one collection: use a token of this collection."
    : undefined;
}

/** The most specific {@link APIError} subclass for a status. */
export function apiErrorFor(init: APIErrorInit): APIError {
  const Specific = BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : APIError);
  return new Specific({ ...init, hint: init.hint ?? hintFor(init) });
}

/** Reads an error body: JSON when it parses, otherwise text; never throws. */
export async function readErrorBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return undefined;
  }
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Response headers as a plain lower-cased record (Headers already lower-cases names). */
export function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) out[name] = value;
  return out;
}
