/**
 * jetty.get/post/put/patch/delete: endpoints the SDK does not wrap, over the same transport (auth,
 * retries, typed errors, redaction, hooks), and never to another origin than the base URL.
 */
import {
  AuthenticationError,
  InternalServerError,
  InvalidInputError,
  Jetty,
  NotFoundError,
  RateLimitError,
} from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_rawtoken1234567890abcdefghij";
let emulator: Emulator;
let server: Loopback;
let other: Loopback;
const fast = { baseDelay: 1, maxDelay: 2 };

beforeAll(async () => {
  emulator = await startEmulator({ collections: [{ name: "acme", description: "Acme" }] });
  server = await startLoopback();
  other = await startLoopback();
});
afterAll(async () => {
  await emulator.close();
  await server.close();
  await other.close();
});
beforeEach(() => {
  server.requests.length = 0;
  other.requests.length = 0;
  server.fallback = (_req, res) => json(res, 200, { ok: true });
});

const client = (extra: ConstructorParameters<typeof Jetty>[0] = {}) =>
  new Jetty({ baseURL: server.url, token: TOKEN, logLevel: "off", backoff: fast, ...extra });

describe("raw requests against the emulator", () => {
  it("jetty.get reaches a route with the client's token and returns the parsed JSON", async () => {
    const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    const raw = await jetty.get<Array<{ name: string }>>("/api/v1/collections/");
    expect(raw.map((c) => c.name)).toContain("acme");
    // The same answer the wrapped method reads.
    expect((await jetty.collections.list()).map((c) => c.name)).toEqual(raw.map((c) => c.name));
  });

  it("a 404 is the same typed error the wrapped methods throw", async () => {
    const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    const error = await rejectionOf(jetty.get("/api/v1/collections/no-such-collection"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
  });

  it("a wrong token is an AuthenticationError that does not show the token", async () => {
    const secret = "mlc_wrongtokenwrongtokenwrongtoken";
    const jetty = new Jetty({ baseURL: emulator.url, token: secret, logLevel: "off" });
    const error = await rejectionOf(jetty.get("/api/v1/collections/"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain(secret);
  });
});

describe("raw requests: what goes on the wire", () => {
  it("post sends body as JSON and query as parameters, with the bearer token", async () => {
    server.fallback = (_req, res) => json(res, 201, { created: 7 });
    const data = await client().post("/api/v1/tasks/acme/triage/versions", {
      body: { note: "v2" },
      query: { dry_run: true, skip: undefined },
    });
    expect(data).toEqual({ created: 7 });
    const [seen] = server.requests;
    expect(seen).toMatchObject({ method: "POST", url: "/api/v1/tasks/acme/triage/versions?dry_run=true" });
    expect(seen!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen!.body)).toEqual({ note: "v2" });
  });

  it("put, patch and delete use their methods; a path without / and a query in the path are kept", async () => {
    const jetty = client();
    await jetty.put("api/v1/x/1", { body: [1, 2] });
    await jetty.patch("/api/v1/x/1?a=1", { body: { b: 2 }, query: { c: 3 } });
    await jetty.delete("/api/v1/x/1");
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "PUT /api/v1/x/1",
      "PATCH /api/v1/x/1?a=1&c=3",
      "DELETE /api/v1/x/1",
    ]);
  });

  it("an empty answer is undefined, a text answer is its text", async () => {
    server.next(
      (_req, res) => {
        res.writeHead(204).end();
      },
      (_req, res) => {
        res.writeHead(200, { "content-type": "text/plain" }).end("pong");
      },
    );
    const jetty = client();
    expect(await jetty.delete("/api/v1/x/1")).toBeUndefined();
    expect(await jetty.get("/health")).toBe("pong");
  });

  it("asResponse gives the unread Response; withResponse gives data and response", async () => {
    server.fallback = (_req, res) => json(res, 200, { v: 1 }, { "x-request-id": "req-1" });
    const response = await client().get("/api/v1/anything").asResponse();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ v: 1 });
    const { data, requestID } = await client().get("/api/v1/anything").withResponse();
    expect(data).toEqual({ v: 1 });
    expect(requestID).toBe("req-1");
  });

  it("hooks see raw requests like any other", async () => {
    const seen: string[] = [];
    const jetty = client({ hooks: { beforeRequest: [(request) => void seen.push(request.method)] } });
    await jetty.patch("/api/v1/x", { body: {} });
    expect(seen).toEqual(["PATCH"]);
  });
});

describe("raw requests: retries follow the method", () => {
  const fail500 = (_req: unknown, res: import("node:http").ServerResponse) =>
    json(res, 500, { detail: "boom" });

  it("GET, PUT and DELETE are retried on a 500", async () => {
    for (const method of ["get", "put", "delete"] as const) {
      server.requests.length = 0;
      server.next(fail500);
      await client()[method]("/api/v1/x");
      expect(server.requests).toHaveLength(2);
    }
  });

  it("POST and PATCH are not retried once the server may have acted (500), but are after a 429", async () => {
    for (const method of ["post", "patch"] as const) {
      server.requests.length = 0;
      server.next(fail500);
      const error = await rejectionOf(client()[method]("/api/v1/x", { body: {} }));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(server.requests).toHaveLength(1);

      server.requests.length = 0;
      server.next((_req, res) => json(res, 429, { detail: "slow down" }, { "retry-after": "0" }));
      expect(await client()[method]("/api/v1/x", { body: {} })).toEqual({ ok: true });
      expect(server.requests).toHaveLength(2);
    }
  });

  it("per-call maxRetries applies", async () => {
    server.next((_req, res) => json(res, 429, { detail: "no" }, { "retry-after": "0" }));
    const error = await rejectionOf(client().get("/api/v1/x", { maxRetries: 0 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("raw requests never leave the base URL", () => {
  const host = () => other.url.replace(/^http:\/\//, "");
  const refused = () => [
    other.url + "/api/v1/x",
    `HTTP://${host()}/x`,
    `//${host()}/x`,
    `/\\${host()}/x`,
    `\\\\${host()}/x`,
    "javascript:alert(1)",
    "/api/v1/../../x",
    "/api/v1/%2e%2e/x",
    "/api/v1/%252e%252e/x",
    "./x",
    "/api/\u0000/x",
    "/api/v1/x#frag",
    "",
  ];

  it("refuses absolute, protocol-relative, backslashed and dot-segment paths with InvalidInputError, sending nothing", async () => {
    const jetty = client();
    for (const path of refused()) {
      for (const method of ["get", "post", "put", "patch", "delete"] as const) {
        const error = await rejectionOf(jetty[method](path));
        expect(error, `${method} ${JSON.stringify(path)}`).toBeInstanceOf(InvalidInputError);
        expect(error.param).toBe("path");
      }
    }
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(0);
  });

  it("the error names the fix", async () => {
    const error = await rejectionOf(client().get(`${other.url}/api/v1/x`));
    expect(error.message).toMatch(/below the base URL/);
    expect(error.message).toMatch(/withOptions\(\{ baseURL \}\)/);
  });

  it("a path that would change the authority of the base URL stays on it (the leading / is added)", async () => {
    await client().get(`@${host()}/x`);
    expect(other.requests).toHaveLength(0);
    expect(server.requests[0]!.url).toBe(`/@${host()}/x`);
  });
});

describe("raw request options are checked", () => {
  it("an unknown key is rejected with the nearest valid one", async () => {
    const error = await rejectionOf(client().post("/api/v1/x", { bdy: { a: 1 } } as never));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.param).toBe("options.bdy");
    expect(error.message).toContain('did you mean "body"');
    expect(server.requests).toHaveLength(0);
  });
});
