/**
 * FastAPI's 422 echoes the submitted input back. Secret params, environment values and webhook
 * secrets sent by the SDK must not come back out through the error it throws.
 */
import { inspect } from "node:util";
import { Jetty, UnprocessableEntityError } from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const SECRET_PARAM = "sk-live-secret-param-value-123";
const ENV_VALUE = "ghp_environment_value_456";
const WEBHOOK_SECRET = "whsec_webhook_secret_789";

let server: Loopback;
let jetty: Jetty;
beforeAll(async () => {
  // Answers every request with a 422 whose detail quotes the whole request body, as FastAPI does.
  server = await startLoopback((_req, res, body) =>
    json(res, 422, {
      detail: [{ loc: ["body"], msg: "Input should be valid", type: "value_error", input: body }],
    }),
  );
  jetty = new Jetty({ baseURL: server.url, token: "mlc_secretstestsecretstestsecretst01", logLevel: "off" });
});
afterAll(() => server.close());

function expectClean(error: UnprocessableEntityError, secrets: string[]): void {
  expect(error).toBeInstanceOf(UnprocessableEntityError);
  const views = [
    error.message,
    String(error.stack),
    JSON.stringify(error.body),
    inspect(error, { depth: 10 }),
  ];
  for (const secret of secrets) for (const view of views) expect(view).not.toContain(secret);
  expect(JSON.stringify(error.body)).toContain("[redacted]");
}

describe("secrets sent in a request never come back in its error", () => {
  it("runs.create: secretParams and the webhook secret", async () => {
    const error = await rejectionOf(
      jetty.runs.create("acme", "t", {
        secretParams: { API_KEY: SECRET_PARAM },
        webhookSecret: WEBHOOK_SECRET,
      }),
    );
    // The server really received them (so the scrubbing is what keeps them out).
    expect(server.requests.at(-1)?.body).toContain(SECRET_PARAM);
    expectClean(error, [SECRET_PARAM, WEBHOOK_SECRET]);
  });

  it("environment.set: the values", async () => {
    const error = await rejectionOf(jetty.environment.set("acme", { GITHUB_PAT: ENV_VALUE }));
    expect(server.requests.at(-1)?.body).toContain(ENV_VALUE);
    expectClean(error, [ENV_VALUE]);
  });

  it("routines.create: secret_params", async () => {
    const error = await rejectionOf(
      jetty.routines.create("acme", "t", {
        name: "r",
        cadence: { type: "manual" },
        secret_params: { K: SECRET_PARAM },
      }),
    );
    expectClean(error, [SECRET_PARAM]);
  });

  it("chat.completions.create in runbook mode: jetty.secret_params", async () => {
    const error = await rejectionOf(
      jetty.chat.completions.create({
        model: "m",
        messages: [{ role: "user", content: "go" }],
        jetty: { runbook: true, collection: "acme", task: "t", secret_params: { K: SECRET_PARAM } },
      }),
    );
    expect(server.requests.at(-1)?.body).toContain(SECRET_PARAM);
    expectClean(error, [SECRET_PARAM]);
  });

  it("runbooks.run: secretParams", async () => {
    // The preflight's two reads get real answers; the chat request gets the echoing 422.
    const echo = server.fallback;
    server.fallback = (req, res, body) => {
      if (req.url?.endsWith("/environment"))
        return json(res, 200, { name: "acme", environment_variables: null });
      if (req.url?.startsWith("/api/v1/trial/")) return json(res, 200, { active: false });
      return echo(req, res, body);
    };
    const runbook = '---\nversion: "1"\nsecrets:\n  K:\n    required: true\n---\nUse {{secrets.K}}';
    const error = await rejectionOf(
      jetty.runbooks.run(runbook, { collection: "acme", task: "t", secretParams: { K: SECRET_PARAM } }),
    );
    server.fallback = echo;
    expect(server.requests.at(-1)?.body).toContain(SECRET_PARAM);
    expectClean(error, [SECRET_PARAM]);
  });
});
