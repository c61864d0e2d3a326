/**
 * Request validation with the generated Zod schemas, reported the way FastAPI reports it:
 * `422 {"detail":[{"loc":["body","name"],"msg":"Field required","type":"missing"}]}`.
 */
import type { z } from "zod/mini";
import type { Wire } from "../wire";
import { HttpError } from "./respond";

/** One FastAPI validation error item (the fields of the wire schema the emulator fills). */
export type DetailItem = Pick<Wire<"ValidationErrorItem">, "loc" | "msg" | "type" | "input">;

/** Throws a 422 carrying `items`. */
export function unprocessable(items: DetailItem[]): never {
  throw new HttpError(422, items);
}

/** A single-item 422, for checks the schemas cannot express (e.g. a query parameter range). */
export function invalid(loc: (string | number)[], msg: string, type = "value_error"): never {
  unprocessable([{ loc, msg, type }]);
}

/** Parses `data` with `schema` or throws a 422 whose `loc` entries start with `prefix`. */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  prefix: (string | number)[] = ["body"],
): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  unprocessable(result.error.issues.map((issue) => toDetail(issue, prefix)));
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ["string_type", "a valid string"],
  number: ["float_type", "a valid number"],
  int: ["int_type", "a valid integer"],
  boolean: ["bool_type", "a valid boolean"],
  object: ["dict_type", "a valid dictionary"],
  record: ["dict_type", "a valid dictionary"],
  array: ["list_type", "a valid list"],
};

function toDetail(issue: z.core.$ZodIssue, prefix: (string | number)[]): DetailItem {
  const loc = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const withInput = (item: DetailItem): DetailItem =>
    "input" in issue && issue.input !== undefined ? { ...item, input: issue.input } : item;
  switch (issue.code) {
    case "invalid_type": {
      // With reportInput, a key that is absent is the only invalid_type issue without an input.
      if (!("input" in issue) || issue.input === undefined)
        return { loc, msg: "Field required", type: "missing" };
      const [type, what] = TYPE_NAMES[issue.expected] ?? [
        `${issue.expected}_type`,
        `a valid ${issue.expected}`,
      ];
      return withInput({ loc, msg: `Input should be ${what}`, type });
    }
    case "invalid_value": {
      const values = issue.values.map((v) => (typeof v === "string" ? `'${v}'` : String(v)));
      const list = values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values.at(-1)}` : values[0];
      return withInput({
        loc,
        msg: `Input should be ${list}`,
        type: values.length > 1 ? "enum" : "literal_error",
      });
    }
    case "too_small":
      return withInput({
        loc,
        msg: tooMessage("at least", issue.origin, issue.minimum),
        type: tooType(issue, "short"),
      });
    case "too_big":
      return withInput({
        loc,
        msg: tooMessage("at most", issue.origin, issue.maximum),
        type: tooType(issue, "long"),
      });
    case "unrecognized_keys":
      return {
        loc: [...loc, issue.keys[0] ?? ""],
        msg: "Extra inputs are not permitted",
        type: "extra_forbidden",
      };
    case "invalid_format":
      return withInput({ loc, msg: `Input should be a valid ${issue.format}`, type: "value_error" });
    default:
      return withInput({ loc, msg: issue.message, type: "value_error" });
  }
}

function tooMessage(bound: string, origin: string, limit: number | bigint): string {
  if (origin === "string") return `String should have ${bound} ${limit} character${limit === 1 ? "" : "s"}`;
  if (origin === "array" || origin === "set")
    return `List should have ${bound} ${limit} item${limit === 1 ? "" : "s"}`;
  return `Input should be ${bound === "at least" ? "greater than or equal to" : "less than or equal to"} ${limit}`;
}

function tooType(issue: { origin: string; code: string }, length: "short" | "long"): string {
  if (issue.origin === "string") return `string_too_${length}`;
  if (issue.origin === "array" || issue.origin === "set") return `too_${length}`;
  return issue.code === "too_small" ? "greater_than_equal" : "less_than_equal";
}
