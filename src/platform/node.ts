/**
 * The one door to Node's own modules for the Node-only features: the token file, uploads from local
 * paths, `FileDownload.saveTo()`, `loadRunbook()` and `migrateLegacyToken()`. The Node build (the
 * `node` export condition, also taken by Bun and Deno) uses this module; the portable build
 * (`workerd`, `worker`, `browser`, `default`) swaps in ./portable.ts, so nothing there names `node:*`.
 * Internal module.
 */
export { randomBytes } from "node:crypto";
export { once, setMaxListeners } from "node:events";
export {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openAsBlob,
  readFileSync,
  renameSync,
  type WriteStream,
  writeFileSync,
} from "node:fs";
export { chmod, link, open, readFile, rename, stat, unlink } from "node:fs/promises";
export { homedir } from "node:os";
export { basename, dirname, join, resolve, sep } from "node:path";
export { Readable } from "node:stream";
export { pipeline } from "node:stream/promises";

/**
 * How uploads treat a redirect. "error" keeps Node 20's fetch from cloning (and so buffering) the
 * body; workers offer only "follow" and "manual", and the transport refuses a redirect itself.
 */
export const uploadRedirect: RequestRedirect = "error";

/**
 * Whether cancelling the body of a cloned `Request` never settles here. Node 20.0–20.12 (undici's
 * `Request.clone()` tee) leaves that promise pending, and ky awaits it after every call with a body,
 * so the call would never resolve. Bun and Deno have their own fetch.
 */
export const cloneBodyCancelHangs: boolean = (() => {
  const versions = process.versions as Record<string, string | undefined>;
  if (versions.bun || versions.deno) return false;
  const [major, minor] = (versions.node ?? "").split(".").map(Number);
  return major === 20 && (minor ?? 0) < 13;
})();

/** Whether this build can use Node's file system (false in the portable build). */
export const hasNodeFileSystem: boolean = true;

/**
 * Called first by every Node-only feature; the portable build's version throws a `ConfigError`
 * naming the feature and the runtime. Here there is nothing to check.
 */
export function requireNode(_feature: string): void {}

/** The runtime, for the User-Agent header: `node/v20.20.2 (linux; x64)`, or Bun's and Deno's own. */
export function runtimeDescription(): string {
  return `node/${process.version} (${process.platform}; ${process.arch})`;
}
