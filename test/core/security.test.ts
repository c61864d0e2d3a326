import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/core/config";
import { ConfigError } from "../../src/core/errors";
import { redactHeaders, redactToken } from "../../src/core/redact";
import { Transport } from "../../src/core/transport";
import { Jetty } from "../../src/index";
import { VERSION } from "../../src/version";
import {
  json,
  type Loopback,
  recordingLogger,
  rejectionOf,
  respond,
  startLoopback,
} from "../helpers/loopback";

const SECRET = "mlc_s3cr3ts3cr3ts3cr3ts3cr3ts3cr3tzz9";

let api: Loopback;
let other: Loopback;
beforeAll(async () => {
  api = await startLoopback();
  other = await startLoopback();
});
afterAll(async () => {
  await api.close();
  await other.close();
});

function client(extra = {}) {
  return new Transport(resolveConfig({ token: SECRET, baseURL: api.url, maxRetries: 0, ...extra }, {}));
}

describe("redactToken", () => {
  it("shows mlc_... and the last four characters", () => {
    expect(redactToken(SECRET)).toBe(`mlc_...${SECRET.slice(-4)}`);
    expect(redactToken("eyJhbGciOiJIUzI1NiJ9.payload.sig")).toBe("....sig");
    expect(redactToken("short")).toBe("***");
    expect(redactToken(undefined)).toBe("(none)");
  });
  it("redacts Authorization in header dumps", () => {
    expect(redactHeaders({ Authorization: `Bearer ${SECRET}`, "X-Other": "v" })).toEqual({
      authorization: `Bearer ${redactToken(SECRET)}`,
      "x-other": "v",
    });
  });
});

describe("the token never leaks", () => {
  it("is sent as a bearer token with a User-Agent naming the SDK and runtime", async () => {
    api.requests.length = 0;
    await client().request({ method: "GET", path: "/ua" });
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(api.requests[0]?.headers["user-agent"]).toBe(
      `jetty-sdk-typescript/${VERSION} node/${process.version} (${process.platform}; ${process.arch})`,
    );
  });

  it("not in errors, even when the server echoes it back", async () => {
    api.next(respond(401, { detail: `Invalid API key ${SECRET}` }, { "x-echo": SECRET }));
    const error = await rejectionOf(client().request({ method: "GET", path: `/echo/${SECRET}` }));
    expect(error.status).toBe(401);
    for (const view of [
      error.message,
      String(error.stack),
      inspect(error, { depth: 10 }),
      JSON.stringify(error),
    ]) {
      expect(view).not.toContain(SECRET);
    }
    expect(error.body.detail).toBe(`Invalid API key ${redactToken(SECRET)}`);
  });

  it("not in connection or timeout errors", async () => {
    api.next((req) => {
      req.socket.destroy();
    });
    const error = await rejectionOf(client().request({ method: "GET", path: `/reset/${SECRET}` }));
    expect(inspect(error, { depth: 10 })).not.toContain(SECRET);
  });

  it("not in logs at any level, including headers at debug", async () => {
    const { lines, logger } = recordingLogger();
    api.next(respond(503), respond(200, { ok: SECRET }));
    await client({ logger, logLevel: "debug", maxRetries: 1, backoff: { baseDelay: 1 } }).request({
      method: "GET",
      path: `/log/${SECRET}`,
    });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("\n")).not.toContain(SECRET);
    expect(lines.join("\n")).toContain(redactToken(SECRET));
  });

  it("not in util.inspect or JSON.stringify of the transport", () => {
    const t = client();
    expect(inspect(t, { depth: 10, showHidden: true })).not.toContain(SECRET);
    expect(JSON.stringify(t)).not.toContain(SECRET);
  });

  it("not sent to another origin on a redirect; kept on a same-origin redirect", async () => {
    api.requests.length = 0;
    other.requests.length = 0;
    api.next(
      (_q, res) => {
        res.writeHead(307, { location: `${api.url}/same` });
        res.end();
      },
      (_q, res) => {
        res.writeHead(302, { location: `${other.url}/elsewhere` });
        res.end();
      },
    );
    other.next((_q, res) => json(res, 200, { arrived: true }));
    const data = await client().request({ method: "GET", path: "/start" });
    expect(data).toEqual({ arrived: true });
    expect(api.requests.map((r) => r.url)).toEqual(["/start", "/same"]);
    expect(api.requests[1]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(other.requests[0]?.url).toBe("/elsewhere");
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("an upload is never redirected (no token to another origin, no body buffered): a clear error", async () => {
    other.requests.length = 0;
    api.next((_q, res) => {
      res.writeHead(307, { location: `${other.url}/upload` });
      res.end();
    });
    const error = await rejectionOf(
      client().request({ method: "POST", path: "/up", body: new Blob(["payload"]) }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/redirected an upload/);
    expect(other.requests).toEqual([]);
  });

  it("not in util.inspect, console.log or JSON.stringify of the client or any of its resources", () => {
    const jetty = new Jetty({ token: SECRET, baseURL: api.url });
    expect(inspect(jetty)).toContain(redactToken(SECRET));
    expect(JSON.stringify(jetty)).toContain(redactToken(SECRET));
    const views = [inspect(jetty, { depth: 20, showHidden: true }), JSON.stringify(jetty), String(jetty)];
    for (const resource of Object.values(jetty)) {
      views.push(inspect(resource, { depth: 20, showHidden: true }));
    }
    for (const view of views) expect(view).not.toContain(SECRET);
  });
});
