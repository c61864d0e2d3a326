/** Scripted faults: each rule applies to the next `times` requests that match it, then disarms. */
import type { FaultRule } from "./types";

interface Armed {
  readonly rule: FaultRule;
  remaining: number;
}

/** The armed fault rules of one emulator, consumed in order of registration. */
export class Faults {
  private armed: Armed[] = [];

  add(rule: FaultRule): void {
    if (typeof rule?.path !== "string" && !(rule?.path instanceof RegExp)) {
      throw new TypeError("FaultRule.path must be a string or a RegExp");
    }
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new TypeError("FaultRule.times must be a positive integer");
    this.armed.push({ rule, remaining: times });
  }

  /** Disarms every rule. */
  clear(): void {
    this.armed = [];
  }

  /** The first armed rule matching this request, counted as used; `undefined` when none matches. */
  take(method: string, pathname: string, search: string): FaultRule | undefined {
    const hit = this.armed.find((a) => matches(a.rule, method, pathname, search));
    if (!hit) return undefined;
    hit.remaining -= 1;
    if (hit.remaining <= 0) this.armed = this.armed.filter((a) => a !== hit);
    return hit.rule;
  }
}

/**
 * Whether a rule's `method` and `path` select this request: a string path is exact, a prefix when it
 * ends with `*`, or compared with the query too when it contains `?`; a RegExp is tested on the pathname.
 */
export function matches(
  rule: { method?: string; path: string | RegExp },
  method: string,
  pathname: string,
  search: string,
): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path instanceof RegExp) {
    rule.path.lastIndex = 0;
    return rule.path.test(pathname);
  }
  const target = rule.path.includes("?") ? pathname + search : pathname;
  return rule.path.endsWith("*") ? target.startsWith(rule.path.slice(0, -1)) : target === rule.path;
}
