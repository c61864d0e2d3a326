/**
 * The `_path` convention: a key `x_path` (at any depth of a step config, inside objects and arrays)
 * holds a path expression; its value is resolved with the shared evaluator in strict mode and stored
 * under `x`. Everything else is copied as written.
 */
import { evaluatePath, OPAQUE_PARAMETERS, type PathContext } from "../contracts";
import { StepFailure } from "./activity";

const SUFFIX = "_path";

/** The step's inputs: its config without `activity`, with every `*_path` key resolved. */
export function resolveParams(
  config: Readonly<Record<string, unknown>>,
  context: PathContext,
  literalKeys: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === "activity") continue;
    // Data parameters (a JSON schema, child init params, extract_keys) are handed on as written.
    if (literalKeys.includes(key) || OPAQUE_PARAMETERS.has(key)) out[key] = value;
    else assign(out, key, value, context, key);
  }
  return out;
}

function assign(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
  context: PathContext,
  where: string,
) {
  if (key.endsWith(SUFFIX) && key.length > SUFFIX.length) {
    target[key.slice(0, -SUFFIX.length)] = resolveReference(value, context, where);
  } else {
    target[key] = resolveNested(value, context, where);
  }
}

function resolveNested(value: unknown, context: PathContext, where: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => resolveNested(v, context, `${where}[${i}]`));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) assign(out, key, inner, context, `${where}.${key}`);
  return out;
}

function resolveReference(expr: unknown, context: PathContext, where: string): unknown {
  if (typeof expr !== "string") {
    throw new StepFailure(
      `ValueError: '${where}' must be a path expression string, got ${JSON.stringify(expr)}`,
    );
  }
  try {
    return evaluatePath(context, expr, { strict: true });
  } catch (err) {
    const e = err as Error;
    throw new StepFailure(`${e.name}: ${e.message} (in '${where}')`);
  }
}
