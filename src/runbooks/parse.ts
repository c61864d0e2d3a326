import { InvalidInputError, JettyError } from "../errors";
import { readFile, requireNode } from "../platform/node";
import { RunbookParseError } from "./errors";
import { extractSecrets, normaliseFrontmatter } from "./frontmatter";
import { grayMatter } from "./gray-matter";
import type { ParseRunbookOptions, Runbook } from "./runbook";
import { SAFE_ENGINES, toParseError } from "./safe-yaml";
import { extractTemplateVariables } from "./template-variables";

/**
 * Parses the text of a `RUNBOOK.md`: YAML frontmatter (YAML only; JavaScript/CoffeeScript
 * frontmatter is refused and never evaluated, and YAML's `!!js/*` tags are rejected), the body, its
 * `{{placeholders}}` with defaults from the Parameters table, and the declared secrets.
 * Unknown frontmatter values are kept and reported in `warnings`. Tolerates a BOM and CRLF.
 *
 * @throws {RunbookParseError} on malformed YAML (with the 1-based line), a non-YAML frontmatter
 *   language, an unclosed frontmatter block, or frontmatter that is not a mapping.
 *
 * @example
 * ```ts
 * import { parseRunbook } from "@jetty/sdk";
 * const runbook = parseRunbook(`---\nversion: "1.0.0"\nevaluation: programmatic\n---\n# Do it\nWrite to {{results_dir}}`);
 * runbook.frontmatter.evaluation; // "programmatic"
 * runbook.templateVariables;      // [{ name: "results_dir", default: "/app/results" }]
 * ```
 */
export function parseRunbook(markdown: string, options: ParseRunbookOptions = {}): Runbook {
  if (typeof markdown !== "string") throw new InvalidInputError("markdown", "must be a string");
  const filename = options.filename;
  const warnings: string[] = [];

  // Line numbers are computed on this normalised text; a BOM occupies no line.
  const text = (markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown).replace(/\r\n?/g, "\n");

  let data: Record<string, unknown> = {};
  let body = text;
  // The same opening rule as gray-matter: "---" not followed by another "-".
  if (text.startsWith("---") && text.charAt(3) !== "-") {
    const firstLineEnd = text.indexOf("\n");
    const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
    const language = firstLine.slice(3).trim();
    if (language !== "" && language.toLowerCase() !== "yaml" && language.toLowerCase() !== "yml") {
      throw new RunbookParseError(
        `frontmatter language "${language}" is not supported: only YAML frontmatter is read, and code frontmatter is never evaluated`,
        { line: 1, filename },
      );
    }
    if (firstLineEnd === -1 || text.indexOf("\n---", firstLineEnd) === -1) {
      throw new RunbookParseError("the frontmatter opened on line 1 is never closed with ---", {
        line: 1,
        filename,
      });
    }
    let file: { data: unknown; content: string };
    try {
      // Passing options disables gray-matter's cache (keyed by input text and returning a shared,
      // mutable object); `language` pins YAML; `engines` replaces the evaluating defaults.
      file = grayMatter()(text, { language: "yaml", excerpt: false, engines: SAFE_ENGINES });
    } catch (error) {
      throw toParseError(error, filename);
    }
    if (file.data === null || typeof file.data !== "object" || Array.isArray(file.data)) {
      throw new RunbookParseError("the frontmatter must be a YAML mapping of keys to values", {
        line: 2,
        filename,
      });
    }
    data = file.data as Record<string, unknown>;
    body = file.content;
  } else {
    warnings.push("no YAML frontmatter (a runbook starts with a --- block)");
  }

  const frontmatter = normaliseFrontmatter(data, warnings);
  const secrets = extractSecrets(data.secrets, warnings);
  const templateVariables = extractTemplateVariables(body, secrets, warnings);

  return {
    frontmatter,
    body,
    content: markdown,
    templateVariables,
    secrets,
    warnings,
  };
}

/**
 * Reads a `RUNBOOK.md` (UTF-8) and parses it with {@link parseRunbook}.
 *
 * @throws {JettyError} when the file cannot be read (`cause` holds the filesystem error).
 * @throws {RunbookParseError} when it cannot be parsed.
 *
 * @example
 * ```ts
 * import { loadRunbook } from "@jetty/sdk";
 * const runbook = await loadRunbook("./runbooks/report/RUNBOOK.md");
 * console.log(runbook.frontmatter.version);
 * ```
 */
export async function loadRunbook(path: string | URL): Promise<Runbook> {
  requireNode("loadRunbook() (jetty.runbooks.load)");
  const filename = typeof path === "string" ? path : path.pathname;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JettyError(`Cannot read runbook ${filename}: ${reason}`, { cause: error });
  }
  return parseRunbook(text, { filename });
}
