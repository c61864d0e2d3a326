/**
 * Runbook parsing takes time linear in the runbook. Inputs built to make a backtracking regex
 * quadratic (a delimiter-row candidate of 512 KiB of spaces, a cell of 256 K unclosed parentheses)
 * parse in one pass, and the regex work done, counted, doubles when the input doubles. A 2 MiB
 * input is timed in bench/runbook-parse.ts (no timing here).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseRunbook } from "../../src/runbooks";
import { extractParameterTable, isDelimiterRow } from "../../src/runbooks/parameters";
import { ADVERSARIAL_RUNBOOKS } from "../helpers/adversarial-runbooks";

const FM = '---\nversion: "1"\n---\n';

/**
 * Regex work, counted: every regex execution (test, exec, match, replace, split all go through
 * RegExp.prototype.exec once it is replaced) and the characters each had in front of it.
 */
const work = { executions: 0, characters: 0 };
const originalExec = RegExp.prototype.exec;
beforeEach(() => {
  work.executions = 0;
  work.characters = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    work.executions++;
    work.characters += String(input).length - (this.global || this.sticky ? this.lastIndex : 0);
    return originalExec.call(this, input);
  };
});
afterEach(() => {
  RegExp.prototype.exec = originalExec;
});

describe("runbook parsing is linear", () => {
  for (const [name, build] of Object.entries(ADVERSARIAL_RUNBOOKS)) {
    it(`${name}: parses 512 KiB in one pass`, () => {
      const runbook = parseRunbook(FM + build(512 * 1024));
      expect(runbook.body.length).toBeGreaterThan(0.9 * 512 * 1024);
    });

    it(`${name}: doubling the input at most doubles the regex work`, () => {
      const measure = (size: number) => {
        work.executions = 0;
        work.characters = 0;
        parseRunbook(FM + build(size));
        return { ...work };
      };
      const small = measure(64 * 1024);
      const large = measure(128 * 1024);
      expect(large.executions).toBeLessThanOrEqual(2 * small.executions + 16);
      expect(large.characters).toBeLessThanOrEqual(2.2 * small.characters + 1024);
      // And in absolute terms: a few passes over the input, not one per character.
      expect(large.characters).toBeLessThan(8 * 128 * 1024);
    });
  }
});

describe("the delimiter row, scanned by hand", () => {
  it.each([
    ["|---|---|", true],
    ["| :--- | ---: | :-: |", true],
    ["---|---", true],
    ["  |-|  ", true],
    [":-:", true],
    ["|---||---|", false],
    ["| --- | x |", false],
    ["||", false],
    ["| : |", false],
    ["|", false],
    ["", false],
    [`${" ".repeat(100_000)}x`, false],
    [`-${" ".repeat(100_000)}x`, false],
  ])("%j → %s", (line, expected) => {
    expect(isDelimiterRow(line)).toBe(expected);
  });

  it("still finds the table's rows", () => {
    const rows = extractParameterTable(
      "| Parameter | Default | Description |\n| --- | :---: | --- |\n| `topic` | `ai` | What to cover |\n",
    );
    expect(rows).toEqual([{ candidates: ["topic"], default: "ai", description: "What to cover" }]);
  });
});
