import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { requireName } from "../core/input";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { getStepTemplate, listStepTemplates } from "../generated/operations";
import type { zStepTemplate } from "../generated/schemas";
import { APIResource } from "./resource";

/**
 * One step template (activity) of the catalogue, always with `activity_name`.
 *
 * @example
 * ```ts
 * const template: StepTemplate = await jetty.stepTemplates.get("litellm_chat");
 * console.log(template.activity_name);
 * ```
 */
export type StepTemplate = z.output<typeof zStepTemplate> & { activity_name: string };

/**
 * `jetty.stepTemplates`: the public catalogue of activities a workflow step can use.
 * Needs no token.
 *
 * @example
 * ```ts
 * const names = (await jetty.stepTemplates.list()).map((t) => t.activity_name);
 * ```
 */
export class StepTemplates extends APIResource {
  /**
   * Lists every step template. Both shapes seen in the wild — `{ templates, categories,
   * total_count }` and a bare array keyed by `name` — come back as one array with `activity_name`.
   *
   * @example
   * ```ts
   * const chat = (await jetty.stepTemplates.list()).find((t) => t.activity_name === "litellm_chat");
   * ```
   */
  list(options?: RequestOptions): APIPromise<StepTemplate[]> {
    return callOperation(this._transport, listStepTemplates, {}, options).map((list) =>
      (Array.isArray(list) ? list : list.templates).map(withActivityName),
    );
  }

  /**
   * Reads one step template, with its parameter schema.
   *
   * @example
   * ```ts
   * const t = await jetty.stepTemplates.get("text_echo");
   * ```
   */
  get(activityName: string, options?: RequestOptions): APIPromise<StepTemplate> {
    return APIPromise.attempt(() => {
      requireName("activityName", activityName);
      return callOperation(
        this._transport,
        getStepTemplate,
        { path: { activity_name: activityName } },
        options,
      ).map(withActivityName);
    });
  }
}

function withActivityName(template: z.output<typeof zStepTemplate>): StepTemplate {
  const record = template as Record<string, unknown>;
  const name = typeof record.activity_name === "string" ? record.activity_name : String(record.name ?? "");
  return { ...template, activity_name: name };
}
