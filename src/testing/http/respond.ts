/**
 * Writing responses. Every byte the emulator sends goes through `sendBuffer` or `sendChunks`, so the
 * `truncate` fault works on any route: headers promise the full length, half the body is written, and the
 * socket is cut.
 */
import { TextBody } from "../responses/sparse";
import type { RequestContext } from "./context";

/** An error a handler throws to answer with a FastAPI-style `{"detail": ...}` body. */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly status: number,
    readonly detail: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof detail === "string" ? detail : `HTTP ${status}`);
  }
}

/** A JSON reply with a status other than 200, or with extra headers. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/**
 * Sends a handler's answer: shaped and self-checked by the emulator's response policy, then drifted
 * (`EmulatorOptions.drift`), then written as JSON (`undefined` sends an empty body, as for 204).
 */
export function sendJson(
  ctx: RequestContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  if (ctx.responses) {
    ({ status, body } = ctx.responses.outgoing(ctx.operation, ctx, status, body));
  }
  if (ctx.drift && status >= 200 && status < 300 && !(body instanceof TextBody)) body = ctx.drift(body);
  writeJson(ctx, status, body, headers);
}

/** Writes `body` exactly as given: JSON, nothing for `undefined`, or a {@link TextBody} as text. */
export function writeJson(
  ctx: RequestContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  if (body instanceof TextBody) {
    sendBuffer(
      ctx,
      status,
      { "content-type": "text/plain; charset=utf-8", ...headers },
      Buffer.from(body.text),
    );
    return;
  }
  if (body === undefined) {
    sendBuffer(ctx, status, headers, Buffer.alloc(0));
    return;
  }
  const buf = Buffer.from(JSON.stringify(body));
  sendBuffer(ctx, status, { "content-type": "application/json", ...headers }, buf);
}

/** Sends one buffer with an exact Content-Length. */
export function sendBuffer(
  ctx: RequestContext,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
) {
  void sendChunks(ctx, status, headers, [body], body.length);
}

/**
 * Streams `chunks` (total `size` bytes) with backpressure, so a large stored file is never copied into one
 * buffer. Resolves when the body is written or the client went away.
 */
export async function sendChunks(
  ctx: RequestContext,
  status: number,
  headers: Record<string, string>,
  chunks: readonly Buffer[],
  size: number,
): Promise<void> {
  const { res } = ctx;
  if (ctx.muted || res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, "content-length": String(size) });
  if (ctx.fault?.truncate || ctx.fault?.brokenStream) {
    // Half the promised bytes, then a dead socket: the client sees a premature end of body.
    const half = Buffer.concat(chunks as Buffer[]).subarray(0, Math.floor(size / 2));
    res.write(half, () => res.socket?.destroy());
    return;
  }
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drained(res);
  }
  res.end();
}

function drained(res: RequestContext["res"]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}
