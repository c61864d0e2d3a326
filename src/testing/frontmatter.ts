/**
 * Reads `primary_outputs` from a runbook's YAML front matter with a plain line scan. The emulator never
 * evaluates or fully parses runbook text; anything it does not recognise is ignored.
 */

const RESERVED = new Set(["summary.md", "validation_report.json"]);

/**
 * The `primary_outputs` entries of a runbook, in declared order, as paths relative to `results_dir`
 * (`{{results_dir}}/`, `/app/results/` and `./results/` prefixes are removed; unsafe entries dropped).
 */
export function primaryOutputsOf(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return [];
  const found: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "---") break;
    const m = /^primary_outputs\s*:(.*)$/.exec(line);
    if (!m) continue;
    const rest = stripComment(m[1]!).trim();
    if (rest.startsWith("[")) {
      found.push(...rest.replace(/^\[|\]$/g, "").split(","));
    } else if (rest !== "") {
      found.push(rest);
    } else {
      // A block list: the indented `- item` lines that follow.
      for (let j = i + 1; j < lines.length; j++) {
        const item = /^\s+-\s*(.*)$/.exec(lines[j]!);
        if (item) found.push(stripComment(item[1]!));
        else if (lines[j]!.trim() !== "" && !lines[j]!.trim().startsWith("#")) break;
      }
    }
  }
  return [...new Set(found.map(normalise).filter((p): p is string => p !== undefined))];
}

function stripComment(text: string): string {
  const hash = text.search(/\s#/);
  return hash === -1 ? text : text.slice(0, hash);
}

function normalise(raw: string): string | undefined {
  let path = raw
    .trim()
    .replace(/^["']|["']$/g, "")
    .trim();
  path = path
    .replace(/^\{\{\s*results_dir\s*\}\}\//, "")
    .replace(/^\/app\/results\//, "")
    .replace(/^\.\/results\//, "");
  if (path === "" || path.startsWith("/") || path.split("/").some((s) => s === ".." || s === ""))
    return undefined;
  return RESERVED.has(path) ? undefined : path;
}
