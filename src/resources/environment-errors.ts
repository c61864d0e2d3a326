/**
 * Environment values are secrets the SDK never hands back, so no error built from an environment
 * response may carry one: not the body of a response that failed validation, not an error body
 * that quotes the collection's variables.
 */
import { apiErrorFor } from "../core/error-mapping";
import { APIError, ResponseValidationError } from "../core/errors";
import { REDACTED, scrub, scrubDeep, secretValues } from "../core/redact";

/** `error` with every environment value masked; other errors pass through unchanged. */
export function withoutEnvironmentValues(error: unknown): unknown {
  if (error instanceof ResponseValidationError) {
    // The shape is not what was expected, so a value could be anywhere: every scalar goes.
    return new ResponseValidationError({
      issues: error.issues,
      body: maskScalars(error.body),
      method: error.method,
      url: error.url,
    });
  }
  if (error instanceof APIError) {
    const values = environmentValues(error.body);
    if (values.length === 0) return error;
    return apiErrorFor({
      status: error.status,
      headers: scrubDeep(error.headers, values),
      body: scrubDeep(maskMaps(error.body), values),
      method: error.method,
      url: error.url === undefined ? undefined : scrub(error.url, values),
    });
  }
  return error;
}

/** The values of every `environment_variables` map inside `body`. */
function environmentValues(body: unknown): string[] {
  const values: string[] = [];
  walk(body, (record) => {
    if ("environment_variables" in record) values.push(...secretValues(record.environment_variables));
  });
  return values;
}

/** A copy with each `environment_variables` map's values masked (a `null`, "deleted", stays). */
function maskMaps(body: unknown): unknown {
  return transform(body, (key, value) => {
    if (key !== "environment_variables") return undefined;
    if (value === null || typeof value !== "object" || Array.isArray(value)) return REDACTED;
    return Object.fromEntries(Object.entries(value).map(([name, v]) => [name, v === null ? null : REDACTED]));
  });
}

function maskScalars(body: unknown): unknown {
  return transform(body, (_key, value) =>
    typeof value === "string" || typeof value === "number" || typeof value === "bigint"
      ? REDACTED
      : undefined,
  );
}

type Replace = (key: string | undefined, value: unknown) => unknown;

/**
 * A copy of a JSON value in which `replace` may swap any value (return something other than
 * `undefined`); iterative, so deep bodies are fine.
 */
function transform(root: unknown, replace: Replace): unknown {
  const top = replace(undefined, root);
  if (top !== undefined) return top;
  if (root === null || typeof root !== "object") return root;
  const copyRoot: Record<string, unknown> | unknown[] = Array.isArray(root) ? [] : {};
  const stack: Array<[object, Record<string, unknown> | unknown[]]> = [[root, copyRoot]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    for (const [key, value] of Object.entries(source)) {
      const swapped = replace(Array.isArray(source) ? undefined : key, value);
      let out: unknown = swapped;
      if (swapped === undefined) {
        if (value !== null && typeof value === "object") {
          out = Array.isArray(value) ? [] : {};
          stack.push([value, out as Record<string, unknown> | unknown[]]);
        } else out = value;
      }
      Object.defineProperty(target, key, {
        value: out,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copyRoot;
}

function walk(root: unknown, visit: (record: Record<string, unknown>) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (!Array.isArray(value)) visit(value as Record<string, unknown>);
    for (const inner of Object.values(value)) stack.push(inner);
  }
}
