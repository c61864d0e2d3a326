/**
 * Peak memory of downloading one large file to disk.
 *
 *   npx tsx bench/download-memory.ts            # 512 MiB
 *   BENCH_SIZE_MIB=64 npx tsx bench/download-memory.ts
 *
 * Starts its own server on 127.0.0.1 that generates the body on the fly (a 1 MiB chunk written again
 * and again, with backpressure, so the server itself holds almost nothing), then runs each variant in
 * a fresh child process so every peak is that variant's alone:
 *
 *   raw fetch   fetch + pipeline(Readable.fromWeb(res.body), createWriteStream(path))
 *   sdk saveTo  jetty.files.download(path) → file.saveTo(path)
 *   sdk 0.4.0   client.downloadFile(path) → writeFile(path, bytes)   (0.4.0 can only buffer)
 *
 * Reported: peak RSS above the idle child (modules loaded, client built, GC run). Target: the SDK's
 * peak is at most 1.2× raw fetch's. Stops by itself and deletes what it wrote.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { beginPeak, endPeak, type Measurement, measureInChild, mib, reportAgainstRaw } from "./rss";

const MiB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_SIZE_MIB ?? 512) * MiB;
const TOKEN = "mlc_benchdownload00000000000000000000";
const STORAGE_PATH = "bench/outputs/big.bin";

const VARIANTS = {
  "raw fetch": rawFetch,
  "sdk saveTo": sdkSaveTo,
  "sdk 0.4.0": legacy,
} as const;
type Variant = keyof typeof VARIANTS;

async function rawFetch(url: string, target: string): Promise<() => Promise<number>> {
  return async () => {
    const res = await fetch(`${url}/api/v1/file/${STORAGE_PATH}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    await pipeline(Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>), createWriteStream(target));
    return (await stat(target)).size;
  };
}

async function sdkSaveTo(url: string, target: string): Promise<() => Promise<number>> {
  const { Jetty } = await import("../src/index");
  const jetty = new Jetty({ baseURL: url, token: TOKEN, logLevel: "off" });
  return async () => (await (await jetty.files.download(STORAGE_PATH)).saveTo(target)).bytes;
}

async function legacy(url: string, target: string): Promise<() => Promise<number>> {
  const { JettyClient } = await import("jetty-sdk-0.4.0");
  const client = new JettyClient({ apiUrl: url, token: TOKEN, timeoutMs: 600_000 });
  return async () => {
    const { bytes } = await client.downloadFile(STORAGE_PATH);
    await writeFile(target, bytes);
    return bytes.byteLength;
  };
}

async function child(variant: Variant, url: string, dir: string): Promise<void> {
  const target = join(dir, `${variant.replace(/\W+/g, "-")}.bin`);
  const run = await VARIANTS[variant](url, target);
  const probe = await beginPeak();
  const started = performance.now();
  const bytes = await run();
  const ms = performance.now() - started;
  const { idle, peak } = endPeak(probe);
  if (bytes !== SIZE) throw new Error(`${variant}: wrote ${bytes} bytes, expected ${SIZE}`);
  process.send?.({ variant, idle, peak, ms, bytes } satisfies Measurement);
}

function startServer(): Promise<{ url: string; close(): Promise<void> }> {
  const chunk = Buffer.alloc(MiB, 0x6a);
  const server = createServer(async (req, res) => {
    if (req.url !== `/api/v1/file/${STORAGE_PATH}`) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-length": String(SIZE),
      "content-disposition": 'attachment; filename="big.bin"',
    });
    for (let sent = 0; sent < SIZE && !res.destroyed; sent += chunk.length) {
      const rest = SIZE - sent;
      if (!res.write(rest >= chunk.length ? chunk : chunk.subarray(0, rest))) await once(res, "drain");
    }
    res.end();
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function runChild(variant: Variant, url: string, dir: string): Promise<Measurement> {
  return measureInChild(import.meta.url, ["--variant", variant, url, dir], variant);
}

async function main(): Promise<void> {
  const server = await startServer();
  const dir = await mkdtemp(join(tmpdir(), "jetty-bench-download-"));
  try {
    console.log(`Download of ${mib(SIZE)} MiB to disk; one fresh process per variant.\n`);
    const results: Measurement[] = [];
    for (const variant of Object.keys(VARIANTS) as Variant[]) {
      results.push(await runChild(variant, server.url, dir));
      await rm(join(dir, `${variant.replace(/\W+/g, "-")}.bin`), { force: true });
    }
    reportAgainstRaw(results, "sdk saveTo");
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
