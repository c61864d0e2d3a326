import { describe, expect, it } from "vitest";
import { JettyError } from "../../src/core/errors";
import {
  evaluatePath,
  PATH_LIMITS,
  type PathContext,
  PathResolutionError,
  PathSyntaxError,
  parsePath,
  pathContextFromTrajectory,
} from "../../src/workflows/path";

function syntaxError(expression: string): PathSyntaxError {
  try {
    parsePath(expression);
  } catch (error) {
    if (error instanceof PathSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(expression)} to be rejected`);
}

function resolutionError(context: PathContext, expression: string): PathResolutionError {
  try {
    evaluatePath(context, expression, { strict: true });
  } catch (error) {
    if (error instanceof PathResolutionError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(expression)} to fail in strict mode`);
}

describe("parsePath", () => {
  it("splits keys, indexes and wildcards with their positions", () => {
    expect(parsePath("gen.outputs.images[0].path")).toEqual([
      { kind: "key", key: "gen", position: 0 },
      { kind: "key", key: "outputs", position: 4 },
      { kind: "key", key: "images", position: 12 },
      { kind: "index", index: 0, position: 18 },
      { kind: "key", key: "path", position: 22 },
    ]);
    expect(parsePath("s.outputs.rows[*].cells[*]").map((s) => s.kind)).toEqual([
      "key",
      "key",
      "key",
      "wildcard",
      "key",
      "wildcard",
    ]);
  });

  it("accepts every documented form", () => {
    for (const expression of [
      "init_params.prompt",
      "init_params",
      "step1.outputs.text",
      "step1.outputs",
      "step1.inputs.prompt",
      "step1.outputs.items[0].name",
      "step1.outputs.items[*].id",
      "step1.outputs.matrix[*][*]",
      "step1.outputs.matrix[12][3]",
      "read-doc.outputs.content",
      "init_params.file_paths[0]",
    ]) {
      expect(() => parsePath(expression), expression).not.toThrow();
    }
  });

  it.each([
    ["", 0, "a key (init_params or a step name) at the start"],
    ["init_params..b", 12, "a key after '.'"],
    ["a..b", 2, "a key after '.'"],
    ["init_params.", 12, "a key after '.'"],
    ["init_params[", 12, "an index (0, 1, ...) or '*' after '['"],
    ["init_params.a[", 14, "an index"],
    ["init_params.a[x]", 14, "an index (0, 1, ...) or '*' after '['"],
    ["init_params.a[]", 14, "an index"],
    ["init_params.a[-1]", 14, "a non-negative index"],
    ["init_params.a[0", 15, "']'"],
    ["init_params.a[0x]", 15, "a digit or ']'"],
    ["init_params.a[*", 15, "']'"],
    ["init_params.a[*x]", 15, "']'"],
    ["init_params.a[99999999999999999999]", 14, "a smaller index"],
    ["[0]", 0, "a key (init_params or a step name) at the start"],
    [".init_params", 0, "a key (init_params or a step name) at the start"],
    [" init_params.a", 0, "at the start"],
    ["init_params. a", 12, "a key after '.'"],
    ["init_params.a b", 13, "'.', '[' or the end of the expression"],
    ["init_params.a\tb", 13, "'.', '[' or the end of the expression"],
    ["init_params.a]", 13, "'.', '[' or the end of the expression"],
    ["init_params.a[0]b", 16, "'.', '[' or the end of the expression"],
    ["init_params.*", 12, "a wildcard is written '[*]'"],
    ["init_params.a*", 13, "'[*]'"],
    ["step.text", 5, "'inputs' or 'outputs' after the step name 'step'"],
    ["step", 4, "'inputs' or 'outputs'"],
    ["step[0].outputs", 4, "'inputs' or 'outputs'"],
  ])("rejects %j at position %i", (expression, position, expected) => {
    const error = syntaxError(expression);
    expect(error).toBeInstanceOf(JettyError);
    expect(error.expression).toBe(expression);
    expect(error.position).toBe(position);
    expect(error.expected).toContain(expected);
    expect(error.message).toContain(`at position ${position}`);
  });

  it("says what it found at the failing position", () => {
    expect(syntaxError("init_params..b").message).toContain("found '.'");
    expect(syntaxError("init_params.").message).toContain("found the end");
    expect(syntaxError("").message).toContain("found an empty string");
    expect(syntaxError("init_params.a b").message).toContain("found whitespace");
  });

  it("rejects a non-string with a syntax error rather than a TypeError", () => {
    expect(() => parsePath(42 as unknown as string)).toThrow(PathSyntaxError);
  });

  it("caches parsed paths and freezes them", () => {
    const first = parsePath("init_params.cached");
    expect(parsePath("init_params.cached")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it("keeps the cache bounded", () => {
    const first = parsePath("init_params.evicted_soon");
    for (let i = 0; i < 2000; i++) parsePath(`init_params.k${i}`);
    const again = parsePath("init_params.evicted_soon");
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("reports the position of an error at the end of a long (but allowed) input", () => {
    const long = `init_params.${"a".repeat(PATH_LIMITS.maxLength - 13)}[`;
    expect(syntaxError(long).position).toBe(long.length);
  });
});

describe("evaluatePath", () => {
  const context: PathContext = {
    init_params: { text: "hi", list: ["a", "b"], nothing: null, nested: { deep: { value: 3 } } },
    echo: { inputs: { text: "hi" }, outputs: { text: "hi" } },
    gen: {
      inputs: {},
      outputs: {
        images: [
          { path: "c/t/0000/a.png", tags: ["x", "y"] },
          { path: "c/t/0000/b.png", tags: ["z"] },
        ],
      },
    },
    table: {
      inputs: {},
      outputs: {
        rows: [{ cells: [{ v: 1 }, { v: 2 }] }, { cells: [{ v: 3 }] }, { cells: [] }],
        matrix: [
          [1, 2],
          [3, 4],
        ],
        partial: [{ id: "a" }, {}, { id: "c" }],
      },
    },
  };

  it("reads init_params, inputs and outputs", () => {
    expect(evaluatePath(context, "init_params.text")).toBe("hi");
    expect(evaluatePath(context, "init_params.nested.deep.value")).toBe(3);
    expect(evaluatePath(context, "echo.inputs.text")).toBe("hi");
    expect(evaluatePath(context, "echo.outputs")).toEqual({ text: "hi" });
    expect(evaluatePath(context, "init_params")).toBe(context.init_params);
  });

  it("indexes arrays from 0", () => {
    expect(evaluatePath(context, "gen.outputs.images[0].path")).toBe("c/t/0000/a.png");
    expect(evaluatePath(context, "gen.outputs.images[1].tags[0]")).toBe("z");
    expect(evaluatePath(context, "table.outputs.matrix[1][0]")).toBe(3);
  });

  it("maps the rest of the path over a [*] wildcard", () => {
    expect(evaluatePath(context, "gen.outputs.images[*].path")).toEqual(["c/t/0000/a.png", "c/t/0000/b.png"]);
    expect(evaluatePath(context, "gen.outputs.images[*].tags[0]")).toEqual(["x", "z"]);
    expect(evaluatePath(context, "init_params.list[*]")).toEqual(["a", "b"]);
  });

  it("returns nested arrays for nested wildcards, never flattened", () => {
    expect(evaluatePath(context, "table.outputs.rows[*].cells[*].v")).toEqual([[1, 2], [3], []]);
    expect(evaluatePath(context, "table.outputs.matrix[*][*]")).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(evaluatePath(context, "gen.outputs.images[*].tags[*]")).toEqual([["x", "y"], ["z"]]);
  });

  it("returns a present null as null", () => {
    expect(evaluatePath(context, "init_params.nothing")).toBeNull();
    expect(evaluatePath(context, "init_params.nothing", { strict: true })).toBeNull();
  });

  describe("lenient (default)", () => {
    it.each([
      ["init_params.missing"],
      ["init_params.nested.missing.more"],
      ["nobody.outputs.text"],
      ["echo.outputs.missing"],
      ["gen.outputs.images[5].path"],
      ["init_params.text[0]"],
      ["init_params.text[*]"],
      ["init_params.list.length"],
      ["init_params.nothing.key"],
    ])("evaluates %s to undefined", (expression) => {
      expect(evaluatePath(context, expression)).toBeUndefined();
    });

    it("keeps wildcard results aligned with undefined holes", () => {
      expect(evaluatePath(context, "table.outputs.partial[*].id")).toEqual(["a", undefined, "c"]);
    });

    it("never reads inherited properties", () => {
      expect(evaluatePath(context, "init_params.constructor")).toBeUndefined();
      expect(evaluatePath(context, "init_params.__proto__")).toBeUndefined();
      expect(evaluatePath(context, "init_params.toString")).toBeUndefined();
    });

    it("still throws on malformed expressions", () => {
      expect(() => evaluatePath(context, "init_params..x")).toThrow(PathSyntaxError);
    });
  });

  describe("strict", () => {
    it("names the expression and the missing key", () => {
      const error = resolutionError(context, "init_params.foo");
      expect(error.message).toBe("init_params.foo: key 'foo' not found");
      expect(error.reason).toBe("missing-key");
      expect(error.location).toBe("init_params");
      expect(error.position).toBe(12);
      expect(error.segment).toEqual({ kind: "key", key: "foo", position: 12 });
      expect(error).toBeInstanceOf(JettyError);
    });

    it("names the first segment that failed, not the last", () => {
      const error = resolutionError(context, "init_params.nested.missing.more");
      expect(error.message).toBe("init_params.nested.missing.more: key 'missing' not found");
      expect(error.location).toBe("init_params.nested");
    });

    it("says when a step has not run", () => {
      expect(resolutionError(context, "nobody.outputs.text").message).toBe(
        "nobody.outputs.text: step 'nobody' not found (no step of that name has run)",
      );
      expect(resolutionError({}, "init_params.x").message).toContain("key 'init_params' not found");
    });

    it("reports an index out of range with the length", () => {
      const error = resolutionError(context, "gen.outputs.images[5].path");
      expect(error.message).toBe("gen.outputs.images[5].path: index 5 out of range (length 2)");
      expect(error.reason).toBe("index-out-of-range");
    });

    it("reports a wildcard or index on a non-array", () => {
      expect(resolutionError(context, "init_params.text[*]").message).toBe(
        "init_params.text[*]: [*] applied to a string, not an array",
      );
      const error = resolutionError(context, "init_params.nested[0]");
      expect(error.message).toBe("init_params.nested[0]: [0] applied to an object, not an array");
      expect(error.reason).toBe("not-an-array");
    });

    it("reports a key on a non-object", () => {
      const error = resolutionError(context, "init_params.nothing.key");
      expect(error.message).toBe("init_params.nothing.key: key 'key' applied to null, not an object");
      expect(error.reason).toBe("not-an-object");
      expect(resolutionError(context, "init_params.list.length").message).toContain("applied to an array");
    });

    it("names the element a wildcard was visiting when it failed", () => {
      const error = resolutionError(context, "table.outputs.partial[*].id");
      expect(error.message).toBe(
        "table.outputs.partial[*].id: key 'id' not found at table.outputs.partial[1]",
      );
      expect(error.location).toBe("table.outputs.partial[1]");
      const nested = resolutionError(context, "table.outputs.rows[*].cells[*].w");
      expect(nested.location).toBe("table.outputs.rows[0].cells[0]");
    });
  });
});

describe("pathContextFromTrajectory", () => {
  it("keys init_params and each step's inputs and outputs", () => {
    const context = pathContextFromTrajectory({
      init_params: { text: "hi" },
      steps: { echo: { inputs: { text: "hi" }, outputs: { text: "HI" } } },
    });
    expect(context).toEqual({
      init_params: { text: "hi" },
      echo: { inputs: { text: "hi" }, outputs: { text: "HI" } },
    });
    expect(evaluatePath(context, "echo.outputs.text")).toBe("HI");
  });

  it("drops unrelated step fields and leaves out what a step has not produced", () => {
    const trajectory = {
      init_params: {},
      steps: { running: { inputs: { a: 1 }, status: "running" }, broken: null },
    } as const;
    const context = pathContextFromTrajectory(trajectory);
    expect(context.running).toEqual({ inputs: { a: 1 } });
    expect(context.broken).toEqual({});
    expect(resolutionError(context, "running.outputs.text").message).toBe(
      "running.outputs.text: key 'outputs' not found",
    );
  });

  it("copes with missing init_params and steps", () => {
    expect(pathContextFromTrajectory({})).toEqual({ init_params: {} });
    expect(pathContextFromTrajectory({ steps: null })).toEqual({ init_params: {} });
  });

  it("cannot be tricked by step names into replacing init_params or the prototype", () => {
    const steps = JSON.parse('{"__proto__": {"outputs": {"x": 1}}, "init_params": {"outputs": {}}}');
    const context = pathContextFromTrajectory({ init_params: { a: 1 }, steps });
    expect(Object.getPrototypeOf(context)).toBe(Object.prototype);
    expect(evaluatePath(context, "__proto__.outputs.x")).toBe(1);
    expect(evaluatePath(context, "init_params.a")).toBe(1);
  });
});
