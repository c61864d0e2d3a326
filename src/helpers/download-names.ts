/**
 * File names of downloads. A name chosen by the server ends up on the caller's disk, so it is
 * treated as hostile: decoded once, reduced to a safe basename, capped in length.
 */

const MAX_NAME_BYTES = 200;

/**
 * The file name of a `Content-Disposition` header, sanitised, or `undefined`. `filename*` (RFC 5987/8187,
 * e.g. `UTF-8''na%C3%AFve.txt`) wins over `filename`.
 *
 * @example
 * ```ts
 * filenameFromContentDisposition(`attachment; filename="a.txt"; filename*=UTF-8''%C3%A9t%C3%A9.txt`);
 * // "été.txt"
 * filenameFromContentDisposition('attachment; filename="../../etc/passwd"'); // "passwd"
 * ```
 */
export function filenameFromContentDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const params = dispositionParams(header);
  const extended = params.get("filename*");
  const fromExtended = extended === undefined ? undefined : decodeExtValue(extended);
  if (fromExtended !== undefined) {
    const safe = sanitizeFilename(fromExtended);
    if (safe !== undefined) return safe;
  }
  const plain = params.get("filename");
  return plain === undefined ? undefined : sanitizeFilename(decodePlainFilename(plain));
}

/** Splits `type; a=b; c="d;e"` into lower-cased parameter names and unquoted values. */
function dispositionParams(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const pattern = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  // A leading ";" lets a header without a disposition type (`filename="a.txt"`) parse too.
  for (const match of `;${header}`.matchAll(pattern)) {
    const key = (match[1] ?? "").toLowerCase();
    let value = (match[2] ?? "").trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).replace(/\\(.)/g, "$1");
    } else if (value.startsWith('"')) {
      value = value.slice(1);
    }
    // The first occurrence counts; a repeated parameter is a smuggling attempt or a broken server.
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

/** Decodes `charset'language'percent-encoded` (RFC 8187); `undefined` when it cannot be decoded. */
function decodeExtValue(value: string): string | undefined {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  if (!match) return undefined;
  const charset = (match[1] ?? "").toLowerCase();
  const encoded = match[2] ?? "";
  if (charset === "utf-8" || charset === "") {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
  }
  if (charset === "iso-8859-1" || charset === "latin1") {
    return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
  return undefined;
}

/**
 * Header values reach JavaScript as Latin-1; servers often put raw UTF-8 (or percent-escapes, which
 * browsers decode too) into the plain `filename`. Both are decoded when the result is valid UTF-8.
 */
function decodePlainFilename(value: string): string {
  let text = value;
  if (!/[^\t\u0020-\u00ff]/.test(text) && /[\u0080-\u00ff]/.test(text)) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(latin1Bytes(text));
    } catch {
      // Genuinely Latin-1: keep it.
    }
  }
  if (/%[0-9a-f]{2}/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Not valid escapes: keep it literally.
    }
  }
  return text;
}

export function nameFromUrl(url: string): string | undefined {
  if (!url) return undefined;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const last = pathname.split("/").pop() ?? "";
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // Keep the raw segment.
  }
  return sanitizeFilename(decoded);
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Reduces an untrusted name to a safe basename, or `undefined` when nothing usable is left: only the
 * part after the last `/` or `\`; control, bidi-override and Windows-reserved characters removed or
 * replaced; no leading dots (so no `..` and no hidden files); no trailing dots or spaces; Windows device
 * names prefixed; at most 200 UTF-8 bytes, keeping the extension.
 *
 * @example
 * ```ts
 * sanitizeFilename("../../etc/passwd"); // "passwd"
 * sanitizeFilename("%2e%2e%2fx.txt");   // "x.txt"
 * sanitizeFilename("..");               // undefined
 * sanitizeFilename("a\u0000b.txt");     // "ab.txt"
 * ```
 */
export function sanitizeFilename(raw: string | undefined): string | undefined {
  if (typeof raw !== "string") return undefined;
  // Escaped dots, separators and NUL are decoded first, so `%2e%2e%2f` cannot smuggle a traversal past
  // the checks below into a later decoding step; other escapes stay literal.
  let name = raw
    .normalize("NFC")
    .replace(/%(2e|2f|5c|00)/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  name = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  // C0/C1 controls, and bidi/zero-width formatting that can disguise an extension (a right-to-left
  // override makes "photo<RLO>gpj.exe" display as "photoexe.jpg").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "");
  name = name.replace(/[<>:"|?*]/g, "_");
  name = name.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
  if (name === "") return undefined;
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  return capLength(name);
}

function capLength(name: string): string {
  if (utf8Length(name) <= MAX_NAME_BYTES) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : "";
  const stem = truncateUtf8(
    name.slice(0, name.length - extension.length),
    MAX_NAME_BYTES - utf8Length(extension),
  );
  return stem.replace(/[\s.]+$/, "") + extension;
}

/** Cuts to at most `maxBytes` of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = "";
  let used = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (used + size > maxBytes) break;
    out += char;
    used += size;
  }
  return out;
}

// Plain Web APIs rather than Buffer, so reading a download's name works on every runtime.
const encoder = /* @__PURE__ */ new TextEncoder();
function utf8Length(text: string): number {
  return encoder.encode(text).byteLength;
}
/** A header value's characters as the bytes they stand for (what Buffer.from(text, "latin1") gives). */
function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}
