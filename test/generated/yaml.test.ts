/**
 * Issue 9 item 10: api-schema.yaml must load in YAML 1.1 parsers too (PyYAML, and SnakeYAML under
 * swagger-parser and so openapi-generator), and mean the same there as in YAML 1.2.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import YAML, { isMap, isScalar, isSeq, Scalar, visit } from "yaml";

const text = readFileSync(new URL("../../api-schema.yaml", import.meta.url), "utf8");

describe("api-schema.yaml under YAML 1.1", () => {
  it("parses without errors or warnings in YAML 1.1 mode", () => {
    const doc = YAML.parseDocument(text, { version: "1.1", prettyErrors: false });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    expect(doc.warnings.map((w) => w.message)).toEqual([]);
  });

  it("means the same in YAML 1.1 as in 1.2 (no `n`/`yes`/`on` keys turned into booleans, no dates)", () => {
    const v11 = YAML.parse(text, { version: "1.1" });
    const v12 = YAML.parse(text, { version: "1.2" });
    expect(differences(v11, v12, "")).toEqual([]);
  });

  it("has no plain scalar containing `?` inside a flow collection (PyYAML and SnakeYAML reject it)", () => {
    // Both end a plain scalar at `?` in flow context and then fail on the stray key indicator,
    // e.g. `input: { question: What is 2+2? }`. Quoting the value fixes it.
    const offenders: string[] = [];
    visit(YAML.parseDocument(text), {
      Scalar(_key, node, path) {
        const inFlow = path.some((p) => (isMap(p) || isSeq(p)) && p.flow === true);
        if (
          inFlow &&
          isScalar(node) &&
          node.type === Scalar.PLAIN &&
          String(node.source ?? node.value).includes("?")
        ) {
          offenders.push(String(node.source ?? node.value));
        }
      },
    });
    expect(offenders).toEqual([]);
  });
});

/** JSON-pointer-like paths where two parsed documents differ (keys and values). */
function differences(a: unknown, b: unknown, at: string): string[] {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || a instanceof Date) {
    return Object.is(a, b) ? [] : [`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}/${k}`),
  );
}
