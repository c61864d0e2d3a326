import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { InvalidInputError } from "../core/errors";
import { requireName } from "../core/input";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { activateTrial, getTrialStatus } from "../generated/operations";
import type { zTrialActivation, zTrialStatus } from "../generated/schemas";
import { DEFAULT_PROVIDER_KEYS } from "../runbooks/preflight";
import { APIResource, type ResourceContext } from "./resource";

/**
 * A collection's trial state (`GET /api/v1/trial/{c}`): `active` (documented, but read as `false`
 * when missing, as every client does) and run counters when the server sends them.
 *
 * @example
 * ```ts
 * const s: TrialStatus = await jetty.trial.status("acme");
 * ```
 */
export type TrialStatus = z.output<typeof zTrialStatus>;
/**
 * The answer to `trial.activate`. Success is `active === true` or `status === "active"`.
 *
 * @example
 * ```ts
 * const a: TrialActivation = await jetty.trial.activate("acme");
 * ```
 */
export type TrialActivation = z.output<typeof zTrialActivation>;

/**
 * Where `Trial` reads a collection's configured variable names from: `jetty.environment`.
 *
 * @example
 * ```ts
 * const source: EnvironmentKeySource = jetty.environment;
 * ```
 */
export interface EnvironmentKeySource {
  /**
   * Names of the collection's configured variables.
   *
   * @example
   * ```ts
   * const names = await jetty.environment.keys("acme");
   * ```
   */
  keys(collection: string, options?: RequestOptions): PromiseLike<string[]>;
}

/**
 * Options of `trial.shouldUseTrialKeys`.
 *
 * @example
 * ```ts
 * const opts: ShouldUseTrialKeysParams = { providerKeys: ["OPENAI_API_KEY"] };
 * ```
 */
export interface ShouldUseTrialKeysParams {
  /** Variable names that count as "the collection has its own provider key". Default {@link DEFAULT_PROVIDER_KEYS}. */
  providerKeys?: readonly string[];
}

/**
 * `jetty.trial`: Jetty's trial provider keys (a small number of runs on Jetty's own keys).
 *
 * @example
 * ```ts
 * const useTrialKeys = await jetty.trial.shouldUseTrialKeys("acme");
 * const run = await jetty.runs.create("acme", "triage", { useTrialKeys });
 * if (run.trialNotice) console.log(run.trialNotice);
 * ```
 */
export class Trial extends APIResource {
  readonly #environment: EnvironmentKeySource;

  /**
   * Built by the client: `new Trial(context, jetty.environment)`.
   *
   * @example
   * ```ts
   * const trial = jetty.trial; // built by the client with jetty.environment
   * ```
   */
  constructor(context: ResourceContext, environment: EnvironmentKeySource) {
    super(context);
    this.#environment = environment;
  }

  /**
   * The collection's trial state (`GET /api/v1/trial/{c}`).
   *
   * @example
   * ```ts
   * const { active, runs_remaining } = await jetty.trial.status("acme");
   * ```
   */
  status(collection: string, options?: RequestOptions): APIPromise<TrialStatus> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      return callOperation(this._transport, getTrialStatus, { path: { collection } }, options);
    });
  }

  /**
   * Starts the collection's trial (`POST /api/v1/trial/{c}/activate`, no body). Check
   * {@link trialActivated} on the answer: the server signals success either way. An answer that is
   * not a JSON object (empty, a 204, text, a JSON scalar) resolves as `{}`, which does not count as activated;
   * read `trial.status` to find out.
   *
   * @example
   * ```ts
   * const res = await jetty.trial.activate("acme");
   * if (!trialActivated(res)) console.log("trial not available:", res.message);
   * ```
   */
  activate(collection: string, options?: RequestOptions): APIPromise<TrialActivation> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      return (
        callOperation(this._transport, activateTrial, { path: { collection } }, options)
          // An empty, text or scalar answer passes unchecked (it has no fields to check) and says nothing.
          .map((body: TrialActivation | string | number | boolean | null | undefined) =>
            typeof body === "object" && body !== null ? body : {},
          )
      );
    });
  }

  /**
   * Whether a run should send `use_trial_keys`: the trial is active **and** none of the provider keys
   * (default {@link DEFAULT_PROVIDER_KEYS}) is configured on the collection. Variable names are read
   * with `jetty.environment.keys` (values are never fetched into the decision). Both requests run in
   * parallel.
   *
   * @example
   * ```ts
   * const useTrialKeys = await jetty.trial.shouldUseTrialKeys("acme");
   * await jetty.runs.create("acme", "triage", { useTrialKeys });
   * ```
   */
  async shouldUseTrialKeys(
    collection: string,
    params: ShouldUseTrialKeysParams = {},
    options?: RequestOptions,
  ): Promise<boolean> {
    requireName("collection", collection);
    const providerKeys = params?.providerKeys ?? DEFAULT_PROVIDER_KEYS;
    if (!Array.isArray(providerKeys) || providerKeys.some((k) => typeof k !== "string" || k === "")) {
      throw new InvalidInputError("providerKeys", "expected an array of variable names.");
    }
    const status = this.status(collection, options);
    const keys = this.#environment.keys(collection, options);
    return Promise.all([status, keys]).then(
      ([trial, names]) => trial.active === true && !providerKeys.some((k) => names.includes(k)),
    );
  }
}

/**
 * Whether an activation answer means the trial is on (`active === true` or `status === "active"`).
 *
 * @example
 * ```ts
 * if (trialActivated(await jetty.trial.activate("acme"))) console.log("trial active");
 * ```
 */
export function trialActivated(answer: TrialActivation | TrialStatus): boolean {
  return answer.active === true || answer.status === "active";
}
