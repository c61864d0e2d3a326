/**
 * Reading the Parameters table of a runbook body. Real runbooks write it in several shapes:
 *
 *   | Parameter | Template Variable | Default | Description |   (name in the variable column)
 *   | Parameter | Default | Description |                      (`name` in code, or a human label)
 *   | Parameter | Value | Description |  / | Parameter | Required | Default | Description |
 *   | Parameter | Description | Default |
 *
 * so columns are found by header name, and a row is tied to a placeholder by the names it offers
 * (a `{{name}}`, a `name` code span, or the label turned into snake_case). Internal module.
 */

/** One row of a parameters table: the names it could stand for, its literal default, its description. */
export interface ParameterRow {
  candidates: string[];
  default?: string;
  description?: string;
}

// Every pattern here runs on text from the runbook, so each is written to take time linear in its
// input (anchored, or with no two quantifiers that can claim the same characters); the delimiter
// row and the parenthesised asides of slugify() are scanned by hand for the same reason.
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const SINGLE_CODE_SPAN = /^`([^`]*)`$/;
const NO_VALUE = new Set([
  "",
  "-",
  "—",
  "–",
  "none",
  "n/a",
  "na",
  "tbd",
  "null",
  "empty",
  "required",
  "optional",
]);
const RESULTS_DIR_LABELS = new Set([
  "results_directory",
  "results_dir",
  "output_directory",
  "results_folder",
]);

/** Finds every parameters-like table outside fenced code and returns its rows in order. */
export function extractParameterTable(body: string): ParameterRow[] {
  const lines = body.split("\n");
  const rows: ParameterRow[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined || !line.includes("|")) continue;
    const next = lines[i + 1];
    if (next === undefined || !isDelimiterRow(next)) continue;

    const header = splitRow(line).map(headerKey);
    const columns = classify(header);
    i += 2;
    for (; i < lines.length; i++) {
      const rowLine = lines[i]!;
      if (!rowLine.includes("|") || rowLine.trim() === "") break;
      if (columns) {
        const row = readRow(splitRow(rowLine), columns);
        if (row) rows.push(row);
      }
    }
    i--;
  }
  return rows;
}

interface Columns {
  variable: number;
  parameter: number;
  default: number;
  description: number;
  required: number;
}

function classify(header: string[]): Columns | undefined {
  const find = (test: (h: string) => boolean, except = -1) =>
    header.findIndex((h, i) => i !== except && test(h));
  const variable = find((h) => /template var|placeholder|^variables?$/.test(h));
  const parameter = find(
    (h) => /^(parameters?|params?|names?|inputs?|settings?|options?|keys?)$/.test(h),
    variable,
  );
  let defaultColumn = find((h) => h.includes("default"));
  if (defaultColumn === -1) defaultColumn = find((h) => /^values?$/.test(h));
  const description = find((h) => /description|meaning|purpose|notes?$/.test(h));
  const required = find((h) => /^required\??$/.test(h));
  if (variable === -1 && parameter === -1) return undefined;
  if (defaultColumn === -1 && description === -1) return undefined;
  return { variable, parameter, default: defaultColumn, description, required };
}

function readRow(cells: string[], columns: Columns): ParameterRow | undefined {
  const candidates: string[] = [];
  const add = (name: string | undefined) => {
    if (name && !candidates.includes(name)) candidates.push(name);
  };
  const variableCell = cells[columns.variable];
  const parameterCell = cells[columns.parameter];
  for (const cell of [variableCell, parameterCell]) {
    if (cell === undefined) continue;
    for (const match of cell.matchAll(PLACEHOLDER)) add(match[1]);
  }
  if (parameterCell !== undefined) {
    const code = SINGLE_CODE_SPAN.exec(parameterCell.trim());
    if (code && IDENTIFIER.test(code[1]!.trim())) add(code[1]!.trim());
    const slug = slugify(parameterCell);
    if (slug) {
      add(slug);
      if (RESULTS_DIR_LABELS.has(slug)) add("results_dir");
    }
  }
  if (candidates.length === 0) return undefined;

  const row: ParameterRow = { candidates };
  const requiredCell = cells[columns.required];
  const isRequired = requiredCell !== undefined && /^\W*yes\W*$/i.test(requiredCell.trim());
  const value = isRequired ? undefined : literalDefault(cells[columns.default]);
  if (value !== undefined) row.default = value;
  const description = cells[columns.description]?.trim();
  if (description) row.description = description;
  return row;
}

/**
 * A cell is a literal default when it is one code span (`` `8` ``, `` `"a phrase"` ``) or a bare
 * token (`8`, `csv`). Annotations such as `*(required)*`, `—` or prose ("today's date") are not.
 */
function literalDefault(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const text = cell.trim();
  const code = SINGLE_CODE_SPAN.exec(text);
  if (code) {
    const inner = code[1]!;
    if (inner.includes("{{")) return undefined;
    const quoted = /^"(.*)"$/.exec(inner) ?? /^'(.*)'$/.exec(inner);
    return quoted ? quoted[1]! : inner;
  }
  if (NO_VALUE.has(text.toLowerCase())) return undefined;
  // A single word; underscores inside it are part of the value, at its edges they are emphasis.
  if (/^[^\s*`()[\]<>{}|"']+$/.test(text) && !/^_|_$/.test(text)) return text;
  return undefined;
}

function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith("|")) text = text.slice(1);
  if (text.endsWith("|") && !text.endsWith("\\|")) text = text.slice(0, -1);
  const cells: string[] = [];
  let current = "";
  let from = 0;
  // Jumps from pipe to pipe; an escaped pipe (`\|`) is part of the cell.
  for (let pipe = text.indexOf("|"); pipe !== -1; pipe = text.indexOf("|", pipe + 1)) {
    if (pipe > 0 && text[pipe - 1] === "\\") {
      current += `${text.slice(from, pipe - 1)}|`;
    } else {
      cells.push((current + text.slice(from, pipe)).trim());
      current = "";
    }
    from = pipe + 1;
  }
  cells.push((current + text.slice(from)).trim());
  return cells;
}

/**
 * A table's delimiter row: cells of `-` (at least one each) with an optional `:` at either end,
 * separated by `|`, with optional outer pipes and spaces. One pass over the line.
 */
export function isDelimiterRow(line: string): boolean {
  let text = line.trim();
  if (text.startsWith("|")) text = text.slice(1);
  if (text.endsWith("|")) text = text.slice(0, -1);
  if (text === "") return false;
  let cellStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "|") continue;
    if (!isDelimiterCell(text, cellStart, i)) return false;
    cellStart = i + 1;
  }
  return true;
}

function isDelimiterCell(text: string, start: number, end: number): boolean {
  const cell = text.slice(start, end).trim();
  const from = cell.startsWith(":") ? 1 : 0;
  const to = cell.length > from && cell.endsWith(":") ? cell.length - 1 : cell.length;
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (cell[i] !== "-") return false;
  return true;
}

/** `text` with every `(…)` aside (up to the next `)`) replaced by a space; an unclosed `(` stays. */
function withoutAsides(text: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const open = text.indexOf("(", at);
    if (open === -1) break;
    const close = text.indexOf(")", open + 1);
    // No `)` after this `(` means none after any later one either: the rest has no asides.
    if (close === -1) break;
    out += `${text.slice(at, open)} `;
    at = close + 1;
  }
  return out + text.slice(at);
}

function headerKey(cell: string): string {
  return cell.replace(/[*_`]/g, "").trim().toLowerCase().replace(/\s+/g, " ");
}

function slugify(cell: string): string {
  return withoutAsides(cell)
    .replace(/[*`]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}
