/** Reading JSON request bodies (multipart lives in `multipart.ts`). */

import type { z } from "zod";
import { type OperationDescriptor, schemaFor } from "../contracts";
import { loggable } from "../store";
import type { RequestContext } from "./context";
import { unprocessable, validate } from "./validation";

const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** Reads the whole body as bytes (JSON bodies are small; uploads never come through here). */
export async function readRaw(ctx: RequestContext): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_JSON_BYTES) unprocessable([{ loc: ["body"], msg: "Body too large", type: "value_error" }]);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads and parses a JSON body. An empty body is `undefined` (the schema then reports "Field required");
 * malformed JSON is FastAPI's `json_invalid` 422. The parsed body is recorded in the request log with
 * secrets redacted.
 */
export async function readJson(ctx: RequestContext): Promise<unknown> {
  const raw = await readRaw(ctx);
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  try {
    const value: unknown = JSON.parse(text);
    ctx.log.body = loggable(redactBody(value), raw.length);
    return value;
  } catch (err) {
    ctx.log.body = text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
    unprocessable([
      { loc: ["body", 0], msg: `JSON decode error: ${(err as Error).message}`, type: "json_invalid" },
    ]);
  }
}

/** The parsed request body of `Op` (its request schema's output; `unknown` when it has none). */
export type BodyOf<Op> = Op extends { request: { readonly type?: infer S extends z.core.$ZodType } }
  ? z.output<S>
  : unknown;

/**
 * Reads the JSON body and validates it against the request schema of the route's operation, from the
 * operation table (FastAPI's 422 with `detail` items when it does not match). Multipart operations
 * read their forms with `readMultipart`: FastAPI coerces form fields more loosely than a form schema.
 */
export async function readBody<Op extends OperationDescriptor | undefined>(
  ctx: Omit<RequestContext, "operation"> & { operation: Op },
): Promise<BodyOf<Op>> {
  const body = await readJson(ctx as RequestContext);
  const schema = ctx.operation?.request;
  return (schema ? validate(schemaFor(schema), body) : body) as BodyOf<Op>;
}

const SECRET_KEYS = new Set(["secret_params", "webhook_secret"]);

/**
 * A copy of a request body that is safe to keep in the log: secret parameters are replaced and environment
 * variable values hidden (a `null`, which means "delete", stays visible).
 */
function redactBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactBody);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_KEYS.has(key)) out[key] = "[REDACTED]";
    else if (key === "environment_variables" && inner && typeof inner === "object") {
      out[key] = Object.fromEntries(
        Object.entries(inner).map(([k, v]) => [k, v === null ? null : "[REDACTED]"]),
      );
    } else out[key] = redactBody(inner);
  }
  return out;
}
