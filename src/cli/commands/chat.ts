/**
 * `jetty chat`: the OpenAI-compatible endpoint from the shell. Streams tokens to stdout (NDJSON chunks
 * with --json); `--runbook FILE` runs a runbook instead (runbook mode).
 */
import { DEFAULT_RUNBOOK_MODEL } from "@jetty/sdk";
import type { Command } from "commander";
import type { CliApp } from "../app";
import type { CliContext } from "../context";
import { UsageError } from "../exit-codes";
import { parseCount, readStdin } from "../input";
import { type RunbookRunFlags, runbookRunOptions, runRunbook } from "./runbook";

interface ChatFlags extends RunbookRunFlags {
  model: string;
  system?: string;
  maxTokens?: string;
  runbook?: string;
}

export function registerChat(program: Command, app: CliApp): void {
  runbookRunOptions(
    program
      .command("chat")
      .description("send a chat completion and stream the answer to stdout; --runbook runs a runbook instead")
      .argument("[message...]", "the user message (default: stdin)")
      .option("-m, --model <model>", "the model", DEFAULT_RUNBOOK_MODEL)
      .option("--system <text>", "a system message")
      .option("--max-tokens <n>", "the most tokens to generate")
      .option("--no-stream", "wait for the whole answer instead of streaming it")
      .option("--runbook <file>", "runbook mode: run this RUNBOOK.md (needs --collection and --task)"),
  ).action(
    app.action(async (ctx, words: string[], opts: ChatFlags) => {
      if (opts.runbook) {
        if (words.length)
          throw new UsageError("message", "runbook mode sends the runbook itself; drop the message.");
        return runRunbook(ctx, opts.runbook, { ...opts, stream: opts.stream !== false });
      }
      await chat(ctx, words, opts);
    }),
  );
}

async function chat(ctx: CliContext, words: string[], opts: ChatFlags): Promise<void> {
  const content = words.length
    ? words.join(" ")
    : ctx.io.stdin.isTTY
      ? ""
      : (await readStdin(ctx.io.stdin)).trim();
  if (!content) throw new UsageError("message", "give a message, or pipe it on stdin.");
  const messages = [
    ...(opts.system ? [{ role: "system" as const, content: opts.system }] : []),
    { role: "user" as const, content },
  ];
  const params = {
    model: opts.model,
    messages,
    ...(opts.maxTokens ? { max_tokens: parseCount(opts.maxTokens, "--max-tokens") } : {}),
  };
  const completions = ctx.jetty().chat.completions;
  if (opts.stream === false) {
    const completion = await completions.create({ ...params, stream: false }, { signal: ctx.signal });
    if (ctx.json) return ctx.out.document(completion);
    const text = completion.choices?.[0]?.message?.content;
    ctx.out.print(typeof text === "string" ? text : JSON.stringify(text ?? ""));
    return;
  }
  const stream = await completions.create({ ...params, stream: true }, { signal: ctx.signal });
  for await (const chunk of stream) {
    if (ctx.json) {
      ctx.out.line(chunk);
      continue;
    }
    const text = chunk.choices?.[0]?.delta?.content;
    if (typeof text === "string") ctx.out.raw(text);
  }
  if (!ctx.json) ctx.out.print();
}
