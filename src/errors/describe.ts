import { isRecord } from "../util/is-record";

// The one reader of error bodies: the `detail` of a FastAPI-style body, and the one-line summary an
// APIError message shows (`detail`, else `error`, else `message`; validation items as `loc: msg`).

/** The `detail` field of an error body (FastAPI's `{ "detail": … }`), when the body has one. */
export function bodyDetail(body: unknown): unknown {
  return isRecord(body) ? body.detail : undefined;
}

/** The path and query of a URL for a message (never its origin's credentials); the input when not a URL. */
export function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

/** A short, single-line description of an error body; never throws. */
export function summariseBody(body: unknown): string {
  try {
    return summarise(body);
  } catch {
    // A body nested deeper than JSON.stringify can go still gets a message, never a RangeError.
    return "(a body too deeply nested to show)";
  }
}

function summarise(body: unknown): string {
  if (body === undefined || body === null || body === "") return "status code (no body)";
  return truncate(errorMessage(body) ?? JSON.stringify(body));
}

/**
 * The message of an error-shaped value, read one way for API error bodies, trajectory and step
 * errors and stream error events: a non-empty string; else the first of `detail`, `message`, `error`
 * that is a non-empty string, a list of validation items (`loc: msg; …`) or an object with a string
 * `message`. `undefined` when there is none (callers then show the value as JSON).
 */
export function errorMessage(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (!isRecord(value)) return undefined;
  for (const key of ["detail", "message", "error"]) {
    const field = value[key];
    if (typeof field === "string" && field !== "") return field;
    if (key === "detail" && Array.isArray(field) && field.length > 0)
      return field.map(describeDetailItem).join("; ");
    if (isRecord(field) && typeof field.message === "string" && field.message !== "") return field.message;
  }
  return undefined;
}

function describeDetailItem(item: unknown): string {
  if (!isRecord(item)) return String(item);
  const loc = Array.isArray(item.loc) ? item.loc.join(".") : "";
  const msg = typeof item.msg === "string" ? item.msg : JSON.stringify(item);
  return loc ? `${loc}: ${msg}` : msg;
}

function truncate(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
