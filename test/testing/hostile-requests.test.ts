/**
 * The emulator survives any single request: hostile request targets, bodies cut mid-way, malformed
 * multipart. Each gets a 4xx/5xx or a closed socket, nothing becomes an unhandled rejection, and the
 * same emulator answers a normal request afterwards. Sent over raw sockets, byte for byte.
 */
import { connect } from "node:net";
import { Jetty } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let emulator: Emulator;
let port: number;
const unhandled: unknown[] = [];
const record = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", record);
  emulator = await startEmulator({ collections: [{ name: "acme" }] });
  port = Number(new URL(emulator.url).port);
});
afterAll(async () => {
  process.off("unhandledRejection", record);
  await emulator.close();
});

/**
 * Sends `text` on a fresh connection and resolves with the status line of the answer, or "closed"
 * when the connection ends without one. With `cut`, the client destroys the socket after sending.
 */
function raw(text: string | Buffer, cut = false): Promise<string> {
  return new Promise((resolve) => {
    let answer = "";
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(text, () => {
        if (cut) socket.destroy();
      });
    });
    socket.on("data", (data) => {
      answer += data.toString("latin1");
      if (answer.includes("\r\n")) socket.destroy();
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve(answer.split("\r\n")[0] || "closed"));
  });
}

const get = (target: string) => `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;

/** Lets the emulator finish anything a cut request started before the next assertion. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("hostile request targets", () => {
  for (const target of [
    "//",
    "//[",
    "http://[::1/",
    "http://[",
    "*",
    "//api/v1/collections/",
    "/%",
    "/%zz/%%",
  ]) {
    it(`GET ${target} is answered with a 4xx, and the emulator keeps serving`, async () => {
      const status = await raw(get(target));
      expect(status).toMatch(/^HTTP\/1\.1 4\d\d /);
      await settle();
      expect(unhandled).toEqual([]);
    });
  }

  it('"//api/v1/collections/" is a path, not the host "api"', async () => {
    await raw(get("//api/v1/collections/"));
    expect(emulator.requests.at(-1)).toMatchObject({ method: "GET", path: "//api/v1/collections/" });
  });

  it("an unreadable target is still logged as it was sent", async () => {
    await raw(get("http://[::1/"));
    expect(emulator.requests.at(-1)).toMatchObject({ method: "GET", path: "http://[::1/" });
  });
});

describe("bodies cut or malformed", () => {
  const auth = () => `Authorization: Bearer ${emulator.token}\r\n`;

  it("a JSON body cut off mid-way by a reset", async () => {
    const head = `POST /api/v1/collections/ HTTP/1.1\r\nHost: x\r\n${auth()}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
    expect(await raw(`${head}{"name":`, true)).toBe("closed");
    await settle();
    expect(unhandled).toEqual([]);
  });

  it("a multipart run body cut off mid-way by a reset", async () => {
    const head = `POST /api/v1/run/acme/t HTTP/1.1\r\nHost: x\r\n${auth()}Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: 100000\r\n\r\n`;
    expect(
      await raw(`${head}--XX\r\nContent-Disposition: form-data; name="init_params"\r\n\r\n{`, true),
    ).toBe("closed");
    await settle();
    expect(unhandled).toEqual([]);
  });

  it("a multipart delimiter followed by an endless line is refused, not buffered", async () => {
    const junk = "a".repeat(64 * 1024);
    const body = `--XX\r\nContent-Disposition: form-data; name="f"\r\n\r\nv\r\n--XX${junk}`;
    const head = `POST /api/v1/sandbox/upload HTTP/1.1\r\nHost: x\r\n${auth()}Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: ${body.length + 10}\r\nConnection: close\r\n\r\n`;
    expect(await raw(head + body)).toMatch(/^HTTP\/1\.1 422 /);
  });

  it("malformed chunked encoding", async () => {
    const status = await raw(
      `POST /api/v1/collections/ HTTP/1.1\r\nHost: x\r\n${auth()}Transfer-Encoding: chunked\r\n\r\nzz\r\n`,
    );
    expect(status).toMatch(/^HTTP\/1\.1 4\d\d |^closed$/);
    await settle();
    expect(unhandled).toEqual([]);
  });
});

describe("after all of that", () => {
  it("the same emulator still answers normal requests", async () => {
    const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    expect((await jetty.collections.list()).map((c) => c.name)).toContain("acme");
    expect(unhandled).toEqual([]);
  });
});
