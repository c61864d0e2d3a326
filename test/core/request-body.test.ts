/**
 * Where a request body travels. The attempt sends the SDK's own body; ky's Request carries a copy only
 * for a beforeRequest hook. Without one, ky's Request is bodiless: its clone for retries then tees
 * nothing, and on Node 20.0–20.12 (where cancelling a cloned Request's body never settles, and ky
 * awaits that after every call) a POST still resolves. The ecosystem matrix runs the hanging case on
 * Node 20.0 itself.
 */
import { Jetty } from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, type Loopback, respond, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_bodybodybodybodybodybodybody0cc";
let api: Loopback;
beforeAll(async () => {
  api = await startLoopback((_req, res) => json(res, 200, { id: 1, name: "acme" }));
});
afterAll(() => api.close());

const jetty = (extra: ConstructorParameters<typeof Jetty>[0] = {}) =>
  new Jetty({
    token: TOKEN,
    baseURL: api.url,
    logLevel: "off",
    backoff: { baseDelay: 1, maxDelay: 2 },
    ...extra,
  });

describe("request bodies", () => {
  it("stay out of ky's Request when no hook wants them, and still reach the server whole", async () => {
    const seen: Array<{ kyBody: boolean; sent: unknown }> = [];
    const fetchSpy: typeof fetch = async (input, init) => {
      seen.push({ kyBody: input instanceof Request && input.body !== null, sent: init?.body });
      return fetch(input, init);
    };
    api.requests.length = 0;
    await jetty({ fetch: fetchSpy }).collections.create({ name: "acme", description: "d" });
    expect(seen).toEqual([{ kyBody: false, sent: JSON.stringify({ name: "acme", description: "d" }) }]);
    expect(JSON.parse(api.requests[0]?.body ?? "")).toEqual({ name: "acme", description: "d" });
    expect(api.requests[0]?.headers["content-type"]).toBe("application/json");
  });

  it("are readable by a beforeRequest hook, on every attempt, and sent once per attempt", async () => {
    const read: string[] = [];
    api.requests.length = 0;
    api.next(respond(503), respond(200, { id: 1, name: "acme" }));
    await jetty({
      hooks: { beforeRequest: [async (request) => void read.push(await request.clone().text())] },
    }).collections.create({ name: "acme", description: "d" });
    const body = JSON.stringify({ name: "acme", description: "d" });
    expect(read).toEqual([body, body]);
    expect(api.requests.map((r) => r.body)).toEqual([body, body]);
  });
});
