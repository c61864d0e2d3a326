/**
 * What happens to a body between a handler and the socket: the sparse shaping (`responses`), then the
 * self-check against the operation's generated response schema (`validateResponses`). Injected drift
 * comes after both, in `sendJson`: it is a deliberate departure from the schema.
 */
import { type OperationDescriptor, schemaFor } from "../contracts";
import { reportViolation } from "../defaults";
import { messageOf } from "../http/error-body";
import { type Outgoing, sparseEvent, sparseSuccess, TextBody } from "./sparse";

/**
 * How the emulator writes bodies (`EmulatorOptions.responses`): `"full"` fills every field in,
 * `"sparse"` sends the least the evidence allows the platform to send.
 *
 * @example
 * ```ts
 * const mode: ResponseMode = process.argv.includes("--sparse") ? "sparse" : "full";
 * const emulator = await startEmulator({ responses: mode });
 * ```
 */
export type ResponseMode = "full" | "sparse";

/**
 * A response the self-check rejected: the emulator answered 500 instead. See
 * `EmulatorOptions.validateResponses`.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({ validateResponses: true });
 * // … run the tests …
 * expect(emulator.responseViolations).toEqual([]);
 * ```
 */
export interface ResponseViolation {
  /** The operation whose response did not match. */
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** The status the handler meant to send. */
  readonly status: number;
  /** The schema's complaints, one per line (`path: message`). */
  readonly issues: string;
}

/** The response settings of one emulator, and the violations the self-check found. */
export class ResponsePolicy {
  readonly violations: ResponseViolation[] = [];

  /** `report` also hears of each violation (by default, the harness watchers of `defaults.ts`). */
  constructor(
    readonly mode: ResponseMode,
    readonly validate: boolean,
    private readonly report: (violation: ResponseViolation) => void = reportViolation,
  ) {}

  /** The body to send for `op` (or for no operation: a route off the spec, an unmatched path). */
  outgoing(
    op: OperationDescriptor | undefined,
    request: { method: string; path: string },
    status: number,
    body: unknown,
  ): Outgoing {
    const success = status >= 200 && status < 300;
    let out: Outgoing = { status, body };
    if (this.mode === "sparse") out = success && op ? sparseSuccess(op, status, body) : sparseError(out);
    if (!this.validate || !op || !success) return out;
    const issues = check(op, out.body);
    if (issues === undefined) return out;
    return { status: 500, body: { detail: this.#violation(op, request, status, issues) } };
  }

  /**
   * One Server-Sent Event of `op` on its way out, like {@link ResponsePolicy.outgoing} for bodies: its
   * data as this mode sends it (`documented` when the stream follows a documented format, OpenAI's
   * passthrough chunks, whose fields sparse mode keeps), then the self-check against the operation's
   * event schema. A `violation` is the self-check's message (the stream then ends with an error event).
   */
  outgoingEvent(
    op: OperationDescriptor | undefined,
    request: { method: string; path: string },
    event: unknown,
    documented: boolean,
  ): { data: unknown; violation?: string } {
    const data = this.mode === "sparse" && op ? sparseEvent(op, event, documented) : event;
    if (!this.validate || !op?.events) return { data };
    const result = schemaFor(op.events).safeParse(data);
    if (result.success) return { data };
    return { data, violation: this.#violation(op, request, 200, issueText(result.error.issues)) };
  }

  #violation(
    op: OperationDescriptor,
    request: { method: string; path: string },
    status: number,
    issues: string,
  ): string {
    const { method, path } = request;
    const violation = { operationId: op.operationId, method, path, status, issues };
    this.violations.push(violation);
    this.report(violation);
    return `Emulator self-check: the ${this.mode} ${op.operationId} response does not match its schema: ${issues}`;
  }
}

/** The backend's pagination 422s carry a string `detail`; in sparse mode every 422 does. */
function sparseError(out: Outgoing): Outgoing {
  const body = out.body as { detail?: unknown } | undefined;
  if (out.status !== 422 || !Array.isArray(body?.detail)) return out;
  return { status: out.status, body: { ...body, detail: messageOf(body.detail) } };
}

/** Why `body` is not a success body of `op`, or `undefined` when it is. */
function check(op: OperationDescriptor, body: unknown): string | undefined {
  if (body === undefined || body instanceof TextBody) {
    const allowed = op.anyBody || op.success.includes("empty") || !op.response;
    return allowed ? undefined : `a ${body === undefined ? "empty" : "text"} body where JSON is required`;
  }
  if (!op.response) return op.success.includes("json") ? undefined : "a JSON body where none is documented";
  const result = schemaFor(op.response).safeParse(body);
  return result.success ? undefined : issueText(result.error.issues);
}

function issueText(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => `${issue.path.map(String).join(".") || "(body)"}: ${issue.message}`)
    .join("; ");
}
