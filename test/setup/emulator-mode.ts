/**
 * Runs before every test file: every `startEmulator()` of the file validates its own responses
 * (`validateResponses`), and the vitest project "sparse" (JETTY_EMULATOR_RESPONSES=sparse) makes
 * them serve the least bodies the evidence allows. After each test, no emulator may have sent a body
 * its operation's schema rejects. The package itself never reads JETTY_EMULATOR_RESPONSES.
 */
import { afterEach, expect } from "vitest";
import { setEmulatorDefaults, watchEmulators } from "../../src/testing/defaults";
import type { Emulator } from "../../src/testing/index";

const mode = process.env.JETTY_EMULATOR_RESPONSES || "full";
if (mode !== "full" && mode !== "sparse") {
  throw new Error(`JETTY_EMULATOR_RESPONSES must be "full" or "sparse", not ${JSON.stringify(mode)}`);
}
setEmulatorDefaults({ responses: mode, validateResponses: true });

/** Each emulator of this file, with how many of its violations were already reported. */
const seen = new Map<Emulator, number>();
watchEmulators((emulator) => seen.set(emulator, 0));

afterEach(() => {
  const fresh = [...seen].flatMap(([emulator, reported]) => {
    seen.set(emulator, emulator.responseViolations.length);
    return emulator.responseViolations.slice(reported);
  });
  expect(fresh, `emulator responses that do not match their schemas (${mode} mode)`).toEqual([]);
});
