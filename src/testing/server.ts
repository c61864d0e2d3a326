/**
 * The request pipeline: log → fault → route → auth → handler → JSON reply. Faults come first so every
 * attempt is logged and a scripted failure never depends on the request being valid.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Auth } from "./auth";
import { redactToken } from "./contracts";
import type { Core } from "./core";
import type { Drift } from "./drift";
import type { Faults } from "./faults";
import type { MutableLogEntry, RequestContext } from "./http/context";
import { errorBody } from "./http/error-body";
import { HttpError, Reply, sendBuffer, sendJson, writeJson } from "./http/respond";
import { Router } from "./http/router";
import { hex } from "./ids";
import { assetRoutes } from "./routes/assets";
import { catalogRoutes } from "./routes/catalog";
import { chatRoutes } from "./routes/chat";
import { collectionRoutes } from "./routes/collections";
import { fileRoutes } from "./routes/files";
import { routineRoutes } from "./routes/routines";
import { runRoutes } from "./routes/runs";
import { taskRoutes } from "./routes/tasks";
import { trajectoryRoutes } from "./routes/trajectories";
import type { FaultRule } from "./types";

/** Every route of the emulated API. */
export function buildRouter(core: Core): Router {
  const router = new Router();
  catalogRoutes(router);
  collectionRoutes(router, core);
  taskRoutes(router, core);
  runRoutes(router, core);
  trajectoryRoutes(router, core);
  fileRoutes(router, core);
  assetRoutes(router, core);
  routineRoutes(router, core);
  chatRoutes(router, core);
  return router;
}

/**
 * The `http.Server` request listener. Whatever a request does (a target `new URL` cannot read, a body
 * cut mid-way, a handler that throws after answering), it is answered 400/500 or its socket closed,
 * and the emulator keeps serving: nothing reaches the process as an unhandled rejection.
 */
export function requestListener(core: Core, router: Router, auth: Auth, faults: Faults, drift?: Drift) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    // A client that resets mid-body makes these emit "error"; unheard, that would kill the process.
    req.on("error", ignore);
    res.on("error", ignore);
    try {
      handle(core, router, auth, faults, req, res, drift).catch((error: unknown) =>
        answerFailure(res, error),
      );
    } catch (error) {
      answerFailure(res, error);
    }
  };
}

function ignore(): void {}

/** Last resort for a request whose handling failed outside `route`'s own error handling. */
function answerFailure(res: ServerResponse, error: unknown): void {
  try {
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    const status = error instanceof HttpError ? error.status : 500;
    const detail =
      error instanceof HttpError
        ? error.detail
        : `Emulator error: ${error instanceof Error ? error.message : String(error)}`;
    const body = Buffer.from(JSON.stringify({ detail }));
    res.writeHead(status, { "content-type": "application/json", "content-length": String(body.length) });
    res.end(body);
  } catch {
    res.destroy();
  }
}

/**
 * The request target as a URL. Origin-form targets ("/path?query") are always read as a path, so "//x"
 * is the path "//x" and not the host "x"; absolute-form ("http://host/path") is accepted as HTTP/1.1
 * allows; anything `URL` cannot read is a 400.
 */
function requestTarget(target: string): URL {
  try {
    return target.startsWith("/") ? new URL(`${ORIGIN}${target}`) : new URL(target);
  } catch {
    throw new HttpError(400, "Invalid request target");
  }
}

const ORIGIN = "http://emulator.invalid";

