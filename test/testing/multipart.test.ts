import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { RequestContext } from "../../src/testing/http/context";
import { readMultipart } from "../../src/testing/http/multipart";

/** Feeds `body` to the parser in chunks of `size` bytes, as a socket would. */
async function parse(
  body: Buffer,
  boundary: string,
  size: number,
  maxStoredBytes = Number.POSITIVE_INFINITY,
) {
  const req = new PassThrough();
  (req as unknown as { headers: Record<string, string> }).headers = {
    "content-type": `multipart/form-data; boundary=${boundary}`,
  };
  const ctx = { req, log: {} } as unknown as RequestContext;
  const result = readMultipart(ctx, { maxStoredBytes, redact: ["secret_params"] });
  for (let i = 0; i < body.length; i += size) req.write(body.subarray(i, i + size));
  req.end();
  return { ...(await result), log: (ctx.log as { body?: unknown }).body };
}

async function encode(form: FormData): Promise<{ body: Buffer; boundary: string }> {
  const res = new Response(form);
  const type = res.headers.get("content-type")!;
  return { body: Buffer.from(await res.arrayBuffer()), boundary: /boundary=(.+)$/.exec(type)![1]! };
}

describe("multipart parser", () => {
  it.each([1, 2, 7, 64, 100_000])("parses fields and files split into %i-byte chunks", async (size) => {
    const form = new FormData();
    form.set("init_params", '{"a":"--not a boundary\\r\\n"}');
    form.set("secret_params", '{"K":"v"}');
    const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
    form.append("files", new Blob([binary], { type: "application/octet-stream" }), "bin.dat");
    form.append("files", new Blob(["\r\n--\r\n"]), "tricky.txt");
    const { body, boundary } = await encode(form);
    const parsed = await parse(body, boundary, size);
    expect(parsed.fields.get("init_params")).toEqual(['{"a":"--not a boundary\\r\\n"}']);
    expect(parsed.files.map((f) => [f.field, f.filename, f.size])).toEqual([
      ["files", "bin.dat", 3000],
      ["files", "tricky.txt", 6],
    ]);
    expect(Buffer.concat(parsed.files[0]!.chunks!)).toEqual(binary);
    expect(Buffer.concat(parsed.files[1]!.chunks!).toString()).toBe("\r\n--\r\n");
    expect(parsed.log).toEqual({
      init_params: '{"a":"--not a boundary\\r\\n"}',
      secret_params: "[REDACTED]",
      files: [
        { field: "files", filename: "bin.dat", size: 3000 },
        { field: "files", filename: "tricky.txt", size: 6 },
      ],
    });
  });

  it("keeps only the size of files over maxStoredBytes", async () => {
    const form = new FormData();
    form.append("files", new Blob(["x".repeat(100)]), "big.txt");
    form.append("files", new Blob(["y"]), "small.txt");
    const { body, boundary } = await encode(form);
    const parsed = await parse(body, boundary, 16, 10);
    expect(parsed.files[0]).toMatchObject({ size: 100, chunks: null });
    expect(Buffer.concat(parsed.files[1]!.chunks!).toString()).toBe("y");
  });

  it("rejects a body that never closes", async () => {
    const { body, boundary } = await encode(
      (() => {
        const f = new FormData();
        f.set("a", "b");
        return f;
      })(),
    );
    await expect(parse(body.subarray(0, body.length - 10), boundary, 50)).rejects.toMatchObject({
      status: 422,
    });
  });
});
