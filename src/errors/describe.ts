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
  if (typeof body === "string") return truncate(body);
  if (isRecord(body)) {
    const detail = body.detail ?? body.error ?? body.message;
    if (typeof detail === "string") return truncate(detail);
    if (Array.isArray(detail)) return truncate(detail.map(describeDetailItem).join("; "));
    if (isRecord(detail) && typeof detail.message === "string") return truncate(detail.message);
  }
  return truncate(JSON.stringify(body));
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
