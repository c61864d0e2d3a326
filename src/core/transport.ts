import ky, { HTTPError, type KyInstance } from "ky";
import type { z } from "zod";
import { cloneBodyCancelHangs, runtimeDescription } from "../platform/node";
import { VERSION } from "../version";
import { APIPromise, type RawResult } from "./api-promise";
import { attemptFunction } from "./attempt";
import { CALL_KEY, type CallMode, type CallState, newCallState } from "./call-state";
import type { ResolvedConfig } from "./config";
import { apiErrorFrom } from "./error-mapping";
import { APIUserAbortError, ConfigError, JettyError } from "./errors";
import { Exchange, parseBody } from "./exchange";
import { kyHooks } from "./hooks";
import { serializeJson } from "./input";
import { kyRetry, retryPolicyHook } from "./ky-retry";
import { enabled, type Logger, levelledLogger } from "./logger";
import { checkOptionKeys, TRANSPORT_OPTION_KEYS } from "./option-keys";
import type { RequestOptions } from "./options";
import { remembered } from "./progress";
import { ERROR_BODY_BYTES, parseErrorBody, readBodyText } from "./read-body";
import { scrub } from "./redact";
import { type RetryClass, retryClassOf } from "./retry-policy";
import { TokenSource } from "./token";
import { validateResponse } from "./validate-response";

/** HTTP methods the API uses. */
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a resource asks the transport to do; everything else (auth, retries, errors) is the transport's. */
export interface RequestSpec {
  method: HttpMethod;
  /** Path below the base URL, already encoded (see `path` in url-path.ts). */
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** A JSON body. */
  json?: unknown;
  /** A raw body: FormData, Blob, bytes or a stream. */
  body?: BodyInit;
  /** False when the body can be sent only once (a stream); such requests are never retried. */
  replayable?: boolean;
  /** `required` (default) fails fast without a token; `optional` sends one when configured. */
  auth?: "required" | "optional";
  /**
   * `json` (default) reads, parses and validates the body; `ack` accepts any 2xx body (resolving
   * with `undefined`, the parsed JSON or the text, never a validation error); `stream` hands back
   * the unread response.
   */
  expect?: "json" | "ack" | "stream";
  headers?: Record<string, string>;
  /** The operation this request is (from the generated table), for logs and hooks. */
  operationId?: string;
  /** How it may be retried; default: by its method (GET, HEAD, PUT, DELETE idempotent). */
  retryClass?: RetryClass;
  /** Set on the run endpoints: a 524 there is `RunInProgressError`, naming what to wait on. */
  run?: { collection: string; task: string };
  /**
   * Secret values sent in this request (secret params, environment values). A FastAPI 422 echoes
   * the submitted input, so these are scrubbed from errors like the token is, and such a body
   * never follows a redirect to another origin.
   */
  secrets?: ReadonlyArray<string>;
}

/** The default timeout of a large upload, in ms (unless the caller chose one). */
const UPLOAD_TIMEOUT = 10 * 60_000;
/** Bodies above this size (or of unknown size: streams) count as large uploads. */
const LARGE_BODY = 1024 * 1024;

/**
 * The one path every request takes: ky builds the request, runs the hooks and the retry engine
 * (configured by ky-retry.ts); each attempt (attempt.ts) sends it, follows redirects safely and
 * reads the body; this class normalises the call, maps the outcome to typed errors and validates.
 * Resources only describe requests.
 */
