/**
 * Reading what commands take besides their arguments: JSON files or stdin, `key=value` parameters,
 * durations, and secret values, which come only from the environment or stdin and never from argv.
 */
import { readFile } from "node:fs/promises";
import { APIUserAbortError } from "@jetty/sdk";
import { UsageError } from "./exit-codes";

/** The process streams a command reads from. */
export interface InputStreams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** All of stdin as text. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** A JSON document from a file, or from stdin when `path` is `-`. */
export async function readJson(path: string, option: string, stdin: NodeJS.ReadableStream): Promise<unknown> {
  let text: string;
  try {
    text = path === "-" ? await readStdin(stdin) : await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(
      option,
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = path === "-" ? "stdin" : path;
    throw new UsageError(option, `${where} is not valid JSON (${(error as Error).message}).`);
  }
}

/** Parses repeated `key=value` options; a value that is valid JSON is taken as JSON, else as a string. */
export function parseAssignments(pairs: readonly string[], option: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(option, `expected key=value, got ${JSON.stringify(pair)}.`);
    out[pair.slice(0, at)] = jsonOrString(pair.slice(at + 1));
  }
  return out;
}

/** `42` → 42, `true` → true, `{"a":1}` → an object, `hello` → "hello". */
export function jsonOrString(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Milliseconds from `90`, `90s`, `1500ms`, `10m` or `2h` (a bare number is seconds). */
export function parseDuration(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match)
    throw new UsageError(option, `expected a duration such as 90s, 10m or 1h, got ${JSON.stringify(text)}.`);
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? "s") as "ms" | "s" | "m" | "h"];
  return Math.round(Number(match[1]) * factor);
}

/** An integer option of at least `min` (default 1). */
export function parseCount(text: string, option: string, min = 1): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min) {
    const what =
      min === 0 ? "a non-negative integer" : min === 1 ? "a positive integer" : `an integer ≥ ${min}`;
    throw new UsageError(option, `expected ${what}, got ${JSON.stringify(text)}.`);
  }
  return Number(text);
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Checks variable names given on the command line. `NAME=value` is refused without repeating the value,
 * so a secret typed there by mistake goes no further (not to the server, not into an error message).
 */
export function checkNames(names: readonly string[], option: string): void {
  for (const name of names) {
    if (name.includes("=")) {
      throw new UsageError(
        option,
        `give only the variable name (${name.slice(0, name.indexOf("=")) || "NAME"}); values are read from the ` +
          "environment variable of that name or from stdin, never from the command line.",
      );
    }
    if (!VARIABLE_NAME.test(name)) {
      throw new UsageError(option, `${JSON.stringify(name)} is not a variable name (letters, digits, _).`);
    }
  }
}

/**
 * The values of secret variables: each from the environment variable of the same name when it is set,
 * the rest from stdin — a hidden prompt per name on a terminal; otherwise the whole input for a single
 * name (one trailing newline dropped) or `NAME=value` lines for several.
 */
export async function readSecrets(
  names: readonly string[],
  option: string,
  io: InputStreams,
): Promise<Record<string, string>> {
  checkNames(names, option);
  const values: Record<string, string> = {};
  const pending: string[] = [];
  for (const name of new Set(names)) {
    const fromEnv = io.env[name];
    if (fromEnv) values[name] = fromEnv;
    else pending.push(name);
  }
  if (pending.length === 0) return values;
  if (io.stdin.isTTY) {
    for (const name of pending) values[name] = await promptHidden(`${name}: `, io);
  } else {
    const text = await readStdin(io.stdin);
    if (pending.length === 1) values[pending[0] as string] = text.replace(/\r?\n$/, "");
    else Object.assign(values, parseLines(text, pending, option));
  }
  const empty = pending.filter((name) => !values[name]);
  if (empty.length) {
    throw new UsageError(
      option,
      `no value for ${empty.join(", ")}: set the environment variable${empty.length > 1 ? "s" : ""} or pipe ` +
        (pending.length > 1 ? "NAME=value lines" : "the value") +
        " on stdin.",
    );
  }
  return values;
}

function parseLines(text: string, names: readonly string[], option: string): Record<string, string> {
  const wanted = new Set(names);
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf("=");
    if (at <= 0) continue;
    const name = line.slice(0, at).trim();
    if (wanted.has(name)) out[name] = line.slice(at + 1);
  }
  const missing = names.filter((name) => !(name in out));
  if (missing.length) {
    throw new UsageError(option, `stdin has no NAME=value line for ${missing.join(", ")}.`);
  }
  return out;
}

/** Reads one line from a terminal without echoing it. Ctrl-C aborts. */
export function promptHidden(prompt: string, io: InputStreams): Promise<string> {
  const { stdin, stderr } = io;
  stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let value = "";
    stdin.setRawMode?.(true);
    stdin.resume();
    const done = (error?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n" || char === "\u0004") return done();
        if (char === "\u0003") return done(new APIUserAbortError("Interrupted."));
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on("data", onData);
  });
}
