import { extractParameterTable, type ParameterRow } from "./parameters";
import { DEFAULT_RESULTS_DIR, type RunbookSecret, type RunbookTemplateVariable } from "./runbook";

const TEMPLATE_VAR = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}/g;

/** The body's `{{placeholders}}` (plus `results_dir`), with defaults and descriptions from its parameter table. */
export function extractTemplateVariables(
  body: string,
  secrets: RunbookSecret[],
  warnings: string[],
): RunbookTemplateVariable[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const secretRefs = new Set<string>();
  for (const match of body.matchAll(TEMPLATE_VAR)) {
    const name = match[1]!;
    if (name.startsWith("secrets.")) {
      secretRefs.add(name.slice("secrets.".length));
      continue;
    }
    // Other dotted names ({{github.sha}} and the like) are not Jetty placeholders.
    if (name.includes(".")) continue;
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  if (!seen.has("results_dir")) names.push("results_dir");

  const declared = new Set(secrets.flatMap((s) => [s.name, s.env]));
  for (const ref of secretRefs) {
    if (!declared.has(ref))
      warnings.push(`the body uses {{secrets.${ref}}} but the frontmatter does not declare it`);
  }

  const rows = extractParameterTable(body);
  const byName = matchRows(rows, names);
  return names.map((name) => {
    const variable: RunbookTemplateVariable = { name };
    const row = byName.get(name);
    const fallback = name === "results_dir" ? DEFAULT_RESULTS_DIR : undefined;
    const value = row?.default ?? fallback;
    if (value !== undefined) variable.default = value;
    if (row?.description) variable.description = row.description;
    return variable;
  });
}

function matchRows(rows: ParameterRow[], names: string[]): Map<string, ParameterRow> {
  const exact = new Set(names);
  const loose = new Map<string, string>();
  for (const name of names) {
    const key = looseKey(name);
    if (!loose.has(key)) loose.set(key, name);
  }
  const byName = new Map<string, ParameterRow>();
  for (const row of rows) {
    let target: string | undefined;
    for (const candidate of row.candidates) {
      target = exact.has(candidate) ? candidate : loose.get(looseKey(candidate));
      if (target) break;
    }
    // The first table row naming a variable wins; later tables are usually examples.
    if (target && !byName.has(target)) byName.set(target, row);
  }
  return byName;
}

function looseKey(name: string): string {
  return name.toLowerCase().replace(/-/g, "_");
}
