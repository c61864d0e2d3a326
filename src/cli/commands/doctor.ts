/**
 * `jetty doctor`: token source and token-file permissions, whether the API answers, then a read-only
 * contract check of every read endpoint against the shapes api-schema.yaml documents. Exit 0 when all is
 * as documented, 1 otherwise.
 */
import type { Command } from "commander";
import { version } from "../../../package.json";
import type { CliApp } from "../app";
import { type Check, tokenChecks } from "../doctor/checks";
import { CONTRACT } from "../doctor/contract";
import { firstString, probeEndpoints, probeOne } from "../doctor/probes";
import { Recorder } from "../doctor/recorder";
import { buildReport, printReport } from "../doctor/report";
import { EXIT } from "../exit-codes";
import { Spinner } from "../progress";

export function registerDoctor(program: Command, app: CliApp): void {
  program
    .command("doctor")
    .description(
      "check the token and its file, reach the API, and compare every read endpoint's answer with the " +
        "documented shapes (read-only; the report holds types, never values)",
    )
    .option(
      "-c, --collection <name>",
      "the collection to read (default: $JETTY_COLLECTION, else the first one listed)",
    )
    .action(
      app.action(async (ctx, opts: { collection?: string }) => {
        const origin = ctx.token();
        const checks: Check[] = tokenChecks(origin, ctx.io.cwd);
        const recorder = new Recorder();
        const jetty = ctx.client({ fetch: recorder.fetch });
        const spinner = new Spinner(ctx.out, `checking ${jetty.baseURL}`);
        const listed = await probeOne(recorder, CONTRACT, "listCollections", () =>
          jetty.collections.list({}, { signal: ctx.signal }),
        );
        const reached = listed.result.status !== "error";
        checks.push(
          reached
            ? {
                name: "api",
                status: "ok",
                detail: `${jetty.baseURL} answered (HTTP ${listed.result.httpStatus})`,
              }
            : { name: "api", status: "fail", detail: `${jetty.baseURL}: ${listed.result.detail}` },
        );
        const collection =
          opts.collection ??
          (ctx.io.env.JETTY_COLLECTION?.trim() || undefined) ??
          firstName(listed.value, listed.raw);
        const endpoints = reached
          ? [listed.result, ...(await probeEndpoints(jetty, recorder, CONTRACT, collection, ctx.signal))]
          : [listed.result];
        spinner.stop();
        const report = buildReport({
          cli: version,
          node: process.version,
          platform: `${process.platform}/${process.arch}`,
          baseURL: jetty.baseURL,
          spec: CONTRACT.version,
          collection: reached ? (collection ?? null) : null,
          checks,
          endpoints,
        });
        if (ctx.json) ctx.out.document(report);
        else printReport(ctx.out, report);
        return report.ok ? EXIT.ok : EXIT.api;
      }),
    );
}

/** The first collection's name, from the SDK's list or else from the raw body (bare or wrapped). */
function firstName(parsed: unknown, raw: unknown): string | undefined {
  const wrapped =
    raw && typeof raw === "object" && !Array.isArray(raw)
      ? (raw as { collections?: unknown }).collections
      : raw;
  return firstString(parsed, wrapped, "name");
}
