import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  JettyError,
  ResponseValidationError,
} from "../../src/core/errors";
import { Stream, StreamError } from "../../src/core/stream";

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const routes = new Map<string, Handler>();
/** Resolves when the server sees the response for a route closed (by completion or by the client). */
const closed = new Map<string, Promise<{ finished: boolean }>>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    const handler = routes.get(path);
    if (!handler) {
      res.statusCode = 404;
      res.end();
      return;
    }
    closed.set(
      path,
      new Promise((resolve) => res.on("close", () => resolve({ finished: res.writableFinished }))),
    );
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      "x-request-id": "req_1",
    });
    res.flushHeaders();
    void handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** How the server saw the response end, or "timeout" if it stays open for 2 s. */
function closedWithin(path: string, ms = 2000): Promise<{ finished: boolean } | "timeout"> {
  const seen = closed.get(path);
  if (!seen) throw new Error(`no request reached ${path}`);
  return Promise.race([seen, sleep(ms).then(() => "timeout" as const)]);
}

let routeId = 0;
function route(handler: Handler): string {
  const path = `/r${++routeId}`;
  routes.set(path, handler);
  return path;
}

/** Writes the pieces as separate TCP writes, pausing so each arrives as its own chunk. */
function writePieces(pieces: Array<string | Uint8Array>, end = true): Handler {
  return async (_req, res) => {
    for (const piece of pieces) {
      if (res.destroyed) return;
      res.write(piece);
      await sleep(4);
    }
    if (end) res.end();
  };
}

async function open<T = unknown>(
  path: string,
  options: Parameters<typeof Stream.fromSSEResponse<T>>[2] = {},
): Promise<Stream<T>> {
  const controller = new AbortController();
  const response = await fetch(base + path, { signal: controller.signal });
  return Stream.fromSSEResponse<T>(response, controller, options);
}

async function collect<T>(stream: AsyncIterable<T>): Promise<{ items: T[]; error?: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of stream) items.push(item);
    return { items };
  } catch (error) {
    return { items, error };
  }
}

const ev = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;
const DONE = "data: [DONE]\n\n";

