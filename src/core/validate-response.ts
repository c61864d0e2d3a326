import type { z } from "zod";
import { ResponseValidationError } from "./errors";
import { scrubDeep } from "./redact";

/** Where a response came from, for error messages. */
export interface ResponseContext {
  method: string;
  url: string;
}

/**
 * Checks a parsed body against a generated schema. Unknown fields pass (the schemas are loose);
 * a missing required field or a wrong type raises {@link ResponseValidationError} with a JSON path.
 */
export function validateResponse<S extends z.ZodType>(
  schema: S,
  body: unknown,
  context: ResponseContext,
  secrets: ReadonlyArray<string> = [],
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new ResponseValidationError({
    issues: result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
    body: scrubDeep(body, secrets),
    method: context.method,
    url: context.url,
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
