/**
 * A downloaded file whose body is still on the wire. Nothing is buffered until the caller picks one way
 * to read it; `saveTo` streams to disk and renames into place only once every byte has arrived.
 */

import { APIConnectionError, APIUserAbortError, JettyError } from "../core/errors";
import { checkOptionKeys } from "../core/option-keys";
import { scrub } from "../core/redact";
import { type IdleTimeoutError, jsonErrorWhere } from "../core/stream-errors";
import { readWithin, STREAM_DEFAULTS } from "../core/stream-limits";
import { filenameFromContentDisposition, nameFromUrl, sanitizeFilename } from "./download-names";
import { saveStream } from "./save-file";

export { filenameFromContentDisposition, sanitizeFilename } from "./download-names";

/**
 * A file being downloaded. `name`, `contentType` and `size` come from the response headers; the body
 * can be read **once**, in one of five ways. A second read throws a {@link JettyError}.
 *
 * @example
 * ```ts
 * const file = await jetty.files.download("acme/task/0000/report.json");
 * console.log(file.name, file.contentType, file.size);
 * const report = await file.json<{ score: number }>();
 * ```
 */
export interface FileDownload {
  /** A safe file name: from Content-Disposition, else the URL's last segment, else the fallback. */
  readonly name: string;
  /** The `Content-Type` header, or `application/octet-stream`. */
  readonly contentType: string;
  /** Length in bytes from `Content-Length`; `undefined` when unknown (chunked or compressed). */
  readonly size: number | undefined;
  /** The body as a web stream, as it arrives. Network failures surface as {@link APIConnectionError}. */
  stream(): ReadableStream<Uint8Array>;
  /** The whole body in memory. */
  bytes(): Promise<Uint8Array>;
  /** The body decoded as UTF-8. */
  text(): Promise<string>;
  /** The body parsed as JSON. */
  json<T = unknown>(): Promise<T>;
  /**
   * Streams the body to `localPath` (or into it, under {@link FileDownload.name}, when it is a
   * directory), atomically: bytes go to a hidden temp file beside the target (mode 0600), which is
   * fsynced and renamed into place only once complete; on any failure it is removed and an existing
   * target is left as it was. `overwrite` defaults to `true`; a replaced file keeps its permission
   * bits, and a symlink at the target is replaced rather than written through.
   */
  saveTo(localPath: string, options?: { overwrite?: boolean }): Promise<{ path: string; bytes: number }>;
  /** Discards the body and releases the connection, when the file is not wanted after all. */
  cancel(): Promise<void>;
}

/** Options of {@link createFileDownload}. */
export interface FileDownloadOptions {
  /** Name used when neither Content-Disposition nor the URL gives one (sanitised too). */
  fallbackName: string;
  /** The signal the request was sent with: an abort then surfaces as {@link APIUserAbortError}. */
  signal?: AbortSignal;
  /**
   * Most ms to wait for the next chunk while the body is read ({@link IdleTimeoutError}); `0` waits
   * forever. Default `STREAM_DEFAULTS.downloadIdleTimeout` (2 minutes).
   */
  idleTimeout?: number;
  /** Values (the token) an error message must not show, should the server echo one in the name. */
  secrets?: ReadonlyArray<string>;
}

const DEFAULT_NAME = "download";
const SAVE_OPTION_KEYS: ReadonlySet<string> = new Set(["overwrite"]);

/**
 * Wraps a successful response (its body unread) as a {@link FileDownload}.
 *
 * @example
 * ```ts
 * const response = await transport.stream({ method: "GET", path: "/api/v1/file/acme/a.txt" });
 * const file = createFileDownload(response, { fallbackName: "a.txt" });
 * await file.saveTo("./downloads/");
 * ```
 */
