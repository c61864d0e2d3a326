/**
 * Injected shape drift: rewrite the JSON body of successful responses on chosen routes, to test how a
 * client (or `jetty doctor`) copes when the platform answers with a shape other than the documented one.
 */
import { matches } from "./faults";

/**
 * Alters the body of every successful (2xx) JSON response matching `method` and `path`, just before it
 * is written, for as long as the emulator runs. `path` works as in {@link FaultRule}: an exact pathname,
 * a prefix ending in `*`, or a RegExp. `transform` receives a fresh copy of the body as it would have
 * been sent and returns the body to send instead (serialised as JSON; `undefined` sends an empty body).
 * The emulator's own state is never touched. Rules that match the same request apply in order.
 *
 * @example
 * ```ts
 * import { startEmulator } from "@jetty/sdk/testing";
 * const emulator = await startEmulator({
 *   drift: [
 *     // trajectory errors arrive as objects instead of strings
 *     { path: "/api/v1/db/trajectory/*", transform: (body) => ({ ...(body as object), error: { code: 1 } }) },
 *     // the trial endpoint forgets `active`
 *     {
 *       method: "GET",
 *       path: /^\/api\/v1\/trial\/[^/]+$/,
 *       transform: (body) => {
 *         const { active: _dropped, ...rest } = body as Record<string, unknown>;
 *         return rest;
 *       },
 *     },
 *   ],
 * });
 * ```
 */
export interface DriftRule {
  /** HTTP method (any case); all methods when absent. */
  method?: string;
  /** The pathname to match, as in `FaultRule.path`. */
  path: string | RegExp;
  /** Returns the body to send instead of `body` (a copy; mutate and return it, or build a new one). */
  transform: (body: unknown, request: { method: string; path: string }) => unknown;
}

/** The drift rules of one emulator. */
export class Drift {
  readonly #rules: readonly DriftRule[];

  constructor(rules: readonly DriftRule[] = []) {
    for (const rule of rules) {
      if (typeof rule?.path !== "string" && !(rule?.path instanceof RegExp)) {
        throw new TypeError("DriftRule.path must be a string or a RegExp");
      }
      if (typeof rule.transform !== "function") throw new TypeError("DriftRule.transform must be a function");
    }
    this.#rules = [...rules];
  }

  /** The body rewrite for this request, or `undefined` when no rule matches. */
  for(method: string, pathname: string, search: string): ((body: unknown) => unknown) | undefined {
    const rules = this.#rules.filter((rule) => matches(rule, method, pathname, search));
    if (rules.length === 0) return undefined;
    const request = { method, path: pathname };
    return (body) =>
      rules.reduce<unknown>(
        (current, rule) => rule.transform(current === undefined ? undefined : copy(current), request),
        body,
      );
  }
}

/** A copy of exactly what would go on the wire, so a transform can never reach the emulator's state. */
function copy(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body));
}