export class Transport {
  readonly logger: Logger;
  readonly #config: ResolvedConfig;
  readonly #tokens: TokenSource;
  readonly #ky: KyInstance;
  /**
   * Whether ky's Request carries the body. The attempt sends the SDK's own body either way; only a
   * beforeRequest hook can want ky's copy (to read or replace it). Without one, a bodiless Request
   * spares ky's clone a tee of the body, and keeps calls from hanging where cancelling that clone
   * never settles (Node 20.0–20.12; hooks there see no body, docs/hooks.md).
   */
  readonly #kyCarriesBody: boolean;
  readonly #baseHeaders: Record<string, string>;
  #headerCache: { token: string | undefined; records: Map<string, Record<string, string>> } = {
    token: undefined,
    records: new Map(),
  };

  constructor(config: ResolvedConfig) {
    this.#config = config;
    const tokens = new TokenSource(config.token);
    this.#tokens = tokens;
    this.logger = levelledLogger(config.logger, config.logLevel, () => tokens.secrets());
    this.#kyCarriesBody = (config.hooks?.beforeRequest?.length ?? 0) > 0 && !cloneBodyCancelHangs;
    this.#ky = ky.create({
      // The timeout is per attempt and retried for idempotent calls (attempt.ts); ky's would end the call.
      timeout: false,
      throwHttpErrors: true,
      redirect: "manual",
      fetch: attemptFunction({
        fetch: config.fetch,
        redirects: {
          fetch: config.fetch,
          baseOrigin: new URL(config.baseURL).origin,
          onCrossOrigin: (origin) =>
            this.logger.warn(`Redirect to another origin (${origin}); the token is not sent there.`),
        },
        logger: this.logger,
        debug: enabled(config.logLevel, "debug"),
        userBeforeRequest: (config.hooks?.beforeRequest?.length ?? 0) > 0,
        userAfterResponse: (config.hooks?.afterResponse?.length ?? 0) > 0,
      }) as typeof fetch,
      hooks: kyHooks(config.hooks, retryPolicyHook(tokens, this.logger)),
    });
    // The client's defaultHeaders come last so a caller can replace even the User-Agent.
    this.#baseHeaders = assignLowerCase(
      {
        "user-agent": `jetty-sdk-typescript/${VERSION} ${runtimeDescription()}`,
      },
      config.defaultHeaders,
    );
  }

  /** The configured API origin. */
  get baseURL(): string {
    return this.#config.baseURL;
  }

  /** The token as the docs show it (`mlc_...a1b2`); `(function)` before a token function was called. */
  get redactedToken(): string {
    return this.#tokens.redacted();
  }

  /** Sends a request and parses the JSON answer, validating it when a schema is given. */
  request<S extends z.core.$ZodType>(
    spec: RequestSpec,
    schema: S | Promise<S>,
    options?: RequestOptions,
  ): APIPromise<z.output<S>>;
  request(spec: RequestSpec, schema?: undefined, options?: RequestOptions): APIPromise<unknown>;
  request(
    spec: RequestSpec,
    schema?: z.core.$ZodType | Promise<z.core.$ZodType>,
    options: RequestOptions = {},
  ): APIPromise<unknown> {
    const mode: CallMode = spec.expect === "ack" ? "ack" : spec.expect === "stream" ? "stream" : "json";
    const source = new Exchange(
      (how) => this.#execute(spec, options, how),
      mode,
      (response) => this.#readLater(spec, options, mode, response),
    );
    if (!schema || mode === "stream") return new APIPromise(source, (raw) => raw.data);
    // An acknowledgement's empty, text or scalar answer has no shape to check; an object or array
    // still goes through the schema (whose error the transport scrubs), so readers get typed data.
    if (mode === "ack") {
      return new APIPromise(source, (raw) =>
        typeof raw.data === "object" && raw.data !== null ? this.#validate(spec, schema, raw) : raw.data,
      );
    }
    return new APIPromise(source, (raw) => this.#validate(spec, schema, raw));
  }

  /** Sends a request and resolves with the unread `Response` once headers arrive (downloads, SSE). */
  stream(spec: RequestSpec, options: RequestOptions = {}): APIPromise<Response> {
    const source = new Exchange(
      (how) => this.#execute(spec, options, how),
      "stream",
      async (response) => ({
        response,
        data: undefined,
      }),
    );
    return new APIPromise(source, (raw) => raw.response);
  }

  async #execute(spec: RequestSpec, options: RequestOptions, mode: CallMode): Promise<RawResult> {
    checkOptionKeys(options, TRANSPORT_OPTION_KEYS, { what: "options", requestOptionsElsewhere: false });
    if (options.signal?.aborted) throw new APIUserAbortError(undefined, { cause: options.signal.reason });
    const config = this.#config;
    const source = spec.json !== undefined ? serializeJson(spec.json) : spec.body;
    const pending = this.#tokens.current();
    const token = typeof pending === "object" ? await pending : pending;
    if (token === undefined && spec.auth !== "optional") {
      throw new ConfigError(
        "No Jetty API token: pass new Jetty({ token }), set JETTY_API_TOKEN, or write it to " +
          `${config.tokenFile} (mode 0600).`,
      );
    }
    const tokens = this.#tokens;
    const secrets = spec.secrets?.length
      ? () => [...tokens.secrets(), ...(spec.secrets ?? [])]
      : () => tokens.secrets();
    const call = newCallState(
      {
        method: spec.method,
        retryClass: spec.retryClass ?? retryClassOf(spec.method),
        path: spec.path,
        url: this.#url(spec),
        mode,
        // Sending a large body can take longer than an ordinary call's default timeout; a timeout the
        // caller chose (per call or per client) is always kept.
        timeout:
          options.timeout ?? (isLargeBody(source) && !config.timeoutSet ? UPLOAD_TIMEOUT : config.timeout),
        maxRetries: options.maxRetries ?? config.maxRetries,
        maxJsonBytes: options.maxJsonBytes ?? config.maxJsonBytes,
        backoff: config.backoff,
        signal: options.signal,
        source,
        replayable: spec.replayable ?? !(source instanceof ReadableStream),
        secretBody: (spec.secrets?.length ?? 0) > 0,
        refreshable: tokens.refreshable,
        onUploadProgress: options.onUploadProgress,
        onDownloadProgress: options.onDownloadProgress,
        secrets,
      },
      token,
    );
    if (options.onUploadProgress) call.onUploadProgress = remembered(call, options.onUploadProgress);
    if (options.onDownloadProgress) call.onDownloadProgress = remembered(call, options.onDownloadProgress);
    let response: Response | undefined;
    try {
      response = await this.#ky(call.url, {
        method: spec.method,
        headers: this.#headers(spec, options, token, mode),
        // A one-shot stream stays out of ky's Request: its clone for retries would tee it (attempt.ts).
        body: source instanceof ReadableStream || !this.#kyCarriesBody ? undefined : source,
        signal: options.signal,
        retry: kyRetry(call),
        [CALL_KEY]: call,
      } as Parameters<KyInstance>[1]);
    } catch (error) {
      throw await this.#failure(call, error, spec);
    }
    // A user's beforeRetry hook returned ky.stop: ky resolves with nothing; the failure stands.
    if (!response) throw await this.#failure(call, call.retryError, spec);
    return this.#result(call, response);
  }

  /** The exchange as resources see it, from the response ky resolved with. */
  async #result(call: CallState, response: Response): Promise<RawResult> {
    if (call.mode === "stream" || call.mode === "raw") return { response, data: undefined };
    // A response a hook made (rather than the one the attempt read) is read here.
    const ours = response === call.handed;
    const where = { method: call.method, url: response.url || call.url };
    const text = ours ? (call.text ?? "") : (await readBodyText(response, call.maxJsonBytes, where)).text;
    const original = ours && call.original ? call.original : response;
    // ky's objects outlive the call by a garbage collection or two (undici's FinalizationRegistry holds
    // their signals), and they reach the call state: dropping the body here lets it die young instead
    // of being promoted with them. Measured: at 64 in flight on 100 KB this halved GC time.
    call.text = undefined;
    call.original = undefined;
    call.handed = undefined;
    return { response: original, data: parseBody(call.mode, text, where, call.secrets()), text };
  }

  /** The data of a call first started for `asResponse()`, read from a copy of its body. */
  async #readLater(spec: RequestSpec, options: RequestOptions, mode: CallMode, response: Response) {
    if (response.bodyUsed) {
      throw new JettyError("The body was already read through asResponse(); take the data from there.");
    }
    const where = { method: spec.method, url: response.url || this.#url(spec) };
    const limit = options.maxJsonBytes ?? this.#config.maxJsonBytes;
    const { text } = await readBodyText(response.clone(), limit, where);
    return { response, data: parseBody(mode, text, where, this.#secrets(spec)), text };
  }

  /** A schema still loading (see lazy-schemas.ts) is awaited: the request went out meanwhile. */
  #validate(spec: RequestSpec, schema: z.core.$ZodType | Promise<z.core.$ZodType>, raw: RawResult): unknown {
    if (schema instanceof Promise) return schema.then((loaded) => this.#validate(spec, loaded, raw));
    return validateResponse(
      schema,
      raw.data,
      () => ({ method: spec.method, url: raw.response.url || this.#url(spec) }),
      this.#secrets(spec),
    );
  }

  /** The typed error for whatever ky rejected with. */
  async #failure(call: CallState, error: unknown, spec: RequestSpec): Promise<unknown> {
    if (error instanceof HTTPError) {
      const ours = error.response === call.handed && call.original !== undefined;
      const response = ours && call.original ? call.original : error.response;
      const where = { method: call.method, url: response.url || call.url };
      const body =
        ours && call.errorBody
          ? call.errorBody
          : await readBodyText(error.response, ERROR_BODY_BYTES, where, true).catch(() => ({
              text: "",
              truncated: false,
            }));
      return apiErrorFrom(
        {
          status: response.status,
          headers: response.headers,
          body: parseErrorBody(body),
          text: body.text,
          method: call.method,
          url: where.url,
          run: spec.run,
          hint: ours ? call.unfollowed : undefined,
        },
        call.secrets(),
      );
    }
    if (error instanceof JettyError || error === call.hookError) return error;
    if (call.signal?.aborted) return new APIUserAbortError(undefined, { cause: call.signal.reason });
    // Something ky or fetch refused before any attempt went out (e.g. a header value fetch rejects).
    const message = error instanceof Error ? error.message : String(error);
    return new JettyError(
      `Could not send ${call.method} ${scrub(call.path, call.secrets())}: ${scrub(message, call.secrets())}`,
      {
        cause: error,
      },
    );
  }

  #url(spec: RequestSpec): string {
    let url = this.#config.baseURL + spec.path;
    if (spec.query) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(spec.query)) {
        if (value !== undefined && value !== null) params.append(key, String(value));
      }
      const search = params.toString();
      if (search) url += `?${search}`;
    }
    return url;
  }

  #headers(
    spec: RequestSpec,
    options: RequestOptions,
    token: string | undefined,
    mode: CallMode,
  ): Record<string, string> {
    const plain = !spec.headers && !options.headers;
    const key = `${mode === "stream" || mode === "raw" ? "*" : "json"}${spec.json !== undefined ? "+body" : ""}`;
    // Most calls add no headers of their own: their record is built once per token and reused (ky
    // copies it into its Request and never changes it).
    if (plain && this.#headerCache.token === token) {
      const cached = this.#headerCache.records.get(key);
      if (cached) return cached;
    }
    const headers: Record<string, string> = { ...this.#baseHeaders };
    headers.accept = key.startsWith("*") ? "*/*" : "application/json";
    if (spec.json !== undefined) headers["content-type"] = "application/json";
    if (spec.headers) assignLowerCase(headers, spec.headers);
    if (options.headers) assignLowerCase(headers, options.headers);
    if (token) headers.authorization = `Bearer ${token}`;
    if (plain) {
      if (this.#headerCache.token !== token) this.#headerCache = { token, records: new Map() };
      this.#headerCache.records.set(key, headers);
    }
    return headers;
  }

  /**
   * What an error about this request must not show: the tokens and the spec's secrets. For errors
   * raised outside the transport, such as those of a stream read after its headers arrived.
   */
  secretsFor(spec?: Pick<RequestSpec, "secrets">): ReadonlyArray<string> {
    return this.#secrets(spec);
  }

  #secrets(spec?: Pick<RequestSpec, "secrets">): ReadonlyArray<string> {
    const tokens = this.#tokens.secrets();
    return spec?.secrets?.length ? [...tokens, ...spec.secrets] : tokens;
  }

  /** Keeps the token out of `console.log(transport)` and `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.#config.baseURL, token: this.#tokens.redacted() };
  }
}

function isLargeBody(body: BodyInit | undefined): boolean {
  if (body instanceof ReadableStream) return true;
  return body instanceof Blob && body.size > LARGE_BODY;
}

function assignLowerCase(
  target: Record<string, string>,
  source: Record<string, string>,
): Record<string, string> {
  for (const name in source) target[name.toLowerCase()] = source[name] as string;
  return target;
}
