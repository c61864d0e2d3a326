import { InvalidInputError, JettyError, NotFoundError } from "../core/errors";
import { requireName } from "../core/input";
import type { RequestOptions } from "../core/options";
import { secretValues } from "../core/redact";
import { asStoragePath } from "../helpers/storage-path";
import { Urls } from "../helpers/urls";
import type { WaitOptions } from "../helpers/wait";
import type { ChatCompletionResult, RunbookRunInfo } from "../resources/chat";
import type { ResourceContext } from "../resources/resource";
import { APIResource } from "../resources/resource";
import { WAIT_WITH_SECRETS } from "../resources/runs";
import type { Trajectory } from "../resources/trajectories";
import { MissingSecretsError } from "../runbooks/errors";
import { findLaunchedTrajectory, type Launch } from "../runbooks/find-trajectory";
import { loadRunbook, parseRunbook } from "../runbooks/parse";
import { computePreflight, type PreflightResult } from "../runbooks/preflight";
import { buildRunbookRequest } from "../runbooks/request";
import { resultFiles } from "../runbooks/result-files";
import type { ParseRunbookOptions, Runbook } from "../runbooks/runbook";
import type {
  RunbookDependencies,
  RunbookPreflightOptions,
  RunbookRun,
  RunbookRunOptions,
} from "./runbook-options";

/**
 * `jetty.runbooks`: parse runbooks safely (YAML front matter only, never evaluated), check their
 * secrets against a collection, and run them on Jetty through chat completions.
 *
 * @example
 * ```ts
 * const runbook = await jetty.runbooks.load("./RUNBOOK.md");
 * const check = await jetty.runbooks.preflight("acme", runbook);
 * if (check.missingSecrets.length === 0) {
 *   const run = await jetty.runbooks.run(runbook, { collection: "acme", task: "report", wait: true });
 *   for (const file of run.resultFiles) await (await file.download()).saveTo("./results");
 * }
 * ```
 */
export class Runbooks extends APIResource {
  readonly #deps: RunbookDependencies;

  constructor(context: ResourceContext, deps: RunbookDependencies) {
    super(context);
    this.#deps = deps;
  }

  /**
   * Parses runbook markdown (see `parseRunbook`): typed front matter, body, template variables,
   * secrets and warnings. JavaScript front matter is refused, never run.
   *
   * @example
   * ```ts
   * const rb = jetty.runbooks.parse(markdown);
   * console.log(rb.secrets.map((s) => s.env), rb.templateVariables.map((v) => v.name));
   * ```
   */
  parse(markdown: string, options?: ParseRunbookOptions): Runbook {
    return parseRunbook(markdown, options);
  }

  /**
   * Reads and parses a runbook file.
   *
   * @example
   * ```ts
   * const rb = await jetty.runbooks.load("./RUNBOOK.md");
   * ```
   */
  load(path: string | URL): Promise<Runbook> {
    return loadRunbook(path);
  }

