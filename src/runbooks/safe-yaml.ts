import { RunbookParseError } from "./errors";
import { grayMatter } from "./gray-matter";

type YamlParse = (source: string) => unknown;

// gray-matter's YAML engine is js-yaml 3's `safeLoad`, bound to its private copy of js-yaml: the
// default safe schema, without the `!!js/*` types. We capture it once and call it with no options,
// because gray-matter would otherwise forward its own options object, and a `schema` key in there
// would replace the safe schema. Captured (and self-checked) at the first parse, not at import.
let bundledYamlParse: { parse: YamlParse | undefined } | undefined;
function safeYamlParse(): YamlParse | undefined {
  bundledYamlParse ??= (() => {
    const engine = (grayMatter() as unknown as { engines?: Record<string, unknown> }).engines?.yaml as
      | { parse?: unknown }
      | undefined;
    const parse = engine?.parse;
    const safe = typeof parse === "function" && rejectsJsTypes(parse as YamlParse);
    return { parse: safe ? (parse as YamlParse) : undefined };
  })();
  return bundledYamlParse.parse;
}

// Checked by behaviour rather than by name so minified bundles still work: a loader that
// understands `!!js/undefined` (harmless to construct) would also understand `!!js/function`.
function rejectsJsTypes(parse: YamlParse): boolean {
  try {
    parse("probe: !!js/undefined ''");
    return false;
  } catch {
    return true;
  }
}

function refuse(language: string): never {
  throw new RunbookParseError(
    `frontmatter language "${language}" is not supported: only YAML frontmatter is read, and code frontmatter is never evaluated`,
    { line: 1 },
  );
}

// Defence in depth behind the language check in parseRunbook: every engine name gray-matter maps to
// code evaluation (and JSON, which is not the YAML the format specifies) refuses instead.
export const SAFE_ENGINES = {
  yaml: { parse: (source: string) => safeYaml(source) },
  yml: { parse: (source: string) => safeYaml(source) },
  js: { parse: () => refuse("js") },
  javascript: { parse: () => refuse("javascript") },
  coffee: { parse: () => refuse("coffee") },
  coffeescript: { parse: () => refuse("coffeescript") },
  cson: { parse: () => refuse("cson") },
  json: { parse: () => refuse("json") },
};

function safeYaml(source: string): object {
  const parse = safeYamlParse();
  if (!parse) {
    // Fail closed: gray-matter's YAML engine was replaced by one that knows JavaScript types.
    throw new RunbookParseError("gray-matter's safe YAML loader is unavailable; refusing to parse");
  }
  return (parse(source) ?? {}) as object;
}

interface YamlErrorLike {
  name?: string;
  reason?: string;
  message?: string;
  mark?: { line?: number; column?: number };
}

/** A front-matter failure as a {@link RunbookParseError} with the 1-based line of the file. */
export function toParseError(error: unknown, filename: string | undefined): RunbookParseError {
  if (error instanceof RunbookParseError) {
    return filename && !error.filename
      ? new RunbookParseError(error.reason, {
          line: error.line,
          column: error.column,
          filename,
          cause: error,
        })
      : error;
  }
  const e = (error ?? {}) as YamlErrorLike;
  if (e.name === "YAMLException") {
    // js-yaml counts lines from 0 within the block; the block starts on the opening --- line.
    const line = typeof e.mark?.line === "number" ? e.mark.line + 1 : undefined;
    const column = typeof e.mark?.column === "number" ? e.mark.column + 1 : undefined;
    return new RunbookParseError(`invalid YAML frontmatter: ${e.reason ?? e.message ?? "syntax error"}`, {
      line,
      column,
      filename,
      cause: error,
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new RunbookParseError(`cannot read the frontmatter: ${reason}`, { line: 1, filename, cause: error });
}
