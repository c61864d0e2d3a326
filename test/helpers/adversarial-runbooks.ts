/**
 * Runbook bodies built to make a backtracking parser slow: each builder returns about `size`
 * characters of markdown. Shared by the linearity test and bench/runbook-parse.ts.
 */
const HEADER = "| Parameter | Default | Description |";
const DELIMITER = "| --- | --- | --- |";

export const ADVERSARIAL_RUNBOOKS: Record<string, (size: number) => string> = {
  "a delimiter-row candidate of spaces": (size) => `${HEADER}\n${" ".repeat(size)}x\n`,
  "a dash, then spaces": (size) => `${HEADER}\n-${" ".repeat(size)}x\n`,
  "many short candidates": (size) => `${`| a |\n${" ".repeat(1000)}x\n`.repeat(Math.ceil(size / 1007))}`,
  "pipes and dashes that never close": (size) => `${HEADER}\n${"| - ".repeat(Math.ceil(size / 4))}x\n`,
  "unclosed parentheses in a cell": (size) => `${HEADER}\n${DELIMITER}\n| ${"(".repeat(size)} | 1 | d |\n`,
  "a long table": (size) =>
    `${HEADER}\n${DELIMITER}\n${Array.from({ length: Math.ceil(size / 28) }, (_, i) => `| \`p${i}\` | \`${i}\` | row ${i} |`).join("\n")}\n`,
  "unterminated placeholders": (size) => `${"{{ a".repeat(Math.ceil(size / 4))}\n`,
  "whitespace inside placeholders": (size) => `{{${" ".repeat(size)}x\n`,
  "fence markers": (size) => "```\n~~~~\n".repeat(Math.ceil(size / 9)),
};
