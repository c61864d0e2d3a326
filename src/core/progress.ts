/**
 * Byte progress of transfers and the one-shot upload streams. ky 1.9.1 has `onDownloadProgress` and
 * `onUploadProgress`, but both read the whole body into memory (see docs/decisions.md): these
 * pass-throughs report in ky's `Progress` shape while fetch pulls, one chunk at a time.
 */
import type { Progress as KyProgress } from "ky";
import type { CallState } from "./call-state";

/**
 * How far a transfer is (ky's shape): the share done (`percent`, 0 to 1), bytes so far, and the
 * total (0 when unknown).
 *
 * @example
 * ```ts
 * const show = ({ percent, transferredBytes, totalBytes }: Progress) =>
 *   console.log(`${(percent * 100).toFixed(0)}% of ${totalBytes || "?"} bytes (${transferredBytes})`);
 * ```
 */
export type Progress = KyProgress;

/**
 * A byte-progress callback: how far a transfer is, and the chunk that just went through (empty for
 * the first and the last call). `totalBytes` is 0 when the size is not known in advance; `percent`
 * stays below 1 until the last byte, then the final call reports exactly 1.
 *
 * @example
 * ```ts
 * const onDownloadProgress: ProgressCallback = ({ percent, transferredBytes }) =>
 *   console.log(`${Math.round(percent * 100)}% (${transferredBytes} bytes)`);
 * const file = await jetty.files.download("acme/t/0000/out.mp4", { onDownloadProgress });
 * await file.saveTo("./out.mp4");
 * ```
 */
export type ProgressCallback = (progress: Progress, chunk: Uint8Array) => void;

const EMPTY = /* @__PURE__ */ new Uint8Array(0);

/** A pull-based pass-through that reports every chunk; cancelling it cancels the source. */
function counted(
  source: ReadableStream<Uint8Array>,
  totalBytes: number,
  report: ProgressCallback,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let transferredBytes = 0;
  report({ percent: 0, transferredBytes, totalBytes }, EMPTY);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          report({ percent: 1, transferredBytes, totalBytes: Math.max(totalBytes, transferredBytes) }, EMPTY);
          controller.close();
          return;
        }
        transferredBytes += value.byteLength;
        const share = totalBytes > 0 ? transferredBytes / totalBytes : 0;
        report({ percent: Math.min(share, 0.99), transferredBytes, totalBytes }, value);
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

/**
 * The response with its body counted on the way to the caller (status, headers and URL kept).
 * Nothing is read ahead: the body moves only as fast as the caller reads it.
 */
export function trackDownload(response: Response, report: ProgressCallback): Response {
  if (!response.body) return response;
  const length = Number(response.headers.get("content-length"));
  const total = response.headers.has("content-encoding") || !Number.isFinite(length) ? 0 : length;
  const tracked = new Response(counted(response.body, total, report), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has no URL; downloads name files after it.
  Object.defineProperty(tracked, "url", { value: response.url });
  return tracked;
}

/** What one attempt sends, and how to let go of it once the attempt is over. */
export interface AttemptBody {
  body: BodyInit | undefined;
  /** Set when the body became a stream of known length, so the request keeps its Content-Length. */
  contentLength: number | undefined;
  /** Cancels the part of the source this attempt did not send (a caller's stream stops being pulled). */
  release(reason?: unknown): void;
}

/** A one-shot stream handed to fetch through a reader the SDK holds, so it can be cancelled when fetch stops. */
class SourceGuard {
  readonly stream: ReadableStream<Uint8Array>;
  #reader: ReadableStreamDefaultReader<Uint8Array>;
  #finished = false;

  constructor(source: ReadableStream<Uint8Array>) {
    this.#reader = source.getReader();
    this.stream = new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          if (this.#finished) return controller.close();
          const { done, value } = await this.#reader.read();
          if (done) {
            this.#finished = true;
            controller.close();
          } else controller.enqueue(value);
        },
        cancel: (reason) => this.release(reason),
      },
      { highWaterMark: 0 },
    );
  }

  release(reason?: unknown): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#reader.cancel(reason).catch(() => {});
  }
}

const NO_BODY: AttemptBody = { body: undefined, contentLength: undefined, release() {} };

/**
 * The body for one attempt. Strings and Blobs are sent as they are (fetch knows their length and can
 * send a Blob again on a retry); a stream is sent through a {@link SourceGuard}. With a progress
 * callback every body is sent as a counted stream, its length declared when known.
 */
export function attemptBody(source: BodyInit | undefined, onProgress?: ProgressCallback): AttemptBody {
  if (source === undefined || source === null) return NO_BODY;
  if (source instanceof ReadableStream) {
    const guard = new SourceGuard(onProgress ? counted(source, 0, onProgress) : source);
    return { body: guard.stream, contentLength: undefined, release: (reason) => guard.release(reason) };
  }
  if (!onProgress) return { body: source, contentLength: undefined, release() {} };
  const blob = typeof source === "string" ? new Blob([source]) : source instanceof Blob ? source : undefined;
  if (!blob) return { body: source, contentLength: undefined, release() {} };
  const guard = new SourceGuard(counted(blob.stream(), blob.size, onProgress));
  return { body: guard.stream, contentLength: blob.size, release: (reason) => guard.release(reason) };
}

/** Wraps a progress callback so that an error it throws is passed on as it is. */
export function remembered(call: CallState, callback: ProgressCallback): ProgressCallback {
  return (progress, chunk) => {
    try {
      callback(progress, chunk);
    } catch (error) {
      call.hookError = error;
      throw error;
    }
  };
}
