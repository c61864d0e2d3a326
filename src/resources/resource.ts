import type { ResolvedConfig } from "../core/config";
import type { Transport } from "../core/transport";

/** What every resource class is built with: the shared transport and the resolved settings. */
export interface ResourceContext {
  transport: Transport;
  config: Readonly<Pick<ResolvedConfig, "frontendURL" | "baseURL">>;
}

/** Base of the resource classes; holds the context and nothing else. */
export abstract class APIResource {
  protected readonly _transport: Transport;
  protected readonly _context: ResourceContext;

  constructor(context: ResourceContext) {
    this._context = context;
    this._transport = context.transport;
  }
}
