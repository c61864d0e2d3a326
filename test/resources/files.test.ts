import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { Jetty } from "../../src/client";
import {
  APIConnectionError,
  APIUserAbortError,
  InternalServerError,
  InvalidInputError,
  JettyError,
  NotFoundError,
} from "../../src/core/errors";
import type { FileDownload } from "../../src/helpers/file-download";
import { asStoragePath, type FileId, isFileId, type StoragePath } from "../../src/helpers/storage-path";
import type { FileObject } from "../../src/resources/files";
import { type Emulator, startEmulator } from "../../src/testing";
import { SPARSE } from "../helpers/emulator-mode";

let emulator: Emulator;
let jetty: Jetty;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator({ collections: [{ name: "acme" }] });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off", maxRetries: 2 });
  dir = await mkdtemp(join(tmpdir(), "jetty-files-"));
});
afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => emulator.clearRequests());

function posts(path: string) {
  return emulator.requests.filter((r) => r.method === "POST" && r.path === path);
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

const SANDBOX = /^acme\/_sandbox_uploads\/[^/]+\//;

describe("jetty.files.upload (POST /api/v1/sandbox/upload)", () => {
  it("uploads every kind of source; the server stores the right bytes under the right names", async () => {
    const local = join(dir, "local data.csv");
    await writeFile(local, "a,b\n1,2\n");
    const binary = Buffer.from([0, 255, 1, 254, 13, 10, 0]);
    const paths = await jetty.files.upload([
      new File(["from a File"], "named.txt", { type: "text/plain" }),
      { data: new Blob(["from a Blob"]), filename: "blob.txt" },
      { data: binary, filename: "buffer.bin" },
      { data: new TextEncoder().encode("from a Uint8Array"), filename: "u8.txt" },
      { data: streamOf("from a ", "stream"), filename: "stream.txt" },
      local,
    ]);
    expectTypeOf(paths).toEqualTypeOf<StoragePath[]>();
    expect(paths).toHaveLength(6);
    for (const path of paths) expect(path).toMatch(SANDBOX);
    expect(paths.map((p) => p.split("/").pop())).toEqual([
      "named.txt",
      "blob.txt",
      "buffer.bin",
      "u8.txt",
      "stream.txt",
      "local data.csv",
    ]);
    const stored = paths.map((p) => emulator.state.readFile(p));
    expect(stored[0]?.toString()).toBe("from a File");
    expect(stored[1]?.toString()).toBe("from a Blob");
    expect(Buffer.compare(stored[2]!, binary)).toBe(0);
    expect(stored[3]?.toString()).toBe("from a Uint8Array");
    expect(stored[4]?.toString()).toBe("from a stream");
    expect(stored[5]?.toString()).toBe("a,b\n1,2\n");
    expect(posts("/api/v1/sandbox/upload")).toHaveLength(1);
  });

  it("a single input needs no array; uploadWithDetails keeps upload_id and count", async () => {
    const [only] = await jetty.files.upload(new Blob(["x"]));
    expect(only).toMatch(/^acme\/_sandbox_uploads\/[^/]+\/file$/);
    const details = await jetty.files.uploadWithDetails([Buffer.from("1"), Buffer.from("2")]);
    expect(details.file_paths).toHaveLength(2);
    // Sparse mode sends upload_id and count as null (only file_paths is guaranteed).
    if (!SPARSE) {
      expect(details.count).toBe(2);
      expect(details.upload_id).toEqual(expect.any(String));
      expect(details.file_paths.every((p) => p.includes(`/${details.upload_id}/`))).toBe(true);
    }
    expectTypeOf(details.file_paths).toEqualTypeOf<StoragePath[]>();
  });

  it("repeated names get -2, -3 suffixes so no upload overwrites another", async () => {
    const paths = await jetty.files.upload([
      Buffer.from("a"),
      Buffer.from("b"),
      new File(["c"], "x.txt"),
      { data: new Blob(["d"]), filename: "x.txt" },
    ]);
    expect(paths.map((p) => p.split("/").pop())).toEqual(["file", "file-2", "x.txt", "x-2.txt"]);
    expect(paths.map((p) => emulator.state.readFile(p)?.toString())).toEqual(["a", "b", "c", "d"]);
  });

  it("a missing local path fails with InvalidInputError before any request", async () => {
    const missing = join(dir, "does-not-exist.pdf");
    const error = await jetty.files.upload([Buffer.from("ok"), missing]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain(missing);
    expect(emulator.requests).toHaveLength(0);
  });

  it("an empty list is refused before any request", async () => {
    await expect(jetty.files.upload([])).rejects.toThrow(InvalidInputError);
    expect(emulator.requests).toHaveLength(0);
  });

  it("a Blob/path body is retried on 503; a ReadableStream body is sent once and never retried", async () => {
    emulator.fault({
      method: "POST",
      path: "/api/v1/sandbox/upload",
      status: 503,
      headers: { "retry-after": "0" },
    });
    const [retried] = await jetty.files.upload({ data: Buffer.from("again"), filename: "r.txt" });
    expect(emulator.state.readFile(retried!)?.toString()).toBe("again");
    expect(posts("/api/v1/sandbox/upload")).toHaveLength(2);

    emulator.clearRequests();
    emulator.fault({
      method: "POST",
      path: "/api/v1/sandbox/upload",
      status: 503,
      headers: { "retry-after": "0" },
    });
    const error = await jetty.files.upload(streamOf("once")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(posts("/api/v1/sandbox/upload")).toHaveLength(1);
  });

  it("sends the collection form field when asked", async () => {
    const [path] = await jetty.files.upload(Buffer.from("c"), { collection: "acme" });
    expect(path).toMatch(SANDBOX);
    const body = posts("/api/v1/sandbox/upload")[0]?.body as Record<string, unknown>;
    expect(body.collection).toBe("acme");
  });
});

describe("jetty.files.create (POST /api/v1/files)", () => {
  it("returns a file object whose id is a FileId, never usable as a storage path", async () => {
    const file = await jetty.files.create(new File(["img"], "chart.png", { type: "image/png" }), {
      purpose: "vision",
    });
    expectTypeOf(file).toEqualTypeOf<FileObject>();
    expectTypeOf(file.id).toEqualTypeOf<FileId>();
    expect(isFileId(file.id)).toBe(true);
    if (!SPARSE) expect(file.purpose).toBe("vision"); // undeclared echo fields: full mode only
    const body = posts("/api/v1/files")[0]?.body as { purpose?: string; files?: Array<{ field: string }> };
    expect(body.purpose).toBe("vision");
    expect(body.files?.[0]?.field).toBe("file");

    emulator.clearRequests();
    // Untyped callers (JavaScript, `any`) get the runtime check, before anything is sent.
    const untyped = file.id as string;
    await expect(jetty.files.download(untyped)).rejects.toThrow(InvalidInputError);
    expect(() => asStoragePath(untyped)).toThrow(/file id, not a storage path/);
    expect(emulator.requests).toHaveLength(0);
  });

  it("takes a local path too, and refuses an array", async () => {
    const local = join(dir, "one.json");
    await writeFile(local, "{}");
    const file = await jetty.files.create(local);
    expect(file.id).toMatch(/^file-/);
    await expect(jetty.files.create([local] as never)).rejects.toThrow(InvalidInputError);
  });
});

describe("jetty.files.download (GET /api/v1/file/{storage_path})", () => {
  it("round-trips an upload: bytes, name, type and size; segments encoded, slashes kept", async () => {
    const [path] = await jetty.files.upload({
      data: Buffer.from("résumé body"),
      filename: "my résumé #1.txt",
    });
    emulator.clearRequests();
    const file = await jetty.files.download(path!);
    expectTypeOf(file).toEqualTypeOf<FileDownload>();
    expect(file.name).toBe("my résumé #1.txt");
    expect(file.contentType).toMatch(/^text\/plain/);
    expect(file.size).toBe(Buffer.byteLength("résumé body"));
    expect(await file.text()).toBe("résumé body");
    const [request] = emulator.requests;
    expect(request?.method).toBe("GET");
    const encoded = path!.split("/").map(encodeURIComponent).join("/");
    expect(request?.path).toBe(`/api/v1/file/${encoded}`);
    expect(request?.path).toContain("%23");
  });

  it("accepts a plain string path; withResponse() exposes the headers", async () => {
    const [path] = await jetty.files.upload({ data: Buffer.from('{"a":1}'), filename: "d.json" });
    const plain: string = path!;
    const { data, response } = await jetty.files.download(plain).withResponse();
    expect(response.headers.get("content-disposition")).toContain("d.json");
    expect(await data.json()).toEqual({ a: 1 });
  });

  it("streams large bodies and saves them atomically into a directory", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    const [path] = await jetty.files.upload({ data: big, filename: "big.bin" });
    const target = await mkdtemp(join(dir, "save-"));
    const saved = await (await jetty.files.download(path!)).saveTo(target);
    expect(saved).toEqual({ path: join(target, "big.bin"), bytes: big.length });
    expect(Buffer.compare(await readFile(saved.path), big)).toBe(0);
    expect(await readdir(target)).toEqual(["big.bin"]);
  });

  it("a body truncated by the server leaves no file and rejects with APIConnectionError", async () => {
    const [path] = await jetty.files.upload({ data: Buffer.alloc(2 * 1024 * 1024, 1), filename: "t.bin" });
    const target = await mkdtemp(join(dir, "cut-"));
    emulator.fault({ method: "GET", path: "/api/v1/file/*", truncate: true });
    const file = await jetty.files.download(path!);
    const error = await file.saveTo(join(target, "t.bin")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(await readdir(target)).toEqual([]);
  });

  it("a missing file is a NotFoundError", async () => {
    await expect(jetty.files.download("acme/_sandbox_uploads/nope/missing.txt")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("the body is single-use", async () => {
    const [path] = await jetty.files.upload(Buffer.from("once"));
    const file = await jetty.files.download(path!);
    await file.bytes();
    await expect(file.text()).rejects.toBeInstanceOf(JettyError);
  });

  it.each([
    ["file-abc123", /file id/],
    ["", /empty/],
    ["/acme/a.txt", /absolute/],
    ["acme/../other/secret.txt", /"\.\." segment|"\." or "\.\."/],
    ["acme/./a.txt", /"\." or "\.\."/],
  ])("refuses %j before sending", async (bad, message) => {
    await expect(jetty.files.download(bad as string)).rejects.toThrow(message);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("jetty.files.download over a scripted server", () => {
  // The emulator answers whole bodies; this server holds the body back to prove nothing waits for it.
  async function withServer(
    handler: (res: ServerResponse) => void,
    body: (client: Jetty) => Promise<void>,
  ): Promise<void> {
    const server = createServer((_req, res) => handler(res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const client = new Jetty({
      baseURL: `http://127.0.0.1:${port}`,
      token: "mlc_scripted0000000000",
      logLevel: "off",
    });
    try {
      await body(client);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  it("resolves on headers and yields the first chunk while the rest is still unsent", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sentAll = false;
    await withServer(
      (res) => {
        res.writeHead(200, { "content-type": "text/plain", "content-length": "11" });
        res.write("first;");
        void held.then(() => {
          sentAll = true;
          res.end("rest.");
        });
      },
      async (client) => {
        const file = await client.files.download("acme/t/0000/slow.txt");
        expect(file.name).toBe("slow.txt");
        const reader = file.stream().getReader();
        expect(new TextDecoder().decode((await reader.read()).value)).toBe("first;");
        expect(sentAll).toBe(false);
        release();
        expect(new TextDecoder().decode((await reader.read()).value)).toBe("rest.");
        expect((await reader.read()).done).toBe(true);
      },
    );
  });

  it("the caller's signal aborts a body in flight: APIUserAbortError, no file left", async () => {
    await withServer(
      (res) => {
        res.writeHead(200, { "content-length": String(10 * 1024 * 1024) });
        res.write(Buffer.alloc(64 * 1024));
      },
      async (client) => {
        const controller = new AbortController();
        const target = await mkdtemp(join(dir, "abort-"));
        const file = await client.files.download("acme/t/0000/big.bin", { signal: controller.signal });
        setTimeout(() => controller.abort(), 30);
        await expect(file.saveTo(target)).rejects.toBeInstanceOf(APIUserAbortError);
        expect(await readdir(target)).toEqual([]);
      },
    );
  });
});
