/**
 * Streams against a hostile server: errors raised inside an SSE stream never carry the token or
 * the request's secret params, one event cannot grow without bound, a stalled stream ends with a
 * typed timeout, and every streamed chunk is checked like a non-streamed completion.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { inspect } from "node:util";
import {
  APITimeoutError,
  IdleTimeoutError,
  InvalidInputError,
  Jetty,
  ResponseValidationError,
  StreamError,
  StreamEventTooLargeError,
} from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_streamtokenstreamtokenstreamtok42";
// Characters JSON escapes, a newline and a tab: the scrubber must find it in parsed values.
const SECRET = 'pa"ss\\word\n\twith-"quotes"';

let server: Loopback;
let jetty: Jetty;
beforeAll(async () => {
  server = await startLoopback();
  jetty = new Jetty({ baseURL: server.url, token: TOKEN, logLevel: "off", maxRetries: 0 });
});
afterAll(() => server.close());

const CHUNK = { id: "c1", object: "chat.completion.chunk", created: 1, model: "m", choices: [] };

function sse(res: ServerResponse, headers: Record<string, string> = {}): void {
  res.writeHead(200, { "content-type": "text/event-stream", ...headers });
  res.flushHeaders();
}

/** What the server echoes: the Authorization header and the secret params it was sent. */
function echoOf(req: IncomingMessage, body: string) {
  return {
    authorization: req.headers.authorization,
    secret_params: JSON.parse(body).jetty?.secret_params,
  };
}

function open(options: { idleTimeout?: number; maxEventSize?: number } = {}) {
  return jetty.chat.completions.create(
    {
      model: "m",
      messages: [{ role: "user", content: "go" }],
      stream: true,
      jetty: { runbook: true, collection: "acme", task: "t", secret_params: { PASSWORD: SECRET } },
    },
    options,
  );
}

async function drain(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

function expectNoSecrets(error: unknown): void {
  const e = error as Record<string, unknown>;
  const views = [
    String(e.message),
    String(e.stack),
    JSON.stringify(e.body ?? null),
    JSON.stringify(e.headers ?? null),
    JSON.stringify(e.error ?? null),
    String(e.url),
    inspect(error, { depth: 20 }),
  ];
  for (const view of views) {
    expect(view).not.toContain(TOKEN);
    // No 8 consecutive characters of the token, in any case.
    for (let i = 0; i + 8 <= TOKEN.length; i++)
      expect(view.toLowerCase()).not.toContain(TOKEN.slice(i, i + 8));
    expect(view).not.toContain('pa"ss\\word');
    expect(view).not.toContain(JSON.stringify(SECRET).slice(1, -1));
  }
}

describe("errors raised inside a stream are scrubbed", () => {
  it("an `event: error` echoing the Authorization header and the secret params", async () => {
    server.next((req, res, body) => {
      sse(res, { "x-echo-auth": req.headers.authorization ?? "" });
      res.write(`data: ${JSON.stringify(CHUNK)}\n\n`);
      res.end(
        `event: error\ndata: ${JSON.stringify({ error: { message: JSON.stringify(echoOf(req, body)) }, echo: echoOf(req, body) })}\n\n`,
      );
    });
    const error = await rejectionOf(open().then(drain));
    expect(error).toBeInstanceOf(StreamError);
    expect(error.event).toBe("error");
    expect(error.message).toContain("[redacted]");
    expect(error.headers["x-echo-auth"]).toBe("Bearer mlc_...ok42");
    expectNoSecrets(error);
  });

  it("a data payload with a top-level `error` echoing both", async () => {
    server.next((req, res, body) => {
      sse(res);
      res.end(
        `data: ${JSON.stringify({ error: { message: `bad key ${req.headers.authorization}`, echo: echoOf(req, body) } })}\n\n`,
      );
    });
    const error = await rejectionOf(open().then(drain));
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe("Stream error: bad key Bearer mlc_...ok42");
    expect(error.error.echo.secret_params.PASSWORD).toBe("[redacted]");
    expectNoSecrets(error);
  });

  it("a data line of invalid JSON echoing both (ResponseValidationError.body)", async () => {
    server.next((req, res, body) => {
      sse(res);
      res.end(`data: {not json ${JSON.stringify(echoOf(req, body))}\n\n`);
    });
    const error = await rejectionOf(open().then(drain));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.body).toContain("[redacted]");
    expectNoSecrets(error);
  });

  it("a data line of invalid JSON that starts with the token (JSON.parse quotes the start)", async () => {
    server.next((req, res) => {
      sse(res);
      res.end(`data: ${(req.headers.authorization ?? "").slice(7)} is my key\n\n`);
    });
    const error = await rejectionOf(open().then(drain));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toMatch(/invalid JSON in a server-sent event/);
    expectNoSecrets(error);
  });

  it("an upper-cased, cut-short or base64 echo of the token", async () => {
    server.next((_req, res) => {
      sse(res);
      const b64 = Buffer.from(`Bearer ${TOKEN}`).toString("base64");
      res.end(
        `event: error\ndata: ${JSON.stringify({ error: `${TOKEN.toUpperCase()} ${TOKEN.slice(0, 14)}… ${b64}` })}\n\n`,
      );
    });
    const error = await rejectionOf(open().then(drain));
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).not.toContain(TOKEN.toUpperCase().slice(4, 14));
    expect(error.message).not.toContain(Buffer.from(TOKEN).toString("base64").slice(4, 20));
    expectNoSecrets(error);
  });
});

