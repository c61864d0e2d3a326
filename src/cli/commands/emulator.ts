/** `jetty emulator`: the built-in emulator on 127.0.0.1, until Ctrl-C. */
import type { Command } from "commander";
import type { CliApp } from "../app";
import { parseCount } from "../input";
import { repeatable } from "../options";

export function registerEmulator(program: Command, app: CliApp): void {
  program
    .command("emulator")
    .description("start the offline emulator of the Jetty API on 127.0.0.1 and print its URL and token")
    .option("--port <n>", "port (default: a free one)")
    .option("--step-duration <ms>", "how long each workflow step takes", "0")
    .option(
      "--collection <name>",
      "a collection to create at start (repeatable; default: demo)",
      repeatable,
      [],
    )
    .action(
      app.action(async (ctx, opts: { port?: string; stepDuration: string; collection: string[] }) => {
        // Loaded only here: the emulator is not part of any other command's start-up.
        const { startEmulator } = await import("@jetty/sdk/testing");
        const emulator = await startEmulator({
          ...(opts.port ? { port: parseCount(opts.port, "--port") } : {}),
          stepDuration: parseCount(opts.stepDuration, "--step-duration", 0),
          collections: (opts.collection.length ? opts.collection : ["demo"]).map((name) => ({ name })),
        });
        // The emulator's own throwaway token: printing it is how a client is pointed at the emulator.
        if (ctx.json) ctx.out.line({ url: emulator.url, token: emulator.token });
        else {
          // The same lines as `jetty-emulator`, so scripts can read either.
          ctx.out.print(`Jetty emulator listening on ${emulator.url}`);
          ctx.out.print(`JETTY_API_URL=${emulator.url}`);
          ctx.out.print(`JETTY_API_TOKEN=${emulator.token}`);
          ctx.out.note("Ctrl-C stops it.");
        }
        await new Promise<void>((resolve) => {
          if (ctx.signal.aborted) return resolve();
          ctx.signal.addEventListener("abort", () => resolve(), { once: true });
          process.once("SIGTERM", () => resolve());
        });
        await emulator.close();
      }),
    );
}
