import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** One request as the loopback server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

/**
 * A scriptable HTTP server on 127.0.0.1 for transport tests: each request is logged, then handled
 * by the next queued handler (or the fallback). Tracks sockets so close() leaves nothing open.
 */
export interface Loopback {
  url: string;
  requests: SeenRequest[];
  /** Queue handlers for the next requests, in order. */
  next(...handlers: Handler[]): void;
  /** Handler used when the queue is empty. */
  fallback: Handler;
  close(): Promise<void>;
}

export async function startLoopback(fallback?: Handler): Promise<Loopback> {
  const queue: Handler[] = [];
  const sockets = new Set<Socket>();
  const requests: SeenRequest[] = [];
  const state: { fallback: Handler } = {
    fallback: fallback ?? ((_req, res) => json(res, 200, { ok: true })),
  };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return; // The client went away mid-body (an aborted or timed-out test request): nothing to answer.
    }
    const body = Buffer.concat(chunks).toString("utf8");
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
    const handler = queue.shift() ?? state.fallback;
    await handler(req, res, body);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    next: (...handlers) => queue.push(...handlers),
    get fallback() {
      return state.fallback;
    },
    set fallback(handler: Handler) {
      state.fallback = handler;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export const respond =
  (
    status: number,
    body: unknown = { detail: `status ${status}` },
    headers: Record<string, string> = {},
  ): Handler =>
  (_req, res) =>
    json(res, status, body, headers);

/** Destroys the connection without answering. */
export const reset: Handler = (req) => {
  req.socket.destroy();
};

/** Answers only after `ms`, long past a short client timeout. */
export const stall =
  (ms: number): Handler =>
  (_req, res) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        if (!res.destroyed) json(res, 200, { late: true });
        resolve();
      }, ms);
      res.on("close", () => {
        clearTimeout(timer);
        resolve();
      });
    });

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A logger that records every line, for asserting on what was (and was not) logged. */
export function recordingLogger(): {
  lines: string[];
  logger: Record<"error" | "warn" | "info" | "debug", (...a: unknown[]) => void>;
} {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push(`${level} ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`);
  return {
    lines,
    logger: { error: record("error"), warn: record("warn"), info: record("info"), debug: record("debug") },
  };
}

/** The error a promise rejects with; fails the test when it resolves instead. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of the errors they provoke.
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}
