/**
 * Two kinds of file reference travel through the API and must never be swapped:
 *
 * - a **storage path** (`acme/_sandbox_uploads/1a2b/report.pdf`, `acme/task/0000/out.png`) names an object
 *   in Jetty storage. It goes into a run's `files` / `init_params.file_paths` and `jetty.file_paths`, and
 *   it is what `jetty.files.download` reads.
 * - a **file id** (`file-abc123`) is an OpenAI-style handle from `POST /api/v1/files`. It goes into
 *   `jetty.files` of a chat-completions request.
 *
 * The platform does not reject a file id placed where a storage path belongs: it fails to resolve it and
 * silently drops the file, so the run "succeeds" without its input. The two branded types below make that
 * mix-up a compile error, and {@link asStoragePath} makes it a runtime error for untyped callers.
 */
import { InvalidInputError } from "../errors";

/**
 * A path in Jetty storage, always starting with the collection: `{collection}/…`.
 * Obtain one from `jetty.files.upload`, from a step output, or with {@link asStoragePath}.
 *
 * @example
 * ```ts
 * import { asStoragePath, type StoragePath } from "@jetty/sdk";
 * const input: StoragePath = asStoragePath("acme/_sandbox_uploads/1a2b/report.pdf");
 * ```
 */
export type StoragePath = string & { readonly __brand: "StoragePath" };

/**
 * An OpenAI-style file id (`file-…`) as returned by `jetty.files.create`. Not a storage path.
 *
 * @example
 * ```ts
 * import { asFileId, type FileId } from "@jetty/sdk";
 * const id: FileId = asFileId("file-abc123");
 * ```
 */
export type FileId = string & { readonly __brand: "FileId" };

/**
 * Resolves to an error-message type when `P` is (or literally looks like) a file id, else to `unknown`.
 * Intersect a generic parameter with it to refuse file ids at compile time while still accepting plain
 * strings: `function f<P extends string>(path: P & NotAFileId<P>)`.
 *
 * @example
 * ```ts
 * import type { NotAFileId } from "@jetty/sdk";
 * function attach<P extends string>(path: P & NotAFileId<P>): void {}
 * attach("acme/_sandbox_uploads/1a2b/a.txt"); // ok
 * // attach("file-abc123");                   // compile error
 * ```
 */
export type NotAFileId<P> = P extends FileId
  ? { readonly "a FileId is not a storage path; file ids go to jetty.files": never }
  : P extends `file-${infer Rest}`
    ? Rest extends `${string}/${string}`
      ? unknown
      : { readonly "a file id (file-...) is not a storage path; file ids go to jetty.files": never }
    : unknown;

/**
 * A file id is `file-` followed by one segment. A storage path always has a collection segment and
 * more after it, so a collection that happens to be called `file-processing` is not mistaken for an id.
 */
const FILE_ID = /^file-[^/\\]+$/;

/**
 * Whether `value` is an OpenAI-style file id (`file-` plus a single segment, no `/`).
 *
 * @example
 * ```ts
 * import { isFileId } from "@jetty/sdk";
 * isFileId("file-abc123");               // true
 * isFileId("file-processing/t/0000/a");  // false: a storage path in collection "file-processing"
 * ```
 */
export function isFileId(value: unknown): value is FileId {
  return typeof value === "string" && FILE_ID.test(value);
}

/**
 * Whether `value` is acceptable as a storage path: non-empty, relative, no `.`/`..` segment, no NUL,
 * and not a file id.
 *
 * @example
 * ```ts
 * import { isStoragePath } from "@jetty/sdk";
 * isStoragePath("acme/task/0000/out.png"); // true
 * isStoragePath("file-abc123");            // false
 * ```
 */
export function isStoragePath(value: unknown): value is StoragePath {
  return typeof value === "string" && storagePathProblem(value) === undefined;
}

/**
 * Checks and brands a storage path. Throws {@link InvalidInputError} (param `storagePath`) for a file id,
 * an empty or blank value, an absolute path, a `.` or `..` segment or a NUL byte. The value is returned
 * unchanged: paths from step outputs are already complete and must be used as they are. Passing a
 * {@link FileId} (or a `"file-…"` literal) is also a compile error; any plain `string` is accepted.
 *
 * @example
 * ```ts
 * import { asStoragePath } from "@jetty/sdk";
 * const image = trajectory.steps?.render?.outputs?.images as Array<{ path: string }> | undefined;
 * const path = asStoragePath(image?.[0]?.path ?? "acme/render/0000/render/image_0.png");
 * const file = await jetty.files.download(path);
 * ```
 */
export function asStoragePath<P extends string>(value: P & NotAFileId<P>): StoragePath {
  const problem = storagePathProblem(value);
  if (problem !== undefined) throw new InvalidInputError("storagePath", problem);
  return value as string as StoragePath;
}

/**
 * Checks and brands a file id. Throws {@link InvalidInputError} (param `fileId`) unless the value is
 * `file-` followed by a single segment.
 *
 * @example
 * ```ts
 * import { asFileId } from "@jetty/sdk";
 * const id = asFileId("file-abc123");
 * ```
 */
export function asFileId(value: string): FileId {
  if (typeof value !== "string" || !FILE_ID.test(value)) {
    throw new InvalidInputError(
      "fileId",
      `expected an id like "file-abc123", got ${quote(value)}.` +
        (typeof value === "string" && value.includes("/")
          ? " That looks like a storage path; storage paths go to jetty.file_paths / run files."
          : ""),
    );
  }
  return value as FileId;
}

function storagePathProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return `expected a string, got ${value === null ? "null" : typeof value}.`;
  if (value.trim() === "") return "must not be empty or blank.";
  if (FILE_ID.test(value)) {
    return (
      `${quote(value)} is a file id, not a storage path. The platform silently drops file ids given as ` +
      "storage paths: pass file ids in jetty.files, and storage paths (from jetty.files.upload) in " +
      "jetty.file_paths or a run's files."
    );
  }
  if (value.startsWith("/") || value.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(value)) {
    return `${quote(value)} is absolute; storage paths are relative and start with the collection.`;
  }
  if (value.includes("\0")) return "must not contain a NUL byte.";
  // `.` and `..` would be normalised away by URL resolution and could address another API route.
  if (value.split(/[\\/]/).some((segment) => segment === "." || segment === "..")) {
    return `${quote(value)} contains a "." or ".." segment.`;
  }
  return undefined;
}

function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…"` : text;
}

/**
 * The path of an output entry that lists a file: a plain string or a `{ path }` object, as step
 * outputs (`images`, `results_files`, `primary_files`, `files`) give them; undefined otherwise.
 *
 * @example
 * ```ts
 * pathOfEntry({ path: "acme/t/0000/out.png" }); // "acme/t/0000/out.png"
 * pathOfEntry("acme/t/0000/report.md");         // "acme/t/0000/report.md"
 * ```
 */
export function pathOfEntry(entry: unknown): string | undefined {
  const candidate = typeof entry === "object" && entry !== null ? (entry as { path?: unknown }).path : entry;
  return typeof candidate === "string" ? candidate : undefined;
}
