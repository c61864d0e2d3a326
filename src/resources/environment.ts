import { APIPromise } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { secretValues } from "../core/redact";
import { getCollectionEnvironment, updateCollectionEnvironment } from "../generated/operations";
import { APIResource } from "./resource";

/**
 * `jetty.environment`: a collection's environment variables (provider keys and other secrets
 * that steps and runbooks read at run time). Values are write-only through the SDK: every method
 * answers with variable **names**, never values, so nothing secret ends up in logs by accident.
 *
 * @example
 * ```ts
 * await jetty.environment.set("my-collection", { OPENAI_API_KEY: process.env.OPENAI_API_KEY! });
 * console.log(await jetty.environment.keys("my-collection")); // ["OPENAI_API_KEY"]
 * ```
 */
export class Environment extends APIResource {
  /**
   * Names of the variables configured on a collection. Read from `environment_variables`
   * (which may be `null`) — never from the response's top-level keys, which are the collection's
   * own fields. A name stored with a `null` value counts as absent.
   *
   * @example
   * ```ts
   * const names = await jetty.environment.keys("my-collection");
   * if (!names.includes("GITHUB_PAT")) console.log("set GITHUB_PAT first");
   * ```
   */
  keys(collection: string, options?: RequestOptions): APIPromise<string[]> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      return callOperation(this._transport, getCollectionEnvironment, { path: { collection } }, options).map(
        (env) => namesOf(env.environment_variables),
      );
    });
  }

  /**
   * Adds or overwrites variables; the others stay as they are (the server merges).
   * Resolves with the names configured afterwards.
   *
   * @example
   * ```ts
   * await jetty.environment.set("my-collection", { ANTHROPIC_API_KEY: "sk-ant-..." });
   * ```
   */
  set(collection: string, vars: Record<string, string>, options?: RequestOptions): APIPromise<string[]> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireObject("vars", vars);
      const entries = Object.entries(vars);
      if (entries.length === 0) throw new InvalidInputError("vars", "give at least one variable to set.");
      for (const [name, value] of entries) {
        checkVariableName(name);
        // The value is deliberately not echoed: it is a secret.
        if (typeof value !== "string") throw new InvalidInputError(`vars.${name}`, "values must be strings.");
      }
      return this.#patch(collection, vars, options);
    });
  }

  /**
   * Deletes variables by name (sends them with `null` values, as the API documents).
   * Resolves with the names still configured.
   *
   * @example
   * ```ts
   * await jetty.environment.remove("my-collection", ["OLD_KEY"]);
   * ```
   */
  remove(collection: string, names: string[], options?: RequestOptions): APIPromise<string[]> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      if (!Array.isArray(names) || names.length === 0) {
        throw new InvalidInputError("names", "give a non-empty array of variable names.");
      }
      const body: Record<string, null> = {};
      for (const name of names) {
        checkVariableName(name);
        body[name] = null;
      }
      return this.#patch(collection, body, options);
    });
  }

  #patch(
    collection: string,
    vars: Record<string, string | null>,
    options?: RequestOptions,
  ): APIPromise<string[]> {
    return callOperation(
      this._transport,
      updateCollectionEnvironment,
      { path: { collection }, body: { environment_variables: vars }, secrets: secretValues(vars) },
      options,
    ).map((env) => namesOf(env.environment_variables));
  }
}

function namesOf(vars: Record<string, unknown> | null | undefined): string[] {
  if (!vars) return [];
  return Object.keys(vars).filter((name) => vars[name] !== null && vars[name] !== undefined);
}

function checkVariableName(name: unknown): void {
  requireName("variable name", name);
}
