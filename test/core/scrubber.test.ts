/**
 * The scrubber works on values, not on JSON text: a secret with characters JSON escapes is still
 * found, a secret that looks like JSON syntax cannot corrupt the body it is removed from, deep
 * bodies cannot overflow it, and partial, re-cased and base64 echoes of the token are caught.
 * End to end against a server that echoes what it was sent, as FastAPI's 422 does.
 */
import { inspect } from "node:util";
import {
  type APIError,
  AuthenticationError,
  InternalServerError,
  Jetty,
  UnprocessableEntityError,
} from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scrub, scrubDeep, secretValues } from "../../src/core/redact";
import { json, type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_scrubberscrubberscrubberscrub7q";
const PEM = [
  "-----BEGIN PRIVATE KEY-----",
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
  "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu",
  "-----END PRIVATE KEY-----",
  "",
].join("\n");
const HOSTILE = ['a"b\\c', "tab\tand\nnewline and \u0001 control", PEM, 'quote"backslash\\slash/unicodé✓'];

let server: Loopback;
let jetty: Jetty;
beforeAll(async () => {
  server = await startLoopback();
  jetty = new Jetty({ baseURL: server.url, token: TOKEN, logLevel: "off", maxRetries: 0 });
});
afterAll(() => server.close());

/** A FastAPI-style 422 whose detail quotes the parsed request body. */
const echo422 = (_req: unknown, res: Parameters<typeof json>[0], body: string) => {
  let input: unknown = body;
  try {
    input = JSON.parse(body);
  } catch {}
  json(res, 422, {
    detail: [{ loc: ["body"], msg: `Input should be valid: ${JSON.stringify(input)}`, input }],
  });
};

function views(error: APIError): string[] {
  return [
    error.message,
    String(error.stack),
    JSON.stringify(error.body),
    JSON.stringify(error.headers),
    String(error.url),
    inspect(error, { depth: 30 }),
  ];
}

/** Every way a secret can be written into those views. */
function forms(secret: string): string[] {
  return [secret, JSON.stringify(secret).slice(1, -1), JSON.stringify(JSON.stringify(secret)).slice(1, -1)];
}

describe("secrets with characters JSON escapes", () => {
  for (const secret of HOSTILE) {
    it(`environment.set: ${JSON.stringify(secret.slice(0, 20))}… never comes back in the 422`, async () => {
      server.next(echo422);
      const error = await rejectionOf(jetty.environment.set("acme", { KEY: secret }));
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      for (const view of views(error)) for (const form of forms(secret)) expect(view).not.toContain(form);
      expect(JSON.stringify(error.body)).toContain("[redacted]");
    });
  }

  it('runs.create: a password like a"b\\c in secretParams, echoed by a 422', async () => {
    server.next(echo422);
    const error = await rejectionOf(
      jetty.runs.create("acme", "t", { secretParams: { DB: 'a"b\\c-password' } }),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    for (const view of views(error))
      for (const form of forms('a"b\\c-password')) expect(view).not.toContain(form);
  });

  it("a raw text body echoing the JSON-escaped secret", async () => {
    server.next((_req, res, body) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`Traceback (most recent call last): ValueError: ${body}`);
    });
    const error = await rejectionOf(jetty.environment.set("acme", { KEY: PEM }, { maxRetries: 0 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(typeof error.body).toBe("string");
    for (const view of views(error)) for (const form of forms(PEM)) expect(view).not.toContain(form);
    expect(error.body).toContain("[redacted]");
  });
});

describe("a secret that looks like JSON cannot corrupt the error", () => {
  for (const secret of ["1234", '"null"', '":{"', "null", "true", "[]", "}", ","]) {
    it(`secret ${JSON.stringify(secret)}: the 422 stays a 422 with its detail`, async () => {
      server.next((_req, res) =>
        json(res, 422, {
          detail: [
            { loc: ["body", "environment_variables", "K"], msg: "12345 is not allowed", input: 12345 },
          ],
          extra: { null: null, list: [], nested: { "": "" } },
        }),
      );
      const error = await rejectionOf(jetty.environment.set("acme", { K: secret }));
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect(error.status).toBe(422);
      expect(error.body.detail[0].loc).toEqual(["body", "environment_variables", "K"]);
      expect(error.body.extra.list).toEqual([]);
    });
  }

  it("a 5 000-level nested body is scrubbed without overflowing the stack", async () => {
    server.next((_req, res) => {
      // Written by hand: JSON.stringify itself overflows at this depth.
      const deep = `${"[".repeat(5000)}{"leaked":"${TOKEN}"}${"]".repeat(5000)}`;
      const text = `{"detail":"Input should be valid","input":{"deep":${deep}}}`;
      res.writeHead(422, { "content-type": "application/json" });
      res.end(text);
    });
    const error = await rejectionOf(jetty.collections.get("acme"));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    let inner = error.body.input.deep;
    for (let i = 0; i < 5000; i++) inner = inner[0];
    expect(inner).toEqual({ leaked: "mlc_...ub7q" });
  });
});

describe("echoes of the token that are not exact copies", () => {
  const variants: Array<[string, string]> = [
    ["cut short", `${TOKEN.slice(0, 14)}...`],
    ["its middle", TOKEN.slice(9, 25)],
    ["upper-cased", TOKEN.toUpperCase()],
    ["base64", Buffer.from(TOKEN).toString("base64")],
    ["base64url", Buffer.from(TOKEN).toString("base64url")],
    ["base64 of `Bearer token`", Buffer.from(`Bearer ${TOKEN}`).toString("base64")],
    ["base64 of `user:token`", Buffer.from(`user:${TOKEN}`).toString("base64")],
    ["percent-encoded in a URL", encodeURIComponent(`x=${TOKEN}`)],
  ];
  for (const [label, echo] of variants) {
    it(`${label} is removed from the message, body and headers`, async () => {
      server.next((_req, res) => json(res, 401, { detail: `Invalid key ${echo}` }, { "x-echo": echo }));
      const error = await rejectionOf(jetty.collections.get("acme"));
      expect(error).toBeInstanceOf(AuthenticationError);
      // No 8 consecutive characters of the token (or of its encodings) survive, in any case.
      const lowerToken = TOKEN.toLowerCase();
      for (const view of views(error).map((v) => v.toLowerCase())) {
        for (let i = 0; i + 8 <= lowerToken.length; i++)
          expect(view).not.toContain(lowerToken.slice(i, i + 8));
        for (let i = 4; i + 8 <= echo.length - 4; i++)
          expect(view).not.toContain(echo.slice(i, i + 8).toLowerCase());
      }
      expect(error.message).toMatch(/\[redacted\]|mlc_\.\.\.ub7q/);
    });
  }
});

describe("short secrets (documented in the README's Security section)", () => {
  it("4 to 7 characters: exact copies standing as a word, not inside a longer word", () => {
    expect(scrub("pin 4711, again:4711.", ["4711"])).toBe("pin [redacted], again:[redacted].");
    expect(scrub("order 47110 and x4711", ["4711"])).toBe("order 47110 and x4711");
    expect(scrub('quoted \\"ab\\"', ['"ab"'])).toBe("quoted [redacted]");
  });
  it("1 to 3 characters: only a whole value", () => {
    expect(scrubDeep({ a: "xy", b: "xy z", c: 42, d: "42 apples" }, ["xy", "42"])).toEqual({
      a: "[redacted]",
      b: "xy z",
      c: "[redacted]",
      d: "42 apples",
    });
  });
  it("8 or more: any run of 8, in any case, but not shorter fragments", () => {
    expect(scrub("see ABCDEFGH and abcdefg", ["abcdefghijkl"])).toBe("see [redacted] and abcdefg");
  });
  it("keys are scrubbed too, and a __proto__ key stays a key", () => {
    const clean = scrubDeep(JSON.parse('{"__proto__": {"sk-secret-value": 1}}'), ["sk-secret-value"]);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(Object.keys(Object.getOwnPropertyDescriptor(clean, "__proto__")?.value)).toEqual(["[redacted]"]);
  });
  it("secretValues walks deep secret objects without recursion", () => {
    let deep: unknown = "s3cr3t-value";
    for (let i = 0; i < 20_000; i++) deep = { k: deep };
    expect(secretValues({ a: deep, n: 7, t: true })).toEqual(expect.arrayContaining(["s3cr3t-value", "7"]));
  });
});
