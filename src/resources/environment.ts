import { APIPromise, type RawResult } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import { schemaOf } from "../core/lazy-schemas";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { secretValues } from "../core/redact";
import { validateResponse } from "../core/validate-response";
import { getCollectionEnvironment, updateCollectionEnvironment } from "../generated/operations";
import { withoutEnvironmentValues } from "./environment-errors";
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
      const unchecked = { ...getCollectionEnvironment, response: undefined };
      const sent = callOperation(this._transport, unchecked, { path: { collection } }, options);
      return this.#names(sent, getCollectionEnvironment);
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
    const secrets = secretValues(vars);
    const unchecked = { ...updateCollectionEnvironment, response: undefined };
    const body = { environment_variables: vars };
    const sent = callOperation(this._transport, unchecked, { path: { collection }, body, secrets }, options);
    return this.#names(sent, updateCollectionEnvironment, secrets);
  }

  /**
   * The variable names of an environment response. The response carries every value of the
   * collection, so it is sent unvalidated (`response: undefined`) and validated here, and any error
   * (a failed validation, an error body quoting the variables) has the values masked first.
   */
  #names(
    sent: APIPromise<unknown>,
    op: typeof getCollectionEnvironment | typeof updateCollectionEnvironment,
    secrets: readonly string[] = [],
  ): APIPromise<string[]> {
    const raw: Promise<RawResult> = sent.withResponse().then(
      ({ data, response }) => ({ data, response }),
      (error: unknown) => {
        throw withoutEnvironmentValues(error);
      },
    );
    return new APIPromise(raw, async ({ data, response }) => {
      try {
        const context = () => ({ method: op.method, url: response.url });
        const schema = await schemaOf(op.response);
        const env = validateResponse(schema, data, context, this._transport.secretsFor({ secrets }));
        return namesOf(env.environment_variables);
      } catch (error) {
        throw withoutEnvironmentValues(error);
      }
    });
  }
}

function namesOf(vars: Record<string, unknown> | null | undefined): string[] {
  if (!vars) return [];
  return Object.keys(vars).filter((name) => vars[name] !== null && vars[name] !== undefined);
}

function checkVariableName(name: unknown): void {
  requireName("variable name", name);
}
