import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName } from "../core/input";
import type { MultipartField } from "../core/multipart";
import { callOperation, streamOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { STREAM_DEFAULTS, streamLimits } from "../core/stream-limits";
import { type Uploadable, uploadFilename } from "../core/upload-source";
import { downloadFile, uploadFile, uploadSandboxFiles } from "../generated/operations";
import type { zFileObject, zSandboxUploadResponse } from "../generated/schemas";
import { createFileDownload, type FileDownload } from "../helpers/file-download";
import { asStoragePath, type FileId, type NotAFileId, type StoragePath } from "../helpers/storage-path";
import { APIResource } from "./resource";

/**
 * The answer of `POST /api/v1/sandbox/upload`, with `file_paths` typed as {@link StoragePath}s.
 * Extra fields the server adds are kept.
 *
 * @example
 * ```ts
 * const upload: SandboxUpload = await jetty.files.uploadWithDetails(["./a.csv", "./b.csv"]);
 * console.log(upload.upload_id, upload.count, upload.file_paths);
 * ```
 */
export type SandboxUpload = Omit<z.output<typeof zSandboxUploadResponse>, "file_paths"> & {
  file_paths: StoragePath[];
};

/**
 * The answer of `POST /api/v1/files`: an OpenAI-style file object whose `id` is a {@link FileId}.
 * Only `id` is documented; other fields are passed through as received.
 *
 * @example
 * ```ts
 * const file: FileObject = await jetty.files.create("./photo.png", { purpose: "vision" });
 * await jetty.chat.completions.create({ model, messages, jetty: { runbook: true, collection: "acme", task: "t", files: [file.id] } });
 * ```
 */
export type FileObject = Omit<z.output<typeof zFileObject>, "id"> & { id: FileId };

/**
 * Options of {@link Files.create}.
 *
 * @example
 * ```ts
 * const params: FileCreateParams = { purpose: "vision", collection: "acme" };
 * const { id } = await jetty.files.create(new Blob([bytes], { type: "image/png" }), params);
 * ```
 */
export interface FileCreateParams {
  /** Sent as the `purpose` form field when given (OpenAI-style, e.g. `"vision"`); omitted otherwise. */
  purpose?: string;
  /**
   * Sent as the `collection` form field when given. A collection-scoped key needs none (its collection
   * is used); a key that sees several collections may need it.
   */
  collection?: string;
}

/**
 * Per-call options of {@link Files.upload}: the usual {@link RequestOptions} plus the target collection.
 *
 * @example
 * ```ts
 * await jetty.files.upload("./a.csv", { collection: "acme", timeout: 120_000 });
 * ```
 */
export interface FileUploadOptions extends RequestOptions {
  /**
   * Sent as the `collection` form field when given. A collection-scoped key needs none (its collection
   * is used); a key that sees several collections may need it.
   */
  collection?: string;
}

/**
 * `jetty.files`: download stored files and upload new ones.
 *
 * Two upload endpoints give two different kinds of reference, which must not be mixed up (the
 * platform silently drops a file id given as a storage path):
 *
 * | method | endpoint | returns | goes into |
 * |---|---|---|---|
 * | {@link Files.upload} | `POST /api/v1/sandbox/upload` | {@link StoragePath}s | `jetty.file_paths` of a chat/runbook request, a run's `files` |
 * | {@link Files.create} | `POST /api/v1/files` | a {@link FileId} (`file-…`) | `jetty.files` of a chat request |
 *
 * @example
 * ```ts
 * import { Jetty } from "@jetty/sdk";
 * const jetty = new Jetty();
 * const [input] = await jetty.files.upload("./brief.pdf");
 * // … run something with `input` in jetty.file_paths, then fetch an output:
 * const file = await jetty.files.download(outputPath);
 * await file.saveTo("./out/");
 * ```
 */
export class Files extends APIResource {
  /**
   * Downloads a file by its storage path (`{collection}/…`, used exactly as a step output gives it).
   * Resolves as soon as the headers arrive; the body is streamed when you read it, once, through
   * `stream()`, `bytes()`, `text()`, `json()` or `saveTo()` (atomic: no partial file is ever left).
   * A file id, or a path with `..`, throws {@link InvalidInputError} before anything is sent; a file id
   * is also a compile error.
   *
   * @example
   * ```ts
   * const file = await jetty.files.download("acme/summarize/0000/summary.md");
   * console.log(file.name, file.size);
   * const { path, bytes } = await file.saveTo("./downloads/"); // ./downloads/summary.md
   * ```
   */
  download<P extends string>(path: P & NotAFileId<P>, options?: RequestOptions): APIPromise<FileDownload> {
    return APIPromise.attempt(() => {
      const storagePath: string = asStoragePath(path as string);
      const fallbackName = storagePath.split("/").pop() || "download";
      const { idleTimeout } = streamLimits(options, STREAM_DEFAULTS.downloadIdleTimeout);
      return streamOperation(
        this._transport,
        downloadFile,
        { path: { storage_path: storagePath } },
        options,
      ).map((response) =>
        createFileDownload(response, {
          fallbackName,
          signal: options?.signal,
          idleTimeout,
          secrets: this._transport.secretsFor(),
        }),
      );
    });
  }

  /**
   * Uploads one or more files to the sandbox store (`POST /api/v1/sandbox/upload`, one `files` part
   * each) and resolves with their storage paths, in input order, for `jetty.file_paths` or a run's
   * `files`. Local paths are streamed from disk; a missing path rejects with {@link InvalidInputError}
   * before any request. A `ReadableStream` input makes the request non-retryable. Names must be unique
   * within one upload (each lands at `{collection}/_sandbox_uploads/{upload_id}/{filename}`), so a
   * repeated name gets a `-2`, `-3`… suffix before its extension. Use {@link Files.uploadWithDetails} for
   * `upload_id` and `count`.
   *
   * @example
   * ```ts
   * const paths = await jetty.files.upload(["./a.csv", new File(["hi"], "b.txt")]);
   * await jetty.chat.completions.create({ model: "…", messages, jetty: { runbook: true, collection: "acme",
   *   task: "t", file_paths: paths } });
   * ```
   */
  upload(inputs: Uploadable | Uploadable[], options?: FileUploadOptions): APIPromise<StoragePath[]> {
    return this.uploadWithDetails(inputs, options).map((result) => result.file_paths);
  }

  /**
   * {@link Files.upload}, resolving with the whole response: `upload_id`, `file_paths` (storage paths)
   * and `count`.
   *
   * @example
   * ```ts
   * const { upload_id, file_paths, count } = await jetty.files.uploadWithDetails("./a.csv");
   * ```
   */
  uploadWithDetails(
    inputs: Uploadable | Uploadable[],
    options: FileUploadOptions = {},
  ): APIPromise<SandboxUpload> {
    return APIPromise.attempt(() => {
      const list = Array.isArray(inputs) ? inputs : [inputs];
      if (list.length === 0) throw new InvalidInputError("inputs", "give at least one file to upload.");
      const { collection, ...requestOptions } = options;
      const fields = withUniqueNames(list).map((file): MultipartField => ({ name: "files", file }));
      if (collection !== undefined)
        fields.push({ name: "collection", value: requireName("collection", collection) });
      return callOperation(this._transport, uploadSandboxFiles, { body: fields }, requestOptions).map(
        (result) => ({ ...result, file_paths: result.file_paths as StoragePath[] }),
      );
    });
  }

  /**
   * Uploads one file as an OpenAI-style file object (`POST /api/v1/files`, field `file`). Its `id`
   * (`file-…`, typed {@link FileId}) goes into `jetty.files` of a chat-completions request, never into
   * `jetty.file_paths` or a run's `files`: for those use {@link Files.upload}.
   *
   * @example
   * ```ts
   * const image = await jetty.files.create("./chart.png", { purpose: "vision" });
   * await jetty.chat.completions.create({ model: "…", messages, jetty: { runbook: true, collection: "acme",
   *   task: "t", files: [image.id] } });
   * ```
   */
  create(input: Uploadable, params: FileCreateParams = {}, options?: RequestOptions): APIPromise<FileObject> {
    return APIPromise.attempt(() => {
      if (Array.isArray(input)) {
        throw new InvalidInputError("input", "create() takes one file; call it once per file.");
      }
      const fields: MultipartField[] = [{ name: "file", file: input }];
      if (params.purpose !== undefined)
        fields.push({ name: "purpose", value: requireName("purpose", params.purpose) });
      if (params.collection !== undefined) {
        fields.push({ name: "collection", value: requireName("collection", params.collection) });
      }
      return callOperation(this._transport, uploadFile, { body: fields }, options).map(
        // The id is branded as received: the server, not the SDK, decides what an id looks like.
        (file) => ({ ...file, id: file.id as FileId }),
      );
    });
  }
}

/** Gives repeated file names a `-2`, `-3`… suffix so no upload overwrites another in the same folder. */
function withUniqueNames(inputs: Uploadable[]): Uploadable[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    const name = uploadFilename(input);
    if (!seen.has(name)) {
      seen.add(name);
      return input;
    }
    const dot = name.lastIndexOf(".");
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    let n = 2;
    while (seen.has(`${stem}-${n}${extension}`)) n++;
    const unique = `${stem}-${n}${extension}`;
    seen.add(unique);
    return renamed(input, unique);
  });
}

function renamed(input: Uploadable, filename: string): Uploadable {
  if (typeof input === "object" && input !== null && "data" in input && !(input instanceof Blob)) {
    return { ...input, filename };
  }
  if (input instanceof ArrayBuffer) return { data: new Uint8Array(input), filename };
  return { data: input as Exclude<Uploadable, ArrayBuffer | { data: unknown }>, filename };
}
