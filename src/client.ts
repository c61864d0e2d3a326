import type { APIPromise } from "./core/api-promise";
import { resolveConfig } from "./core/config";
import type { Hooks } from "./core/hooks";
import type { ClientOptions } from "./core/options";
import { type RawRequestOptions, rawRequest } from "./core/raw-request";
import { Transport } from "./core/transport";
import { Urls } from "./helpers/urls";
import { Runbooks } from "./orchestration/runbooks";
import { Chat } from "./resources/chat";
import { Collections } from "./resources/collections";
import { Datasets } from "./resources/datasets";
import { Environment } from "./resources/environment";
import { Files } from "./resources/files";
import { Models } from "./resources/models";
import type { ResourceContext } from "./resources/resource";
import { Routines } from "./resources/routines";
import { Runs } from "./resources/runs";
import { StepTemplates } from "./resources/step-templates";
import { Tasks } from "./resources/tasks";
import { Trajectories } from "./resources/trajectories";
import { Trial } from "./resources/trial";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * The Jetty client. Settings are resolved once here (option → environment → default); every
 * resource shares one transport, so retries, timeouts, logging and redaction behave alike.
 *
 * @example
 * ```ts
 * import { Jetty } from "@jetty/sdk";
 * const jetty = new Jetty(); // token: option → JETTY_API_TOKEN → ~/.config/jetty/token
 * const run = await jetty.runs.create("my-collection", "echo", { initParams: { text: "hi" } });
 * const trajectory = await run.wait({ onProgress: (p) => console.log(p.status) });
 * ```
 */
export class Jetty {
  /** Collections: list, get, create. */
  readonly collections: Collections;
  /** Environment variables of a collection: names only on the way out. */
  readonly environment: Environment;
  /** Tasks: list, get, search, create, update, delete. */
  readonly tasks: Tasks;
  /** Runs: create, createSync, wait, createAndWait, logs, batch. */
  readonly runs: Runs;
  /** Trajectories: list (paged, async-iterable), get, statuses, labels, stats, files, download, diagnose. */
  readonly trajectories: Trajectories;
  /** Files: download (streamed) and the two upload endpoints. */
  readonly files: Files;
  /** OpenAI-compatible chat completions, incl. runbook mode. */
  readonly chat: Chat;
  /** Runbooks: parse, load, preflight, run. */
  readonly runbooks: Runbooks;
  /** The public step-template catalogue. */
  readonly stepTemplates: StepTemplates;
  /** Datasets of a collection. */
  readonly datasets: Datasets;
  /** Trained models of a collection. */
  readonly models: Models;
  /** Scheduled routines. */
  readonly routines: Routines;
  /** Trial status, activation and the trial-key decision. */
  readonly trial: Trial;
  /** Links into the web app. */
  readonly urls: Urls;

  /** The API origin requests go to. */
  readonly baseURL: string;
  /** The web app origin used for links. */
  readonly frontendURL: string;

  readonly #transport: Transport;
  /** The options this client was made with (its own copy), for {@link Jetty.withOptions}. */
  readonly #options: ClientOptions;

  constructor(options: ClientOptions = {}) {
    const config = resolveConfig(options);
    this.#options = copyOptions(options);
    this.#transport = new Transport(config);
    this.baseURL = config.baseURL;
    this.frontendURL = config.frontendURL;
    const context: ResourceContext = {
      transport: this.#transport,
      config: { baseURL: config.baseURL, frontendURL: config.frontendURL },
    };
    this.collections = new Collections(context);
    this.environment = new Environment(context);
    this.tasks = new Tasks(context);
    this.trajectories = new Trajectories(context);
    this.runs = new Runs(context);
    this.files = new Files(context);
    this.chat = new Chat(context);
    this.stepTemplates = new StepTemplates(context);
    this.datasets = new Datasets(context);
    this.models = new Models(context);
    this.routines = new Routines(context);
    this.trial = new Trial(context, this.environment);
    this.urls = new Urls(config.frontendURL);
    // What `console.log(jetty)` shows: the same safe summary. Set here, not as a `[INSPECT]()` method:
    // a computed key in the class body makes bundlers keep the class (and all it uses) in every bundle.
    Object.defineProperty(this, INSPECT, { value: () => `Jetty ${JSON.stringify(this.toJSON())}` });
    this.runbooks = new Runbooks(context, {
      environment: this.environment,
      trial: this.trial,
      files: this.files,
      runs: this.runs,
      chat: this.chat,
      trajectories: this.trajectories,
    });
  }

