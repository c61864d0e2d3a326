import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * A folder of the shared fixture corpus, which lives beside the repository (`../shared/fixtures`):
 * CI lays it there, a fresh clone has nothing beside it. Returns undefined when it is absent, after
 * printing one line that says which suites are skipped and why; the project's own fixtures under
 * test/fixtures cover the same features either way.
 */
export function sharedCorpus(kind: "runbooks" | "workflows", suite: string): string | undefined {
  const folder = fileURLToPath(new URL(`../../../shared/fixtures/${kind}/`, import.meta.url));
  if (existsSync(folder)) return folder;
  process.stderr.write(
    `skipped: ${suite} — the shared corpus ../shared/fixtures/${kind} is not beside this checkout (CI lays it there)\n`,
  );
  return undefined;
}

/** The project's own fixtures, written for this repository and always present. */
export function ownFixtures(kind: "runbooks" | "workflows"): string {
  return fileURLToPath(new URL(`../fixtures/${kind}/`, import.meta.url));
}
