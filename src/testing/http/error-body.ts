/**
 * Error bodies. The REST routes answer FastAPI's `{detail}`. The chat routes add an OpenAI-style
 * `error` object beside it: the `openai` package reads `error.message`, and shows "(no body)" for
 * a body without one.
 */

const CHAT_PATHS = new Set(["/v1/chat/completions", "/chat/completions"]);

/** The JSON body of an error answer on `path`. */
export function errorBody(path: string, status: number, detail: unknown): Record<string, unknown> {
  if (!CHAT_PATHS.has(path)) return { detail };
  return { detail, error: { message: messageOf(detail), type: typeOf(status), param: null, code: null } };
}

/** A FastAPI detail as one line: a string as is, a 422 list as `loc: msg` pairs. */
export function messageOf(detail: unknown): string {
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((item) => {
        const { loc, msg } = (item ?? {}) as { loc?: unknown; msg?: unknown };
        const where = Array.isArray(loc) ? loc.join(".") : "";
        return where ? `${where}: ${String(msg)}` : String(msg);
      })
      .join("; ");
  }
  return JSON.stringify(detail) ?? String(detail);
}

function typeOf(status: number): string {
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 404) return "not_found_error";
  if (status === 429) return "rate_limit_error";
  if (status >= 500) return "server_error";
  return "invalid_request_error";
}
