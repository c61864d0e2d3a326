import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { requireName } from "../core/input";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { getStepTemplate, listStepTemplates } from "../generated/operations";
import type { zStepTemplate } from "../generated/schemas";
import { type ListPromise, singleList } from "./list-promise";
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
   * An entry with neither `activity_name` nor `name` cannot be addressed, so it is left out (with a
   * warning through the client's logger) rather than given an empty name.
   *
   * @example
   * ```ts
   * const chat = (await jetty.stepTemplates.list()).find((t) => t.activity_name === "litellm_chat");
   * for await (const t of jetty.stepTemplates.list()) console.log(t.activity_name);
   * ```
   */
  list(options?: RequestOptions): ListPromise<StepTemplate> {
    const listed = callOperation(this._transport, listStepTemplates, {}, options).map((list) => {
      const named: StepTemplate[] = [];
      const entries = Array.isArray(list) ? list : list.templates;
      for (const template of entries) {
        const name = nameOf(template);
        if (name !== undefined) named.push({ ...template, activity_name: name });
      }
      const skipped = entries.length - named.length;
      if (skipped > 0) {
        this._transport.logger.warn(
          `Step-template list: left out ${skipped} entr${skipped === 1 ? "y" : "ies"} with neither activity_name nor name.`,
        );
      }
      return named;
    });
    return singleList(listed);
  }

  /**
   * Reads one step template, with its parameter schema. When the answer names no activity, the
   * name asked for is its `activity_name`.
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
      ).map((template) => ({ ...template, activity_name: nameOf(template) ?? activityName }));
    });
  }
}

/** `activity_name` (the skills' key), else `name` (older clients'); undefined when neither is a name. */
function nameOf(template: z.output<typeof zStepTemplate>): string | undefined {
  for (const candidate of [template.activity_name, template.name]) {
    if (typeof candidate === "string" && candidate !== "") return candidate;
  }
  return undefined;
}
