import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/core/config";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  InternalServerError,
  RunInProgressError,
} from "../../src/core/errors";
import type { ClientOptions } from "../../src/core/options";
import { type HttpMethod, Transport } from "../../src/core/transport";
import {
  closedPort,
  type Handler,
  type Loopback,
  rejectionOf,
  reset,
  respond,
  stall,
  startLoopback,
} from "../helpers/loopback";

const TOKEN = "mlc_retrytesttoken0000000000000000abcd";

function transport(url: string, extra: ClientOptions = {}): Transport {
  return new Transport(
    resolveConfig(
      { token: TOKEN, baseURL: url, logLevel: "off", backoff: { baseDelay: 1, maxDelay: 2 }, ...extra },
      {},
    ),
  );
}

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(() => server.close());

type Failure = { name: string; handler: Handler; idempotent: boolean; unsafe: boolean };

// What DESIGN.md promises: idempotent methods retry on connection errors, 408, 429 and 5xx except 524;
// POST/PATCH only when the server provably did not act (429, 503, refused).
const FAILURES: Failure[] = [
  { name: "500", handler: respond(500), idempotent: true, unsafe: false },
  { name: "502", handler: respond(502), idempotent: true, unsafe: false },
  { name: "503", handler: respond(503), idempotent: true, unsafe: true },
  { name: "504", handler: respond(504), idempotent: true, unsafe: false },
  { name: "408", handler: respond(408), idempotent: true, unsafe: false },
  { name: "429", handler: respond(429), idempotent: true, unsafe: true },
  { name: "524", handler: respond(524), idempotent: false, unsafe: false },
  { name: "400", handler: respond(400), idempotent: false, unsafe: false },
  { name: "reset", handler: reset, idempotent: true, unsafe: false },
  { name: "timeout", handler: stall(2_000), idempotent: true, unsafe: false },
];
const METHODS: HttpMethod[] = ["GET", "HEAD", "PUT", "DELETE", "POST", "PATCH"];

describe("retry policy: attempts per method × failure (maxRetries 2)", () => {
  for (const failure of FAILURES) {
    for (const method of METHODS) {
      const retried = method === "POST" || method === "PATCH" ? failure.unsafe : failure.idempotent;
      it(`${method} on ${failure.name} → ${retried ? 3 : 1} attempt(s)`, async () => {
        server.requests.length = 0;
        server.fallback = failure.handler;
        const client = transport(server.url, { timeout: 150 });
        const body = method === "POST" || method === "PATCH" || method === "PUT" ? { a: 1 } : undefined;
        const error = await client.request({ method, path: `/r/${failure.name}`, json: body }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(
          failure.name === "timeout"
            ? APITimeoutError
            : failure.name === "reset"
              ? APIConnectionError
              : APIError,
        );
        // Outside the run endpoints a 524 is an ordinary 5xx: nothing "continues" (issue 10, item 22).
        if (failure.name === "524") {
          expect(error).toBeInstanceOf(InternalServerError);
          expect(error).not.toBeInstanceOf(RunInProgressError);
        }
        expect(server.requests.length).toBe(retried ? 3 : 1);
        server.fallback = respond(200, { ok: true });
      });
    }
  }

  it("a refused connection is retried for GET and for POST (nothing was sent)", async () => {
    const url = await closedPort();
    for (const method of ["GET", "POST"] as const) {
      let calls = 0;
      // Counting needs a wrapper: a refused connection never reaches any server that could count.
      const counting = (input: string | URL | Request, init?: RequestInit) => {
        calls++;
        return fetch(input, init);
      };
      const error = await rejectionOf(
        transport(url, { fetch: counting }).request({
          method,
          path: "/x",
          json: method === "POST" ? {} : undefined,
        }),
      );
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(String(error.message)).toContain("ECONNREFUSED");
      expect(calls).toBe(3);
    }
  });

  it("recovers when a retry succeeds and returns the later answer", async () => {
    server.requests.length = 0;
    server.next(respond(503), respond(502), respond(200, { value: 42 }));
    const data = await transport(server.url).request({ method: "GET", path: "/flaky" });
    expect(data).toEqual({ value: 42 });
    expect(server.requests.length).toBe(3);
  });

  it("honours maxRetries per request and per client", async () => {
    server.requests.length = 0;
    server.fallback = respond(500);
    await transport(server.url, { maxRetries: 4 })
      .request({ method: "GET", path: "/m" })
      .catch(() => {});
    expect(server.requests.length).toBe(5);
    server.requests.length = 0;
    await transport(server.url, { maxRetries: 4 })
      .request({ method: "GET", path: "/m" }, undefined, { maxRetries: 0 })
      .catch(() => {});
    expect(server.requests.length).toBe(1);
    server.fallback = respond(200, {});
  });

  it("never retries a streamed (non-replayable) body", async () => {
    server.requests.length = 0;
    server.fallback = respond(503);
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("data"));
        controller.close();
      },
    });
    await transport(server.url)
      .request({ method: "PUT", path: "/s", body })
      .catch(() => {});
    expect(server.requests.length).toBe(1);
    server.fallback = respond(200, {});
  });
});
