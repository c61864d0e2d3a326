import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/core/config";
import { APIUserAbortError } from "../../src/core/errors";
import { DEFAULT_BACKOFF, isRetryable, retryAfterMs, retryDelay } from "../../src/core/retry-policy";
import { Transport } from "../../src/core/transport";
import { type Loopback, recordingLogger, respond, stall, startLoopback } from "../helpers/loopback";

const h = (init: Record<string, string>) => new Headers(init);

describe("full-jitter backoff", () => {
  it("draws from [0, min(8 s, 0.5 s · 2^(n-1))) for retry n", () => {
    const ceilings = [500, 1000, 2000, 4000, 8000, 8000, 8000];
    ceilings.forEach((ceiling, i) => {
      const lowest = retryDelay(i + 1, undefined, { ...DEFAULT_BACKOFF, random: () => 0 });
      const highest = retryDelay(i + 1, undefined, { ...DEFAULT_BACKOFF, random: () => 0.999999 });
      const middle = retryDelay(i + 1, undefined, { ...DEFAULT_BACKOFF, random: () => 0.5 });
      expect(lowest).toBe(0);
      expect(highest).toBeLessThan(ceiling);
      expect(highest).toBeGreaterThanOrEqual(ceiling - 1);
      expect(middle).toBe(ceiling / 2);
    });
  });

  it("spreads real draws over the whole interval", () => {
    const draws = Array.from({ length: 2000 }, () => retryDelay(3, undefined, DEFAULT_BACKOFF));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(2000);
    expect(Math.min(...draws)).toBeLessThan(200);
    expect(Math.max(...draws)).toBeGreaterThan(1800);
  });
});

describe("Retry-After", () => {
  const now = () => Date.parse("2026-11-28T12:00:00Z");
  it("reads seconds, fractional seconds, HTTP dates and retry-after-ms", () => {
    expect(retryAfterMs(h({ "retry-after": "3" }), now)).toBe(3000);
    expect(retryAfterMs(h({ "retry-after": "0.5" }), now)).toBe(500);
    expect(retryAfterMs(h({ "retry-after": "Sat, 28 Nov 2026 12:00:07 GMT" }), now)).toBe(7000);
    expect(retryAfterMs(h({ "retry-after": "Sat, 28 Nov 2026 11:00:00 GMT" }), now)).toBe(0);
    expect(retryAfterMs(h({ "retry-after-ms": "250", "retry-after": "9" }), now)).toBe(250);
    expect(retryAfterMs(h({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(retryAfterMs(h({}), now)).toBeUndefined();
  });

  it("overrides the jittered delay, capped at maxRetryAfter", () => {
    const options = { ...DEFAULT_BACKOFF, now, random: () => 0 };
    expect(retryDelay(1, h({ "retry-after": "2" }), options)).toBe(2000);
    expect(retryDelay(1, h({ "retry-after": "3600" }), options)).toBe(60_000);
    expect(
      retryDelay(1, h({ "retry-after": "Sat, 28 Nov 2026 13:00:00 GMT" }), {
        ...options,
        maxRetryAfter: 5000,
      }),
    ).toBe(5000);
  });

  it("is what the transport waits, in both forms (seen in its retry log)", async () => {
    const server = await startLoopback();
    try {
      const { lines, logger } = recordingLogger();
      const transport = new Transport(
        resolveConfig(
          {
            token: "mlc_x0000000000000000000000000000000",
            baseURL: server.url,
            logger,
            logLevel: "info",
            backoff: { maxRetryAfter: 40 },
          },
          {},
        ),
      );
      const future = new Date(Date.now() + 3_600_000).toUTCString();
      server.next(
        respond(429, {}, { "retry-after": "0.02" }),
        respond(429, {}, { "retry-after": future }),
        respond(200, { ok: 1 }),
      );
      await expect(transport.request({ method: "POST", path: "/limited", json: {} })).resolves.toEqual({
        ok: 1,
      });
      const waits = lines
        .filter((l) => l.startsWith("info Retrying"))
        .map((l) => Number(/waited (\d+) ms/.exec(l)?.[1]));
      expect(waits).toEqual([20, 40]);
    } finally {
      await server.close();
    }
  });
});

describe("retry decision table", () => {
  it("never retries 524, even for GET", () => {
    expect(isRetryable("GET", { kind: "status", status: 524 })).toBe(false);
  });
  it("retries POST only for provable non-action", () => {
    expect(isRetryable("POST", { kind: "connection", notSent: true })).toBe(true);
    expect(isRetryable("POST", { kind: "connection", notSent: false })).toBe(false);
    expect(isRetryable("PATCH", { kind: "timeout" })).toBe(false);
    expect(isRetryable("POST", { kind: "status", status: 500 })).toBe(false);
  });
});

describe("abort", () => {
  let server: Loopback;
  beforeAll(async () => {
    server = await startLoopback();
  });
  afterAll(() => server.close());

  const client = () =>
    new Transport(
      resolveConfig(
        {
          token: "mlc_x0000000000000000000000000000000",
          baseURL: server.url,
          logLevel: "off",
          backoff: { baseDelay: 60_000, maxDelay: 60_000, random: () => 0.99 },
        },
        {},
      ),
    );

  it("during a request", async () => {
    server.requests.length = 0;
    server.next(stall(5_000));
    const ac = new AbortController();
    const pending = client().request({ method: "GET", path: "/slow" }, undefined, { signal: ac.signal });
    // Abort once the server holds the request, so that nothing of this test is still in flight later.
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    ac.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("during a backoff sleep, without sending another attempt", async () => {
    server.requests.length = 0;
    server.next(respond(503));
    const ac = new AbortController();
    const pending = client().request({ method: "GET", path: "/backoff" }, undefined, { signal: ac.signal });
    // The first attempt fails at once; the client then sleeps ~59 s unless aborted.
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 100));
    ac.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    // Only this test's path counts: the previous test's aborted request may reach the server late.
    expect(server.requests.filter((r) => r.url === "/backoff")).toHaveLength(1);
  });

  it("before sending: an already-aborted signal sends nothing", async () => {
    server.requests.length = 0;
    const ac = new AbortController();
    ac.abort();
    await expect(
      client().request({ method: "GET", path: "/never" }, undefined, { signal: ac.signal }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests.length).toBe(0);
  });
});
