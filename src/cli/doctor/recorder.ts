/**
 * A `fetch` for the client's `fetch` option that keeps a copy of the raw body of each answer. The SDK
 * reads (and validates) the body itself and `withResponse()` hands back an already-read `Response`, so
 * the exact bytes the platform sent are only visible here, through the public `fetch` extension point.
 */
import type { Fetch } from "@jetty/sdk";

/** One exchange as it went over the wire. */
export interface Exchange {
  method: string;
  url: string;
  status: number;
  contentType: string;
  /** `x-request-id` (else `cf-ray`), for the bug report. */
  requestId: string | undefined;
  /** The body exactly as received. Held in memory only, never printed. */
  text: Promise<string>;
}

export class Recorder {
  #last: Exchange | undefined;
  readonly #fetch: Fetch;

  constructor(fetchImpl: Fetch = globalThis.fetch) {
    this.#fetch = fetchImpl;
  }

  /** Pass as `new Jetty({ fetch: recorder.fetch })`. */
  readonly fetch: Fetch = async (input, init) => {
    const response = await this.#fetch(input, init);
    // A clone tees the body, so the SDK reads its copy as usual. A redirect hop's copy is never read.
    const text = response.clone().text();
    text.catch(() => {});
    this.#last = {
      method: init?.method ?? (input instanceof Request ? input.method : "GET"),
      url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      requestId: response.headers.get("x-request-id") ?? response.headers.get("cf-ray") ?? undefined,
      text,
    };
    return response;
  };

  /** The last exchange since the previous call (redirects followed: the final answer). */
  take(): Exchange | undefined {
    const last = this.#last;
    this.#last = undefined;
    return last;
  }
}
