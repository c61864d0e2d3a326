/**
 * Typo suggestions ("did you mean …") compare names by edit distance; with only a distance of 3 or
 * less worth reporting, the comparison stays in a narrow band, so two 200 000-character names that
 * differ at the end are compared in linear time instead of 4·10¹⁰ steps.
 */
import { describe, expect, it } from "vitest";
import { closest } from "../../src/workflows/issues";
import { validateWorkflow } from "../../src/workflows/validate";

describe("typo suggestions in linear time", () => {
  it("finds the near miss between two very long names", () => {
    const long = "step".repeat(50_000);
    expect(closest(`${long}a`, [`${long}bc`, `${long}b`])).toBe(`${long}b`);
    expect(closest(`${long}ab`, [`${long}ba`])).toBe(`${long}ba`);
    expect(closest(`${long}abcd`, [`${long}wxyz`])).toBeUndefined();
  });

  it("validateWorkflow on a workflow with huge step names finishes", () => {
    const long = "s".repeat(100_000);
    const result = validateWorkflow({
      init_params: {},
      step_configs: { [`${long}1`]: { activity: "text_echo", text_path: `${long}2.outputs.text` } },
      steps: [`${long}1`],
    });
    expect(result.valid).toBe(false);
  });
});
