/**
 * Saving a download to disk: streamed into a temporary file beside the target, synced, and put in
 * place only once every byte has arrived (never over an existing file unless asked), so a failed or
 * aborted save leaves nothing half-written behind.
 */
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { APIUserAbortError, InvalidInputError, JettyError } from "../core/errors";
import {
  basename,
  chmod,
  createWriteStream,
  dirname,
  join,
  link,
  once,
  open,
  pipeline,
  Readable,
  randomBytes,
  rename,
  requireNode,
  resolve,
  sep,
  stat,
  unlink,
  type WriteStream,
} from "../platform/node";
import { truncateUtf8 } from "./download-names";

export async function saveStream(
  takeBody: () => ReadableStream<Uint8Array>,
  localPath: string,
  name: string,
  overwrite: boolean,
  signal: AbortSignal | undefined,
): Promise<{ path: string; bytes: number }> {
  const body = takeBody();
  let target: string;
  let existing: Awaited<ReturnType<typeof stat>> | undefined;
  try {
    requireNode("FileDownload.saveTo()");
    if (typeof localPath !== "string" || localPath === "") {
      throw new InvalidInputError("localPath", "expected a non-empty path.");
    }
    target = resolve(localPath);
    existing = await statOrUndefined(target);
    if (existing?.isDirectory()) {
      target = join(target, name);
      existing = await statOrUndefined(target);
    } else if (localPath.endsWith("/") || localPath.endsWith(sep)) {
      throw new InvalidInputError("localPath", `the directory ${JSON.stringify(localPath)} does not exist.`);
    }
    if (existing?.isDirectory()) {
      throw new InvalidInputError("localPath", `${JSON.stringify(target)} is a directory.`);
    }
    if (existing && !overwrite) {
      throw new InvalidInputError("localPath", `${JSON.stringify(target)} exists; pass { overwrite: true }.`);
    }
  } catch (error) {
    await body.cancel().catch(() => {});
    throw saveError(error, localPath, signal);
  }

  // Beside the target, so the final rename never crosses a filesystem; hidden and owner-only while
  // incomplete, so no one reads (or mistakes for finished) a half-written file.
  const temp = join(
    dirname(target),
    `.${truncateUtf8(basename(target), 80)}.${randomBytes(6).toString("hex")}.jetty-part`,
  );
  let created = false;
  let sink: WriteStream | undefined;
  try {
    sink = createWriteStream(temp, { flags: "wx", mode: 0o600 });
    await once(sink, "ready");
    created = true;
    await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), sink, { signal });
    const bytes = sink.bytesWritten;
    await fsyncFile(temp);
    // Only permission bits: a setuid/setgid bit of the file being replaced must not carry over to
    // content that came from the network.
    await chmod(temp, existing ? existing.mode & 0o777 : 0o666 & ~currentUmask());
    if (overwrite) {
      await rename(temp, target);
    } else {
      await placeExclusively(temp, target);
    }
    created = false;
    await syncDirectory(dirname(target));
    return { path: target, bytes };
  } catch (error) {
    await body.cancel().catch(() => {});
    // The descriptor must be closed before the unlink, or a late write could outlive the cleanup.
    if (sink && !sink.closed) await new Promise<void>((done) => sink?.once("close", () => done()));
    if (created) await unlink(temp).catch(() => {});
    throw saveError(error, target, signal);
  }
}

/**
 * Moves the finished temp file to `target` unless something is there. link() refuses an existing target
 * atomically, so a file created meanwhile is never clobbered; filesystems without hard links get a
 * check-then-rename instead.
 */
async function placeExclusively(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if (await statOrUndefined(target)) throw Object.assign(new Error("target exists"), { code: "EEXIST" });
    await rename(temp, target);
    return;
  }
  await unlink(temp);
}

function saveError(error: unknown, target: string, signal: AbortSignal | undefined): JettyError {
  if (error instanceof JettyError) return error;
  if (signal?.aborted) return new APIUserAbortError(`Saving to ${target} was aborted.`, { cause: error });
  const code = (error as { code?: unknown }).code;
  if (code === "EEXIST") {
    return new InvalidInputError("localPath", `${JSON.stringify(target)} exists; pass { overwrite: true }.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new JettyError(`Could not save the download to ${target}: ${detail}`, { cause: error });
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * fsync applies to the file, not the descriptor, so a fresh one flushes what the stream wrote. (A
 * FileHandle kept open under the stream instead can leave FileHandle.close() waiting forever.)
 */
async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable; best effort, since some platforms cannot fsync a directory. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here (e.g. Windows); the data itself was already fsynced.
  }
}

function currentUmask(): number {
  try {
    return process.umask();
  } catch {
    // Worker threads cannot read the umask; 022 is the common default.
    return 0o022;
  }
}
