/**
 * `@jetty/sdk/testing`: an in-memory Jetty API on 127.0.0.1 for offline tests and demos.
 *
 * @example
 * ```ts
 * import { Jetty } from "@jetty/sdk";
 * import { startEmulator } from "@jetty/sdk/testing";
 *
 * const emulator = await startEmulator({ collections: [{ name: "demo" }] });
 * const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token });
 * console.log(await jetty.collections.list());
 * await emulator.close();
 * ```
 *
 * @packageDocumentation
 */
export type { DriftRule } from "./drift";
export { startEmulator } from "./emulator";
export type {
  EmulatedCollection,
  EmulatedLabel,
  EmulatedStep,
  EmulatedTask,
  EmulatedTrajectory,
  EmulatedTrial,
  StoredFileInfo,
} from "./entities";
export type { ResponseMode, ResponseViolation } from "./responses/pipeline";
export type {
  JudgeCall,
  JudgeReplyScript,
  JudgeVerdict,
  RunbookResultScript,
  ScriptedFiles,
  ScriptedInputFile,
  ScriptedRunbookRun,
  ScriptMatch,
} from "./scripts";
export type {
  Emulator,
  EmulatorOptions,
  EmulatorState,
  FaultRule,
  RequestLogEntry,
  SeedCollection,
  SeedTask,
} from "./types";
