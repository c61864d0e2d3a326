import type { z } from "zod";
import { JettyError, ResponseValidationError } from "./errors";
import { scrub, scrubDeep } from "./redact";

/** Where a response came from, for error messages (the URL unscrubbed: it is scrubbed here). */
export interface ResponseContext {
  method: string;
  url: string;
}

/**
 * Checks a parsed body against a generated schema. Unknown fields pass (the schemas are loose);
 * a missing required field or a wrong type raises {@link ResponseValidationError} with a JSON path.
 * The error is scrubbed like an `APIError` (body and URL); a body too deeply nested for the
 * validator or the scrubber is refused with the same error, never a `RangeError`.
 */
export function validateResponse<S extends z.core.$ZodType>(
  schema: S,
  body: unknown,
  context: () => ResponseContext,
  secrets: ReadonlyArray<string> = [],
): z.output<S> {
  let result: z.core.util.SafeParseResult<z.output<S>>;
  try {
    // Every Zod schema, `zod` (classic) or `zod/mini` (the generated ones), parses with `safeParse`;
    // calling the method rather than zod's `safeParse()` keeps zod out of this module's imports.
    result = (schema as unknown as Parser<z.output<S>>).safeParse(body);
  } catch (error) {
    if (error instanceof JettyError) throw error;
    throw tooDeep(context(), secrets);
  }
  if (result.success) return result.data as z.output<S>;
  const { method, url } = context();
  let kept: unknown;
  try {
    kept = scrubDeep(body, secrets);
  } catch {
    throw tooDeep({ method, url }, secrets);
  }
  throw new ResponseValidationError({
    issues: result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
    body: kept,
    method,
    url: scrub(url, secrets),
  });
}

interface Parser<T> {
  safeParse(data: unknown): z.core.util.SafeParseResult<T>;
}

function tooDeep(context: ResponseContext, secrets: ReadonlyArray<string>): ResponseValidationError {
  return new ResponseValidationError({
    issues: [{ path: "$", message: "the response is nested too deeply to check" }],
    body: undefined,
    method: context.method,
    url: scrub(context.url, secrets),
  });
}

/** `["trajectories", 0, "status"]` → `$.trajectories[0].status`. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
