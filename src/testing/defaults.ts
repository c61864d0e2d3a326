/**
 * Option defaults for every `startEmulator()` of this process, for test harnesses. The package never
 * reads the environment for them: a harness (this repository's vitest setup, which reads
 * `JETTY_EMULATOR_RESPONSES`) calls {@link setEmulatorDefaults} before the tests start emulators, so
 * a whole suite can run against the sparse mode with the self-check on without touching each test.
 * Options a caller passes always win. Not part of the public entry point.
 */
import type { ResponseViolation } from "./responses/pipeline";
import type { EmulatorOptions } from "./types";

/** The options a harness may default. */
export type EmulatorDefaults = Pick<EmulatorOptions, "responses" | "validateResponses">;

let defaults: EmulatorDefaults = {};
const watchers = new Set<(violation: ResponseViolation) => void>();

/** Sets the defaults (replacing earlier ones) and returns them. */
export function setEmulatorDefaults(next: EmulatorDefaults): EmulatorDefaults {
  defaults = { ...next };
  return defaults;
}

/** The current defaults. */
export function emulatorDefaults(): EmulatorDefaults {
  return defaults;
}

/**
 * Calls `watch` with every response the self-check of any emulator rejects from now on; returns the
 * function that stops it. Only the violations are held, never the emulators (they stay collectable).
 */
export function watchViolations(watch: (violation: ResponseViolation) => void): () => void {
  watchers.add(watch);
  return () => watchers.delete(watch);
}

/** Tells the watchers about a violation. */
export function reportViolation(violation: ResponseViolation): void {
  for (const watch of watchers) watch(violation);
}
