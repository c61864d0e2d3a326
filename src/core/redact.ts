import { SecretMatcher } from "./secret-matcher";

export { REDACTED } from "./secret-matcher";

/**
 * Shows a token the way the Jetty docs do: `mlc_...` and its last four characters. Any other token
 * keeps only its last four. Short or empty input gives a fixed mask, never the input itself.
 *
 * @example
 * ```ts
 * import { redactToken } from "@jetty/sdk";
 * redactToken("mlc_abcdefghijklmnopqrstuvwxyz0123a1b2"); // "mlc_...a1b2"
 * ```
 */
export function redactToken(token: string | undefined | null): string {
  if (!token) return "(none)";
  if (token.length < 12) return "***";
  const prefix = token.startsWith("mlc_") ? "mlc_" : "";
  return `${prefix}...${token.slice(-4)}`;
}

/** A compiled scrubber for one set of secrets: build it once, use it on every string of an error. */
export function secretScrubber(secrets: ReadonlyArray<string>): SecretMatcher {
  return new SecretMatcher(secrets, redactToken);
}

/**
 * Replaces every occurrence of each secret in `text` (see `secret-matcher.ts` for what counts as an
 * occurrence): Jetty tokens by their documented redacted form, anything else (secret params,
 * environment values) by `[redacted]`, since even a tail can help guess it.
 */
export function scrub(text: string, secrets: ReadonlyArray<string>): string {
  if (secrets.length === 0 || typeof text !== "string") return text;
  return secretScrubber(secrets).scrub(text);
}

/**
 * The string values inside a secrets object (deeply), for {@link scrub}. Numbers count as their
 * text; booleans are not secrets (scrubbing "true" would only garble messages).
 */
export function secretValues(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") out.push(item);
    else if (typeof item === "number" || typeof item === "bigint") out.push(String(item));
    else if (item !== null && typeof item === "object" && !seen.has(item)) {
      seen.add(item);
      for (const inner of Object.values(item)) stack.push(inner);
    }
  }
  return out;
}

const SENSITIVE_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
]);

/** A plain copy of headers fit for logs: credentials replaced, everything else kept. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if (!SENSITIVE_HEADERS.has(lower)) out[lower] = value;
    else if (lower === "authorization" || lower === "proxy-authorization")
      out[lower] = value.replace(
        /^(\S+\s+)?(.*)$/,
        (_m, scheme: string | undefined, cred: string) => `${scheme ?? ""}${redactToken(cred)}`,
      );
    else out[lower] = "***";
  }
  return out;
}

/**
 * Copy of a JSON-like value with every secret scrubbed from its string values, its keys and the
 * text of its numbers; the value itself when it holds none. Walks iteratively, so no nesting depth
 * overflows the stack, and never re-parses anything, so no secret can break the structure.
 */
export function scrubDeep<T>(value: T, secrets: ReadonlyArray<string> | SecretMatcher): T {
  const matcher = secrets instanceof SecretMatcher ? secrets : secretScrubber(secrets);
  if (matcher.empty) return value;
  let changed = false;
  const leaf = (item: unknown): unknown => {
    if (typeof item === "string") {
      const clean = matcher.scrub(item);
      if (clean !== item) changed = true;
      return clean;
    }
    if (typeof item === "number" || typeof item === "bigint") {
      const text = String(item);
      const clean = matcher.scrub(text);
      if (clean === text) return item;
      changed = true;
      return clean;
    }
    return item;
  };
  if (!isWalkable(value)) return leaf(value) as T;

  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  const copyOf = (source: object): Record<string, unknown> | unknown[] => {
    let copy = copies.get(source);
    if (!copy) {
      copy = Array.isArray(source) ? new Array<unknown>(source.length) : {};
      copies.set(source, copy);
      pending.push(source);
    }
    return copy;
  };
  const pending: object[] = [];
  const root = copyOf(value);
  while (pending.length > 0) {
    const source = pending.pop()!;
    const target = copies.get(source)!;
    if (Array.isArray(source)) {
      const list = target as unknown[];
      for (let i = 0; i < source.length; i++) {
        const item = source[i];
        list[i] = isWalkable(item) ? copyOf(item) : leaf(item);
      }
      continue;
    }
    const record = target as Record<string, unknown>;
    for (const [key, item] of Object.entries(source)) {
      const cleanKey = matcher.scrub(key);
      if (cleanKey !== key) changed = true;
      // Defined, not assigned: a "__proto__" key stays an ordinary key.
      Object.defineProperty(record, cleanKey, {
        value: isWalkable(item) ? copyOf(item) : leaf(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return (changed ? root : value) as T;
}

/** Arrays and plain objects are walked; anything else (class instances, dates) is kept as it is. */
function isWalkable(value: unknown): value is object {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
