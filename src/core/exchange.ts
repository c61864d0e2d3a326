/**
 * How an APIPromise gets its exchange from the transport: the call starts on the next microtask in
 * its method's mode, or in `raw` mode when `asResponse()` came first.
 */
import type { RawResult, RawSource } from "./api-promise";
import { unreadResponse } from "./api-promise";
import type { CallMode } from "./call-state";
import { parseAckBody, parseJsonBody } from "./read-body";
import { scrub } from "./redact";

/**
 * Starts the call on the next microtask, in the mode its method asked for, unless `asResponse()` is
 * called first: then it runs once in `raw` mode and the body is left to the caller.
 */
export class Exchange implements RawSource {
  readonly #run: (mode: CallMode) => Promise<RawResult>;
  readonly #mode: CallMode;
  readonly #readLater: (response: Response) => Promise<RawResult>;
  #result: Promise<RawResult> | undefined;
  #raw: Promise<RawResult> | undefined;

  constructor(
    run: (mode: CallMode) => Promise<RawResult>,
    mode: CallMode,
    readLater: (response: Response) => Promise<RawResult>,
  ) {
    this.#run = run;
    this.#mode = mode;
    this.#readLater = readLater;
    // A resolved promise rather than queueMicrotask, which makes an AsyncResource per call in Node.
    void Promise.resolve().then(() => {
      if (!this.#raw) this.result().catch(() => {});
    });
  }

  result(): Promise<RawResult> {
    if (!this.#result) {
      const raw = this.#raw;
      this.#result = raw ? raw.then((exchange) => this.#readLater(exchange.response)) : this.#run(this.#mode);
    }
    return this.#result;
  }

  response(): Promise<Response> {
    if (this.#result) return this.#result.then(unreadResponse);
    this.#raw ??= this.#run(this.#mode === "stream" ? "stream" : "raw");
    this.#raw.catch(() => {});
    return this.#raw.then((exchange) => exchange.response);
  }
}

/** The data of a 2xx body, as the call's mode reads it. */
export function parseBody(
  mode: CallMode,
  text: string,
  where: { method: string; url: string },
  secrets: ReadonlyArray<string>,
): unknown {
  if (mode === "ack") return parseAckBody(text);
  return parseJsonBody(
    text,
    () => where,
    (raw) => scrub(raw, secrets),
  );
}
