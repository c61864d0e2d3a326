/**
 * The emulator's router. Routes come from the SDK's operation table (src/generated/operations.ts):
 * a route module names the operation it serves (`router.on("getTask", handler)`) and the method, the
 * path template and the auth mode are the descriptor's, so the emulator serves exactly the paths the
 * SDK calls. Routes the spec deliberately leaves out are registered with {@link Router.unlisted}, each
 * with the reason.
 *
 * FastAPI behaviours kept: a path that only differs by its trailing slash from a route gets a 307 to
 * that route (trailing slashes are significant: the API has both forms), a path served for other
 * methods gets 405 with `Allow`, and HEAD is answered as GET.
 *
 * Precedence, when several templates match one path: compare them segment by segment from the left;
 * at the first difference a literal segment beats a parameter, and a parameter beats a value that
 * keeps its slashes (a storage path). This is OpenAPI's rule ("concrete paths are matched before
 * templated ones"), independent of registration order. So `GET /api/v1/tasks/acme/search` is
 * `searchTasks`, never `getTask` of a task called "search". (The real backend registers
 * `/tasks/{c}/{t}` first, where that request reads the task "search".) Among routes with the same
 * template the method decides.
 */
import type { OperationDescriptor, OperationId, OperationMethod } from "../contracts";
import { OPERATIONS } from "../contracts";
import type { RequestContext } from "./context";

/** Who may call a route: a valid token, anyone, or anyone unless a token is sent (then it must be valid). */
export type AuthMode = "required" | "none" | "optional";

/**
 * What a handler receives: the request context with its path parameters, by the spec's names, and
 * the descriptor of its operation (so `readBody` knows the request schema).
 */
export type RoutedContext<
  P extends Record<string, string> = Record<string, string>,
  Op extends OperationDescriptor | undefined = OperationDescriptor | undefined,
> = Omit<RequestContext, "params" | "operation"> & { params: P; operation: Op };

/** A handler returns a JSON body (200), a `Reply`, or `undefined` after writing the response itself. */
export type Handler<
  P extends Record<string, string> = Record<string, string>,
  Op extends OperationDescriptor | undefined = OperationDescriptor | undefined,
> = (ctx: RoutedContext<P, Op>) => unknown | Promise<unknown>;

type Descriptor<Id extends OperationId> = Extract<(typeof OPERATIONS)[number], { operationId: Id }>;

/** The path parameters of operation `Id`, by name. */
export type ParamsOf<Id extends OperationId> = {
  [K in Descriptor<Id>["pathParams"][number]["name"]]: string;
};

/** One segment of a template: literal text, a parameter, or a parameter that swallows the rest. */
type Segment =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "param"; readonly name: string }
  | { readonly kind: "rest"; readonly name: string };

/** Precedence rank of a segment kind: lower wins (see the module comment). */
const RANK = { literal: 0, param: 1, rest: 2 } as const;

interface Route {
  readonly method: string;
  readonly template: string;
  readonly segments: readonly Segment[];
  readonly auth: AuthMode;
  readonly handler: Handler;
  readonly operationId: OperationId | undefined;
  readonly operation: OperationDescriptor | undefined;
}

/** The outcome of matching one request. */
export type Match =
  | {
      kind: "route";
      handler: Handler;
      auth: AuthMode;
      params: Record<string, string>;
      operationId: OperationId | undefined;
      operation: OperationDescriptor | undefined;
    }
  | { kind: "redirect"; location: string }
  | { kind: "method-not-allowed"; allow: string[] }
  | { kind: "not-found" };

/** Routes of the operation table (plus the spec's deliberate omissions), matched by precedence. */
export class Router {
  readonly #operations: ReadonlyMap<string, OperationDescriptor>;
  /** Kept sorted by precedence. */
  readonly #routes: Route[] = [];
  readonly #served = new Set<OperationId>();

  constructor(operations: readonly OperationDescriptor[] = OPERATIONS) {
    this.#operations = new Map(operations.map((op) => [op.operationId, op]));
  }

