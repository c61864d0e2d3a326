/** docs/emulator.md documents every activity the emulator emulates, and no other. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatedActivities } from "../../src/testing/engine/registry";
import { root } from "./typecheck-snippets";

describe("docs/emulator.md", () => {
  it("has a section with parameters and outputs for each registered activity", async () => {
    const text = await readFile(join(root, "docs/emulator.md"), "utf8");
    const activities = text.slice(text.indexOf("\n## Activities"), text.indexOf("\n## Faults"));
    const sections = activities.split(/\n### /).slice(1);
    const documented = sections.map((s) => /^`([a-z0-9_]+)`/.exec(s)?.[1]);
    expect(documented.sort()).toEqual(emulatedActivities().sort());
    for (const section of sections) {
      // Each section either lists its parameters and outputs or points at the activity it mirrors.
      expect(
        (section.includes("**Parameters**") && section.includes("**Outputs**")) ||
          /^`\w+`\n\n- As `\w+`/.test(section),
        section,
      ).toBe(true);
    }
  });
});
