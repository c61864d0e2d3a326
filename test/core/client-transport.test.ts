/**
 * What the transport offers callers, over real HTTP: asResponse(), token functions refreshed once
 * on a 401, connection errors that name the address, ky's hooks as the extension point, byte
 * progress on transfers, the `ack` reading of acknowledgements, and that a finished call keeps no body.
 */
import { inspect } from "node:util";
import {
  APIConnectionError,
  AuthenticationError,
  ConfigError,
  type Hooks,
  HTTPError,
  InternalServerError,
  Jetty,
  NotFoundError,
  type Progress,
  stopRetry,
} from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/core/config";
import { Transport } from "../../src/core/transport";
import { closedPort, json, type Loopback, rejectionOf, respond, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_clientclientclientclientclient0bb";
let api: Loopback;
beforeAll(async () => {
  api = await startLoopback((_req, res) => json(res, 200, { id: 1, name: "acme" }));
});
afterAll(() => api.close());

const jetty = (extra: ConstructorParameters<typeof Jetty>[0] = {}) =>
  new Jetty({
    token: TOKEN,
    baseURL: api.url,
    logLevel: "off",
    backoff: { baseDelay: 1, maxDelay: 2 },
    ...extra,
  });

describe("asResponse()", () => {
  it("resolves with the raw Response, body unread, without validating it", async () => {
    api.next((_req, res) => json(res, 200, { not: "a collection" }, { "x-request-id": "r-1" }));
    const response = await jetty().collections.get("acme").asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r-1");
    expect(await response.json()).toEqual({ not: "a collection" });
  });

  it("rejects with the typed error on an error status, and is sent once", async () => {
    api.requests.length = 0;
    api.next(respond(404, { detail: "no such collection" }));
    expect(await rejectionOf(jetty().collections.get("nope").asResponse())).toBeInstanceOf(NotFoundError);
    expect(api.requests).toHaveLength(1);
  });

  it("after the result was awaited, gives a fresh readable copy of the same body", async () => {
    api.requests.length = 0;
    const pending = jetty().collections.get("acme");
    const collection = await pending;
    const response = await pending.asResponse();
    expect(await response.json()).toEqual(collection);
    expect(api.requests).toHaveLength(1);
  });
});

describe("token as a function", () => {
  it("is called once, cached, and called once more after a 401, which is then retried once", async () => {
    let calls = 0;
    const token = async () => `mlc_functionfunctionfunction000000${++calls}`;
    const client = jetty({ token });
    expect(client.redactedToken).toBe("(function)");
    api.requests.length = 0;
    await client.collections.get("acme");
    await client.collections.get("acme");
    expect(calls).toBe(1);
    api.next(respond(401, { detail: "expired" }));
    await client.collections.create({ name: "new" }).catch(() => {});
    expect(calls).toBe(2);
    const auth = api.requests.map((r) => r.headers.authorization);
    expect(auth).toEqual([
      "Bearer mlc_functionfunctionfunction0000001",
      "Bearer mlc_functionfunctionfunction0000001",
      "Bearer mlc_functionfunctionfunction0000001",
      "Bearer mlc_functionfunctionfunction0000002",
    ]);
    expect(client.redactedToken).toBe("mlc_...0002");
  });

  it("a second 401 is an AuthenticationError with nothing of either token in it", async () => {
    let calls = 0;
    const tokens = ["mlc_firsttokenfirsttokenfirsttoken01", "mlc_secondtokensecondtokensecondt02"];
    const client = jetty({ token: () => tokens[calls++] as string, maxRetries: 0 });
    api.fallback = (req, res) => json(res, 401, { detail: `bad key ${req.headers.authorization}` });
    try {
      const error = await rejectionOf(client.collections.get("acme"));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(calls).toBe(2);
      const shown = [error.message, inspect(error, { depth: 10 }), JSON.stringify(error), inspect(client)];
      for (const view of shown) for (const t of tokens) expect(view).not.toContain(t);
      expect(JSON.stringify(client)).toContain(`mlc_...${tokens[1]?.slice(-4)}`);
    } finally {
      api.fallback = (_req, res) => json(res, 200, { id: 1, name: "acme" });
    }
  });

  it("a function that throws or returns nothing is a ConfigError", async () => {
    const failing = jetty({
      token: () => {
        throw new Error("vault down");
      },
    });
    expect(await rejectionOf(failing.collections.get("acme"))).toBeInstanceOf(ConfigError);
    expect(await rejectionOf(jetty({ token: () => "" }).collections.get("acme"))).toBeInstanceOf(ConfigError);
  });
});

describe("connection errors", () => {
  it("name the code, host and port", async () => {
    const url = await closedPort();
    const error = await rejectionOf(jetty({ baseURL: url, maxRetries: 0 }).collections.list());
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toContain(`ECONNREFUSED ${new URL(url).host}`);
  });
});

describe("hooks", () => {
  it("run on every request: headers added before, status seen after, retries and errors observed", async () => {
    const seen: string[] = [];
    const hooks: Hooks = {
      beforeRequest: [(request) => void request.headers.set("x-trace", "t-1")],
      afterResponse: [(_request, _options, response) => void seen.push(`after ${response.status}`)],
      beforeRetry: [
        ({ retryCount, error }) => void seen.push(`retry ${retryCount} ${error instanceof HTTPError}`),
      ],
      beforeError: [
        (error) => {
          seen.push(`error ${error.response.status}`);
          return error;
        },
      ],
    };
    api.requests.length = 0;
    api.next(respond(503), respond(200, { id: 1, name: "acme" }));
    expect(await jetty({ hooks }).collections.get("acme")).toEqual({ id: 1, name: "acme" });
    expect(api.requests.map((r) => r.headers["x-trace"])).toEqual(["t-1", "t-1"]);
    expect(seen).toEqual(["after 503", "error 503", "retry 1 true", "after 200"]);
  });

  it("stopRetry ends retrying; the failure is still the typed error", async () => {
    api.requests.length = 0;
    api.next(respond(503));
    const hooks: Hooks = { beforeRetry: [() => stopRetry] };
    expect(await rejectionOf(jetty({ hooks }).collections.get("acme"))).toBeInstanceOf(InternalServerError);
    expect(api.requests).toHaveLength(1);
  });

  it("an error a hook throws reaches the caller as it is", async () => {
    const mine = new Error("no requests on Sundays");
    const hooks: Hooks = {
      beforeRequest: [
        () => {
          throw mine;
        },
      ],
    };
    expect(await rejectionOf(jetty({ hooks }).collections.get("acme"))).toBe(mine);
  });

  it("unknown hook names are refused when the client is made", () => {
    expect(() => jetty({ hooks: { afterRequest: [] } as unknown as Hooks })).toThrow(ConfigError);
  });
});

describe("byte progress", () => {
  it("downloads report every chunk as it is read, ending at exactly the size", async () => {
    const size = 300_000;
    api.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": size });
      res.end(Buffer.alloc(size, 7));
    });
    const events: Progress[] = [];
    const file = await jetty().files.download("acme/t/0000/blob.bin", {
      onDownloadProgress: (progress) => events.push(progress),
    });
    expect((await file.bytes()).byteLength).toBe(size);
    expect(events[0]).toEqual({ percent: 0, transferredBytes: 0, totalBytes: size });
    expect(events.at(-1)).toEqual({ percent: 1, transferredBytes: size, totalBytes: size });
    const sent = events.map((e) => e.transferredBytes);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(events.slice(0, -1).every((e) => e.percent < 1)).toBe(true);
  });

  it("uploads report the bytes fetch sends, and the server still gets a Content-Length", async () => {
    api.requests.length = 0;
    api.next((_req, res) =>
      json(res, 200, { upload_id: "u", file_paths: ["acme/_sandbox_uploads/u/a.bin"], count: 1 }),
    );
    const events: Progress[] = [];
    const data = new Uint8Array(200_000).fill(1);
    await jetty().files.upload({ data, filename: "a.bin" }, { onUploadProgress: (p) => events.push(p) });
    const seen = api.requests[0];
    const declared = Number(seen?.headers["content-length"]);
    expect(declared).toBeGreaterThan(data.byteLength);
    expect(Buffer.byteLength(seen?.body ?? "")).toBe(declared);
    expect(events.at(-1)).toEqual({ percent: 1, transferredBytes: declared, totalBytes: declared });
  });
});

