import matter from "gray-matter";

/**
 * gray-matter, for the runbook parser. The build replaces this module with one that loads gray-matter
 * (and its js-yaml) inside this function, on the first parse (tsup.config.ts, `lazyGrayMatter`):
 * importing the SDK then evaluates none of it, and a bundle that never parses a runbook can drop it.
 * Internal module.
 */
export function grayMatter(): typeof matter {
  return matter;
}
