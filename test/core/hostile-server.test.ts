/**
 * Issue 10's transport items, end to end against hostile servers on 127.0.0.1: what a server can
 * send back must never leak a secret, crash the error hierarchy, buffer without bound, be retried
 * as if the connection failed, or get attacker bytes accepted as an answer.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import {
  APITimeoutError,
  APIUserAbortError,
  ConfigError,
  InternalServerError,
  InvalidInputError,
  Jetty,
  JettyError,
  NotFoundError,
  ResponseTooLargeError,
  ResponseValidationError,
  RunInProgressError,
} from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_hostilehostilehostilehostile00aa";
const SECRET = "env-value-s3cr3t-9f2b";

let api: Loopback;
let other: Loopback;
beforeAll(async () => {
  api = await startLoopback();
  other = await startLoopback();
});
afterAll(async () => {
  await api.close();
  await other.close();
});

const jetty = (extra: ConstructorParameters<typeof Jetty>[0] = {}) =>
  new Jetty({
    token: TOKEN,
    baseURL: api.url,
    logLevel: "off",
    backoff: { baseDelay: 1, maxDelay: 2 },
    ...extra,
  });

/** Every view of an error a program might print or ship somewhere. */
const views = (error: unknown) => [
  String((error as Error).message),
  String((error as Error).stack),
  inspect(error, { depth: 10 }),
  JSON.stringify(error),
];

/** `{"a":{"a":…}}` nested `depth` levels: about 6 bytes a level. */
const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("item 4: ResponseValidationError is scrubbed like APIError", () => {
  it("a non-JSON 2xx body echoing the token keeps no token", async () => {
    api.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`<html>welcome ${TOKEN}</html>`);
    });
    const error = await rejectionOf(jetty().collections.get("acme"));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(String(error.body)).toContain("welcome");
    for (const view of views(error)) expect(view).not.toContain(TOKEN);
  });

  it("a redirect whose Location holds the token: neither the URL nor the message shows it", async () => {
    api.next(
      (_req, res) => {
        res.writeHead(302, { location: `/landing/${TOKEN}` });
        res.end();
      },
      (_req, res) => json(res, 200, { unexpected: true }),
    );
    const error = await rejectionOf(jetty().collections.get("acme"));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.url).toContain("/landing/");
    for (const view of views(error)) expect(view).not.toContain(TOKEN);
  });
});

describe("item 8: a body that carries secrets never follows a cross-origin 307/308", () => {
  for (const status of [307, 308]) {
    it(`environment values are not re-sent to another origin on a ${status}`, async () => {
      other.requests.length = 0;
      api.next((_req, res) => {
        res.writeHead(status, { location: `${other.url}/steal` });
        res.end();
      });
      const error = await rejectionOf(jetty().environment.set("acme", { OPENAI_API_KEY: SECRET }));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toMatch(/another origin.*not sent/);
      expect(other.requests).toEqual([]);
      for (const view of views(error)) expect(view).not.toContain(SECRET);
    });
  }

  it("chat secret_params are not re-sent either; a same-origin 307 is still followed", async () => {
    other.requests.length = 0;
    api.next((_req, res) => {
      res.writeHead(307, { location: `${other.url}/v1/chat/completions` });
      res.end();
    });
    const params = {
      model: "m",
      messages: [{ role: "user", content: "hi" }],
      jetty: { runbook: true as const, collection: "acme", task: "t", secret_params: { KEY: SECRET } },
    };
    expect(await rejectionOf(jetty().chat.completions.create(params))).toBeInstanceOf(ConfigError);
    expect(other.requests).toEqual([]);
    api.requests.length = 0;
    api.next(
      (_req, res) => {
        res.writeHead(307, { location: `${api.url}/again` });
        res.end();
      },
      (_req, res) => json(res, 200, { name: "acme", environment_variables: { OPENAI_API_KEY: "***" } }),
    );
    await jetty().environment.set("acme", { OPENAI_API_KEY: SECRET });
    expect(api.requests.map((r) => r.url)).toEqual(["/api/v1/collections/acme/environment", "/again"]);
    expect(api.requests[1]?.body).toContain(SECRET);
  });
});

