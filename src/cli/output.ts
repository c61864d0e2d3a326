/**
 * Everything the CLI writes goes through here: JSON documents and NDJSON lines on stdout for scripts,
 * tables and summaries for people, notes and errors on stderr, progress on stderr only on a terminal,
 * colour only on a terminal without NO_COLOR. Every write is scrubbed of the secrets the command knows
 * (the token, secret values read from stdin or the environment), whatever the text came from.
 */
import { redactToken } from "@jetty/sdk";
import { UsageError } from "./exit-codes";

/** Where the output goes and how it may look. */
export interface OutputOptions {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  json: boolean;
  /** `--get PATH`: print only this field of each JSON document or line. */
  select?: string;
  /** False for `--no-color`. */
  color: boolean;
  env: NodeJS.ProcessEnv;
}

const ANSI = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};
type Style = keyof typeof ANSI;

/** One column of {@link Output.table}. */
export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
}

export class Output {
  readonly json: boolean;
  readonly #select: FieldPath | undefined;
  readonly #stdout: OutputOptions["stdout"];
  readonly #stderr: OutputOptions["stderr"];
  readonly #color: boolean;
  readonly #stderrColor: boolean;
  readonly #secrets = new Set<string>();
  #progressShown = false;

  constructor(options: OutputOptions) {
    this.json = options.json || options.select !== undefined;
    this.#select = options.select === undefined ? undefined : parseFieldPath(options.select);
    this.#stdout = options.stdout;
    this.#stderr = options.stderr;
    const allowed = options.color && !("NO_COLOR" in options.env && options.env.NO_COLOR !== "");
    this.#color = allowed && options.stdout.isTTY === true;
    this.#stderrColor = allowed && options.stderr.isTTY === true;
  }

  /** Whether stderr is a terminal (progress is shown only then). */
  get interactive(): boolean {
    return this.#stderr.isTTY === true;
  }

  /** Never print `value` again: every later write shows it redacted. */
  guard(value: string | undefined): void {
    // Very short values would blank out ordinary words; they are not credentials worth hiding.
    if (!value || value.length < 4) return;
    this.#secrets.add(value);
    // Inside a JSON document the value appears escaped (quotes, backslashes, control characters).
    const escaped = JSON.stringify(value).slice(1, -1);
    if (escaped !== value) this.#secrets.add(escaped);
  }

  /** One JSON document (the whole output of a `--json` command). */
  document(value: unknown): void {
    if (!this.#select) {
      this.#write(this.#stdout, `${JSON.stringify(value, null, 2)}\n`);
      return;
    }
    for (const item of Array.isArray(value) ? value : [value]) this.#field(item);
  }

  /** One NDJSON line (an item of a stream or of an `--all` list). */
  line(value: unknown): void {
    if (this.#select) this.#field(value);
    else this.#write(this.#stdout, `${JSON.stringify(value)}\n`);
  }

  /** Text for people on stdout. */
  print(text = ""): void {
    this.#write(this.#stdout, `${text}\n`);
  }

  /** Raw text on stdout, without a newline (streamed tokens). */
  raw(text: string): void {
    this.#write(this.#stdout, text);
  }

  /** Raw bytes on stdout (`files download -o -`); secrets are not looked for in binary data. */
  bytes(chunk: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) =>
      this.#stdout.write(chunk, (error) => (error ? reject(error) : resolve())),
    );
  }

  /** A note for people on stderr (warnings, hints); shown in `--json` mode too, never on stdout. */
  note(text: string): void {
    this.clearProgress();
    this.#write(this.#stderr, `${text}\n`);
  }

  /** Replaces the progress line on stderr; does nothing unless stderr is a terminal. */
  progress(text: string): void {
    if (!this.interactive) return;
    this.#write(this.#stderr, `\r\x1b[2K${text}`);
    this.#progressShown = true;
  }

  /** Removes the progress line, if one is shown. */
  clearProgress(): void {
    if (!this.#progressShown) return;
    this.#progressShown = false;
    this.#write(this.#stderr, "\r\x1b[2K");
  }

  /** A table with a header row, columns padded to their widest cell. */
  table<T>(rows: readonly T[], columns: ReadonlyArray<Column<T>>): void {
    const cells = rows.map((row) => columns.map((column) => cell(column.value(row))));
    const widths = columns.map((column, i) =>
      Math.max(column.header.length, ...cells.map((row) => visibleLength(row[i] as string))),
    );
    const pad = (value: string, width: number) =>
      value + " ".repeat(Math.max(0, width - visibleLength(value)));
    const render = (values: string[]) =>
      values
        .map((value, i) => (i === values.length - 1 ? value : pad(value, widths[i] as number)))
        .join("  ")
        .trimEnd();
    this.print(this.style("bold", render(columns.map((column) => column.header.toUpperCase()))));
    for (const row of cells) this.print(render(row));
  }

  /** `label: value` lines, labels aligned. */
  fields(entries: ReadonlyArray<readonly [string, unknown]>): void {
    const width = Math.max(0, ...entries.map(([label]) => label.length));
    for (const [label, value] of entries) {
      if (value === undefined) continue;
      this.print(`${this.style("dim", `${label}:`.padEnd(width + 1))} ${cell(value)}`);
    }
  }

  /** `text` in a colour or weight, when stdout shows colour. */
  style(style: Style, text: string): string {
    return this.#color ? paint(style, text) : text;
  }

  /** As {@link Output.style}, for text bound for stderr. */
  styleErr(style: Style, text: string): string {
    return this.#stderrColor ? paint(style, text) : text;
  }

  /** The scrubbed form of `text` (for messages built elsewhere). */
  scrub(text: string): string {
    let out = text;
    for (const secret of this.#secrets) {
      if (out.includes(secret))
        out = out.split(secret).join(secret.startsWith("mlc_") ? redactToken(secret) : "[redacted]");
    }
    return out;
  }

  /** `--get`: the selected field of one value on its own line (strings as they are, the rest as JSON). */
  #field(value: unknown): void {
    const found = fieldAt(value, this.#select as FieldPath);
    const text = found === undefined ? "" : typeof found === "string" ? found : JSON.stringify(found);
    this.#write(this.#stdout, `${text}\n`);
  }

  #write(stream: NodeJS.WritableStream, text: string): void {
    stream.write(this.scrub(text));
  }
}

const ANSI_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** The width a text takes on screen: colour codes take none. */
function visibleLength(text: string): number {
  return text.replace(ANSI_SEQUENCE, "").length;
}

function paint(style: Style, text: string): string {
  const [on, off] = ANSI[style];
  return `\x1b[${on}m${text}\x1b[${off}m`;
}

/** A value as one table cell: no newlines, objects as compact JSON. */
export function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text =
    typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.replace(/\s*\n\s*/g, " ");
}

/** The keys and indexes of a `--get` path such as `trajectories[0].steps.echo.status`. */
type FieldPath = ReadonlyArray<string | number>;

/** Parses a `--get` path; a malformed one is a usage error before anything is sent. */
export function parseFieldPath(path: string): FieldPath {
  const segments: Array<string | number> = [];
  const pattern = /\.?([^.[\]]+)|\[(\d+)\]/gy;
  let match: RegExpExecArray | null;
  pattern.lastIndex = 0;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path))) {
    segments.push(match[2] === undefined ? (match[1] as string) : Number(match[2]));
  }
  if (segments.length === 0 || pattern.lastIndex !== path.length) {
    throw new UsageError(
      "--get",
      `expected a field path such as trajectories[0].trajectory_id, got ${JSON.stringify(path)}.`,
    );
  }
  return segments;
}

function fieldAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
