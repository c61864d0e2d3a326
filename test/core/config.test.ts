import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_BASE_URL, resolveConfig } from "../../src/core/config";
import { ConfigError } from "../../src/core/errors";
import { migrateLegacyToken, readTokenFile, writeTokenFile } from "../../src/core/token-file";

const dir = () => mkdtempSync(join(tmpdir(), "jetty-cfg-"));
const TOKEN_A = "mlc_optionoptionoptionoptionoption01";
const TOKEN_B = "mlc_envenvenvenvenvenvenvenvenvenv02";
const TOKEN_C = "mlc_filefilefilefilefilefilefilefi03";

describe("token resolution: option → JETTY_API_TOKEN → token file", () => {
  const tokenFile = join(dir(), "token");
  writeFileSync(tokenFile, `  ${TOKEN_C}\n`);

  it("prefers the option", () => {
    const c = resolveConfig({ token: TOKEN_A, tokenFile }, { JETTY_API_TOKEN: TOKEN_B });
    expect([c.token, c.tokenSource]).toEqual([TOKEN_A, "option"]);
  });
  it("then the environment", () => {
    const c = resolveConfig({ tokenFile }, { JETTY_API_TOKEN: TOKEN_B });
    expect([c.token, c.tokenSource]).toEqual([TOKEN_B, "env"]);
  });
  it("ignores a blank environment value and reads the trimmed file", () => {
    const c = resolveConfig({ tokenFile }, { JETTY_API_TOKEN: "   " });
    expect([c.token, c.tokenSource]).toEqual([TOKEN_C, "file"]);
  });
  it("has no token when none is anywhere", () => {
    const c = resolveConfig({ tokenFile: join(dir(), "absent") }, {});
    expect([c.token, c.tokenSource]).toEqual([undefined, "none"]);
  });
  it("rejects an empty token option", () => {
    expect(() => resolveConfig({ token: " " }, {})).toThrow(ConfigError);
  });
});

describe("other settings", () => {
  it("base URL: option → JETTY_API_URL → default, trailing slash dropped", () => {
    expect(resolveConfig({ baseURL: "http://127.0.0.1:9/" }, {}).baseURL).toBe("http://127.0.0.1:9");
    expect(resolveConfig({}, { JETTY_API_URL: "https://staging.example/" }).baseURL).toBe(
      "https://staging.example",
    );
    expect(resolveConfig({ tokenFile: "/nonexistent/x" }, {}).baseURL).toBe(DEFAULT_BASE_URL);
  });
  it("rejects bad URLs, credentials in URLs, bad numbers and bad log levels with ConfigError", () => {
    expect(() => resolveConfig({ baseURL: "not a url" }, {})).toThrow(/baseURL must be an absolute/);
    expect(() => resolveConfig({ baseURL: "ftp://x" }, {})).toThrow(ConfigError);
    expect(() => resolveConfig({ baseURL: "https://u:p@x" }, {})).toThrow(/credentials/);
    expect(() => resolveConfig({ timeout: -1 }, {})).toThrow(/timeout/);
    expect(() => resolveConfig({ maxRetries: 1.5 }, {})).toThrow(/maxRetries/);
    expect(() => resolveConfig({ logLevel: "loud" as never }, {})).toThrow(/logLevel/);
  });
  it("JETTY_LOG sets the level, in any case; a bad value is warned about and ignored", () => {
    expect(resolveConfig({}, { JETTY_LOG: "debug" }).logLevel).toBe("debug");
    expect(resolveConfig({}, { JETTY_LOG: "DEBUG" }).logLevel).toBe("debug");
    const warnings: string[] = [];
    const logger = { error() {}, info() {}, debug() {}, warn: (m: string) => warnings.push(m) };
    expect(resolveConfig({ logger }, { JETTY_LOG: "loud" }).logLevel).toBe("warn");
    expect(resolveConfig({ logger }, { JETTY_LOG: "toString" }).logLevel).toBe("warn");
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain("JETTY_LOG");
    expect(resolveConfig({ logLevel: "error" }, { JETTY_LOG: "debug" }).logLevel).toBe("error");
  });
});

describe("token file and legacy migration", () => {
  it("writes the token with 0700 folder, 0600 file and no newline", () => {
    const file = join(dir(), "nested", "jetty", "token");
    writeTokenFile(file, TOKEN_A);
    expect(readFileSync(file, "utf8")).toBe(TOKEN_A);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(file, "..")).mode & 0o777).toBe(0o700);
    expect(readTokenFile(file)).toBe(TOKEN_A);
  });

  it("moves an mlc_ line from CLAUDE.md into the token file and deletes the line", () => {
    const root = dir();
    const claudeMd = join(root, "CLAUDE.md");
    const tokenFile = join(root, "cfg", "jetty", "token");
    writeFileSync(claudeMd, `# Notes\nI have a production jetty api token ${TOKEN_B}\nKeep this line.\n`);
    const result = migrateLegacyToken({ claudeMdPath: claudeMd, tokenFile });
    expect(result).toEqual({ migrated: true, tokenFile, redacted: "mlc_...nv02" });
    expect(readFileSync(tokenFile, "utf8")).toBe(TOKEN_B);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(tokenFile, "..")).mode & 0o777).toBe(0o700);
    expect(readFileSync(claudeMd, "utf8")).toBe("# Notes\nKeep this line.\n");
    expect(JSON.stringify(result)).not.toContain(TOKEN_B);
  });

  it("leaves everything alone when the token file exists or nothing is found", () => {
    const root = dir();
    const claudeMd = join(root, "CLAUDE.md");
    const tokenFile = join(root, "token");
    writeFileSync(claudeMd, `token ${TOKEN_B}\n`);
    writeFileSync(tokenFile, TOKEN_C);
    expect(migrateLegacyToken({ claudeMdPath: claudeMd, tokenFile }).reason).toBe("token-file-exists");
    expect(readFileSync(claudeMd, "utf8")).toContain(TOKEN_B);
    const empty = join(root, "EMPTY.md");
    writeFileSync(empty, "nothing here\n");
    expect(migrateLegacyToken({ claudeMdPath: empty, tokenFile: join(root, "t2") }).reason).toBe(
      "no-token-found",
    );
    expect(
      migrateLegacyToken({ claudeMdPath: join(root, "missing.md"), tokenFile: join(root, "t3") }).reason,
    ).toBe("no-claude-md");
  });
});