function splitEvery(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe("Stream over real HTTP", () => {
  it("yields chunks in order when events are split mid-event", async () => {
    const chunks = Array.from({ length: 12 }, (_, i) => ({
      id: `c${i}`,
      choices: [{ delta: { content: `t${i}` } }],
    }));
    const wire = chunks.map(ev).join("") + DONE;
    const path = route(writePieces(splitEvery(wire, 7)));
    const { items, error } = await collect(await open(path));
    expect(error).toBeUndefined();
    expect(items).toEqual(chunks);
    expect(await closedWithin(path)).toEqual({ finished: true });
  });

  it("decodes UTF-8 split in the middle of a code point", async () => {
    const text = "héllo 世界 🚀 ok";
    const bytes = new TextEncoder().encode(ev({ text }) + DONE);
    const rocket = bytes.indexOf(0xf0);
    const han = bytes.indexOf(0xe4);
    // Split inside the 4-byte rocket and inside the 3-byte 世.
    const pieces = [bytes.slice(0, han + 1), bytes.slice(han + 1, rocket + 2), bytes.slice(rocket + 2)];
    const { items, error } = await collect(await open(route(writePieces(pieces))));
    expect(error).toBeUndefined();
    expect(items).toEqual([{ text }]);
  });

  it("handles CRLF framing, comments, ids and multi-line data", async () => {
    const wire = ': ping\r\n\r\nid: 1\r\ndata: {"a":\r\ndata: 1}\r\n\r\n' + "data: [DONE]\r\n\r\n";
    const { items, error } = await collect(await open(route(writePieces(splitEvery(wire, 5)))));
    expect(error).toBeUndefined();
    expect(items).toEqual([{ a: 1 }]);
  });

  it("yields each event as soon as it arrives (no buffering past the event boundary)", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const path = route(async (_req, res) => {
      res.write(ev({ n: 1 }));
      await gate;
      res.write(ev({ n: 2 }) + DONE);
      res.end();
    });
    const stream = await open<{ n: number }>(path);
    const iterator = stream[Symbol.asyncIterator]();
    // The server holds back the rest until the first chunk has been received.
    expect(await iterator.next()).toEqual({ value: { n: 1 }, done: false });
    release();
    expect(await iterator.next()).toEqual({ value: { n: 2 }, done: false });
    expect((await iterator.next()).done).toBe(true);
  });

  it("ends at data: [DONE] and ignores anything after it", async () => {
    const wire = ev({ n: 1 }) + DONE + ev({ n: 2 });
    const { items, error } = await collect(await open(route(writePieces([wire]))));
    expect(error).toBeUndefined();
    expect(items).toEqual([{ n: 1 }]);
  });

  it("accepts a final [DONE] without its blank line", async () => {
    const { items, error } = await collect(await open(route(writePieces([ev({ n: 1 }), "data: [DONE]"]))));
    expect(error).toBeUndefined();
    expect(items).toEqual([{ n: 1 }]);
  });

  it("raises a StreamError (an APIError) for event: error, after the chunks before it", async () => {
    const wire = `${ev({ n: 1 })}event: error\ndata: {"error":{"message":"Overloaded","type":"overloaded_error","code":529}}\n\n`;
    const path = route(writePieces([wire], false));
    const { items, error } = await collect(await open(path));
    expect(items).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toBeInstanceOf(APIError);
    const e = error as StreamError;
    expect(e.message).toContain("Overloaded");
    expect(e.status).toBe(529);
    expect(e.event).toBe("error");
    expect(e.error).toEqual({ message: "Overloaded", type: "overloaded_error", code: 529 });
    expect(e.requestID).toBe("req_1");
    // The server never ended the response: the client must have released it.
    expect(await closedWithin(path)).toEqual({ finished: false });
  });

  it("raises a StreamError for a data payload with a top-level error", async () => {
    const wire = `${ev({ n: 1 })}${ev({ error: { message: "rate limited", type: "rate_limit" } })}${DONE}`;
    const { items, error } = await collect(await open(route(writePieces([wire]))));
    expect(items).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as StreamError).message).toBe("Stream error: rate limited (rate_limit)");
    expect((error as StreamError).status).toBe(200);
  });

  it("raises APIConnectionError when the server destroys the socket mid-stream", async () => {
    const path = route(async (_req, res) => {
      res.write(ev({ n: 1 }));
      await sleep(10);
      res.write('data: {"n": 2, "partial');
      await sleep(10);
      res.socket?.destroy();
    });
    const { items, error } = await collect(await open(path));
    expect(items).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(APIConnectionError);
  });

  it("raises APIConnectionError when the body ends cleanly but without [DONE]", async () => {
    const { items, error } = await collect(await open(route(writePieces([ev({ n: 1 }), ev({ n: 2 })]))));
    expect(items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/\[DONE\]/);
  });

  it("raises APIConnectionError when the body ends in the middle of an event", async () => {
    const { items, error } = await collect(await open(route(writePieces([ev({ n: 1 }), 'data: {"n":']))));
    expect(items).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(APIConnectionError);
  });

  it("releases the connection when the consumer breaks out of the loop", async () => {
    const path = route(async (_req, res) => {
      for (let i = 0; !res.destroyed && i < 1000; i++) {
        res.write(ev({ n: i }));
        await sleep(5);
      }
    });
    const stream = await open<{ n: number }>(path);
    const seen: number[] = [];
    for await (const chunk of stream) {
      seen.push(chunk.n);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([0, 1]);
    expect(stream.controller.signal.aborted).toBe(true);
    expect(await closedWithin(path)).toEqual({ finished: false });
  });

  it("is abortable through the signal option", async () => {
    const path = route(async (_req, res) => {
      for (let i = 0; !res.destroyed && i < 1000; i++) {
        res.write(ev({ n: i }));
        await sleep(5);
      }
    });
    const external = new AbortController();
    const stream = await open<{ n: number }>(path, { signal: external.signal });
    const items: number[] = [];
    let error: unknown;
    try {
      for await (const chunk of stream) {
        items.push(chunk.n);
        if (items.length === 3) external.abort();
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(await closedWithin(path)).toEqual({
      finished: false,
    });
  });

  it("is abortable through its controller while waiting for data", async () => {
    const path = route(async (_req, res) => {
      res.write(ev({ n: 1 }));
    });
    const stream = await open(path);
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    const pending = iterator.next();
    setTimeout(() => stream.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect((await iterator.next()).done).toBe(true);
  });

  it("throws APIUserAbortError when aborted before iteration starts", async () => {
    const path = route(writePieces([ev({ n: 1 }), DONE]));
    const external = new AbortController();
    external.abort();
    const { items, error } = await collect(await open(path, { signal: external.signal }));
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(APIUserAbortError);
  });

  it("is single-use", async () => {
    const stream = await open(route(writePieces([ev({ n: 1 }), DONE])));
    expect(stream.consumed).toBe(false);
    await collect(stream);
    expect(stream.consumed).toBe(true);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(JettyError);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already been consumed/);
    expect(() => stream.tee()).toThrow(/already been consumed/);
    expect(() => stream.toReadableStream()).toThrow(/already been consumed/);
  });

  it("tee() gives two independent copies", async () => {
    const chunks = Array.from({ length: 5 }, (_, n) => ({ n }));
    const stream = await open(route(writePieces([...chunks.map(ev), DONE])));
    const [left, right] = stream.tee();
    expect(stream.consumed).toBe(true);
    // Read one copy fully first, then the other: the second must still see everything.
    const a = await collect(left);
    const b = await collect(right);
    expect(a).toEqual({ items: chunks });
    expect(b).toEqual({ items: chunks });
  });

  it("tee() copies read concurrently both see an error", async () => {
    const stream = await open(route(writePieces([ev({ n: 1 }), ev({ n: 2 })])));
    const [left, right] = stream.tee();
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect(a.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(b.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(a.error).toBeInstanceOf(APIConnectionError);
    expect(b.error).toBe(a.error);
  });

  it("tee(): breaking one copy leaves the other running; the source closes when both stop", async () => {
    const path = route(writePieces([...[0, 1, 2, 3].map((n) => ev({ n })), DONE]));
    const [left, right] = (await open<{ n: number }>(path)).tee();
    for await (const chunk of left) {
      if (chunk.n === 0) break;
    }
    const rest = await collect(right);
    expect(rest.items.map((c) => c.n)).toEqual([0, 1, 2, 3]);
    expect(rest.error).toBeUndefined();
  });

  it("toReadableStream() emits newline-delimited JSON, and fromReadableStream() reads it back", async () => {
    const chunks = [{ n: 1, s: "ü" }, { n: 2 }, { n: 3 }];
    const stream = await open(route(writePieces([...chunks.map(ev), DONE])));
    const readable = stream.toReadableStream();
    const text = await new Response(readable).text();
    expect(text).toBe(chunks.map((c) => `${JSON.stringify(c)}\n`).join(""));

    const again = await open(route(writePieces([...chunks.map(ev), DONE])));
    const roundTrip = Stream.fromReadableStream(again.toReadableStream(), new AbortController());
    expect(await collect(roundTrip)).toEqual({ items: chunks });
  });

  it("toReadableStream() surfaces stream errors", async () => {
    const stream = await open(route(writePieces([ev({ n: 1 })])));
    await expect(new Response(stream.toReadableStream()).text()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("exposes each chunk to onChunk before it is yielded (e.g. the first chunk's jetty block)", async () => {
    const chunks = [
      { id: "1", jetty: { trajectory_id: "traj_123" }, choices: [] },
      { id: "2", choices: [] },
    ];
    let trajectoryId: string | undefined;
    const indexes: number[] = [];
    const stream = await open<{ id: string; jetty?: { trajectory_id?: string } }>(
      route(writePieces([...chunks.map(ev), DONE])),
      {
        onChunk: (chunk, index) => {
          indexes.push(index);
          if (index === 0) trajectoryId = chunk.jetty?.trajectory_id;
        },
      },
    );
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    expect(trajectoryId).toBe("traj_123");
    await collect({ [Symbol.asyncIterator]: () => iterator });
    expect(indexes).toEqual([0, 1]);
  });

  it("uses a custom parse for every event, with the event name", async () => {
    const wire = `event: progress\ndata: half\n\n${ev({ n: 1 })}${DONE}`;
    const stream = await open(route(writePieces([wire])), {
      parse: (data, event) => ({ event: event.event ?? "message", data }),
    });
    expect((await collect(stream)).items).toEqual([
      { event: "progress", data: "half" },
      { event: "message", data: '{"n":1}' },
    ]);
  });

  it("raises ResponseValidationError for invalid JSON and releases the connection", async () => {
    const path = route(writePieces(["data: {not json}\n\n", ev({ n: 1 })], false));
    const { error } = await collect(await open(path));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).body).toBe("{not json}");
    expect(await closedWithin(path)).toEqual({ finished: false });
  });

  it("turns an error status into an APIError carrying the body", async () => {
    const response = new Response(JSON.stringify({ detail: "Task not found" }), {
      status: 404,
      headers: { "content-type": "application/json", "x-request-id": "req_404" },
    });
    const { items, error } = await collect(Stream.fromSSEResponse(response, new AbortController()));
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(404);
    expect((error as APIError).body).toEqual({ detail: "Task not found" });
    expect((error as APIError).requestID).toBe("req_404");
  });

  it("says so when a 200 response is not an event stream", async () => {
    const response = new Response(JSON.stringify({ id: "chatcmpl-1", choices: [] }), {
      headers: { "content-type": "application/json" },
    });
    const { error } = await collect(Stream.fromSSEResponse(response, new AbortController()));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/application\/json, not text\/event-stream/);
  });

  it("rejects a response without a body", () => {
    expect(() => Stream.fromSSEResponse(new Response(null), new AbortController())).toThrow(JettyError);
  });

  it("an SDK error keeps its type through toReadableStream() and fromReadableStream()", async () => {
    const failure = new StreamError({
      status: 200,
      body: { error: { message: "boom" } },
      error: { message: "boom" },
    });
    const source = new Stream<{ n: number }>(async function* () {
      yield { n: 1 };
      throw failure;
    }, new AbortController());
    const copy = Stream.fromReadableStream<{ n: number }>(source.toReadableStream(), new AbortController());
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of copy) seen.push(item.n);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(seen).toEqual([1]);
    expect(error).toBe(failure);
  });
});
