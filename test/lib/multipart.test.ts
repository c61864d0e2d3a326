import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/core/errors";
import { type MultipartField, multipartBody } from "../../src/core/multipart";
import { uploadFilename } from "../../src/core/upload-source";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jetty-multipart-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Parses with undici's own multipart reader: an independent check of what a server would see. */
async function parse(fields: MultipartField[]) {
  const encoded = await multipartBody(fields);
  const form = await new Response(encoded.body, { headers: encoded.headers }).formData();
  return { encoded, form };
}

async function raw(fields: MultipartField[]): Promise<string> {
  const { body } = await multipartBody(fields);
  return new Response(body).text();
}

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe("multipartBody", () => {
  it("encodes text fields and every kind of file source", async () => {
    const path = join(dir, "on-disk.bin");
    await writeFile(path, Buffer.from([0, 1, 2, 255, 254, 13, 10]));
    const { encoded, form } = await parse([
      { name: "init_params", value: '{"a":1}' },
      { name: "files", file: new File(["file body"], "named.txt", { type: "text/plain" }) },
      { name: "files", file: new Blob(["blob body"], { type: "application/json" }) },
      { name: "files", file: Buffer.from("buffer body") },
      { name: "files", file: new TextEncoder().encode("u8 body").buffer as ArrayBuffer },
      { name: "files", file: path },
      { name: "files", file: { data: new Blob(["x"]), filename: "renamed.csv", contentType: "text/csv" } },
    ]);
    expect(encoded.replayable).toBe(true);
    expect(encoded.body).toBeInstanceOf(Blob);
    expect(encoded.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=-+JettyFormBoundary/);
    expect(form.get("init_params")).toBe('{"a":1}');
    const files = form.getAll("files") as File[];
    expect(files.map((f) => f.name)).toEqual([
      "named.txt",
      "file",
      "file",
      "file",
      "on-disk.bin",
      "renamed.csv",
    ]);
    expect(files.map((f) => f.type)).toEqual([
      "text/plain",
      "application/json",
      "application/octet-stream",
      "application/octet-stream",
      "application/octet-stream",
      "text/csv",
    ]);
    expect(await files[0]?.text()).toBe("file body");
    expect(await files[1]?.text()).toBe("blob body");
    expect(await files[2]?.text()).toBe("buffer body");
    expect(await files[3]?.text()).toBe("u8 body");
    expect([...new Uint8Array(await files[4]!.arrayBuffer())]).toEqual([0, 1, 2, 255, 254, 13, 10]);
  });

  it("sends a Uint8Array view's own bytes, not its whole backing buffer", async () => {
    const backing = Buffer.from("xxhelloyy");
    const { form } = await parse([{ name: "f", file: backing.subarray(2, 7) }]);
    expect(await (form.get("f") as File).text()).toBe("hello");
  });

  it("copies bytes at encoding time, so later mutation does not change a retry", async () => {
    const bytes = new TextEncoder().encode("before");
    const { body } = await multipartBody([{ name: "f", file: bytes }]);
    bytes.set(new TextEncoder().encode("AFTER!"));
    const text = await new Response(body).text();
    expect(text).toContain("before");
    expect(text).not.toContain("AFTER!");
  });

  it("a Blob body has an exact size, so fetch sends Content-Length", async () => {
    const { body } = await multipartBody([{ name: "files", file: Buffer.alloc(1000) }]);
    const bytes = await new Response(body).arrayBuffer();
    expect((body as Blob).size).toBe(bytes.byteLength);
  });

  it("a ReadableStream source makes the body a one-shot stream (not replayable)", async () => {
    const { encoded, form } = await parse([
      { name: "before", value: "1" },
      { name: "files", file: streamOf("str", "eam ", "body") },
      { name: "files", file: { data: streamOf("named"), filename: "s.txt", contentType: "text/plain" } },
      { name: "files", file: Buffer.from("after") },
    ]);
    expect(encoded.replayable).toBe(false);
    expect(encoded.body).toBeInstanceOf(ReadableStream);
    expect(form.get("before")).toBe("1");
    const files = form.getAll("files") as File[];
    expect(files.map((f) => f.name)).toEqual(["file", "s.txt", "file"]);
    expect(await Promise.all(files.map((f) => f.text()))).toEqual(["stream body", "named", "after"]);
  });

  it("escapes quotes, CR and LF in names and file names so no header can be injected", async () => {
    const text = await raw([
      { name: 'a"b', value: "v" },
      { name: "files", file: { data: new Blob(["x"]), filename: 'evil"\r\nX-Injected: 1\r\n.txt' } },
      { name: "files", file: { data: new Blob(["y"]), contentType: "text/plain\r\nX-Bad: 1" } },
    ]);
    expect(text).toContain('name="a%22b"');
    expect(text).toContain('filename="evil%22%0D%0AX-Injected: 1%0D%0A.txt"');
    expect(text).not.toMatch(/^X-Injected/m);
    expect(text).not.toMatch(/^X-Bad/m);
    expect(text).toContain("Content-Type: text/plainX-Bad: 1");
  });

  it("keeps non-ASCII file names as UTF-8, like browsers", async () => {
    const { form } = await parse([
      { name: "files", file: { data: new Blob(["x"]), filename: "résumé 📄.pdf" } },
    ]);
    expect((form.get("files") as File).name).toBe("résumé 📄.pdf");
  });

  it("rejects a missing local path before producing anything, naming the path", async () => {
    const missing = join(dir, "nope", "missing.csv");
    const error = await multipartBody([{ name: "files", file: missing }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).param).toBe("files");
    expect((error as Error).message).toContain(missing);
    expect((error as Error).message).toContain("no such file");
  });

  it("rejects a directory, a locked stream, a Node Readable and junk", async () => {
    const locked = streamOf("x");
    locked.getReader();
    const { Readable } = await import("node:stream");
    const cases: unknown[] = [dir, locked, Readable.from(["x"]), 42, null, { data: 42 }];
    for (const file of cases) {
      const error = await multipartBody([{ name: "files", file: file as never }]).catch((e: unknown) => e);
      expect(error, String(file)).toBeInstanceOf(InvalidInputError);
    }
  });

  it("rejects a non-string text value and a nameless field", async () => {
    await expect(multipartBody([{ name: "a", value: 1 as never }])).rejects.toBeInstanceOf(InvalidInputError);
    await expect(multipartBody([{ name: "", value: "x" }])).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("a string inside { data } is a path too (a loud error, never silently sent as text)", async () => {
    const error = await multipartBody([
      { name: "files", file: { data: "hello world", filename: "a.txt" } },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain("new Blob([text])");
  });

  it("cancelling the stream body cancels the caller's stream", async () => {
    let cancelled: unknown;
    const source = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(10)),
      cancel: (reason) => {
        cancelled = reason;
      },
    });
    const { body } = await multipartBody([{ name: "files", file: source }]);
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel("stop");
    expect(cancelled).toBe("stop");
  });
});

describe("uploadFilename", () => {
  it.each([
    ["/tmp/x/report.pdf", "report.pdf"],
    [new File(["a"], "n.txt"), "n.txt"],
    [new Blob(["a"]), "file"],
    [new Uint8Array(1), "file"],
    [{ data: new Blob(["a"]), filename: "w.bin" }, "w.bin"],
    [{ data: "/tmp/deep/p.csv" }, "p.csv"],
  ])("%s → %s", (input, expected) => {
    expect(uploadFilename(input as never)).toBe(expected);
  });
});
