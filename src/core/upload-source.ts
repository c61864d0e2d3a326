/**
 * Turns the many things a caller may hand to an upload into one of two shapes the multipart encoder
 * understands: a Blob (known size, can be read again, so the request can be retried) or a one-shot
 * stream. Local paths become disk-backed Blobs, so a file of any size is never read into memory.
 */
import { basename, openAsBlob, requireNode, stat } from "../platform/node";
import { InvalidInputError } from "./errors";

/**
 * The payload of an {@link Uploadable} given with an explicit name or type. A string is a local path.
 *
 * @example
 * ```ts
 * const data: UploadData = new Blob(["a,b\n1,2\n"]);
 * await jetty.files.upload({ data, filename: "table.csv", contentType: "text/csv" });
 * ```
 */
export type UploadData = Blob | Uint8Array | ReadableStream<Uint8Array> | string;

/**
 * Anything the SDK can upload as one file:
 *
 * - a `File` (its `name` is the file name) or a `Blob`;
 * - bytes: a `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer`;
 * - a `ReadableStream<Uint8Array>`: sent as it is read, so the request cannot be retried;
 * - a `string`: **a local file path**, streamed from disk (to send text, pass `new Blob([text])`);
 * - `{ data, filename?, contentType? }` to set the name or type of any of the above.
 *
 * The file name defaults to the path's basename, `File.name`, or `"file"`; the content type to the
 * object's own type, else `application/octet-stream`.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * const paths = await jetty.files.upload([
 *   "./data/report.pdf",                                        // streamed from disk
 *   new File(["a,b\n1,2\n"], "table.csv", { type: "text/csv" }),
 *   { data: await readFile("photo.jpg"), filename: "cover.jpg", contentType: "image/jpeg" },
 * ]);
 * ```
 */
export type Uploadable =
  | File
  | Blob
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | string
  | { data: UploadData; filename?: string; contentType?: string };

/** An upload source after inspection, ready to be framed as one multipart part. */
export interface ResolvedUpload {
  filename: string;
  contentType: string;
  /** A Blob when the bytes can be read again (retries allowed); a stream when they cannot. */
  body: Blob | ReadableStream<Uint8Array>;
  /** Byte length, when known before sending. */
  size: number | undefined;
}

const DEFAULT_NAME = "file";
const DEFAULT_TYPE = "application/octet-stream";

/**
 * The file name an upload will carry, worked out without touching the disk.
 *
 * @example
 * ```ts
 * uploadFilename("./data/report.pdf");             // "report.pdf"
 * uploadFilename(new Uint8Array([1]));             // "file"
 * uploadFilename({ data: blob, filename: "a.txt" }); // "a.txt"
 * ```
 */
export function uploadFilename(input: Uploadable): string {
  if (isWrapper(input)) return nonEmpty(input.filename) ?? uploadFilename(input.data);
  if (typeof input === "string") {
    requireNode("Uploading from a local file path");
    return nonEmpty(basename(input)) ?? DEFAULT_NAME;
  }
  if (isNamedBlob(input)) return nonEmpty(input.name) ?? DEFAULT_NAME;
  return DEFAULT_NAME;
}

/**
 * Inspects one upload source. A local path is checked here, before any request, so a typo fails with
 * an {@link InvalidInputError} naming the path rather than half-way through a multipart body.
 *
 * @example
 * ```ts
 * const part = await resolveUpload("./report.pdf", "files");
 * part.filename; // "report.pdf"; part.body is a disk-backed Blob
 * ```
 */
export async function resolveUpload(input: Uploadable, param: string): Promise<ResolvedUpload> {
  const filename = uploadFilename(input);
  if (isWrapper(input)) {
    const inner = await resolveData(input.data, param);
    const contentType = nonEmpty(input.contentType) ?? inner.contentType;
    return { ...inner, filename, contentType };
  }
  return { ...(await resolveData(input, param)), filename };
}

async function resolveData(data: unknown, param: string): Promise<Omit<ResolvedUpload, "filename">> {
  if (typeof data === "string") return fromPath(data, param);
  if (data instanceof Blob) {
    return { contentType: nonEmpty(data.type) ?? DEFAULT_TYPE, body: data, size: data.size };
  }
  if (ArrayBuffer.isView(data)) {
    // Blob copies the bytes, so a caller reusing its buffer cannot change what a retry sends.
    const view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    // Blob parts must be backed by an ArrayBuffer; a SharedArrayBuffer view is copied out first.
    const bytes = (data.buffer instanceof ArrayBuffer ? view : view.slice()) as Uint8Array<ArrayBuffer>;
    return { contentType: DEFAULT_TYPE, body: new Blob([bytes]), size: bytes.byteLength };
  }
  if (data instanceof ArrayBuffer) {
    return { contentType: DEFAULT_TYPE, body: new Blob([data]), size: data.byteLength };
  }
  if (isReadableStream(data)) {
    if (data.locked) throw new InvalidInputError(param, "the ReadableStream is already being read.");
    return { contentType: DEFAULT_TYPE, body: data, size: undefined };
  }
  if (isNodeReadable(data)) {
    throw new InvalidInputError(
      param,
      "a Node.js Readable is not accepted; pass Readable.toWeb(stream), or a file path to stream from disk.",
    );
  }
  throw new InvalidInputError(
    param,
    `cannot upload ${data === null ? "null" : typeof data}: pass a File, Blob, Uint8Array, ArrayBuffer, ` +
      "ReadableStream, a local file path, or { data, filename?, contentType? }.",
  );
}

async function fromPath(path: string, param: string): Promise<Omit<ResolvedUpload, "filename">> {
  requireNode("Uploading from a local file path");
  if (path === "") throw new InvalidInputError(param, "the file path is empty.");
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(code);
    throw new InvalidInputError(
      param,
      `cannot read the local file ${JSON.stringify(path)} (${why}). A string is read as a local path; ` +
        "to upload text, pass new Blob([text]).",
    );
  }
  if (!info.isFile()) {
    throw new InvalidInputError(param, `${JSON.stringify(path)} is not a regular file.`);
  }
  // A disk-backed Blob: reading it streams from the file, and reading it again (a retry) re-reads it.
  const body = await openAsBlob(path);
  return { contentType: DEFAULT_TYPE, body, size: body.size };
}

function isWrapper(value: unknown): value is { data: UploadData; filename?: string; contentType?: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    "data" in value &&
    !(value instanceof Blob) &&
    !ArrayBuffer.isView(value) &&
    !isReadableStream(value)
  );
}

function isNamedBlob(value: unknown): value is Blob & { name: string } {
  return value instanceof Blob && typeof (value as { name?: unknown }).name === "string";
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return (
    value instanceof ReadableStream ||
    (typeof value === "object" &&
      value !== null &&
      typeof (value as { getReader?: unknown }).getReader === "function" &&
      typeof (value as { pipeTo?: unknown }).pipeTo === "function")
  );
}

function isNodeReadable(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { pipe?: unknown }).pipe === "function" &&
    typeof (value as { read?: unknown }).read === "function"
  );
}

function nonEmpty(value: string | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
