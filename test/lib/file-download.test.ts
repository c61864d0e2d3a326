import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { APIConnectionError, APIUserAbortError, InvalidInputError, JettyError } from "../../src/core/errors";
import {
  createFileDownload,
  type FileDownload,
  filenameFromContentDisposition,
  sanitizeFilename,
} from "../../src/helpers/file-download";

type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

// A loopback server whose routes each test sets; it sends real bytes over a real socket.
const routes = new Map<string, Route>();
const sockets = new Set<Socket>();
let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? "/", "http://x").pathname);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    void route(req, res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
);
beforeEach(async () => {
  routes.clear();
  dir = await mkdtemp(join(tmpdir(), "jetty-download-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function serve(path: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  routes.set(path, (_req, res) => {
    res.writeHead(200, { "content-length": String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  });
}

/** Sends `sent` bytes of a `declared`-byte body, then cuts the connection. */
function cutAfter(path: string, sent: number, declared: number, headers: Record<string, string> = {}): void {
  routes.set(path, (_req, res) => {
    res.writeHead(200, { "content-length": String(declared), ...headers });
    res.write(Buffer.alloc(sent, 0x61));
    setTimeout(() => res.socket?.destroy(), 30);
  });
}

async function download(path: string, init: { signal?: AbortSignal; fallbackName?: string } = {}) {
  const response = await fetch(base + path, { signal: init.signal });
  return createFileDownload(response, {
    fallbackName: init.fallbackName ?? "fallback.bin",
    signal: init.signal,
  });
}

async function listDir(): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe("reading the body", () => {
  it("streams: the first chunk arrives while the server is still holding back the rest", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let finished = false;
    routes.set("/slow.txt", async (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("first chunk;");
      await held;
      finished = true;
      res.end("rest");
    });
    const file = await download("/slow.txt");
    const reader = file.stream().getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first chunk;");
    expect(finished).toBe(false);
    release();
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read())
      rest += new TextDecoder().decode(r.value);
    expect(rest).toBe("rest");
    expect(file.size).toBeUndefined();
  });

  it("bytes(), text() and json() read the whole body; headers give type and size", async () => {
    serve("/a.json", '{"score":0.9,"name":"été"}', { "content-type": "application/json; charset=utf-8" });
    const asJson = await download("/a.json");
    expect(asJson.contentType).toBe("application/json; charset=utf-8");
    expect(asJson.size).toBe(Buffer.byteLength('{"score":0.9,"name":"été"}'));
    expect(await asJson.json<{ score: number; name: string }>()).toEqual({ score: 0.9, name: "été" });
    expect(await (await download("/a.json")).text()).toBe('{"score":0.9,"name":"été"}');
    const bytes = await (await download("/a.json")).bytes();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).toString("utf8")).toBe('{"score":0.9,"name":"été"}');
  });

  it("binary bytes survive intact", async () => {
    const payload = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    serve("/bin", payload);
    expect(Buffer.compare(Buffer.from(await (await download("/bin")).bytes()), payload)).toBe(0);
  });

  it("json() on a non-JSON body rejects with a JettyError naming the file", async () => {
    serve("/bad.json", "not json");
    const error = await (await download("/bad.json")).json().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JettyError);
    expect((error as Error).message).toContain("bad.json");
  });

  it("the body is single-use: a second read throws a clear JettyError", async () => {
    serve("/once.txt", "once");
    const file = await download("/once.txt");
    expect(await file.text()).toBe("once");
    await expect(file.bytes()).rejects.toThrow(/already consumed by bytes|already consumed by text/);
    await expect(file.json()).rejects.toBeInstanceOf(JettyError);
    expect(() => file.stream()).toThrow(JettyError);
    await expect(file.saveTo(join(dir, "x"))).rejects.toThrow(/already consumed/);
    expect(await listDir()).toEqual([]);
    const streamed = await download("/once.txt");
    streamed.stream();
    await expect(streamed.text()).rejects.toThrow(/already consumed by stream\(\)/);
  });

  it("size is undefined for a compressed body (Content-Length counts compressed bytes)", async () => {
    const zipped = gzipSync(Buffer.from("x".repeat(10_000)));
    serve("/z.txt", zipped, { "content-encoding": "gzip" });
    const file = await download("/z.txt");
    expect(file.size).toBeUndefined();
    expect((await file.text()).length).toBe(10_000);
  });

  it("a connection cut mid-body rejects with APIConnectionError", async () => {
    cutAfter("/cut.bin", 50_000, 1_000_000);
    const error = await (await download("/cut.bin")).bytes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/Connection lost while downloading "cut.bin"/);
  });

  it("a body shorter than Content-Length fails even when the transport reports a clean end", async () => {
    // Only a hand-made Response can end cleanly short of its Content-Length; real sockets error first.
    const response = new Response("12345", { headers: { "content-length": "10" } });
    const error = await createFileDownload(response, { fallbackName: "short" })
      .bytes()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toContain("5 of 10 bytes");
  });

  it("an empty body reads as empty", async () => {
    const file = createFileDownload(new Response(null, { status: 200 }), { fallbackName: "e" });
    expect((await file.bytes()).byteLength).toBe(0);
  });

  it("cancel() releases the body and counts as its one use", async () => {
    serve("/c.txt", "x".repeat(100));
    const file = await download("/c.txt");
    await file.cancel();
    await expect(file.text()).rejects.toBeInstanceOf(JettyError);
  });
});

