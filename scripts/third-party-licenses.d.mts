// Types of scripts/third-party-licenses.mjs, for the test that imports it.

/** The folders (under node_modules) of every package some file in `dist` was built from. */
export function bundledPackageDirs(dist?: string): string[];

/** THIRD_PARTY_LICENSES for the given package folders. */
export function licensesText(dirs: readonly string[]): string;