describe("item 9: deep nesting stays inside the error hierarchy", () => {
  it("a 2xx nested 5 000 levels is a ResponseValidationError or data, never a RangeError", async () => {
    api.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"name":${deep(5000)}}`);
    });
    const error = await rejectionOf(jetty().collections.get("acme"));
    expect(error).toBeInstanceOf(JettyError);
    expect(error).toBeInstanceOf(ResponseValidationError);
  });

  it("a 404 nested 5 000 levels is one NotFoundError, not a connection error retried", async () => {
    api.requests.length = 0;
    api.fallback = (_req, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(deep(5000));
    };
    try {
      const error = await rejectionOf(jetty().tasks.get("acme", "t"));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(api.requests).toHaveLength(1);
    } finally {
      api.fallback = (_req, res) => json(res, 200, { ok: true });
    }
  });

  it("deep caller arguments reject with InvalidInputError before anything is sent", async () => {
    api.requests.length = 0;
    let value: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 20_000; i++) value = { a: value };
    const client = jetty();
    for (const call of [
      () => client.runs.create("acme", "t", { initParams: value }),
      () => client.trajectories.ingest("acme", "evals", value as never),
      () => client.collections.create({ name: "x", description: value as never }),
    ]) {
      expect(await rejectionOf(call())).toBeInstanceOf(InvalidInputError);
    }
    expect(api.requests).toEqual([]);
  });
});

describe("item 13: an error status whose body stalls", () => {
  const stalledError = (status: number) => (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(status, { "content-type": "application/json", "content-length": "100" });
    res.write('{"detail":"par');
  };

  it("times out as APITimeoutError, not as the status without a body", async () => {
    api.next(stalledError(404));
    const error = await rejectionOf(jetty({ timeout: 200, maxRetries: 0 }).tasks.get("acme", "t"));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).not.toBeInstanceOf(NotFoundError);
  });

  it("an abort is APIUserAbortError, not InternalServerError", async () => {
    api.requests.length = 0;
    api.next(stalledError(500));
    const controller = new AbortController();
    const pending = jetty({ maxRetries: 0 }).tasks.get("acme", "t", { signal: controller.signal });
    while (api.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    expect(await rejectionOf(pending)).toBeInstanceOf(APIUserAbortError);
  });
});

describe("item 14: JSON bodies have a size cap", () => {
  it("a body over maxJsonBytes is ResponseTooLargeError, sent once, with or without Content-Length", async () => {
    const big = JSON.stringify({ name: "x".repeat(4096) });
    for (const chunked of [false, true]) {
      api.requests.length = 0;
      api.next((_req, res) => {
        res.writeHead(
          200,
          chunked ? { "content-type": "application/json" } : { "content-length": big.length },
        );
        if (chunked) {
          res.write(big.slice(0, 2000));
          res.end(big.slice(2000));
        } else res.end(big);
      });
      const error = await rejectionOf(jetty({ maxJsonBytes: 1024 }).collections.get("acme"));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error.limit).toBe(1024);
      expect(api.requests).toHaveLength(1);
    }
  });

  it("the cap is per call too, and the default takes an ordinary large answer", async () => {
    api.next((_req, res) => json(res, 200, { id: 1, name: "y".repeat(200_000) }));
    const collection = await jetty().collections.get("acme");
    expect(collection.name).toHaveLength(200_000);
    api.next((_req, res) => json(res, 200, { id: 1, name: "y".repeat(2000) }));
    expect(await rejectionOf(jetty().collections.get("acme", { maxJsonBytes: 100 }))).toBeInstanceOf(
      ResponseTooLargeError,
    );
  });
});

describe("item 16: a stream upload that times out cancels the caller's stream", () => {
  it("the source is cancelled and stops being pulled", async () => {
    // A server that takes the connection and then neither reads nor answers.
    const sockets = new Set<import("node:net").Socket>();
    const silent = createServer(() => {});
    silent.on("connection", (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    let pulls = 0;
    let cancelled: unknown;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
      cancel(reason) {
        cancelled = reason ?? "cancelled";
      },
    });
    try {
      const client = jetty({ baseURL: url, timeout: 300 });
      const error = await rejectionOf(client.files.upload({ data: source, filename: "s.bin" }));
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(cancelled).toBeDefined();
      const after = pulls;
      await new Promise((r) => setTimeout(r, 100));
      expect(pulls).toBe(after);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe("item 22: redirects follow only http(s); 524 means 'the run goes on' only for runs", () => {
  it("a 302 to data: does not resolve with the attacker's bytes", async () => {
    api.next((_req, res) => {
      res.writeHead(302, { location: 'data:application/json,{"id":1,"name":"attacker"}' });
      res.end();
    });
    const error = await rejectionOf(jetty().collections.get("acme"));
    expect(error).toBeInstanceOf(JettyError);
    expect(error.status).toBe(302);
    expect(error.message).toMatch(/only http and https/);
  });

  it("a 524 on a file download is an InternalServerError, not RunInProgressError", async () => {
    api.next((_req, res) => json(res, 524, "edge timeout"));
    const error = await rejectionOf(jetty().files.download("acme/t/0000/out.txt"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).not.toBeInstanceOf(RunInProgressError);
    expect(error.message).not.toMatch(/continues/);
  });
});
