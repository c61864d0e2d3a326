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

/**
 * Replaces every occurrence of each secret in `text`: Jetty tokens by their documented redacted form,
 * anything else (secret params, environment values) by `[redacted]`, since even a tail can help guess it.
 */
export function scrub(text: string, secrets: ReadonlyArray<string>): string {
  let out = text;
  for (const secret of secrets) {
    // Values this short would blank out ordinary words; they are not credentials worth scrubbing.
    if (secret.length >= 4 && out.includes(secret)) {
      out = out.split(secret).join(secret.startsWith("mlc_") ? redactToken(secret) : "[redacted]");
    }
  }
  return out;
}

/** The string values inside a secrets object (deeply), for {@link scrub}. */
export function secretValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  // Booleans and small numbers are not secrets, and scrubbing "true" would garble every message.
  if (typeof value === "number") return [String(value)];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(secretValues);
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

/** Deep copy of a JSON-like value with every secret scrubbed; the value itself when it holds none. */
export function scrubDeep<T>(value: T, secrets: ReadonlyArray<string>): T {
  if (value === undefined || value === null || secrets.length === 0) return value;
  if (typeof value === "string") return scrub(value, secrets) as T;
  if (typeof value !== "object") return value;
  const text = JSON.stringify(value);
  const clean = scrub(text, secrets);
  return clean === text ? value : (JSON.parse(clean) as T);
}
