/**
 * Which body mode the emulators of this run serve (the vitest project "sparse" sets
 * JETTY_EMULATOR_RESPONSES; see test/setup/emulator-mode.ts). Assertions about fields that only the
 * full mode fills in are skipped in sparse mode, each with its reason.
 */
export const SPARSE = process.env.JETTY_EMULATOR_RESPONSES === "sparse";