export function createFileDownload(response: Response, options: FileDownloadOptions): FileDownload {
  const name =
    filenameFromContentDisposition(response.headers.get("content-disposition")) ??
    nameFromUrl(response.url) ??
    sanitizeFilename(options.fallbackName) ??
    DEFAULT_NAME;
  const contentType = response.headers.get("content-type") || "application/octet-stream";
  const size = declaredSize(response.headers);
  const signal = options.signal;
  // The name is the server's choice; messages show it scrubbed.
  const shown = scrub(name, options.secrets ?? []);
  let consumed: string | undefined;

  /** Claims the body for one reader; every later attempt fails loudly instead of yielding nothing. */
  const take = (how: string): ReadableStream<Uint8Array> => {
    if (consumed !== undefined) {
      throw new JettyError(
        `The body of download "${shown}" was already consumed by ${consumed}(); a download can be read ` +
          "once. Call jetty.files.download() again to read it again.",
      );
    }
    consumed = how;
    if (response.bodyUsed) throw new JettyError(`The body of download "${shown}" was already read.`);
    const idleTimeout = options.idleTimeout ?? STREAM_DEFAULTS.downloadIdleTimeout;
    return checkedBody(response.body, { name: shown, size, signal, idleTimeout });
  };

  const bytes = async (): Promise<Uint8Array> => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of iterate(take("bytes"))) {
      chunks.push(chunk);
      total += chunk.byteLength;
    }
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  };

  const text = async (): Promise<string> => new TextDecoder().decode(await bytes());

  return {
    name,
    contentType,
    size,
    stream: () => take("stream"),
    bytes,
    text,
    async json<T = unknown>(): Promise<T> {
      const body = await text();
      try {
        return JSON.parse(body) as T;
      } catch (error) {
        // Not the parser's message: it quotes a piece of the body, which may be anything.
        throw new JettyError(`Download "${shown}" is not valid JSON${jsonErrorWhere(error)}.`);
      }
    },
    saveTo: async (localPath, saveOptions) => {
      checkOptionKeys(saveOptions, SAVE_OPTION_KEYS, { what: "options" });
      return saveStream(() => take("saveTo"), localPath, name, saveOptions?.overwrite ?? true, signal);
    },
    async cancel() {
      if (consumed !== undefined) return;
      consumed = "cancel";
      await response.body?.cancel().catch(() => {});
    },
  };
}

/**
 * The body behind a guard that turns network and abort failures into SDK errors and checks the byte
 * count against Content-Length, so a connection that ends early never passes for a complete file.
 */
function checkedBody(
  body: ReadableStream<Uint8Array> | null,
  context: { name: string; size: number | undefined; signal: AbortSignal | undefined; idleTimeout: number },
): ReadableStream<Uint8Array> {
  if (body === null) return new ReadableStream({ start: (controller) => controller.close() });
  const reader = body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let result: ReadableStreamReadResult<Uint8Array>;
        try {
          result = await readWithin(reader, context.idleTimeout, `download "${context.name}"`);
        } catch (error) {
          controller.error(bodyError(error, context, received));
          return;
        }
        if (result.done) {
          if (context.size !== undefined && received !== context.size) {
            controller.error(
              new APIConnectionError(
                `Download "${context.name}" ended after ${received} of ${context.size} bytes.`,
              ),
            );
          } else controller.close();
          return;
        }
        received += result.value.byteLength;
        controller.enqueue(result.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Pull only on demand: the consumer's pace (disk, caller) is what paces the socket.
    { highWaterMark: 0 },
  );
}

function bodyError(
  error: unknown,
  context: { name: string; signal: AbortSignal | undefined },
  received: number,
): JettyError {
  if (error instanceof JettyError) return error;
  if (context.signal?.aborted) {
    return new APIUserAbortError(`Download "${context.name}" was aborted after ${received} bytes.`, {
      cause: error,
    });
  }
  return new APIConnectionError(
    `Connection lost while downloading "${context.name}" after ${received} bytes.`,
    { cause: error },
  );
}

async function* iterate(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function declaredSize(headers: Headers): number | undefined {
  // With a content coding, Content-Length counts the compressed bytes, not what the body yields.
  const coding = headers.get("content-encoding");
  if (coding && coding.toLowerCase() !== "identity") return undefined;
  const raw = headers.get("content-length");
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  const size = Number(raw.trim());
  return Number.isSafeInteger(size) ? size : undefined;
}
