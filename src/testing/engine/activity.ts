/** The contract between the workflow engine and the activity stand-ins (one file per activity group). */
import { type PathContext, runtimeParameterName } from "../contracts";
import type { Scripts } from "../scripts";
import type { Store, TrajectoryRecord } from "../store";

/** What the engine offers an activity besides its inputs. */
export interface EngineHost {
  readonly store: Store;
  /** Answers the test scripted (runbook results, judge and model replies). */
  readonly scripts: Scripts;
  /** Starts a child run of `task` in the parent's collection (a real trajectory); throws when it is missing. */
  startChild(parent: TrajectoryRecord, task: string, initParams: Record<string, unknown>): TrajectoryRecord;
  /** Stores a file under the run's folder and returns its storage path. */
  writeFile(run: TrajectoryRecord, relativePath: string, data: Buffer | string, contentType?: string): string;
}

/** Everything one step execution sees. */
export interface StepContext {
  readonly stepName: string;
  /** The step config as written in the workflow. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The config with every `*_path` resolved (stored under the name without `_path`), minus `activity`. */
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly run: TrajectoryRecord;
  /** `init_params` plus `{inputs, outputs}` of every finished step, for activities that resolve paths. */
  readonly pathContext: PathContext;
  /** Collection environment plus the run's secret params (never stored on the trajectory). */
  readonly env: Readonly<Record<string, string>>;
  readonly host: EngineHost;
}

/** A step stand-in. */
export interface Activity {
  readonly name: string;
  /** Config keys that end in `_path` but hold literal values, so the generic resolver leaves them alone. */
  readonly literalKeys?: readonly string[];
  /** Rejects parameter names the platform's runtime does not accept; returns the error message. */
  check?(config: Readonly<Record<string, unknown>>): string | undefined;
  run(ctx: StepContext): Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** A step failure with a platform-style message, optionally keeping outputs (fan-out references). */
export class StepFailure extends Error {
  override name = "StepFailure";
  constructor(
    message: string,
    readonly outputs?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * The first config key the runtime knows under another name (the validator's own table, e.g. a
 * `user_prompt_path` on `litellm_chat`), as a step failure that names the right one. The message
 * says what the platform only implies by failing.
 */
export function misnamedParameter(
  activity: string,
  config: Readonly<Record<string, unknown>>,
): string | undefined {
  for (const key of Object.keys(config)) {
    const right = runtimeParameterName(activity, key);
    if (right) {
      return `ValueError: ${activity} does not accept '${key}'; use '${right}' (runtime parameter names differ from the step-template docs)`;
    }
  }
  return undefined;
}

/** The input `name`, or a failure naming both spellings the workflow could have used. */
export function required(ctx: StepContext, name: string, activity: string): unknown {
  const value = ctx.inputs[name];
  if (value === undefined || value === null) {
    throw new StepFailure(`ValueError: ${activity} requires '${name}' or '${name}_path'`);
  }
  return value;
}

/** Text for an input that may be a number or a JSON value; arrays and objects become JSON. */
export function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A stable 32-bit hash (FNV-1a), so stand-in outputs are deterministic functions of their inputs. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A rough token count (4 characters per token) for `usage` fields. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}
