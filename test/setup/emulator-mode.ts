/**
 * Runs before every test file: every `startEmulator()` of the file validates its own responses
 * (`validateResponses`), and the vitest project "sparse" (JETTY_EMULATOR_RESPONSES=sparse) makes
 * them serve the least bodies the evidence allows. After each test, no emulator may have sent a body
 * its operation's schema rejects. The package itself never reads JETTY_EMULATOR_RESPONSES.
 */
import { afterEach, expect } from "vitest";
import { setEmulatorDefaults, watchViolations } from "../../src/testing/defaults";
import type { ResponseViolation } from "../../src/testing/index";

const mode = process.env.JETTY_EMULATOR_RESPONSES || "full";
if (mode !== "full" && mode !== "sparse") {
  throw new Error(`JETTY_EMULATOR_RESPONSES must be "full" or "sparse", not ${JSON.stringify(mode)}`);
}
setEmulatorDefaults({ responses: mode, validateResponses: true });

/** Violations since the last test ended (the emulators themselves are not held: they stay collectable). */
const fresh: ResponseViolation[] = [];
watchViolations((violation) => fresh.push(violation));

afterEach(() => {
  const found = fresh.splice(0);
  expect(found, `emulator responses that do not match their schemas (${mode} mode)`).toEqual([]);
});