  /** Serves an operation of the table; its method, path and auth come from the descriptor. */
  on<Id extends OperationId>(operationId: Id, handler: Handler<ParamsOf<Id>, Descriptor<Id>>): this {
    const op = this.#operations.get(operationId);
    if (!op) throw new Error(`No operation ${operationId} in the table`);
    if (this.#served.has(operationId)) throw new Error(`Operation ${operationId} is served twice`);
    this.#served.add(operationId);
    const rest = new Set(op.pathParams.filter((p) => p.keepSlashes).map((p) => p.name));
    return this.#add(op.method, op.path, rest, op.auth, handler as unknown as Handler, operationId);
  }

  /**
   * Serves a route api-schema.yaml does not describe (an alias, or a retired route the platform still
   * answers). `why` is required so every one of them says why it exists. An alias names the operation
   * it answers `as`: its bodies are then read, shaped and checked as that operation's.
   */
  unlisted(
    method: OperationMethod,
    template: string,
    handler: Handler,
    route: { auth: AuthMode; why: string; as?: OperationId },
  ): this {
    if (route.why.trim() === "") throw new Error(`Say why ${method} ${template} is served off the spec`);
    const alias = route.as === undefined ? undefined : this.#operations.get(route.as);
    if (route.as !== undefined && !alias) throw new Error(`No operation ${route.as} in the table`);
    return this.#add(method, template, new Set(), route.auth, handler, undefined, alias);
  }

  /** The operations this router serves. */
  get served(): ReadonlySet<OperationId> {
    return this.#served;
  }

  match(method: string, path: string): Match {
    const wanted = method === "HEAD" ? "GET" : method;
    const found = this.#find(wanted, path);
    if (found.kind !== "not-found") return found;
    // FastAPI redirects to the other slash form when only that one exists.
    const other = path.endsWith("/") ? path.slice(0, -1) : `${path}/`;
    if (other.length > 1 && this.#find(wanted, other).kind === "route")
      return { kind: "redirect", location: other };
    return found;
  }

  #add(
    method: string,
    template: string,
    rest: ReadonlySet<string>,
    auth: AuthMode,
    handler: Handler,
    operationId: OperationId | undefined,
    alias?: OperationDescriptor,
  ): this {
    const segments = parseTemplate(template, rest);
    if (this.#routes.some((r) => r.method === method && sameShape(r.segments, segments))) {
      throw new Error(`${method} ${template} is registered twice`);
    }
    const operation = operationId ? this.#operations.get(operationId) : alias;
    const route: Route = { method, template, segments, auth, handler, operationId, operation };
    const at = this.#routes.findIndex((other) => precedes(segments, other.segments));
    if (at < 0) this.#routes.push(route);
    else this.#routes.splice(at, 0, route);
    return this;
  }

  #find(method: string, path: string): Match {
    const parts = path.split("/");
    const allow = new Set<string>();
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method) {
        return {
          kind: "route",
          handler: route.handler,
          auth: route.auth,
          params,
          operationId: route.operationId,
          operation: route.operation,
        };
      }
      allow.add(route.method);
    }
    return allow.size > 0 ? { kind: "method-not-allowed", allow: [...allow] } : { kind: "not-found" };
  }
}

function parseTemplate(template: string, rest: ReadonlySet<string>): Segment[] {
  const segments = template.split("/").map((part): Segment => {
    const param = /^\{([^}]+)\}$/.exec(part)?.[1];
    if (param === undefined) return { kind: "literal", text: part };
    return rest.has(param) ? { kind: "rest", name: param } : { kind: "param", name: param };
  });
  if (segments.slice(0, -1).some((s) => s.kind === "rest")) {
    throw new Error(`${template}: only the last parameter may keep its slashes`);
  }
  return segments;
}

/**
 * Whether template `a` is tried before `b`: at the first segment whose kinds differ, the lower rank;
 * when one template's kinds are a prefix of the other's, the shorter (a total order, so the sorted
 * list does not depend on registration order).
 */
function precedes(a: readonly Segment[], b: readonly Segment[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = RANK[a[i]!.kind] - RANK[b[i]!.kind];
    if (diff !== 0) return diff < 0;
  }
  return a.length < b.length;
}

function sameShape(a: readonly Segment[], b: readonly Segment[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const o = b[i]!;
      return s.kind === o.kind && (s.kind !== "literal" || s.text === (o as { text: string }).text);
    })
  );
}

function matchSegments(pattern: readonly Segment[], parts: readonly string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i]!;
    if (segment.kind === "rest") {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.join("") === "") return null;
      const decoded = rest.map(decode);
      if (decoded.some((s) => s === null)) return null;
      params[segment.name] = decoded.join("/");
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (segment.kind === "param") {
      const value = decode(part);
      if (value === null || value === "") return null;
      params[segment.name] = value;
    } else if (segment.text !== part) {
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
