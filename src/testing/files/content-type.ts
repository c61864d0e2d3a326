/** Content types by file extension, for stored files whose upload did not say (or said only octet-stream). */
const TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  svg: "image/svg+xml",
  json: "application/json",
  md: "text/markdown; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  zip: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  mp4: "video/mp4",
};

/** The extension of a file name, lower-cased, without the dot ("" when none). */
export function extensionOf(filename: string): string {
  const base = filename.slice(filename.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The declared type unless it is missing or generic, else a guess from the extension. */
export function contentTypeFor(filename: string, declared?: string): string {
  if (declared && !/^application\/octet-stream\b/i.test(declared)) return declared;
  return TYPES[extensionOf(filename)] ?? "application/octet-stream";
}

/** A `Content-Disposition: attachment` value with an ASCII fallback and the RFC 5987 UTF-8 form. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A file name safe to use as the last segment of a storage path. */
export function safeFilename(name: string): string {
  const base = name.replace(/\\/g, "/").split("/").pop() ?? "";
  // Control characters have no place in a storage key.
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20)
    .join("")
    .trim();
  return cleaned === "" || cleaned === "." || cleaned === ".." ? "upload.bin" : cleaned;
}
