import { APITimeoutError, Jetty } from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Loopback, rejectionOf, stall, startLoopback } from "../helpers/loopback";

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback(stall(5_000));
});
afterAll(() => server.close());

const client = (timeout?: number) =>
  new Jetty({ token: "mlc_timeoutstimeoutstimeoutstimeout0", baseURL: server.url, timeout, logLevel: "off" });

describe("timeouts", () => {
  it("a small multipart request (a run without files) keeps the client's timeout, and is not resent", async () => {
    server.requests.length = 0;
    const error = await rejectionOf(client(200).runs.create("acme", "echo", { initParams: { a: 1 } }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("a large upload keeps a timeout the caller chose, per client or per call", async () => {
    const big = new Blob([new Uint8Array(2 * 1024 * 1024)]);
    expect(await rejectionOf(client(200).files.upload(big))).toBeInstanceOf(APITimeoutError);
    expect(await rejectionOf(client().files.upload(big, { timeout: 200 }))).toBeInstanceOf(APITimeoutError);
  });
});
