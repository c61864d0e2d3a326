/** What a route handler receives about one request. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Principal } from "../auth";
import type { OperationDescriptor } from "../contracts";
import type { ResponsePolicy } from "../responses/pipeline";
import type { FaultRule, RequestLogEntry } from "../types";

/** A request log entry the server fills in as it learns more (the body is read lazily by handlers). */
export type MutableLogEntry = { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] };

/** Per-request state passed to every handler. */
export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  /** The raw (still percent-encoded) pathname. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Decoded path parameters of the matched route. */
  params: Record<string, string>;
  /** Who sent the request; `undefined` on public routes called without a token. */
  principal: Principal | undefined;
  /** This request's entry in `emulator.requests`. */
  readonly log: MutableLogEntry;
  /** A fault that acts on the response (truncate, brokenStream, sseError), if one matched. */
  readonly fault: FaultRule | undefined;
  /** The handler runs but its response is dropped (an `afterHandling` fault answers instead). */
  readonly muted: boolean;
  /** The operation of the matched route (`undefined` for routes off the spec and unmatched paths). */
  operation: OperationDescriptor | undefined;
  /** Sparse shaping and the response self-check (`EmulatorOptions.responses`, `validateResponses`). */
  readonly responses?: ResponsePolicy | undefined;
  /** Injected shape drift for this request's successful JSON answer (`EmulatorOptions.drift`). */
  readonly drift?: ((body: unknown) => unknown) | undefined;
}
