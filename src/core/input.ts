import { InvalidInputError } from "./errors";

/** Rejects empty or non-string names before anything is sent; returns the name unchanged. */
export function requireName(param: string, value: unknown): string {
  if (typeof value !== "string") {
    throw new InvalidInputError(param, `expected a non-empty string, got ${describe(value)}.`);
  }
  if (value.trim() === "") throw new InvalidInputError(param, "must not be empty or blank.");
  return value;
}

/** Rejects anything that is not a plain object (arrays and null included). */
export function requireObject(param: string, value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidInputError(param, `expected an object, got ${describe(value)}.`);
  }
  return value as Record<string, unknown>;
}

/**
 * Serialises a value to JSON, refusing what JSON would silently drop or mangle: functions,
 * symbols, undefined array items, BigInt, non-finite numbers and cycles. The error names the path.
 */
export function toStrictJSON(param: string, value: unknown): string {
  try {
    checkJsonValue(param, value, new Set());
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError)
      throw new InvalidInputError(param, "is nested too deeply to send as JSON.");
    throw error;
  }
}

function checkJsonValue(path: string, value: unknown, seen: Set<object>): void {
  switch (typeof value) {
    case "string":
    case "boolean":
      return;
    case "number":
      if (!Number.isFinite(value)) throw new InvalidInputError(path, `${value} cannot be sent as JSON.`);
      return;
    case "bigint":
      throw new InvalidInputError(path, "BigInt cannot be sent as JSON; convert it to a string or number.");
    case "function":
    case "symbol":
    case "undefined":
      throw new InvalidInputError(path, `a ${typeof value} cannot be sent as JSON.`);
  }
  if (value === null) return;
  const object = value as object;
  if (seen.has(object)) throw new InvalidInputError(path, "contains a circular reference.");
  if (typeof (object as { toJSON?: unknown }).toJSON === "function") return;
  seen.add(object);
  if (Array.isArray(object)) {
    object.forEach((item, index) => {
      checkJsonValue(`${path}[${index}]`, item, seen);
    });
  } else {
    for (const [key, item] of Object.entries(object)) {
      // JSON.stringify drops undefined members; that is the expected "leave it out" behaviour.
      if (item !== undefined) checkJsonValue(`${path}.${key}`, item, seen);
    }
  }
  seen.delete(object);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  return typeof value;
}

/** JSON text of a request body; what JSON cannot carry is the caller's mistake, named as such. */
export function serializeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    const why =
      error instanceof RangeError
        ? "it is nested too deeply to send as JSON"
        : `it cannot be sent as JSON (${(error as Error).message})`;
    throw new InvalidInputError("body", `${why}.`);
  }
}
