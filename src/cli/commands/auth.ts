/**
 * `jetty auth status|login|logout`. The token is read from stdin (never argv), kept in a 0600 file in a
 * 0700 folder, and only ever shown as `mlc_...a1b2`.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { AuthenticationError, Jetty, migrateLegacyToken, redactToken } from "@jetty/sdk";
import type { Command } from "commander";
import type { CliApp } from "../app";
import type { CliContext } from "../context";
import { EXIT, UsageError } from "../exit-codes";
import { promptHidden, readStdin } from "../input";
import { defaultTokenFile, describeSource, legacyTokenFile, tokenFileModes } from "../token";

export function registerAuth(program: Command, app: CliApp): void {
  const group = program.command("auth").description("where the token comes from; log in and out");

  group
    .command("status")
    .description(
      "show where the token comes from, redacted, and the token file's permissions (exit 2 without one)",
    )
    .action(
      app.action(async (ctx) => {
        const origin = ctx.token();
        const modes = tokenFileModes(origin.file);
        const legacy = legacyTokenFile(ctx.io.cwd);
        if (ctx.json) {
          ctx.out.document({
            source: origin.source,
            token: origin.token ? redactToken(origin.token) : null,
            tokenFile: origin.file,
            fileMode: modes.fileMode ?? null,
            dirMode: modes.dirMode ?? null,
            permissionsOk: modes.fileMode === undefined ? null : modes.strict,
            legacyClaudeMd: legacy ?? null,
          });
        } else {
          ctx.out.fields([
            ["token", origin.token ? redactToken(origin.token) : "none"],
            ["from", describeSource(origin)],
            [
              "token file",
              `${origin.file}${modes.fileMode ? ` (${modes.fileMode}, folder ${modes.dirMode})` : " (absent)"}`,
            ],
          ]);
          if (modes.fileMode && !modes.strict) {
            ctx.out.note(
              `warning: the token file should be 0600 in a 0700 folder: chmod 700 ${dirname(origin.file)} && chmod 600 ${origin.file}`,
            );
          }
          if (legacy)
            ctx.out.note(`A legacy token is in ${legacy}: move it with \`jetty auth login --migrate\`.`);
        }
        return origin.token ? EXIT.ok : EXIT.usage;
      }),
    );

  group
    .command("login")
    .description(
      "save a token (read from stdin, or a hidden prompt) to the token file, 0600 in a 0700 folder",
    )
    .option(
      "--migrate [claude-md]",
      "move the legacy mlc_ token line out of CLAUDE.md instead (default ./CLAUDE.md)",
    )
    .option("--no-verify", "save without checking the token against the API first")
    .action(
      app.action(async (ctx, opts: { migrate?: string | boolean; verify?: boolean }) => {
        const file = ctx.options.tokenFile ?? defaultTokenFile();
        if (opts.migrate !== undefined) return migrate(ctx, file, opts.migrate);
        const token = (
          ctx.io.stdin.isTTY ? await promptHidden("Jetty API token: ", ctx.io) : await readStdin(ctx.io.stdin)
        ).trim();
        ctx.out.guard(token);
        if (!token)
          throw new UsageError("token", "pipe the token on stdin (it is never taken from the command line).");
        if (/\s/.test(token))
          throw new UsageError("token", "a token has no spaces or line breaks; pipe only the token.");
        if (opts.verify !== false) await verify(ctx, token);
        await writeTokenFile(file, token);
        if (ctx.json)
          return ctx.out.document({
            tokenFile: file,
            token: redactToken(token),
            verified: opts.verify !== false,
          });
        ctx.out.print(`Saved ${redactToken(token)} to ${file} (0600).`);
        if (ctx.io.env.JETTY_API_TOKEN?.trim())
          ctx.out.note("Note: JETTY_API_TOKEN is set and takes precedence over the file.");
      }),
    );

  group
    .command("logout")
    .description("delete the token file")
    .action(
      app.action(async (ctx) => {
        const file = ctx.options.tokenFile ?? defaultTokenFile();
        const removed = existsSync(file);
        await rm(file, { force: true });
        if (ctx.json) ctx.out.document({ tokenFile: file, removed });
        else ctx.out.print(removed ? `Removed ${file}.` : `No token file at ${file}.`);
        if (ctx.io.env.JETTY_API_TOKEN?.trim())
          ctx.out.note("Note: JETTY_API_TOKEN is still set in this environment.");
      }),
    );
}

async function migrate(ctx: CliContext, tokenFile: string, path: string | boolean): Promise<number> {
  const claudeMdPath = typeof path === "string" ? path : join(ctx.io.cwd, "CLAUDE.md");
  const result = migrateLegacyToken({ claudeMdPath, tokenFile });
  if (!result.migrated) {
    const why = {
      "token-file-exists": `${tokenFile} exists already; run \`jetty auth logout\` first to replace it.`,
      "no-claude-md": `there is no ${claudeMdPath}.`,
      "no-token-found": `${claudeMdPath} has no mlc_ token line.`,
    }[result.reason ?? "no-token-found"];
    throw new UsageError("--migrate", `nothing moved: ${why}`);
  }
  if (ctx.json) ctx.out.document({ tokenFile, token: result.redacted, migratedFrom: claudeMdPath });
  else
    ctx.out.print(
      `Moved ${result.redacted} from ${claudeMdPath} to ${tokenFile} (0600); the line is gone from CLAUDE.md.`,
    );
  return EXIT.ok;
}

/** Checks the token with one read (the collections it can see) before it is saved. */
async function verify(ctx: CliContext, token: string): Promise<void> {
  const jetty = new Jetty({
    token,
    ...(ctx.options.baseUrl ? { baseURL: ctx.options.baseUrl } : {}),
    logger: ctx.logger(),
  });
  try {
    await jetty.collections.list({}, { signal: ctx.signal });
  } catch (error) {
    ctx.out.note(
      error instanceof AuthenticationError
        ? "The API refused this token; nothing was saved."
        : "Could not check the token (nothing was saved); --no-verify saves it unchecked.",
    );
    throw error;
  }
}

/** Folder 0700, file 0600, no trailing newline; written beside the target and renamed into place. */
async function writeTokenFile(file: string, token: string): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const temp = join(dir, `.token-${process.pid}.tmp`);
  await writeFile(temp, token, { mode: 0o600 });
  await chmod(temp, 0o600);
  await rename(temp, file);
}