describe("one event cannot grow without bound", () => {
  /** Writes `data: xxxx…` forever (honouring backpressure) until the client goes away. */
  const endless = (prefix: string, piece: string) => (_req: IncomingMessage, res: ServerResponse) => {
    sse(res);
    res.write(prefix);
    const buf = Buffer.from(piece.repeat(16 * 1024));
    let gone = false;
    res.on("close", () => {
      gone = true;
    });
    const pump = () => {
      while (!gone && res.write(buf)) {}
      if (!gone) res.once("drain", pump);
    };
    pump();
  };

  it("a never-ending line fails with StreamEventTooLargeError at the default 16 MiB", async () => {
    server.next(endless("data: ", "x"));
    const error = await rejectionOf(open().then(drain));
    expect(error).toBeInstanceOf(StreamEventTooLargeError);
    expect(error.limit).toBe(16 * 1024 * 1024);
  });

  it("an event of endless data lines fails at a chosen maxEventSize", async () => {
    server.next(endless(`data: ${JSON.stringify(CHUNK)}\n\n`, "data: yyyyyyyyyyyy\n"));
    const stream = await open({ maxEventSize: 64 * 1024 });
    const seen: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const chunk of stream) seen.push(chunk);
      })(),
    );
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(StreamEventTooLargeError);
    expect(error.limit).toBe(64 * 1024);
  });

  it("a bad maxEventSize is refused before anything is sent", async () => {
    const before = server.requests.length;
    for (const maxEventSize of [0, -1, 1.5, Number.NaN]) {
      const error = await rejectionOf(open({ maxEventSize }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.param).toBe("maxEventSize");
    }
    expect(server.requests.length).toBe(before);
  });
});

describe("a stalled stream ends with a typed idle timeout", () => {
  it("no chunk for idleTimeout ms: IdleTimeoutError (an APITimeoutError) after the chunks that came", async () => {
    let closed!: Promise<void>;
    server.next((_req, res) => {
      closed = new Promise((resolve) => res.on("close", () => resolve()));
      sse(res);
      res.write(`data: ${JSON.stringify(CHUNK)}\n\n`);
      // …then nothing, ever.
    });
    const stream = await open({ idleTimeout: 150 });
    const seen: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const chunk of stream) seen.push(chunk);
      })(),
    );
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(IdleTimeoutError);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.idleTimeout).toBe(150);
    expect(error.message).toMatch(
      /No data for 150 ms while reading the event stream from \/v1\/chat\/completions/,
    );
    // The connection is released, not left hanging.
    await closed;
  });

  it("the clock runs only while a read waits: a slow consumer is not timed out", async () => {
    server.next((_req, res) => {
      sse(res);
      res.end(`data: ${JSON.stringify(CHUNK)}\n\ndata: ${JSON.stringify(CHUNK)}\n\ndata: [DONE]\n\n`);
    });
    const stream = await open({ idleTimeout: 50 });
    const seen: unknown[] = [];
    for await (const chunk of stream) {
      seen.push(chunk);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(seen).toHaveLength(2);
  });

  it("idleTimeout: 0 waits through a pause", async () => {
    server.next(async (_req, res) => {
      sse(res);
      res.write(`data: ${JSON.stringify(CHUNK)}\n\n`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      res.end("data: [DONE]\n\n");
    });
    expect(await drain(await open({ idleTimeout: 0 }))).toHaveLength(1);
  });

  it("a bad idleTimeout is refused before anything is sent", async () => {
    const before = server.requests.length;
    for (const idleTimeout of [-1, Number.NaN, "5" as unknown as number]) {
      const error = await rejectionOf(open({ idleTimeout }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.param).toBe("idleTimeout");
    }
    expect(server.requests.length).toBe(before);
  });
});

describe("streamed chunks are validated like a non-streamed completion", () => {
  for (const [label, data] of [
    ["null", "null"],
    ["a number", "42"],
    ["a string", '"hello"'],
    ["an array", "[1, 2]"],
  ] as const) {
    it(`a chunk that is ${label} is a ResponseValidationError, not a yielded chunk`, async () => {
      server.next((_req, res) => {
        sse(res);
        res.end(`data: ${data}\n\ndata: [DONE]\n\n`);
      });
      const stream = await open();
      const seen: unknown[] = [];
      const error = await rejectionOf(
        (async () => {
          for await (const chunk of stream) seen.push(chunk);
        })(),
      );
      expect(seen).toEqual([]);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error.path).toBe("$");
      expect(error.message).toMatch(/expected a JSON object as the streamed chunk/);
    });
  }

  it("a chunk whose fields have the wrong type fails the generated schema", async () => {
    server.next((_req, res) => {
      sse(res);
      res.end(`data: ${JSON.stringify({ ...CHUNK, choices: "none", note: TOKEN })}\n\ndata: [DONE]\n\n`);
    });
    const error = await rejectionOf(open().then(drain));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.path).toBe("$.choices");
    expect(JSON.stringify(error.body)).not.toContain(TOKEN);
  });

  it("well-formed chunks pass", async () => {
    server.next((_req, res) => {
      sse(res);
      res.end(`data: ${JSON.stringify(CHUNK)}\n\ndata: [DONE]\n\n`);
    });
    expect(await drain(await open())).toEqual([CHUNK]);
  });
});
