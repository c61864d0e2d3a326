import { scrubDeep, secretScrubber } from "./redact";
import type { SecretMatcher } from "./secret-matcher";

/**
 * Verbosity, from silent to chatty.
 *
 * @example
 * ```ts
 * const level: LogLevel = process.env.CI ? "warn" : "debug";
 * const jetty = new Jetty({ logLevel: level });
 * ```
 */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/**
 * Where the SDK writes its log lines; `console` fits, as does pino or winston.
 *
 * @example
 * ```ts
 * import { Jetty } from "@jetty/sdk";
 * const jetty = new Jetty({ logger: console, logLevel: "debug" });
 * ```
 */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** True when `value` names a level. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && Object.hasOwn(RANK, value);
}

/**
 * Wraps a user logger so that levels below the threshold cost nothing and every message and
 * argument passes through the secret scrubber first.
 */
export function levelledLogger(
  target: Logger,
  level: LogLevel,
  secrets: () => ReadonlyArray<string>,
): Logger {
  // The secrets rarely change between lines (the token): compile them once per distinct list.
  let compiled: { key: string; scrubber: SecretMatcher } | undefined;
  const scrubberFor = (list: ReadonlyArray<string>): SecretMatcher => {
    const key = list.join("\u0000");
    if (compiled?.key !== key) compiled = { key, scrubber: secretScrubber(list) };
    return compiled.scrubber;
  };
  const make =
    (name: keyof Logger) =>
    (message: string, ...rest: unknown[]) => {
      if (RANK[name] > RANK[level]) return;
      const scrubber = scrubberFor(secrets());
      target[name](scrubber.scrub(message), ...rest.map((item) => scrubValue(item, scrubber)));
    };
  return { error: make("error"), warn: make("warn"), info: make("info"), debug: make("debug") };
}

/** True when a log call at `name` would be written; lets callers skip building costly details. */
export function enabled(level: LogLevel, name: Exclude<LogLevel, "off">): boolean {
  return RANK[name] <= RANK[level];
}

function scrubValue(value: unknown, scrubber: SecretMatcher): unknown {
  if (value === null || typeof value !== "object") return scrubDeep(value, scrubber);
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value) || proto === Object.prototype || proto === null) return scrubDeep(value, scrubber);
  // A class instance (an Error, a Headers) is logged as its JSON form, which the scrubber can walk.
  try {
    return scrubDeep(JSON.parse(JSON.stringify(value)) as unknown, scrubber);
  } catch {
    return "[unserialisable]";
  }
}
