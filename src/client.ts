import { resolveConfig } from "./core/config";
import type { ClientOptions } from "./core/options";
import { redactToken } from "./core/redact";
import { Transport } from "./core/transport";
import { Collections } from "./resources/collections";
import type { ResourceContext } from "./resources/resource";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * The Jetty client. Settings are resolved once here (option → environment → default); every
 * resource shares one transport.
 *
 * @example
 * ```ts
 * import { Jetty } from "@jetty/sdk";
 * const jetty = new Jetty(); // token: option → JETTY_API_TOKEN → ~/.config/jetty/token
 * const collections = await jetty.collections.list();
 * ```
 */
export class Jetty {
  /** Collections: list, get, create. */
  readonly collections: Collections;

  /** The API origin requests go to. */
  readonly baseURL: string;
  /** The web app origin used for links. */
  readonly frontendURL: string;

  readonly #token: string | undefined;

  constructor(options: ClientOptions = {}) {
    const config = resolveConfig(options);
    this.#token = config.token;
    this.baseURL = config.baseURL;
    this.frontendURL = config.frontendURL;
    const context: ResourceContext = {
      transport: new Transport(config),
      config: { baseURL: config.baseURL, frontendURL: config.frontendURL },
    };
    this.collections = new Collections(context);
  }

  /** The token as the docs show it (`mlc_...a1b2`); the token itself is never exposed. */
  get redactedToken(): string {
    return redactToken(this.#token);
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
