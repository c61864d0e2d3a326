/**
 * Stored files: download by storage path, listing by prefix, and the two upload endpoints
 * (`/sandbox/upload` → storage paths, `/files` → `file-…` ids). The old `/files/upload` answers 405.
 */
import { Auth } from "../auth";
import { type Core, principalOf } from "../core";
import { attachmentDisposition, contentTypeFor, safeFilename } from "../files/content-type";
import type { RequestContext } from "../http/context";
import { isMultipart, readMultipart, type UploadedFile } from "../http/multipart";
import { HttpError, sendChunks } from "../http/respond";
import type { Handler, Router } from "../http/router";
import { invalid } from "../http/validation";
import { hex } from "../ids";

/** `/api/v1/file/...`, `/api/v1/list-files`, `/api/v1/sandbox/upload`, `/api/v1/files`. */
export function fileRoutes(router: Router, core: Core): void {
  const { store } = core;

  router.on("downloadFile", async (ctx) => {
    const path = ctx.params.storage_path;
    const file = store.files.get(path);
    // The first segment names the collection; a key for another collection gets the same 404 as a typo.
    if (!file || !Auth.canAccess(principalOf(ctx), path.split("/")[0]!)) {
      throw new HttpError(404, `File not found: ${path}`);
    }
    if (!file.chunks) throw new HttpError(404, `File content not retained by the emulator: ${path}`);
    const filename = path.slice(path.lastIndexOf("/") + 1);
    await sendChunks(
      ctx,
      200,
      { "content-type": file.contentType, "content-disposition": attachmentDisposition(filename) },
      file.chunks,
      file.size,
    );
    return undefined;
  });

  router.on("listFiles", (ctx) => {
    const principal = principalOf(ctx);
    const prefix = ctx.query.get("prefix") ?? "";
    const collection = prefix.split("/")[0]!;
    if (collection !== "") Auth.assertAccess(principal, collection);
    const files = [...store.files.values()]
      .filter((f) => f.path.startsWith(prefix) && Auth.canAccess(principal, f.path.split("/")[0]!))
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => ({ path: f.path, size: f.size, content_type: f.contentType }));
    return { files };
  });

  router.on("uploadSandboxFiles", async (ctx) => {
    const { fields, files } = await readUpload(ctx, core);
    const uploads = files.filter((f) => f.field === "files");
    if (uploads.length === 0) invalid(["body", "files"], "Field required", "missing");
    const collection = targetCollection(ctx, core, fields.get("collection")?.[0]);
    const upload_id = hex(8);
    const file_paths = uploads.map((file) => {
      const name = safeFilename(file.filename);
      const path = `${collection}/_sandbox_uploads/${upload_id}/${name}`;
      store.putFile(path, file.chunks, file.size, contentTypeFor(name, file.contentType));
      return path;
    });
    return { upload_id, file_paths, count: file_paths.length };
  });

  router.on("uploadFile", async (ctx) => {
    const { fields, files } = await readUpload(ctx, core);
    const file = files.find((f) => f.field === "file");
    if (!file) invalid(["body", "file"], "Field required", "missing");
    const collection = targetCollection(ctx, core, fields.get("collection")?.[0]);
    const id = `file-${hex(12)}`;
    const filename = safeFilename(file.filename);
    const storage_path = `${collection}/_files/${id}/${filename}`;
    store.putFile(storage_path, file.chunks, file.size, contentTypeFor(filename, file.contentType));
    const object = {
      id,
      object: "file",
      bytes: file.size,
      created_at: Math.floor(Date.now() / 1000),
      filename,
      purpose: fields.get("purpose")?.[0] ?? "assistants",
      storage_path,
    };
    store.fileObjects.set(id, object);
    return object;
  });

  const readFileObject: Handler<{ file_id: string }> = (ctx) => {
    const object = store.fileObjects.get(ctx.params.file_id);
    const path = typeof object?.storage_path === "string" ? object.storage_path : "";
    if (!object || !Auth.canAccess(principalOf(ctx), path.split("/")[0]!)) {
      throw new HttpError(404, `File '${ctx.params.file_id}' not found`);
    }
    return object;
  };
  router.unlisted("GET", "/api/v1/files/{file_id}", readFileObject as Handler, {
    auth: "required",
    why: "DOCK reads a file object back by id; the SDK never does, so the spec leaves it out",
  });
  router.unlisted(
    "POST",
    "/api/v1/files/upload",
    () => {
      throw new HttpError(405, "Method Not Allowed", { allow: "" });
    },
    { auth: "required", why: "the seed's old upload route, which the platform answers with 405" },
  );
}

async function readUpload(
  ctx: RequestContext,
  core: Core,
): Promise<{ fields: Map<string, string[]>; files: UploadedFile[] }> {
  principalOf(ctx);
  if (!isMultipart(ctx)) invalid(["body"], "Uploads take multipart/form-data", "value_error");
  return readMultipart(ctx, { maxStoredBytes: core.maxStoredBytes });
}

/**
 * The collection an upload lands in: the `collection` form field when given, else the key's own collection
 * (a scoped key bound to one), else the only collection there is; 422 when it stays ambiguous.
 */
function targetCollection(ctx: RequestContext, core: Core, field: string | undefined): string {
  const principal = principalOf(ctx);
  const named = field ?? Auth.soleCollection(principal) ?? soleExisting(core);
  if (!named)
    invalid(
      ["body", "collection"],
      "Field required (the key is not bound to a single collection)",
      "missing",
    );
  return core.store.requireCollection(principal, named).wire.name;
}

function soleExisting(core: Core): string | undefined {
  const all = [...core.store.collections.values()];
  return all.length === 1 ? all[0]!.wire.name : undefined;
}
