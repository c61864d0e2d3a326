/**
 * `environment.keys()` and `set()` promise names only. An environment response carries every value
 * of the collection, so no error built from one may show a value: not a failed validation, not a
 * non-JSON body, not an error body that quotes the variables.
 */
import { inspect } from "node:util";
import { InternalServerError, Jetty, NotFoundError, ResponseValidationError } from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const VALUES = ["sk-openai-value-0001", "ghp_github_value_0002", 'pem"with\\escapes\nvalue'];
const ENV = { OPENAI_API_KEY: VALUES[0], GITHUB_PAT: VALUES[1], PEM: VALUES[2], OLD: null };

let server: Loopback;
let jetty: Jetty;
beforeAll(async () => {
  server = await startLoopback();
  jetty = new Jetty({
    baseURL: server.url,
    token: "mlc_envtestenvtestenvtestenvtest01",
    logLevel: "off",
    maxRetries: 0,
  });
});
afterAll(() => server.close());

function expectNoValues(error: unknown): void {
  const e = error as Record<string, unknown>;
  const views = [
    String(e.message),
    String(e.stack),
    JSON.stringify(e.body ?? null),
    JSON.stringify(e.headers ?? null),
    inspect(error, { depth: 20 }),
  ];
  for (const value of VALUES) {
    for (const view of views) {
      expect(view).not.toContain(value);
      expect(view).not.toContain(JSON.stringify(value).slice(1, -1));
    }
  }
}

const calls = {
  "keys()": () => jetty.environment.keys("acme"),
  "set()": () => jetty.environment.set("acme", { NEW_KEY: "new-value-just-set" }),
  "remove()": () => jetty.environment.remove("acme", ["OLD"]),
};

describe("environment values never reach an error", () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: a response that fails validation keeps its shape, not its values`, async () => {
      server.next((_req, res) => json(res, 200, { name: 42, environment_variables: ENV, note: VALUES[0] }));
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error.path).toBe("$.name");
      expect(Object.keys(error.body.environment_variables)).toEqual(Object.keys(ENV));
      expectNoValues(error);
    });

    it(`${name}: a map of the wrong shape is masked whole`, async () => {
      server.next((_req, res) =>
        json(res, 200, { name: "acme", environment_variables: [`OPENAI_API_KEY=${VALUES[0]}`] }),
      );
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(ResponseValidationError);
      expectNoValues(error);
    });

    it(`${name}: a non-JSON 2xx body`, async () => {
      server.next((_req, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end(`OPENAI_API_KEY=${VALUES[0]}\nGITHUB_PAT=${VALUES[1]}`);
      });
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(ResponseValidationError);
      expectNoValues(error);
    });

    it(`${name}: an error body quoting the variables`, async () => {
      server.next((_req, res) =>
        json(
          res,
          500,
          { detail: { environment_variables: ENV, why: `could not decrypt ${VALUES[1]}` } },
          { "x-debug": VALUES[0]! },
        ),
      );
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error.body.detail.environment_variables).toEqual({
        OPENAI_API_KEY: "[redacted]",
        GITHUB_PAT: "[redacted]",
        PEM: "[redacted]",
        OLD: null,
      });
      expectNoValues(error);
    });
  }

  it("an ordinary error keeps its class and detail", async () => {
    server.next((_req, res) => json(res, 404, { detail: "Collection 'acme' not found" }));
    const error = await rejectionOf(jetty.environment.keys("acme"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.detail).toBe("Collection 'acme' not found");
  });

  it("a valid response still answers names only", async () => {
    server.next((_req, res) => json(res, 200, { name: "acme", environment_variables: ENV }));
    expect(await jetty.environment.keys("acme")).toEqual(["OPENAI_API_KEY", "GITHUB_PAT", "PEM"]);
  });
});