async function handle(
  core: Core,
  router: Router,
  auth: Auth,
  faults: Faults,
  req: IncomingMessage,
  res: ServerResponse,
  drift: Drift | undefined,
) {
  const method = (req.method ?? "GET").toUpperCase();
  const target = req.url ?? "/";
  let url: URL;
  try {
    url = requestTarget(target);
  } catch (error) {
    // Logged as sent, so a test can see that it arrived.
    core.store.logRequest({ method, path: target, query: "", headers: logHeaders(req), at: Date.now() });
    throw error;
  }
  const log: MutableLogEntry = {
    method,
    path: url.pathname,
    query: url.search.slice(1),
    headers: logHeaders(req),
    at: Date.now(),
  };
  core.store.logRequest(log);
  res.setHeader("x-request-id", `req_${hex(8)}`);
  const fault = faults.take(method, url.pathname, url.search);
  const ctx: RequestContext = {
    req,
    res,
    method,
    path: url.pathname,
    query: url.searchParams,
    params: {},
    operation: undefined,
    principal: undefined,
    log,
    fault,
    muted: false,
    responses: core.responses,
    drift: drift?.for(method, url.pathname, url.search),
  };
  if (fault?.delay) await core.scheduler.sleep(fault.delay);
  const answersInstead = fault?.reset || fault?.status !== undefined;
  if (answersInstead && fault?.afterHandling) {
    // The server acts (a run starts), but the client gets the fault instead of the real answer.
    const handled = route(router, auth, { ...ctx, muted: true }, url.search);
    await Promise.race([handled, bodyConsumed(req).then(() => core.scheduler.sleep(0))]);
  }
  if (fault?.reset) {
    req.socket.resetAndDestroy();
    return;
  }
  if (fault?.status !== undefined) {
    sendFault(ctx, fault);
    return;
  }
  await route(router, auth, ctx, url.search);
}

/** Routing, authentication, the handler and its JSON reply, with errors turned into `{detail}` bodies. */
async function route(router: Router, auth: Auth, ctx: RequestContext, search: string): Promise<void> {
  const { req, res } = ctx;
  try {
    const match = router.match(ctx.method, ctx.path);
    if (match.kind === "not-found") throw new HttpError(404, "Not Found");
    if (match.kind === "method-not-allowed") {
      throw new HttpError(405, "Method Not Allowed", { allow: match.allow.join(", ") });
    }
    if (match.kind === "redirect") {
      sendBuffer(ctx, 307, { location: match.location + search }, Buffer.alloc(0));
      return;
    }
    ctx.params = match.params;
    if (match.operationId) ctx.log.operationId = match.operationId;
    ctx.operation = match.operation;
    if (match.auth === "required" || (match.auth === "optional" && req.headers.authorization !== undefined)) {
      ctx.principal = auth.authenticate(req.headers.authorization);
    }
    const result = await match.handler(ctx);
    if (result === undefined) return; // the handler streamed its own response
    if (result instanceof Reply) sendJson(ctx, result.status, result.body, result.headers);
    else sendJson(ctx, 200, result);
  } catch (err) {
    if (ctx.muted) return;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (err instanceof HttpError)
      sendJson(ctx, err.status, errorBody(ctx.path, err.status, err.detail), err.headers);
    else {
      const detail = `Emulator error: ${err instanceof Error ? err.message : String(err)}`;
      sendJson(ctx, 500, errorBody(ctx.path, 500, detail));
    }
  }
}

/** Resolves once the whole request body has been read (by a handler) or the request is gone. */
function bodyConsumed(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.once("end", () => resolve());
    req.once("close", () => resolve());
  });
}

function sendFault(ctx: RequestContext, fault: FaultRule): void {
  const headers = { ...lowerCase(fault.headers ?? {}) };
  const body = fault.body === undefined ? errorBody(ctx.path, fault.status!, "Injected fault") : fault.body;
  if (typeof body === "string" || Buffer.isBuffer(body)) {
    sendBuffer(
      ctx,
      fault.status!,
      { "content-type": "text/plain; charset=utf-8", ...headers },
      Buffer.from(body),
    );
  } else {
    writeJson(ctx, fault.status!, body, headers); // a scripted answer: neither shaped nor checked
  }
}

/** Request headers for the log, with the bearer token shown only as `mlc_...abcd`. */
function logHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    out[key] =
      key === "authorization"
        ? text.replace(
            /^(\S+\s+)?(\S+)$/,
            (_m, scheme = "", token: string) => `${scheme}${redactToken(token)}`,
          )
        : text;
  }
  return out;
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
