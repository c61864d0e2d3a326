/**
 * The doctor's local checks: where the token comes from, the token file's permissions, and a legacy
 * token left in CLAUDE.md. The token is only ever shown redacted.
 */
import { dirname } from "node:path";
import { redactToken } from "@jetty/sdk";
import { describeSource, legacyTokenFile, type TokenOrigin, tokenFileModes } from "../token";

/** One line of the doctor's report. */
export interface Check {
  name: string;
  status: "ok" | "warn" | "fail" | "skip";
  detail: string;
}

/** Token source and token-file checks. */
export function tokenChecks(origin: TokenOrigin, cwd: string): Check[] {
  const checks: Check[] = [];
  checks.push(
    origin.token
      ? { name: "token", status: "ok", detail: `${redactToken(origin.token)} from ${describeSource(origin)}` }
      : {
          name: "token",
          status: "fail",
          detail:
            "no token: set JETTY_API_TOKEN, or save one with `jetty auth login` (it reads the token from stdin)",
        },
  );
  const modes = tokenFileModes(origin.file);
  if (modes.fileMode === undefined) {
    checks.push({
      name: "token file",
      status: origin.source === "token-file" || origin.source === "token-file-flag" ? "fail" : "skip",
      detail: `${origin.file} does not exist`,
    });
  } else if (modes.strict) {
    checks.push({
      name: "token file",
      status: "ok",
      detail: `${origin.file} is ${modes.fileMode}, its folder ${modes.dirMode}`,
    });
  } else {
    checks.push({
      name: "token file",
      status: "fail",
      detail:
        `${origin.file} is ${modes.fileMode} in a ${modes.dirMode} folder; it must be 0600 in a 0700 folder: ` +
        `chmod 700 ${dirname(origin.file)} && chmod 600 ${origin.file}`,
    });
  }
  const claudeMd = legacyTokenFile(cwd);
  if (claudeMd) {
    checks.push({
      name: "legacy token",
      status: "warn",
      detail: `${claudeMd} holds an mlc_ token line; move it out with \`jetty auth login --migrate\``,
    });
  }
  return checks;
}

/** An error as one line (the SDK's message names what to fix). */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim();
}
