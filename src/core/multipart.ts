/**
 * multipart/form-data bodies for uploads and run launches, encoded here rather than through `FormData`
 * so that: a body made only of Blobs (bytes, files, local paths) is itself one lazily-read Blob with a
 * known length, which fetch streams from disk and which can be sent again on a retry; a body with a
 * stream part is a one-shot stream (never retried); and part headers are escaped one known way.
 */
import { InvalidInputError } from "./errors";
import { resolveUpload, type Uploadable } from "./upload-source";

export type { Uploadable, UploadData } from "./upload-source";

/**
 * One part of a multipart body: a text field, or a file.
 *
 * @example
 * ```ts
 * const fields: MultipartField[] = [
 *   { name: "init_params", value: JSON.stringify({ topic: "owls" }) },
 *   { name: "files", file: "./input.csv" },
 * ];
 * ```
 */
export type MultipartField = { name: string; value: string } | { name: string; file: Uploadable };

/** What {@link multipartBody} produces: hand `body`, `headers` and `replayable` to the transport. */
export interface MultipartBody {
  /** A Blob (every part replayable) or a ReadableStream (some part is a stream). */
  body: BodyInit;
  /** `content-type` with the boundary. */
  headers: Record<string, string>;
  /** False when a part is a stream: the body can be sent once only, so the request is never retried. */
  replayable: boolean;
}

type Piece = Uint8Array<ArrayBuffer> | Blob | ReadableStream<Uint8Array>;

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Encodes fields as multipart/form-data. Local paths are checked (missing file → InvalidInputError naming
 * the path) and opened as disk-backed Blobs, so nothing is sent and nothing large is read into memory
 * here. Quotes, CR and LF in field names and file names are percent-escaped, as browsers do.
 *
 * @example
 * ```ts
 * const { body, headers, replayable } = await multipartBody([
 *   { name: "init_params", value: "{}" },
 *   { name: "files", file: "./big-video.mp4" },
 * ]);
 * ```
 */
export async function multipartBody(fields: MultipartField[]): Promise<MultipartBody> {
  if (!Array.isArray(fields)) throw new InvalidInputError("fields", "expected an array of fields.");
  const boundary = `----JettyFormBoundary${randomHex(16)}`;
  const pieces: Piece[] = [];
  let replayable = true;
  for (const [index, field] of fields.entries()) {
    const name = field?.name;
    if (typeof name !== "string" || name === "") {
      throw new InvalidInputError(`fields[${index}].name`, "expected a non-empty string.");
    }
    if ("value" in field) {
      if (typeof field.value !== "string") {
        throw new InvalidInputError(name, `expected a string value, got ${typeof field.value}.`);
      }
      pieces.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"\r\n\r\n` +
            `${field.value}\r\n`,
        ),
      );
      continue;
    }
    if (!("file" in field)) {
      throw new InvalidInputError(`fields[${index}]`, "expected { name, value } or { name, file }.");
    }
    const part = await resolveUpload(field.file, name);
    if (!(part.body instanceof Blob)) replayable = false;
    pieces.push(
      encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"; ` +
          `filename="${escapeQuoted(part.filename)}"\r\n` +
          `Content-Type: ${part.contentType.replace(/[\r\n]/g, "")}\r\n\r\n`,
      ),
      part.body,
      encoder.encode("\r\n"),
    );
  }
  pieces.push(encoder.encode(`--${boundary}--\r\n`));
  const headers = { "content-type": `multipart/form-data; boundary=${boundary}` };
  if (replayable) {
    // Blob parts are referenced, not copied: a disk-backed part is read only while fetch sends it.
    return { body: new Blob(pieces as BlobPart[]), headers, replayable: true };
  }
  return { body: concatStreams(pieces), headers, replayable: false };
}

/** Percent-escapes what would end a quoted header parameter or the header itself (WHATWG form encoding). */
function escapeQuoted(value: string): string {
  return value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Reads the pieces one after another, pulling from each only when the consumer (fetch) asks. */
function concatStreams(pieces: Piece[]): ReadableStream<Uint8Array> {
  let index = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          if (reader) {
            const { done, value } = await reader.read();
            if (!done) {
              controller.enqueue(value);
              return;
            }
            reader.releaseLock();
            reader = undefined;
          }
          const piece = pieces[index++];
          if (piece === undefined) {
            controller.close();
            return;
          }
          if (piece instanceof Uint8Array) {
            controller.enqueue(piece);
            return;
          }
          reader = (piece instanceof Blob ? piece.stream() : piece).getReader();
        }
      },
      async cancel(reason) {
        // Release the current source and every stream not yet reached, so no caller stream stays open.
        await reader?.cancel(reason);
        for (const piece of pieces.slice(index)) {
          if (!(piece instanceof Uint8Array) && !(piece instanceof Blob)) await piece.cancel(reason);
        }
      },
    },
    { highWaterMark: 0 },
  );
}

/** Web Crypto rather than node:crypto, so multipart bodies can be built on any runtime. */
function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
}