describe('expect: "ack"', () => {
  const transport = () =>
    new Transport(resolveConfig({ token: TOKEN, baseURL: api.url, logLevel: "off", maxRetries: 0 }, {}));
  const bodies: Array<[string, (res: import("node:http").ServerResponse) => void, unknown]> = [
    ["204", (res) => res.writeHead(204).end(), undefined],
    ["an empty 200", (res) => res.writeHead(200, { "content-type": "application/json" }).end(), undefined],
    ["{}", (res) => json(res, 200, {}), {}],
    ["a JSON array", (res) => json(res, 200, [1, 2]), [1, 2]],
    ["a JSON string", (res) => json(res, 201, "queued"), "queued"],
    ["plain text", (res) => res.writeHead(202, { "content-type": "text/plain" }).end("accepted"), "accepted"],
  ];
  for (const [name, answer, expected] of bodies) {
    it(`${name} succeeds with ${JSON.stringify(expected)}`, async () => {
      api.next((_req, res) => answer(res));
      const spec = { method: "POST", path: "/ack", json: {}, expect: "ack" } as const;
      expect(await transport().request(spec)).toEqual(expected);
    });
  }

  it("an error status is still the typed error", async () => {
    api.next(respond(500, "boom"));
    const spec = { method: "POST", path: "/ack", json: {}, expect: "ack" } as const;
    expect(await rejectionOf(transport().request(spec))).toBeInstanceOf(InternalServerError);
  });
});

