import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, runForm, start } from "./helpers";

const IMAGE_WORKFLOW = {
  init_params: { prompt: "a cat" },
  step_configs: {
    gen: { activity: "replicate_text2image", model: "flux", prompt_path: "init_params.prompt" },
  },
  steps: ["gen"],
};

describe("files", () => {
  let emu: Emulator;
  const scoped = "mlc_scopedother000000000000000000000";
  beforeAll(async () => {
    emu = await start({
      collections: [{ name: "other" }],
      tasks: [{ collection: "demo", name: "img", workflow: IMAGE_WORKFLOW }],
      scopedTokens: { [scoped]: ["other"] },
    });
  });
  afterAll(() => emu.close());

  it("downloads a stored file with Content-Type, Content-Length and Content-Disposition", async () => {
    const form = runForm();
    form.append("files", new Blob(["résumé data"], { type: "text/plain" }), "résumé.txt");
    const run = await api(emu, "/api/v1/run-sync/demo/img", { method: "POST", body: form });
    const t = run.body.trajectory;
    const res = await fetch(`${emu.url}/api/v1/file/${t.steps.gen.outputs.images[0].path}`, {
      headers: { authorization: `Bearer ${emu.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="image_0.png"; filename*=UTF-8''image_0.png`,
    );

    const input = t.init_params.file_paths[0];
    const encoded = input.split("/").map(encodeURIComponent).join("/");
    const text = await fetch(`${emu.url}/api/v1/file/${encoded}`, {
      headers: { authorization: `Bearer ${emu.token}` },
    });
    expect(await text.text()).toBe("résumé data");
    expect(text.headers.get("content-disposition")).toBe(
      `attachment; filename="r_sum_.txt"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt`,
    );
  });

  it("answers HEAD with the headers only", async () => {
    const path = emu.state.files.find((f) => f.path.endsWith(".png"))!.path;
    const res = await fetch(`${emu.url}/api/v1/file/${path}`, {
      method: "HEAD",
      headers: { authorization: `Bearer ${emu.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(emu.state.readFile(path)!.length));
    expect(await res.text()).toBe("");
  });

  it("404s unknown paths and paths of a collection the key does not hold", async () => {
    expect((await api(emu, "/api/v1/file/demo/nope.txt")).status).toBe(404);
    const path = emu.state.files.find((f) => f.path.startsWith("demo/"))!.path;
    expect((await api(emu, `/api/v1/file/${path}`, { token: scoped })).status).toBe(404);
    expect((await api(emu, `/api/v1/file/${path}`, { token: null })).status).toBe(401);
  });

  it("lists files by prefix", async () => {
    const res = await api(emu, "/api/v1/list-files?prefix=demo/img/0000");
    expect(res.status).toBe(200);
    expect(res.body.files).toContainEqual({
      path: "demo/img/0000/gen/image_0.png",
      size: expect.any(Number),
      content_type: "image/png",
    });
    expect(res.body.files.every((f: { path: string }) => f.path.startsWith("demo/img/0000"))).toBe(true);
    expect((await api(emu, "/api/v1/list-files?prefix=demo/", { token: scoped })).status).toBe(403);
  });

  it("zips a trajectory with its JSON and files", async () => {
    const run = await api(emu, "/api/v1/run-sync/demo/img", {
      method: "POST",
      body: runForm({ prompt: "dog" }),
    });
    const id = run.body.trajectory.trajectory_id;
    const res = await fetch(`${emu.url}/api/v1/trajectory/demo/img/${id}/download`, {
      headers: { authorization: `Bearer ${emu.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toContain(`filename="demo-img-${id}.zip"`);
    const zip = Buffer.from(await res.arrayBuffer());
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.subarray(zip.length - 22).readUInt32LE(0)).toBe(0x06054b50);
    const text = zip.toString("latin1");
    expect(text).toContain("trajectory.json");
    expect(text).toContain("gen/image_0.png");
    const names = zipEntryNames(zip);
    expect(names).toEqual(["trajectory.json", "gen/image_0.png"]);
    if (hasUnzip()) {
      const dir = mkdtempSync(join(tmpdir(), "emu-zip-"));
      writeFileSync(join(dir, "t.zip"), zip);
      // -t checks every CRC.
      expect(execFileSync("unzip", ["-t", join(dir, "t.zip")]).toString()).toContain("No errors detected");
    }
  });

  it("uploads to the sandbox (field files) and as file objects (field file); the old route is 405", async () => {
    const form = new FormData();
    form.append("files", new Blob(["a"]), "a.txt");
    form.append("files", new Blob(["bb"]), "b.txt");
    form.set("collection", "demo");
    const res = await api(emu, "/api/v1/sandbox/upload", { method: "POST", body: form });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.file_paths).toEqual([
      `demo/_sandbox_uploads/${res.body.upload_id}/a.txt`,
      `demo/_sandbox_uploads/${res.body.upload_id}/b.txt`,
    ]);
    expect(emu.state.readFile(res.body.file_paths[1])?.toString()).toBe("bb");

    // A key bound to one collection needs no collection field.
    const scopedForm = new FormData();
    scopedForm.append("files", new Blob(["c"]), "c.txt");
    const scopedRes = await api(emu, "/api/v1/sandbox/upload", {
      method: "POST",
      body: scopedForm,
      token: scoped,
    });
    expect(scopedRes.body.file_paths[0]).toMatch(/^other\/_sandbox_uploads\//);
    const ambiguous = await api(emu, "/api/v1/sandbox/upload", { method: "POST", body: scopedForm });
    expect(ambiguous.status).toBe(422);
    expect(ambiguous.body.detail[0].loc).toEqual(["body", "collection"]);
    const empty = new FormData();
    empty.set("collection", "demo");
    expect(
      (await api(emu, "/api/v1/sandbox/upload", { method: "POST", body: empty })).body.detail[0].loc,
    ).toEqual(["body", "files"]);

    const one = new FormData();
    one.set("file", new Blob(["{}"], { type: "application/json" }), "data.json");
    one.set("collection", "demo");
    const file = await api(emu, "/api/v1/files", { method: "POST", body: one });
    expect(file.body).toMatchObject({ object: "file", bytes: 2, filename: "data.json" });
    expect(file.body.id).toMatch(/^file-[0-9a-f]+$/);
    expect(file.body.storage_path).toBe(`demo/_files/${file.body.id}/data.json`);
    expect((await api(emu, `/api/v1/files/${file.body.id}`)).body.id).toBe(file.body.id);

    const old = await api(emu, "/api/v1/files/upload", { method: "POST", body: one });
    expect(old.status).toBe(405);
  });

  it("streams a large upload without keeping it when told to discard uploads", async () => {
    const big = await start({ discardUploads: true });
    try {
      const size = 64 * 1024 * 1024;
      const form = new FormData();
      form.append("files", new Blob([Buffer.alloc(size, 7)]), "big.bin");
      form.set("collection", "demo");
      const res = await api(big, "/api/v1/sandbox/upload", { method: "POST", body: form });
      expect(res.status).toBe(200);
      expect(big.state.files).toEqual([
        { path: res.body.file_paths[0], size, content_type: "application/octet-stream", retained: false },
      ]);
      expect(big.state.readFile(res.body.file_paths[0])).toBeUndefined();
    } finally {
      await big.close();
    }
  });
});

/** Entry names from the central directory (what `unzip -l` lists). */
function zipEntryNames(zip: Buffer): string[] {
  const end = zip.length - 22;
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(offset)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString("utf8"));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}

function hasUnzip(): boolean {
  try {
    execFileSync("unzip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
