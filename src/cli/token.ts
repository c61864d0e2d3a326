/**
 * Where the CLI's token comes from, in the SDK's order with `--token-file` first: the flag's file,
 * `JETTY_API_TOKEN`, then `~/.config/jetty/token`. The token itself stays in memory: commands show it
 * only as `mlc_...a1b2`.
 */
import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { ConfigError } from "@jetty/sdk";

/** Which source supplied the token. */
export type TokenSource = "token-file-flag" | "env" | "token-file" | "none";

export interface TokenOrigin {
  source: TokenSource;
  /** The token file that was (or would be) read. */
  file: string;
  /** The token, when one was found. Never printed. */
  token: string | undefined;
}

/** `~/.config/jetty/token`, as the Jetty tools and the SDK use it. */
export function defaultTokenFile(): string {
  return join(homedir(), ".config", "jetty", "token");
}

/** Finds the token the way a command will use it. */
export function locateToken(tokenFileFlag: string | undefined, env: NodeJS.ProcessEnv): TokenOrigin {
  if (tokenFileFlag !== undefined) {
    const token = readToken(tokenFileFlag);
    if (!token) {
      throw new ConfigError(
        `--token-file ${tokenFileFlag} holds no token; write it with \`jetty auth login --token-file ${tokenFileFlag}\`.`,
      );
    }
    return { source: "token-file-flag", file: tokenFileFlag, token };
  }
  const file = defaultTokenFile();
  const fromEnv = env.JETTY_API_TOKEN?.trim();
  if (fromEnv) return { source: "env", file, token: fromEnv };
  const fromFile = readToken(file);
  return fromFile
    ? { source: "token-file", file, token: fromFile }
    : { source: "none", file, token: undefined };
}

/** Words for a token source, as `auth status` and `doctor` print it. */
export function describeSource(origin: TokenOrigin): string {
  switch (origin.source) {
    case "token-file-flag":
      return `the file ${origin.file} (--token-file)`;
    case "env":
      return "the environment variable JETTY_API_TOKEN";
    case "token-file":
      return `the file ${origin.file}`;
    default:
      return "nowhere: no token is configured";
  }
}

/** Permission bits of the token file and its folder, and whether they are as strict as documented. */
export interface TokenFileModes {
  file: string;
  fileMode: string | undefined;
  dirMode: string | undefined;
  /** The file is 0600 (or stricter) and its folder 0700 (or stricter). */
  strict: boolean;
}

/** Reads the modes of a token file; `undefined` modes when it does not exist. */
export function tokenFileModes(file: string): TokenFileModes {
  const mode = (path: string) => {
    try {
      return statSync(path).mode & 0o777;
    } catch {
      return undefined;
    }
  };
  const fileMode = mode(file);
  const dirMode = mode(dirname(file));
  const octal = (m: number | undefined) =>
    m === undefined ? undefined : `0${m.toString(8).padStart(3, "0")}`;
  return {
    file,
    fileMode: octal(fileMode),
    dirMode: octal(dirMode),
    strict:
      fileMode !== undefined && (fileMode & 0o177) === 0 && dirMode !== undefined && (dirMode & 0o077) === 0,
  };
}

function readToken(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError(`Could not read the token file ${path}: ${(error as Error).message}`);
  }
}

/** `CLAUDE.md` in `cwd`, when it holds what looks like a legacy `mlc_` token line (to migrate). */
export function legacyTokenFile(cwd: string): string | undefined {
  const path = join(cwd, "CLAUDE.md");
  try {
    return /mlc_[A-Za-z0-9]{8,}/.test(readFileSync(path, "utf8")) ? path : undefined;
  } catch {
    return undefined;
  }
}
