/**
 * Peak memory of uploading one large local file.
 *
 *   npx tsx bench/upload-memory.ts              # 512 MiB
 *   BENCH_SIZE_MIB=64 npx tsx bench/upload-memory.ts
 *
 * Writes a temporary file of the given size (in 1 MiB chunks; deleted at the end), starts its own
 * server on 127.0.0.1 that counts and discards request bodies, then runs each variant in a fresh child
 * process so every peak is that variant's alone:
 *
 *   raw fetch    FormData with fs.openAsBlob(path), POST with fetch
 *   sdk upload   jetty.files.upload(path)
 *   sdk 0.4.0    client.runWithFiles(c, t, {}, [{ data: await readFile(path) }])  (0.4.0 takes bytes only)
 *
 * and, for reference, the first two again with `redirect: "error"` on fetch. Node 20's fetch (undici
 * 6) clones a request whose redirect mode is not "error"; the clone tees the body, and the branch kept
 * for a possible redirect buffers every byte sent. So an upload through fetch with "follow" or
 * "manual" costs the whole file in memory whatever the body type (FormData, Blob, stream), and only
 * "error" keeps it flat. The SDK's transport uses "manual" (it follows redirects itself).
 *
 * Reported: peak RSS above the idle child (modules loaded, client built, GC run). Target: the SDK's
 * peak is at most 1.2× raw fetch's. Stops by itself.
 */
import { once } from "node:events";
import { createWriteStream, openAsBlob } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beginPeak, endPeak, type Measurement, measureInChild, mib, reportAgainstRaw } from "./rss";

const MiB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_SIZE_MIB ?? 512) * MiB;
const TOKEN = "mlc_benchupload0000000000000000000000";

const VARIANTS = {
  "raw fetch": (url: string, path: string) => rawFetch(url, path, "follow"),
  "sdk upload": (url: string, path: string) => sdkUpload(url, path, false),
  "sdk 0.4.0": legacy,
  "raw fetch, redirect:error": (url: string, path: string) => rawFetch(url, path, "error"),
  "sdk upload, redirect:error": (url: string, path: string) => sdkUpload(url, path, true),
} as const;
type Variant = keyof typeof VARIANTS;

async function rawFetch(url: string, path: string, redirect: RequestRedirect): Promise<() => Promise<void>> {
  return async () => {
    const form = new FormData();
    form.append("files", await openAsBlob(path), basename(path));
    const res = await fetch(`${url}/api/v1/sandbox/upload`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
      body: form,
      redirect,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    await res.json();
  };
}

async function sdkUpload(url: string, path: string, redirectError: boolean): Promise<() => Promise<void>> {
  const { Jetty } = await import("../src/index");
  const jetty = new Jetty({
    baseURL: url,
    token: TOKEN,
    logLevel: "off",
    timeout: 600_000,
    // What a transport-side fix would do: with redirect "error" undici sends the request as it is,
    // instead of cloning it (which tees the body and keeps every chunk for a branch nobody reads).
    ...(redirectError ? { fetch: (input, init) => fetch(input, { ...init, redirect: "error" }) } : {}),
  });
  return async () => {
    const paths = await jetty.files.upload(path);
    if (paths.length !== 1) throw new Error("expected one storage path");
  };
}

async function legacy(url: string, path: string): Promise<() => Promise<void>> {
  const { JettyClient } = await import("jetty-sdk-0.4.0");
  const client = new JettyClient({ apiUrl: url, token: TOKEN, timeoutMs: 600_000 });
  return async () => {
    const data = await readFile(path);
    await client.runWithFiles("bench", "task", {}, [{ filename: basename(path), data }]);
  };
}

async function child(variant: Variant, url: string, path: string): Promise<void> {
  const run = await VARIANTS[variant](url, path);
  const probe = await beginPeak();
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  const { idle, peak } = endPeak(probe);
  process.send?.({ variant, idle, peak, ms, bytes: SIZE } satisfies Measurement);
}

/** Counts and drops every request body; answers like the platform's upload and run endpoints. */
function startServer(): Promise<{ url: string; received: number[]; close(): Promise<void> }> {
  const received: number[] = [];
  const server = createServer(async (req, res) => {
    let bytes = 0;
    for await (const chunk of req) bytes += (chunk as Buffer).length;
    received.push(bytes);
    const body =
      req.url === "/api/v1/sandbox/upload"
        ? { upload_id: "bench0001", file_paths: ["bench/_sandbox_uploads/bench0001/big.bin"], count: 1 }
        : { message: "started", workflow_id: "bench-task--0000abcd" };
    const text = JSON.stringify(body);
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        received,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

async function writeBigFile(path: string): Promise<void> {
  const chunk = Buffer.alloc(MiB, 0x75);
  const out = createWriteStream(path);
  for (let written = 0; written < SIZE; written += MiB) {
    if (!out.write(SIZE - written >= MiB ? chunk : chunk.subarray(0, SIZE - written)))
      await once(out, "drain");
  }
  out.end();
  await once(out, "close");
}

function runChild(variant: Variant, url: string, path: string): Promise<Measurement> {
  return measureInChild(import.meta.url, ["--variant", variant, url, path], variant);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "jetty-bench-upload-"));
  const server = await startServer();
  try {
    const path = join(dir, "big.bin");
    await writeBigFile(path);
    console.log(`Upload of a ${mib(SIZE)} MiB local file; one fresh process per variant.\n`);
    const results: Measurement[] = [];
    for (const variant of Object.keys(VARIANTS) as Variant[]) {
      results.push(await runChild(variant, server.url, path));
      const got = server.received.at(-1) ?? 0;
      if (got < SIZE) throw new Error(`${variant}: the server received ${got} bytes, fewer than ${SIZE}`);
    }
    reportAgainstRaw(results, "sdk upload");
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--variant") {
  await child(process.argv[3] as Variant, process.argv[4]!, process.argv[5]!);
} else {
  await main();
}