  /**
   * A new client with this one's settings except those given: one per tenant (`token`, `baseURL`),
   * per timeout or per retry budget. The options go through the constructor again, checked like
   * any, and the new client shares nothing mutable with this one: its own transport and token cache
   * (a token function is called afresh), its own copies of headers, backoff settings and hook lists.
   * Options given replace the old value whole (`defaultHeaders: { … }` replaces all default
   * headers); settings that came from the environment or the token file are read again.
   *
   * @example
   * ```ts
   * const patient = jetty.withOptions({ timeout: 5 * 60_000, maxRetries: 5 });
   * const tenant = jetty.withOptions({ token: process.env.TENANT_TOKEN });
   * await tenant.collections.list();
   * ```
   */
  withOptions(options: ClientOptions): Jetty {
    // Through this.constructor: a subclass gets its own kind back, and naming Jetty inside its own body
    // would make esbuild rename the class `_Jetty`.
    const Client = this.constructor as new (options: ClientOptions) => Jetty;
    return new Client({ ...this.#options, ...options });
  }

  /**
   * `GET path` through this client's transport (auth, retries, typed errors, redaction, logging,
   * hooks), for endpoints the SDK does not wrap. `path` is relative to the base URL (absolute URLs,
   * `//host`, backslashes and `.`/`..` segments are refused with `InvalidInputError`, so the token
   * never goes elsewhere). Resolves with the parsed JSON (text when not JSON, `undefined` when
   * empty), unvalidated; `.asResponse()` and `.withResponse()` give the `Response`. Retried like any
   * GET.
   *
   * @example
   * ```ts
   * const versions = await jetty.get<{ versions: unknown[] }>("/api/v1/tasks/acme/triage/versions", {
   *   query: { limit: 10 },
   * });
   * ```
   */
  get<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return rawRequest<T>(this.#transport, "GET", path, options);
  }

  /**
   * `POST path` with `body` (JSON, or FormData/Blob/bytes/stream as they are) through the same
   * transport as {@link Jetty.get}. Like every POST of the SDK it is retried only when the server
   * provably did not act (429, 503, a refused connection), never after a timeout or a 5xx.
   *
   * @example
   * ```ts
   * const ack = await jetty.post("/api/v1/some/route", { body: { name: "x" }, query: { dry_run: true } });
   * ```
   */
  post<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return rawRequest<T>(this.#transport, "POST", path, options);
  }

  /**
   * `PUT path` with `body`, as {@link Jetty.post}; retried like any idempotent request.
   *
   * @example
   * ```ts
   * await jetty.put("/api/v1/some/route/1", { body: { name: "x" } });
   * ```
   */
  put<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return rawRequest<T>(this.#transport, "PUT", path, options);
  }

  /**
   * `PATCH path` with `body`, as {@link Jetty.post}; retried only when the server provably did not act.
   *
   * @example
   * ```ts
   * await jetty.patch("/api/v1/some/route/1", { body: { description: "y" } });
   * ```
   */
  patch<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return rawRequest<T>(this.#transport, "PATCH", path, options);
  }

  /**
   * `DELETE path`, as {@link Jetty.get}; retried like any idempotent request.
   *
   * @example
   * ```ts
   * await jetty.delete("/api/v1/some/route/1");
   * ```
   */
  delete<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return rawRequest<T>(this.#transport, "DELETE", path, options);
  }

  /**
   * The token as the docs show it (`mlc_...a1b2`); the token itself is never exposed. With a token
   * function: the latest token it gave, or `(function)` before it was first called.
   */
  get redactedToken(): string {
    return this.#transport.redactedToken;
  }

  /** What `JSON.stringify(jetty)` shows: settings, with the token redacted. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL, frontendURL: this.frontendURL, token: this.redactedToken };
  }
}

/**
 * A copy of the caller's options that later changes to theirs (or to this one) cannot reach: the
 * records and hook lists are copied; functions, the logger and a token are shared as they are.
 */
function copyOptions(options: ClientOptions): ClientOptions {
  const copy: ClientOptions = { ...options };
  if (options.defaultHeaders) copy.defaultHeaders = { ...options.defaultHeaders };
  if (options.backoff) copy.backoff = { ...options.backoff };
  if (options.hooks) copy.hooks = copyHooks(options.hooks);
  return copy;
}

function copyHooks(hooks: Hooks): Hooks {
  const copy: Record<string, unknown> = {};
  for (const [name, list] of Object.entries(hooks)) copy[name] = Array.isArray(list) ? [...list] : list;
  return copy as Hooks;
}
