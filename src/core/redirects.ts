/**
 * Following redirects by hand, because fetch's own following cannot keep our rules: credentials
 * only ever go to the configured API origin, only http(s) is followed, and a body carrying secrets
 * is never re-sent to another origin. Uploads do not follow redirects at all (they are sent with
 * `redirect: "error"`, see attempt.ts).
 */
import { ConfigError } from "./errors";
import type { Fetch } from "./options";

const MAX_REDIRECTS = 5;

/** Headers that carry credentials; none of them follows a redirect to another origin. */
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie", "x-api-key"];

/** What the redirect loop needs from the transport. */
export interface RedirectContext {
  fetch: Fetch;
  /** The API origin: the only one credentials are sent to. */
  baseOrigin: string;
  /** Told when credentials are dropped, for a warning in the log. */
  onCrossOrigin(origin: string): void;
}

/** What the loop needs to know about the one request it follows, and where it notes why it stopped. */
export interface RedirectedCall {
  /** Whether the body carries secrets (secret params, environment values). */
  secretBody: boolean;
  /** Set to why a redirect was not followed; the 3xx then becomes the error. */
  unfollowed: string | undefined;
}

/**
 * Sends the request and follows up to five redirects. A redirect that is not followed (to another
 * scheme, with credentials in its URL, or one too many) is returned as it came, so it surfaces as an
 * `APIError` naming the reason.
 */
export async function fetchFollowingRedirects(
  request: Request,
  init: RequestInit,
  context: RedirectContext,
  call: RedirectedCall,
): Promise<Response> {
  // The first hop sends ky's Request itself (cheaper for fetch to copy than a URL and headers).
  let current = request.url;
  let method = request.method;
  let body = init.body;
  let headers: HeadersInit = init.headers ?? request.headers;
  let response = await context.fetch(request, init);
  for (let hop = 0; ; hop++) {
    if (hop > 0) response = await context.fetch(current, { ...init, method, body, headers });
    const location = response.headers.get("location");
    const status = response.status;
    if (status < 300 || status > 399 || status === 304 || location === null) return response;
    const next = parseLocation(location, current);
    const refusal =
      hop >= MAX_REDIRECTS
        ? `more than ${MAX_REDIRECTS} redirects`
        : next === undefined
          ? "the Location is not a valid URL"
          : next.protocol !== "http:" && next.protocol !== "https:"
            ? `only http and https redirects are followed, not ${next.protocol}`
            : next.username || next.password
              ? "the Location carries credentials"
              : undefined;
    if (refusal !== undefined || next === undefined) {
      call.unfollowed = `The redirect was not followed: ${refusal}.`;
      return response;
    }
    await response.body?.cancel().catch(() => {});
    const crossOrigin = next.origin !== context.baseOrigin;
    const keepsBody = status === 307 || status === 308;
    if (crossOrigin && keepsBody && body != null && call.secretBody) {
      throw new ConfigError(
        `The server redirected ${method} ${new URL(current).pathname} to another origin (${next.origin}) ` +
          "with its body; the body carries secrets, so it was not sent there. Point baseURL at the final API origin.",
      );
    }
    const copy = new Headers(headers);
    if (crossOrigin) {
      if (CREDENTIAL_HEADERS.some((name) => copy.has(name))) context.onCrossOrigin(next.origin);
      for (const name of CREDENTIAL_HEADERS) copy.delete(name);
    }
    if (status === 303 || ((status === 301 || status === 302) && method === "POST")) {
      if (method !== "HEAD") method = "GET";
      body = undefined;
      copy.delete("content-type");
      copy.delete("content-length");
    }
    headers = copy;
    current = next.href;
  }
}

function parseLocation(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}
