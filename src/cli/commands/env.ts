/**
 * `jetty env keys|set|remove`: a collection's environment variables. Names only on the way out; values
 * on the way in come from the environment or stdin, never from the command line.
 */
import type { Command } from "commander";
import type { CliApp } from "../app";
import type { CliContext } from "../context";
import { checkNames } from "../input";

export function registerEnv(program: Command, app: CliApp): void {
  const group = program
    .command("env")
    .description("a collection's environment variables: names out, values in only from env or stdin");

  group
    .command("keys")
    .description("list the names of a collection's environment variables (never their values)")
    .argument("<collection>", "collection name")
    .action(
      app.action(async (ctx, collection: string) => {
        names(ctx, await ctx.jetty().environment.keys(collection, { signal: ctx.signal }));
      }),
    );

  group
    .command("set")
    .description(
      "set variables (merged with the others): each value from the environment variable of that name, " +
        "else from stdin (the whole input for one name, NAME=value lines for several, a hidden prompt on a terminal)",
    )
    .argument("<collection>", "collection name")
    .argument("<names...>", "variable names (no values here)")
    .action(
      app.action(async (ctx, collection: string, variables: string[]) => {
        const values = await ctx.secrets(variables, "names");
        names(ctx, await ctx.jetty().environment.set(collection, values, { signal: ctx.signal }));
      }),
    );

  group
    .command("remove")
    .description("remove variables")
    .argument("<collection>", "collection name")
    .argument("<names...>", "variable names")
    .action(
      app.action(async (ctx, collection: string, variables: string[]) => {
        checkNames(variables, "names");
        names(ctx, await ctx.jetty().environment.remove(collection, variables, { signal: ctx.signal }));
      }),
    );
}

/** The collection's variable names after the command, sorted. */
function names(ctx: CliContext, keys: readonly string[]): void {
  const sorted = [...keys].sort();
  if (ctx.json) ctx.out.document(sorted);
  else if (sorted.length === 0) ctx.out.note("No environment variables.");
  else for (const key of sorted) ctx.out.print(key);
}
