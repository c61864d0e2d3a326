/**
 * The portable build's stand-in for ./node.ts (Cloudflare Workers, Vercel Edge, browsers, any
 * runtime without Node's modules). Same exports; the Node-only features call `requireNode()` first,
 * which throws a `ConfigError` naming the feature and the runtime, so the stubs below never run.
 * Internal module.
 */
import { ConfigError } from "../errors";
import type * as Node from "./node";

export type { WriteStream } from "./node";

export const uploadRedirect: typeof Node.uploadRedirect = "manual";

export const cloneBodyCancelHangs: typeof Node.cloneBodyCancelHangs = false;

/** The portable build has no file system. */
export const hasNodeFileSystem: typeof Node.hasNodeFileSystem = false;

/** The runtime's name as the error messages give it. */
function runtimeName(): string {
  const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
  if (agent === "Cloudflare-Workers") return "Cloudflare Workers (workerd)";
  if (typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime === "string") return "Vercel Edge";
  return typeof agent === "string" && agent !== "" ? agent : "this runtime";
}

export const requireNode: typeof Node.requireNode = (feature) => {
  throw new ConfigError(
    `${feature} needs Node.js's file system, which ${runtimeName()} does not have; ` +
      "this is @jetty/sdk's portable build (chosen by the workerd, worker, browser or default export condition). " +
      "Pass bytes, a Blob or a stream instead of a path, or run it on Node.js, Bun or Deno.",
  );
};

export const runtimeDescription: typeof Node.runtimeDescription = () => runtimeName();

// Workers' EventTarget has no listener cap to raise.
export const setMaxListeners: typeof Node.setMaxListeners = () => {};

// Every Node-only path calls requireNode() before it reaches these.
const unreachable = (): never => {
  throw new ConfigError("internal error: a Node-only function ran in the portable build");
};
export const randomBytes = unreachable as typeof Node.randomBytes;
export const once = unreachable as typeof Node.once;
export const chmodSync = unreachable as typeof Node.chmodSync;
export const createWriteStream = unreachable as typeof Node.createWriteStream;
export const existsSync = unreachable as typeof Node.existsSync;
export const mkdirSync = unreachable as typeof Node.mkdirSync;
export const openAsBlob = unreachable as typeof Node.openAsBlob;
export const readFileSync = unreachable as typeof Node.readFileSync;
export const renameSync = unreachable as typeof Node.renameSync;
export const writeFileSync = unreachable as typeof Node.writeFileSync;
export const chmod = unreachable as typeof Node.chmod;
export const link = unreachable as typeof Node.link;
export const open = unreachable as typeof Node.open;
export const readFile = unreachable as typeof Node.readFile;
export const rename = unreachable as typeof Node.rename;
export const stat = unreachable as typeof Node.stat;
export const unlink = unreachable as typeof Node.unlink;
export const homedir = unreachable as typeof Node.homedir;
export const basename = unreachable as typeof Node.basename;
export const dirname = unreachable as typeof Node.dirname;
export const join = unreachable as typeof Node.join;
export const resolve = unreachable as typeof Node.resolve;
export const sep = "/" as typeof Node.sep;
export const Readable = { fromWeb: unreachable } as unknown as typeof Node.Readable;
export const pipeline = unreachable as typeof Node.pipeline;