  /**
   * The specification's "Deploy with Secret Preflight": compares the runbook's declared secrets
   * with the collection's environment variable names and decides on trial keys. A collection
   * without a trial record (404) counts as not on trial.
   *
   * @example
   * ```ts
   * const { missingSecrets, useTrialKeys } = await jetty.runbooks.preflight("acme", runbook);
   * ```
   */
  async preflight(
    collection: string,
    runbook: Runbook | string,
    options: RunbookPreflightOptions = {},
  ): Promise<PreflightResult> {
    requireName("collection", collection);
    const rb = typeof runbook === "string" ? parseRunbook(runbook) : runbook;
    const [configuredKeys, trialActive] = await Promise.all([
      this.#deps.environment.keys(collection, options),
      this.#deps.trial.status(collection, options).then(
        (status) => status.active === true,
        (error: unknown) => {
          if (error instanceof NotFoundError) return false;
          throw error;
        },
      ),
    ]);
    return computePreflight(rb, {
      configuredKeys,
      trialActive,
      secretParams: options.secretParams,
      providerKeys: options.providerKeys,
    });
  }

  /**
   * Runs a runbook on Jetty: preflight (refusing to start while a required secret is missing),
   * upload of input files, the chat-completions request built from the front matter (§4.4 of the
   * API notes), and optionally a wait for the trajectory with its results files.
   *
   * @example
   * ```ts
   * const run = await jetty.runbooks.run(runbook, {
   *   collection: "acme",
   *   task: "weekly-report",
   *   templateVariables: { sample_size: 5 },
   *   files: ["./data.csv"],
   *   wait: { onProgress: (p) => console.log(p.status) },
   * });
   * console.log(run.url, run.resultFiles.map((f) => f.path));
   * ```
   */
  async run(runbook: Runbook | string, options: RunbookRunOptions): Promise<RunbookRun> {
    const rb = typeof runbook === "string" ? parseRunbook(runbook) : runbook;
    if (!options || typeof options !== "object")
      throw new InvalidInputError("options", "collection and task are required.");
    const { collection, task } = options;
    requireName("collection", collection);
    requireName("task", task);
    const request = requestOptions(options);

    const preflight = await this.preflight(collection, rb, {
      ...request,
      secretParams: options.secretParams,
    });
    if (preflight.missingSecrets.length > 0)
      throw new MissingSecretsError(collection, preflight.missingSecrets);

    const uploaded = options.files?.length
      ? await this.#deps.files.upload(options.files, { ...request, collection })
      : [];
    const filePaths = [...(options.filePaths ?? []).map((p) => asStoragePath(p)), ...uploaded];
    const body = buildRunbookRequest(rb, {
      collection,
      task,
      templateVariables: options.templateVariables,
      filePaths: filePaths.length ? filePaths : undefined,
      files: options.fileIds?.length ? options.fileIds : undefined,
      useTrialKeys: options.useTrialKeys ?? preflight.useTrialKeys,
      agent: options.agent,
      model: options.model,
      modelProvider: options.modelProvider,
      snapshot: options.snapshot,
    });
    const jetty = { ...body.jetty, ...(options.secretParams ? { secret_params: options.secretParams } : {}) };
    const messages = body.messages.map((message) => ({ ...message }));

    let completion: ChatCompletionResult | undefined;
    let info: RunbookRunInfo | undefined;
    const sentAt = Date.now();
    let response: Response;
    if (options.stream) {
      const created = await this.#deps.chat.completions
        .create({ ...body, messages, jetty, stream: true }, request)
        .withResponse();
      response = created.response;
      for await (const chunk of created.data) options.onEvent?.(chunk);
      info = created.data.run;
    } else {
      const created = await this.#deps.chat.completions
        .create({ ...body, messages, jetty, stream: false }, request)
        .withResponse();
      response = created.response;
      completion = created.data;
      info = completion.run;
    }
    const launch = { sentAt, receivedAt: Date.now(), serverDate: response.headers.get("date") };
    info ??= await this.#findRun(collection, task, launch, request);
    return this.#handle(info, preflight, completion, options.wait, secretValues(options.secretParams));
  }

  /**
   * The run of a response that named no trajectory: the oldest trajectory of the task created
   * since the launch (jetty-api.md §2.13). A launched run is never reported as bad input.
   */
  async #findRun(collection: string, task: string, launch: Launch, request: RequestOptions) {
    const trajectoryId = await findLaunchedTrajectory(
      () => this.#deps.trajectories.list(collection, task, { limit: 20 }, request),
      launch,
      { signal: request.signal },
    ).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (trajectoryId === undefined) {
      throw new JettyError(
        `The runbook run on ${collection}/${task} was accepted, but the response named no trajectory and ` +
          `no trajectory of that task created since the launch was found; look for it with ` +
          `jetty.trajectories.list("${collection}", "${task}").`,
      );
    }
    const url = new Urls(this._context.config.frontendURL).trajectory(collection, task, trajectoryId);
    return { trajectoryId, collection, task, workflowId: undefined, url } satisfies RunbookRunInfo;
  }

  async #handle(
    info: RunbookRunInfo,
    preflight: PreflightResult,
    completion: ChatCompletionResult | undefined,
    wait: RunbookRunOptions["wait"],
    secrets: ReadonlyArray<string>,
  ): Promise<RunbookRun> {
    const { runs, files } = this.#deps;
    let finished: Promise<Trajectory> | undefined;
    const run: RunbookRun = {
      trajectoryId: info.trajectoryId,
      collection: info.collection,
      task: info.task,
      url: info.url,
      preflight,
      completion,
      trajectory: undefined,
      resultFiles: [],
      wait: (options?: WaitOptions) => {
        finished ??= runs[WAIT_WITH_SECRETS](info.collection, info.task, info.trajectoryId, secrets, options);
        return finished as Promise<Trajectory>;
      },
    };
    if (wait) {
      run.trajectory = await run.wait(wait === true ? undefined : wait);
      run.resultFiles = resultFiles(run.trajectory).map((file) => ({
        ...file,
        download: (options?: RequestOptions) => files.download(file.path, options),
      }));
    }
    return run;
  }
}

function requestOptions(options: RequestOptions): RequestOptions {
  return {
    signal: options.signal,
    timeout: options.timeout,
    maxRetries: options.maxRetries,
    headers: options.headers,
  };
}
