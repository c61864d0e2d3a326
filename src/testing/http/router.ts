/**
 * A tiny router: patterns are paths with `:name` segments and an optional final `*name` that swallows the
 * rest. Trailing slashes are significant (the API has both forms); a request that only differs by its
 * trailing slash gets the 307 redirect FastAPI would send.
 */
import type { RequestContext } from "./context";

/** Who may call a route: a valid token, anyone, or anyone unless a token is sent (then it must be valid). */
export type AuthMode = "required" | "none" | "optional";

/** A handler returns a JSON body (200), a `Reply`, or `undefined` after writing the response itself. */
export type Handler = (ctx: RequestContext) => unknown | Promise<unknown>;

interface Route {
  readonly method: string;
  readonly segments: readonly string[];
  readonly auth: AuthMode;
  readonly handler: Handler;
}

/** The outcome of matching one request. */
export type Match =
  | { kind: "route"; handler: Handler; auth: AuthMode; params: Record<string, string> }
  | { kind: "redirect"; location: string }
  | { kind: "method-not-allowed"; allow: string[] }
  | { kind: "not-found" };

/** Routes in registration order; see the module comment for the pattern syntax. */
export class Router {
  private readonly routes: Route[] = [];

  /** Registers a route; earlier routes win, so register literal segments before parameters. */
  add(method: string, pattern: string, handler: Handler, auth: AuthMode = "required"): this {
    this.routes.push({ method: method.toUpperCase(), segments: pattern.split("/"), auth, handler });
    return this;
  }

  match(method: string, path: string): Match {
    const wanted = method === "HEAD" ? "GET" : method;
    const found = this.find(wanted, path);
    if (found.kind !== "not-found") return found;
    // FastAPI redirects to the other slash form when only that one exists.
    const other = path.endsWith("/") ? path.slice(0, -1) : `${path}/`;
    if (other.length > 1 && this.find(wanted, other).kind === "route")
      return { kind: "redirect", location: other };
    return found;
  }

  private find(method: string, path: string): Match {
    const parts = path.split("/");
    const allow = new Set<string>();
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method) return { kind: "route", handler: route.handler, auth: route.auth, params };
      allow.add(route.method);
    }
    return allow.size > 0 ? { kind: "method-not-allowed", allow: [...allow] } : { kind: "not-found" };
  }
}

function matchSegments(pattern: readonly string[], parts: readonly string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (p.startsWith("*")) {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.join("") === "") return null;
      const decoded = rest.map(decode);
      if (decoded.some((s) => s === null)) return null;
      params[p.slice(1)] = decoded.join("/");
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (p.startsWith(":")) {
      const value = decode(part);
      if (value === null || value === "") return null;
      params[p.slice(1)] = value;
    } else if (p !== part) {
      return null;
    }
  }
  return pattern.length === parts.length ? params : null;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
