/** The shared pieces every route module works with. */
import type { Principal } from "./auth";
import type { Urls } from "./contracts";
import type { Engine } from "./engine/engine";
import { HttpError } from "./http/respond";
import { invalid } from "./http/validation";
import type { ResponsePolicy } from "./responses/pipeline";
import type { Scheduler } from "./scheduler";
import type { Store } from "./store";

/** What every route module is given: state, engine, timers and the upload/link settings. */
export interface Core {
  readonly store: Store;
  readonly engine: Engine;
  readonly scheduler: Scheduler;
  /** Per-file limit of kept upload bytes (0 with `discardUploads`). */
  readonly maxStoredBytes: number;
  /** Web-app links (`trajectory_url` of runbook chat responses). */
  readonly urls: Urls;
  /** How `/tasks/{c}/search` is routed (see `EmulatorOptions.taskSearch`). */
  readonly taskSearch: "documented" | "backend";
  /** Sparse shaping and the response self-check of every JSON answer. */
  readonly responses: ResponsePolicy;
}

/** The principal of an authenticated route (the server guarantees one). */
export function principalOf(ctx: { principal: Principal | undefined }): Principal {
  if (!ctx.principal) throw new HttpError(401, "Not authenticated");
  return ctx.principal;
}

/** An integer query parameter with FastAPI-style 422s. */
export function intQuery(
  query: URLSearchParams,
  name: string,
  options: { default: number; min?: number; max?: number },
): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return options.default;
  if (!/^-?\d+$/.test(raw.trim()))
    invalid(
      ["query", name],
      "Input should be a valid integer, unable to parse string as an integer",
      "int_parsing",
    );
  const value = Number(raw);
  if (options.min !== undefined && value < options.min) {
    invalid(["query", name], `Input should be greater than or equal to ${options.min}`, "greater_than_equal");
  }
  if (options.max !== undefined && value > options.max) {
    invalid(["query", name], `Input should be less than or equal to ${options.max}`, "less_than_equal");
  }
  return value;
}

/** `skip`/`limit` slicing, as the DOCK list routes do it. */
export function page<T>(items: T[], query: URLSearchParams, maxLimit: number): T[] {
  const skip = intQuery(query, "skip", { default: 0, min: 0 });
  const limit = intQuery(query, "limit", { default: 100, min: 1, max: maxLimit });
  return items.slice(skip, skip + limit);
}