// Where a request body travels. The attempt sends the SDK's own body; ky's Request carries a copy only
// for a beforeRequest hook. Without one, ky's Request is bodiless: its clone for retries then tees
// nothing, and on Node 20.0–20.12 (where cancelling a cloned Request's body never settles, and ky
// awaits that after every call) a POST still resolves. The ecosystem matrix runs the hanging case on
// Node 20.0 itself.
describe("request bodies", () => {
  it("stay out of ky's Request when no hook wants them, and still reach the server whole", async () => {
    const seen: Array<{ kyBody: boolean; sent: unknown }> = [];
    const fetchSpy: typeof fetch = async (input, init) => {
      seen.push({ kyBody: input instanceof Request && input.body !== null, sent: init?.body });
      return fetch(input, init);
    };
    api.requests.length = 0;
    await jetty({ fetch: fetchSpy }).collections.create({ name: "acme", description: "d" });
    expect(seen).toEqual([{ kyBody: false, sent: JSON.stringify({ name: "acme", description: "d" }) }]);
    expect(JSON.parse(api.requests[0]?.body ?? "")).toEqual({ name: "acme", description: "d" });
    expect(api.requests[0]?.headers["content-type"]).toBe("application/json");
  });

  it("are readable by a beforeRequest hook, on every attempt, and sent once per attempt", async () => {
    const read: string[] = [];
    api.requests.length = 0;
    api.next(respond(503), respond(200, { id: 1, name: "acme" }));
    await jetty({
      hooks: { beforeRequest: [async (request) => void read.push(await request.clone().text())] },
    }).collections.create({ name: "acme", description: "d" });
    const body = JSON.stringify({ name: "acme", description: "d" });
    expect(read).toEqual([body, body]);
    expect(api.requests.map((r) => r.body)).toEqual([body, body]);
  });
});

describe("what a finished call leaves behind", () => {
  // ky's options (which a hook receives, and which carry the call's state) outlive the call by a GC or
  // two; if they still held the body, every body of many calls in flight would be promoted to the old
  // generation (docs/benchmarks.md). The data reaches the caller, and the state keeps none of it.
  it("the call state ky's objects carry holds no body text or Response once the data is returned", async () => {
    const seen: Array<Record<string, unknown>> = [];
    const hooks: Hooks = { afterResponse: [(_request, options) => void seen.push(options as never)] };
    const big = { id: 1, name: "acme", description: "x".repeat(50_000) };
    api.next((_req, res) => json(res, 200, big));
    const collection = await jetty({ hooks }).collections.get("acme");
    expect(collection.description).toBe(big.description);
    expect(seen).toHaveLength(1);
    const call = seen[0]?.jettyCall as Record<string, unknown>;
    expect(call).toMatchObject({ method: "GET", attempts: 1 });
    expect(call.text).toBeUndefined();
    expect(call.original).toBeUndefined();
    expect(call.handed).toBeUndefined();
  });
});
