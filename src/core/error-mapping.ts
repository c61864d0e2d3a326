import {
  APIError,
  type APIErrorInit,
  AuthenticationError,
  BadRequestError,
  bodyDetail,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RunInProgressError,
  UnprocessableEntityError,
} from "./errors";
import { scrub, scrubDeep } from "./redact";

const BY_STATUS: Record<number, new (init: APIErrorInit) => APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

const HINTS: Record<number, string> = {
  401: "Check the token (JETTY_API_TOKEN or ~/.config/jetty/token); issue a new one under Settings → API Tokens.",
  404: "Check the spelling of the collection, task or id.",
};

/** The scoping hint only fits the scoping refusal, not a 403 for an exhausted trial or write access. */
function hintFor(init: APIErrorInit): string | undefined {
  if (init.status !== 403) return HINTS[init.status];
  const detail = bodyDetail(init.body);
  return typeof detail === "string" && /not valid for this collection/i.test(detail)
    ? "API keys are scoped to one collection: use a token of this collection."
    : undefined;
}

/** The most specific {@link APIError} subclass for a status (a 524 outside the run endpoints is a 5xx). */
export function apiErrorFor(init: APIErrorInit): APIError {
  const Specific = BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : APIError);
  return new Specific({ ...init, hint: init.hint ?? hintFor(init) });
}

/** What an error status is turned into an error from. */
export interface ErrorResponse {
  status: number;
  headers: Headers;
  /** The parsed body, and the text it came from. */
  body: unknown;
  text: string;
  method: string;
  url: string;
  /** Set for the run endpoints: a 524 there means the run goes on. */
  run?: { collection: string; task: string };
  hint?: string;
}

/**
 * The typed, scrubbed error for an error status. A server may echo the credential or the request's
 * secrets back (e.g. "invalid key mlc_…", a 422 echoing the input), and errors get logged and shown.
 * A body the scrubber cannot walk is kept as scrubbed text: building the error never throws.
 */
export function apiErrorFrom(response: ErrorResponse, secrets: ReadonlyArray<string>): APIError {
  let body: unknown;
  try {
    body = scrubDeep(response.body, secrets);
  } catch {
    body = scrub(response.text, secrets);
  }
  const init: APIErrorInit = {
    status: response.status,
    headers: scrubDeep(headerRecord(response.headers), secrets),
    body,
    method: response.method,
    url: scrub(response.url, secrets),
    hint: response.hint,
  };
  if (response.status === 524 && response.run) {
    return new RunInProgressError({ ...init, collection: response.run.collection, task: response.run.task });
  }
  return apiErrorFor(init);
}

/** Response headers as a plain lower-cased record (Headers already lower-cases names). */
export function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) out[name] = value;
  return out;
}

/**
 * `Connection error (ECONNREFUSED 127.0.0.1:9) on GET /api/v1/collections/.`: the system error code
 * and the address that failed, from undici's cause (or the URL when it names none).
 */
export function connectionErrorMessage(
  error: unknown,
  code: string | undefined,
  url: string,
  request: string,
): string {
  const where = addressOf(error) ?? hostOf(url);
  const what = [code, where].filter(Boolean).join(" ");
  return `Connection error${what ? ` (${what})` : ""} on ${request}.`;
}

function addressOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const { address, port } = current as { address?: unknown; port?: unknown };
    if (typeof address === "string" && port !== undefined) {
      return `${address.includes(":") ? `[${address}]` : address}:${String(port)}`;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || (parsed.protocol === "https:" ? "443" : "80")}`;
  } catch {
    return undefined;
  }
}
