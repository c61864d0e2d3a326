/**
 * Builds request paths. Every interpolated value is one path segment, percent-encoded, so a task
 * called `a/b` or `../x` can never address another route.
 */
export function path(strings: TemplateStringsArray, ...segments: ReadonlyArray<string | number>): string {
  let out = strings[0] ?? "";
  for (let i = 0; i < segments.length; i++) {
    out += encodeURIComponent(String(segments[i])) + (strings[i + 1] ?? "");
  }
  return out;
}

/** Encodes a storage path segment by segment, keeping its `/` separators (as the API expects). */
export function encodeStoragePath(storagePath: string): string {
  return storagePath
    .replace(/^\/+/, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}
