/**
 * Calls by operation: a descriptor of the generated table (src/generated/operations.ts) plus
 * `{ path, query, body }` becomes the transport's RequestSpec. The descriptor decides the method, the
 * URL, the body encoding, the auth mode, the retry class and the response schema, so a resource
 * names what it calls and writes neither URLs nor schemas.
 */
import type { z } from "zod";
import type { OperationDescriptor, SchemaRef } from "../generated/operations";
import { APIPromise } from "./api-promise";
import { schemaOf } from "./lazy-schemas";
import { type MultipartField, multipartBody } from "./multipart";
import type { RequestOptions } from "./options";
import type { RequestSpec, Transport } from "./transport";
import { expandPath } from "./url-path";

/** A query parameter's value; `undefined` and `null` leave the parameter out. */
export type QueryValue = string | number | boolean | null | undefined;

type PathValues<O extends OperationDescriptor> = {
  readonly [K in O["pathParams"][number]["name"]]: string;
};

/**
 * What a call of operation `O` needs besides the descriptor. `path` holds the path parameters by wire
 * name (left out when there are none); `query` only the operation's own parameters; `body` is a JSON
 * value for a JSON operation and multipart fields for a multipart one.
 *
 * @example
 * ```ts
 * import { getTrajectory } from "../../src/generated/operations"; // from a snippet folder
 * const params: OperationParams<typeof getTrajectory> = {
 *   path: { collection: "acme", task: "triage", trajectory_id: "aa7e4430" },
 * };
 * ```
 */
export type OperationParams<O extends OperationDescriptor> = (O["pathParams"] extends readonly []
  ? { readonly path?: undefined }
  : { readonly path: PathValues<O> }) & {
  readonly query?: { readonly [K in O["query"][number]["name"]]?: QueryValue };
  readonly body?: O["body"] extends "multipart"
    ? readonly MultipartField[]
    : O["body"] extends "json"
      ? unknown
      : undefined;
  /** Extra request headers (e.g. `accept: text/event-stream`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Values sent in this request that must never appear in an error (see `RequestSpec.secrets`). */
  readonly secrets?: readonly string[];
  /** The run a launch is for, so a 524 can say what to wait on. */
  readonly run?: { readonly collection: string; readonly task: string };
};

/** The parsed JSON success body of `O` (`unknown` when the operation has no response schema). */
export type OperationResult<O extends OperationDescriptor> =
  O["response"] extends SchemaRef<infer S> ? z.output<S> : unknown;

/**
 * Sends `op` and resolves with its JSON success body, validated by the operation's response schema.
 * Bad path parameters (empty, `.`/`..`) reject the promise with `InvalidInputError`, nothing sent.
 *
 * @example
 * ```ts
 * import { getTrajectory } from "../../src/generated/operations"; // from a snippet folder
 * const trajectory = await callOperation(transport, getTrajectory, {
 *   path: { collection: "acme", task: "triage", trajectory_id: "aa7e4430" },
 * });
 * ```
 */
export function callOperation<O extends OperationDescriptor>(
  transport: Transport,
  op: O,
  params: OperationParams<O>,
  options?: RequestOptions,
): APIPromise<OperationResult<O>> {
  return APIPromise.attempt(() => {
    const spec = requestSpec(op, params);
    // Loading starts now, beside the request, the first time any call validates.
    const schema = op.response && schemaOf(op.response);
    if (schema instanceof Promise) schema.catch(() => {});
    return send(spec, params.body, op, (full) =>
      schema
        ? (transport.request(full, schema, options) as APIPromise<OperationResult<O>>)
        : (transport.request(full, undefined, options) as APIPromise<OperationResult<O>>),
    );
  });
}

/**
 * Sends `op` and resolves with the unread `Response` once the headers arrive: for binary downloads and
 * Server-Sent Events.
 *
 * @example
 * ```ts
 * import { downloadFile } from "../../src/generated/operations"; // from a snippet folder
 * const response = await streamOperation(transport, downloadFile, { path: { storage_path: "acme/t/0000/a.txt" } });
 * ```
 */
export function streamOperation<O extends OperationDescriptor>(
  transport: Transport,
  op: O,
  params: OperationParams<O>,
  options?: RequestOptions,
): APIPromise<Response> {
  return APIPromise.attempt(() => {
    const spec = requestSpec(op, params);
    return send(spec, params.body, op, (full) => transport.stream(full, options));
  });
}

/** The transport's RequestSpec for `op`, without a multipart body (that one is encoded per send). */
function requestSpec<O extends OperationDescriptor>(op: O, params: OperationParams<O>): RequestSpec {
  const spec: RequestSpec = {
    method: op.method,
    path: expandPath(op.path, op.pathParams, (params.path ?? {}) as Record<string, unknown>),
    operationId: op.operationId,
    retryClass: op.retry,
    // A public operation still gets the token when one is configured (the server checks it if sent).
    auth: op.auth === "required" ? "required" : "optional",
  };
  if (params.query) spec.query = params.query as RequestSpec["query"];
  if (op.body === "json" && params.body !== undefined) spec.json = params.body;
  // An undocumented success body: whatever a 2xx carries is a success (see `anyBody`).
  if (op.anyBody) spec.expect = "ack";
  if (params.headers) spec.headers = { ...params.headers };
  if (params.secrets?.length) spec.secrets = params.secrets;
  if (params.run) spec.run = params.run;
  return spec;
}

/**
 * Sends at once, or, for a multipart operation, after encoding the fields (local files are checked
 * and opened lazily, nothing large is read). The encoded request is re-wrapped so that
 * `withResponse()` still reaches the response.
 */
function send<T>(
  spec: RequestSpec,
  body: unknown,
  op: OperationDescriptor,
  go: (spec: RequestSpec) => APIPromise<T>,
): APIPromise<T> {
  if (op.body !== "multipart") return go(spec);
  const raw = multipartBody((body ?? []) as MultipartField[]).then(async (form) => {
    const { data, response } = await go({
      ...spec,
      body: form.body,
      headers: { ...spec.headers, ...form.headers },
      replayable: form.replayable,
    }).withResponse();
    return { data, response };
  });
  return new APIPromise(raw, (result) => result.data as T);
}
