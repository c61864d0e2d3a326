import { resolveConfig } from "./core/config";
import type { ClientOptions } from "./core/options";
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

  constructor(options: ClientOptions = {}) {
    const config = resolveConfig(options);
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

  /** What `console.log(jetty)` shows: the same safe summary. */
  [INSPECT](): string {
    return `Jetty ${JSON.stringify(this.toJSON())}`;
  }
}
