import {
  chmodSync,
  dirname,
  existsSync,
  hasNodeFileSystem,
  homedir,
  join,
  mkdirSync,
  readFileSync,
  renameSync,
  requireNode,
  writeFileSync,
} from "../platform/node";
import { ConfigError } from "./errors";
import { redactToken } from "./redact";

/** `~/.config/jetty/token`, where the Jetty tools keep the API token. */
export function defaultTokenFile(): string {
  return hasNodeFileSystem ? join(homedir(), ".config", "jetty", "token") : "~/.config/jetty/token";
}

/**
 * Reads and trims the token file; undefined when it does not exist or is empty. Without a file system
 * (the portable build) there is no default token file to find, and an `explicit` one is an error.
 */
export function readTokenFile(path: string, explicit = false): string | undefined {
  if (!hasNodeFileSystem && !explicit) return undefined;
  requireNode("The tokenFile option");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError(`Could not read the token file ${path}: ${(error as Error).message}`);
  }
  const token = text.trim();
  return token === "" ? undefined : token;
}

/** Writes a token the way the Jetty docs prescribe: folder 0700, file 0600, no trailing newline. */
export function writeTokenFile(path: string, token: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  writeFileSync(path, token, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/**
 * The outcome of {@link migrateLegacyToken}. The token itself is only ever shown redacted.
 *
 * @example
 * ```ts
 * const result: TokenMigrationResult = migrateLegacyToken();
 * if (!result.migrated) console.log(result.reason);
 * ```
 */
export interface TokenMigrationResult {
  /** True when a token was moved into the token file. */
  migrated: boolean;
  /** Why nothing was moved, when `migrated` is false. */
  reason?: "token-file-exists" | "no-claude-md" | "no-token-found";
  /** The token file that now holds (or already held) the token. */
  tokenFile: string;
  /** The moved token, redacted (`mlc_...a1b2`). */
  redacted?: string;
}

const LEGACY_TOKEN = /mlc_[A-Za-z0-9]{8,}/;

/**
 * Moves a legacy `mlc_` token line out of a project's `CLAUDE.md` into the token file
 * (folder 0700, file 0600), then deletes that line from `CLAUDE.md`. Does nothing when the token
 * file already exists, so it is safe to call on every start.
 *
 * @example
 * ```ts
 * import { migrateLegacyToken } from "@jetty/sdk";
 * const result = migrateLegacyToken({ claudeMdPath: "./CLAUDE.md" });
 * if (result.migrated) console.log(`moved ${result.redacted} to ${result.tokenFile}`);
 * ```
 */
export function migrateLegacyToken(
  options: { claudeMdPath?: string; tokenFile?: string } = {},
): TokenMigrationResult {
  requireNode("migrateLegacyToken()");
  const tokenFile = options.tokenFile ?? defaultTokenFile();
  const claudeMd = options.claudeMdPath ?? join(process.cwd(), "CLAUDE.md");
  if (existsSync(tokenFile)) return { migrated: false, reason: "token-file-exists", tokenFile };
  if (!existsSync(claudeMd)) return { migrated: false, reason: "no-claude-md", tokenFile };

  const text = readFileSync(claudeMd, "utf8");
  const lines = text.split(/(?<=\n)/);
  const index = lines.findIndex((line) => LEGACY_TOKEN.test(line));
  if (index < 0) return { migrated: false, reason: "no-token-found", tokenFile };
  const token = (lines[index]!.match(LEGACY_TOKEN) as RegExpMatchArray)[0];

  // Token first, then the edit: a crash in between leaves a duplicate, never a lost token.
  writeTokenFile(tokenFile, token);
  lines.splice(index, 1);
  const temp = `${claudeMd}.jetty-${process.pid}.tmp`;
  writeFileSync(temp, lines.join(""));
  renameSync(temp, claudeMd);
  return { migrated: true, tokenFile, redacted: redactToken(token) };
}
