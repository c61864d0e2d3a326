import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// README.md and CHANGELOG.md ship in the npm tarball, where a relative link leads nowhere: every link in
// them must be absolute (or an in-page anchor), and a link into this repository must name a file that exists.
const root = join(import.meta.dirname, "..", "..");
const REPO_BLOB = "https://github.com/jettyio/jetty-sdk-typescript/blob/main/";

function linksOf(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
}

describe.each(["README.md", "CHANGELOG.md"])("links in %s (shipped on npm)", (file) => {
  const links = linksOf(readFileSync(join(root, file), "utf8"));

  it("are absolute or in-page anchors", () => {
    const relative = links.filter((href) => !/^(https?:|mailto:|#)/.test(href));
    expect(relative).toEqual([]);
  });

  it("point at files that exist when they point into this repository", () => {
    const missing = links
      .filter((href) => href.startsWith(REPO_BLOB))
      .map((href) => href.slice(REPO_BLOB.length).split("#")[0] as string)
      .filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });
});