describe("file name", () => {
  it.each([
    ['attachment; filename="report.pdf"', "report.pdf"],
    ["attachment; filename=plain.txt", "plain.txt"],
    ["attachment; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.txt", "naïve résumé.txt"],
    [`attachment; filename="fallback.txt"; filename*=UTF-8''%E2%82%AC%20rates.csv`, "€ rates.csv"],
    [`attachment; filename*=UTF-8''%E2%82%AC.csv; filename="fallback.txt"`, "€.csv"],
    ["attachment; filename*=iso-8859-1'en'%E9t%E9.txt", "été.txt"],
    ['attachment; filename="with \\"quotes\\".txt"', "with _quotes_.txt"],
    ['attachment; filename="a;b.txt"', "a;b.txt"],
    ['inline; FILENAME="Upper.TXT"', "Upper.TXT"],
    ['filename="no-type.txt"', "no-type.txt"],
    ["attachment; filename*=UTF-8''%ZZbroken; filename=\"ok.txt\"", "ok.txt"],
  ])("%s → %s", (header, expected) => {
    expect(filenameFromContentDisposition(header)).toBe(expected);
  });

  it("decodes raw UTF-8 sent in a plain filename (header bytes arrive as Latin-1)", async () => {
    routes.set("/raw", (_req, res) => {
      res.setHeader(
        "content-disposition",
        Buffer.from('attachment; filename="résumé.pdf"', "utf8").toString("latin1"),
      );
      res.end("x");
    });
    expect((await download("/raw")).name).toBe("résumé.pdf");
  });

  // Names from the server end up on the caller's disk: each must become one safe basename.
  it.each([
    ["../../etc/passwd", "passwd"],
    ["..\\..\\windows\\system32\\x.dll", "x.dll"],
    ["..\\x", "x"],
    ["%2e%2e%2f", undefined],
    ["%2e%2e%2fsecret.txt", "secret.txt"],
    ["..", undefined],
    [".", undefined],
    ["...", undefined],
    [".bashrc", "bashrc"],
    ["a\u0000b.txt", "ab.txt"],
    ["line\r\nbreak.txt", "linebreak.txt"],
    ["tab\there.txt", "tabhere.txt"],
    ["photo\u202Egpj.exe", "photogpj.exe"],
    ["dir/", undefined],
    ["/", undefined],
    ["   ", undefined],
    ["trailing. . ", "trailing"],
    ['a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"],
    ["CON", "_CON"],
    ["nul.txt", "_nul.txt"],
    ["com1", "_com1"],
    [`${"ä".repeat(300)}.txt`, `${"ä".repeat(98)}.txt`],
    [`${"x".repeat(500)}`, "x".repeat(200)],
  ])("hostile %j → %j", (hostile, expected) => {
    expect(sanitizeFilename(hostile)).toBe(expected);
    const extended = `attachment; filename*=UTF-8''${encodeURIComponent(hostile)}`;
    expect(filenameFromContentDisposition(extended)).toBe(expected);
    const quoted = `attachment; filename="${hostile.replace(/["\\]/g, "\\$&")}"`;
    expect(filenameFromContentDisposition(quoted)).toBe(expected);
    if (expected !== undefined) {
      expect(expected).not.toMatch(/[/\\]/);
      expect([...expected].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
      expect(expected.startsWith(".")).toBe(false);
      expect(Buffer.byteLength(expected)).toBeLessThanOrEqual(200);
    }
  });

  it("a hostile header name falls back to the URL's last segment, then to fallbackName", async () => {
    serve("/files/ok-name.txt", "x", { "content-disposition": 'attachment; filename="../"' });
    expect((await download("/files/ok-name.txt")).name).toBe("ok-name.txt");
    serve("/files/..%2F..%2F", "x");
    expect((await download("/files/..%2F..%2F", { fallbackName: "../fb.txt" })).name).toBe("fb.txt");
    serve("/files/x", "x", { "content-disposition": "attachment" });
    expect((await download("/files/x")).name).toBe("x");
  });

  it("never empty: a hopeless name and fallback become 'download'", () => {
    const file = createFileDownload(new Response("x"), { fallbackName: "../.." });
    expect(file.name).toBe("download");
  });

  it("saveTo into a directory uses only the sanitised name, inside that directory", async () => {
    serve("/evil", "pwned?", { "content-disposition": 'attachment; filename="../../../tmp/evil.sh"' });
    const saved = await (await download("/evil")).saveTo(dir);
    expect(saved.path).toBe(join(dir, "evil.sh"));
    expect(await listDir()).toEqual(["evil.sh"]);
  });
});

describe("saveTo", () => {
  it("streams to a temp file beside the target, then renames it into place", async () => {
    const payload = Buffer.alloc(300_000, 0x42);
    serve("/big.bin", payload);
    const target = join(dir, "big.bin");
    const result = await (await download("/big.bin")).saveTo(target);
    expect(result).toEqual({ path: target, bytes: payload.length });
    expect(Buffer.compare(await readFile(target), payload)).toBe(0);
    expect(await listDir()).toEqual(["big.bin"]);
    const umask = process.umask();
    expect((await stat(target)).mode & 0o777).toBe(0o666 & ~umask);
  });

  it("saves inside an existing directory under the download's name", async () => {
    serve("/x", "hello", { "content-disposition": 'attachment; filename="greeting.txt"' });
    const result = await (await download("/x")).saveTo(`${dir}/`);
    expect(result.path).toBe(join(dir, "greeting.txt"));
    expect(await readFile(result.path, "utf8")).toBe("hello");
  });

  it("a directory that does not exist (trailing slash) is an InvalidInputError and nothing is written", async () => {
    serve("/x", "hello");
    const error = await (await download("/x")).saveTo(join(dir, "missing") + "/").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(await listDir()).toEqual([]);
  });

  it("replaces an existing target on success, keeping its permissions", async () => {
    const target = join(dir, "report.txt");
    await writeFile(target, "old", { mode: 0o640 });
    serve("/r", "new content");
    await (await download("/r")).saveTo(target);
    expect(await readFile(target, "utf8")).toBe("new content");
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await listDir()).toEqual(["report.txt"]);
  });

  it("overwrite: false refuses an existing target and leaves it untouched", async () => {
    const target = join(dir, "keep.txt");
    await writeFile(target, "precious");
    serve("/k", "intruder");
    const error = await (await download("/k")).saveTo(target, { overwrite: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(await readFile(target, "utf8")).toBe("precious");
    expect(await listDir()).toEqual(["keep.txt"]);
    serve("/n", "fresh");
    await (await download("/n")).saveTo(join(dir, "new.txt"), { overwrite: false });
    expect(await readFile(join(dir, "new.txt"), "utf8")).toBe("fresh");
  });

  it("a connection cut mid-body leaves no file at all (neither target nor temp)", async () => {
    cutAfter("/cut.bin", 200_000, 5_000_000);
    const error = await (await download("/cut.bin")).saveTo(join(dir, "cut.bin")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(await listDir()).toEqual([]);
  });

  it("a failed download never replaces an existing target", async () => {
    const target = join(dir, "model.bin");
    await writeFile(target, "the good old version");
    cutAfter("/cut.bin", 100_000, 1_000_000);
    await expect((await download("/cut.bin")).saveTo(target)).rejects.toBeInstanceOf(APIConnectionError);
    expect(await readFile(target, "utf8")).toBe("the good old version");
    expect(await listDir()).toEqual(["model.bin"]);
  });

  it("aborting mid-body rejects with APIUserAbortError and leaves no file", async () => {
    const controller = new AbortController();
    routes.set("/hang", (_req, res) => {
      res.writeHead(200, { "content-length": "1000000" });
      res.write(Buffer.alloc(10_000));
      setTimeout(() => controller.abort(), 50);
    });
    const file = await download("/hang", { signal: controller.signal });
    const error = await file.saveTo(join(dir, "hang.bin")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(await listDir()).toEqual([]);
  });

  it("a short body (clean end before Content-Length) leaves no file", async () => {
    const file = createFileDownload(new Response("12345", { headers: { "content-length": "99" } }), {
      fallbackName: "short.txt",
    });
    await expect(file.saveTo(dir)).rejects.toBeInstanceOf(APIConnectionError);
    expect(await listDir()).toEqual([]);
  });

  it("a disk error (target's directory is a file) rejects with a JettyError and leaves nothing", async () => {
    await writeFile(join(dir, "not-a-dir"), "x");
    serve("/d", "data");
    const error = await (await download("/d"))
      .saveTo(join(dir, "not-a-dir", "f.txt"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JettyError);
    expect(await listDir()).toEqual(["not-a-dir"]);
  });

  it("refuses to overwrite a directory with a file", async () => {
    const file: FileDownload = createFileDownload(new Response("x"), { fallbackName: "sub" });
    await writeFile(join(dir, "placeholder"), "");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(join(dir, "sub", "sub"), { recursive: true });
    await expect(file.saveTo(join(dir, "sub"))).rejects.toBeInstanceOf(InvalidInputError);
  });
});
