/**
 * The one check of option keys. The objects the SDK itself interprets (client options, request
 * options, run params, wait, batch and download options) reject keys they do not know, naming the
 * key and the nearest valid one: a typo such as `init_params` or `tiemout` would otherwise be
 * ignored without a word. Wire objects (workflow documents, chat params, init params) are never
 * passed here: the server owns their names.
 */

import { closest } from "../util/nearest-name";
import { InvalidInputError } from "./errors";
import type { ClientOptions, RequestOptions } from "./options";

/**
 * The keys of `T`, checked by the compiler to be all of them: adding an option to an interface
 * without adding it here fails the typecheck, so the lists cannot drift from the types.
 *
 * @example
 * ```ts
 * const keys = optionKeys<{ a?: number; b?: string }>()("a", "b"); // Set { "a", "b" }
 * ```
 */
export function optionKeys<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    ...keys: K &
      ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> })
  ): ReadonlySet<string> => new Set<string>(keys);
}

/** Every key of {@link RequestOptions}. */
export const REQUEST_OPTION_KEYS: ReadonlySet<string> = optionKeys<RequestOptions>()(
  "signal",
  "timeout",
  "maxRetries",
  "headers",
  "onDownloadProgress",
  "onUploadProgress",
  "maxJsonBytes",
  "idleTimeout",
  "maxEventSize",
);

/**
 * Keys some methods add to their request options (`TaskWriteOptions.validate`,
 * `LabelWriteOptions.verify`, `FileUploadOptions.collection`, `RunbookPreflightOptions.secretParams`
 * and `.providerKeys`): such a method reads them and may hand the whole object on, so the transport
 * lets them pass.
 */
const METHOD_OPTION_KEYS = ["validate", "verify", "collection", "secretParams", "providerKeys"];

/** What the transport accepts as request options: {@link REQUEST_OPTION_KEYS} and the method extras. */
export const TRANSPORT_OPTION_KEYS: ReadonlySet<string> = new Set([
  ...REQUEST_OPTION_KEYS,
  ...METHOD_OPTION_KEYS,
]);

/** Every key of {@link ClientOptions}. */
export const CLIENT_OPTION_KEYS: ReadonlySet<string> = optionKeys<ClientOptions>()(
  "token",
  "baseURL",
  "frontendURL",
  "timeout",
  "maxRetries",
  "fetch",
  "defaultHeaders",
  "logger",
  "logLevel",
  "tokenFile",
  "backoff",
  "hooks",
  "maxJsonBytes",
);

/** 0.4.0's client options that 0.5 renamed. */
export const CLIENT_OPTION_RENAMES: Readonly<Record<string, string>> = {
  apiUrl: "baseURL",
  timeoutMs: "timeout",
};

/** How a check names its object and what it says beyond "did you mean". */
export interface KeyCheck {
  /** The argument's name in errors: `params`, `waitOptions`, `options`. */
  readonly what: string;
  /** Added to the message of a key with no near match, e.g. where init params go. */
  readonly hint?: string;
  /** Old names (0.4.0's) and the key that replaced each. */
  readonly renamed?: Readonly<Record<string, string>>;
  /**
   * Whether request-option keys found here are named as such ("pass it as the last argument").
   * Default true; false where the object is itself the request options.
   */
  readonly requestOptionsElsewhere?: boolean;
}

/**
 * Throws {@link InvalidInputError} for the first own key of `value` that is not in `known` and whose
 * value is not `undefined` (spreading an options object may carry such keys harmlessly). The message
 * names the nearest known key (`init_params` → `initParams`), or, for a request option such as
 * `timeout` passed among params, says that it goes in the last argument. Non-objects are left to the
 * caller's own checks.
 *
 * @example
 * ```ts
 * checkOptionKeys({ tiemout: 5 }, REQUEST_OPTION_KEYS, { what: "options", requestOptionsElsewhere: false });
 * // InvalidInputError: Invalid options.tiemout: unknown option; did you mean "timeout"?
 * ```
 */
export function checkOptionKeys(value: unknown, known: ReadonlySet<string>, check: KeyCheck): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    if (known.has(key) || (value as Record<string, unknown>)[key] === undefined) continue;
    throw new InvalidInputError(`${check.what}.${key}`, unknownKeyMessage(key, known, check));
  }
}

function unknownKeyMessage(key: string, known: ReadonlySet<string>, check: KeyCheck): string {
  // A request option among params was put in the wrong argument rather than misspelt.
  if (check.requestOptionsElsewhere !== false && REQUEST_OPTION_KEYS.has(key)) {
    return (
      `"${key}" is a request option, not part of ${check.what}: pass it in the call's last argument, ` +
      `after ${check.what} (e.g. list({}, { ${key} })).`
    );
  }
  const renamed = check.renamed && Object.hasOwn(check.renamed, key) ? check.renamed[key] : undefined;
  if (renamed) return `"${key}" is 0.4.0's name; use "${renamed}" (see MIGRATION.md).`;
  const nearest = nearestKey(key, known);
  if (nearest) return `unknown option; did you mean "${nearest}"?`;
  const valid = [...known].join(", ");
  return `unknown option (${check.what} takes ${valid})${check.hint ? `; ${check.hint}` : ""}.`;
}

/**
 * The known key `key` was meant to be: the same name in another case or spelling convention
 * (`init_params`, `InitParams` → `initParams`), else the nearest by edit distance.
 */
function nearestKey(key: string, known: ReadonlySet<string>): string | undefined {
  const plain = (name: string) => name.replace(/[_-]/g, "").toLowerCase();
  const wanted = plain(key);
  for (const candidate of known) if (plain(candidate) === wanted) return candidate;
  return closest(key, known);
}

/** The params of the `skip`/`limit` lists (`collections.list`, `tasks.list`). */
export const LIST_PARAM_KEYS: ReadonlySet<string> = new Set(["skip", "limit"]);

/** The params of a page-numbered list (`trajectories.list`). */
export const PAGE_PARAM_KEYS: ReadonlySet<string> = new Set(["limit", "page"]);

/** The params of `routines.list`. */
export const ROUTINE_LIST_PARAM_KEYS: ReadonlySet<string> = new Set(["task"]);
