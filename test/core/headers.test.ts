import { Jetty } from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, type Loopback, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_headersheadersheadersheadershea0";
let server: Loopback;
beforeAll(async () => {
  server = await startLoopback((_req, res) => json(res, 200, { id: 1, name: "acme" }));
});
afterAll(() => server.close());

describe("headers", () => {
  it("defaultHeaders go on every request, per-call headers on one, in any letter case", async () => {
    const jetty = new Jetty({
      token: TOKEN,
      baseURL: server.url,
      defaultHeaders: { "X-Team": "evals", "User-Agent": "my-app/1.0" },
    });
    server.requests.length = 0;
    await jetty.collections.get("acme", { headers: { "X-Trace": "abc", "x-team": "override" } });
    await jetty.collections.get("acme");
    const [first, second] = server.requests;
    expect(first?.headers["x-trace"]).toBe("abc");
    expect(first?.headers["x-team"]).toBe("override");
    expect(second?.headers["x-trace"]).toBeUndefined();
    expect(second?.headers["x-team"]).toBe("evals");
    // A caller may brand the User-Agent; the token always comes from the client.
    expect(second?.headers["user-agent"]).toBe("my-app/1.0");
    expect(second?.headers.accept).toBe("application/json");
  });

  it("a header cannot replace the client's credentials", async () => {
    const jetty = new Jetty({
      token: TOKEN,
      baseURL: server.url,
      defaultHeaders: { Authorization: "Bearer other" },
    });
    server.requests.length = 0;
    await jetty.collections.get("acme", { headers: { authorization: "Bearer sneaky" } });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
