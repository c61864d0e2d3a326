/**
 * Path expressions are bounded: length and depth give a typed PathSyntaxError (never a stack
 * overflow), the parse cache is bounded by the memory it holds, and errors quote an excerpt of a
 * long expression rather than all of it.
 */
import { describe, expect, it } from "vitest";
import {
  evaluatePath,
  PATH_LIMITS,
  PathResolutionError,
  PathSyntaxError,
  parsePath,
} from "../../src/workflows/path";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/** `{ a: [[[ ... "leaf" ... ]]] }`, `depth` arrays deep. */
function nested(depth: number): { init_params: { a: unknown } } {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = [value];
  return { init_params: { a: value } };
}

describe("path expression limits", () => {
  it("20 000 nested wildcards: a PathSyntaxError from parse and evaluate, not a RangeError", () => {
    const expression = `init_params.a${"[*]".repeat(20_000)}`;
    for (const run of [() => parsePath(expression), () => evaluatePath(nested(10), expression)]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(PathSyntaxError);
      expect((error as Error).message.length).toBeLessThan(400);
    }
  });

  it(`up to ${PATH_LIMITS.maxSegments} segments evaluate; one more is refused`, () => {
    const wildcards = PATH_LIMITS.maxSegments - 2;
    const deepest = `init_params.a${"[*]".repeat(wildcards)}`;
    let result = evaluatePath(nested(wildcards), deepest);
    for (let i = 0; i < wildcards; i++) result = (result as unknown[])[0];
    expect(result).toBe("leaf");
    const error = thrown(() => parsePath(`${deepest}[*]`)) as PathSyntaxError;
    expect(error).toBeInstanceOf(PathSyntaxError);
    expect(error.expected).toMatch(/at most 256 segments/);
    expect(error.position).toBe(deepest.length);
  });

  it(`up to ${PATH_LIMITS.maxLength} characters parse; longer is refused, naming the limit`, () => {
    const longest = `init_params.${"k".repeat(PATH_LIMITS.maxLength - 12)}`;
    expect(longest).toHaveLength(PATH_LIMITS.maxLength);
    expect(parsePath(longest)).toHaveLength(2);
    const error = thrown(() => parsePath(`${longest}k`)) as PathSyntaxError;
    expect(error).toBeInstanceOf(PathSyntaxError);
    expect(error.position).toBe(PATH_LIMITS.maxLength);
    expect(error.expected).toBe(`an expression of at most 4096 characters (this one has 4097)`);
  });

  it("an error about a 1 MiB expression quotes an excerpt and keeps at most 4 KiB of it", () => {
    const huge = `init_params.${"x".repeat(1024 * 1024)}`;
    const error = thrown(() => parsePath(huge)) as PathSyntaxError;
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain(`(${huge.length} characters)`);
    expect(error.expression.length).toBeLessThanOrEqual(4097);
    expect(JSON.stringify(error).length).toBeLessThan(5000);
  });

  it("a syntax error in a long expression shows the part around it", () => {
    const expression = `init_params.${"a".repeat(3000)}..b`;
    const error = thrown(() => parsePath(expression)) as PathSyntaxError;
    expect(error.position).toBe(3013);
    expect(error.message).toMatch(/"…a+\.\.b" \(3015 characters\) at position 3013/);
  });

  it("a strict resolution error quotes an excerpt too", () => {
    const key = "k".repeat(3000);
    const error = thrown(() => evaluatePath({ init_params: {} }, `init_params.${key}`, { strict: true }));
    expect(error).toBeInstanceOf(PathResolutionError);
    // The detail names the missing key; the expression itself is not repeated whole.
    expect((error as Error).message.split(key).length - 1).toBe(1);
  });
});

describe("the parse cache is bounded by size", () => {
  it("large expressions evict each other long before the entry count limit", () => {
    const big = (i: number) => `init_params.${String(i).padStart(6, "0")}${"z".repeat(3900)}`;
    const first = parsePath(big(0));
    expect(parsePath(big(0))).toBe(first);
    // 100 entries of ~8 KB each are far more than the cache's byte budget, far fewer than 512.
    for (let i = 1; i <= 100; i++) parsePath(big(i));
    const again = parsePath(big(0));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("small expressions still stay cached", () => {
    const first = parsePath("init_params.small");
    for (let i = 0; i < 100; i++) parsePath(`init_params.s${i}`);
    expect(parsePath("init_params.small")).toBe(first);
  });
});
