import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { resolveConfig } from "../../src/core/config";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  JettyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  RunInProgressError,
  UnprocessableEntityError,
} from "../../src/core/errors";
import { Transport } from "../../src/core/transport";
import { errorText } from "../../src/helpers/trajectory-steps";
import { type Loopback, rejectionOf, respond, startLoopback } from "../helpers/loopback";

let server: Loopback;
let transport: Transport;
beforeAll(async () => {
  server = await startLoopback();
  transport = new Transport(
    resolveConfig(
      {
        token: "mlc_errs000000000000000000000000000000",
        baseURL: server.url,
        logLevel: "off",
        maxRetries: 0,
      },
      {},
    ),
  );
});
afterAll(() => server.close());

const CASES: Array<[number, new (...args: never[]) => APIError]> = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
  // Not a run endpoint: a 524 is a 5xx like any other (RunInProgressError is for runs, below).
  [524, InternalServerError],
];

describe("error mapping", () => {
  for (const [status, Class] of CASES) {
    it(`${status} → ${Class.name} with status, headers, request id and parsed body`, async () => {
      server.next(
        respond(status, { detail: `thing ${status} went wrong` }, { "x-request-id": `req-${status}` }),
      );
      const error = (await rejectionOf(
        transport.request({ method: "GET", path: `/e/${status}` }),
      )) as APIError;
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toBeInstanceOf(JettyError);
      expect(error.status).toBe(status);
      expect(error.requestID).toBe(`req-${status}`);
      expect(error.headers["x-request-id"]).toBe(`req-${status}`);
      expect(error.body).toEqual({ detail: `thing ${status} went wrong` });
      expect(error.message).toContain(`thing ${status} went wrong`);
      expect(error.message).toContain(`GET /e/${status}`);
    });
  }

  it("summarises a FastAPI 422 detail list by field", async () => {
    server.next(
      respond(422, { detail: [{ loc: ["body", "name"], msg: "Field required", type: "missing" }] }),
    );
    const error = await rejectionOf(transport.request({ method: "POST", path: "/v", json: {} }));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.message).toContain("body.name: Field required");
    expect(error.detail).toEqual([{ loc: ["body", "name"], msg: "Field required", type: "missing" }]);
  });

  it("reads an error body one way: the message over a bare status name, OpenAI's error.message", async () => {
    server.next(
      respond(404, { statusCode: 404, error: "Not Found", message: "Task 'x' not found" }),
      respond(429, { error: { message: "slow down", type: "rate_limit" } }),
    );
    const express = await rejectionOf(transport.request({ method: "GET", path: "/a" }));
    expect(express.message).toContain("Task 'x' not found");
    const openai = await rejectionOf(transport.request({ method: "GET", path: "/b" }));
    expect(openai.message).toContain("slow down");
    // The same reader serves trajectory errors.
    expect(errorText({ detail: "the sandbox ran out of memory" })).toBe("the sandbox ran out of memory");
    expect(errorText({ code: 7 })).toBe('{"code":7}');
  });

  it("keeps a non-JSON error body as text", async () => {
    server.next((_q, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<h1>Bad gateway</h1>");
    });
    const error = await rejectionOf(transport.request({ method: "GET", path: "/html" }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe("<h1>Bad gateway</h1>");
  });

  it("524 tells the caller to wait on the trajectory, naming the run", async () => {
    server.next(respond(524, "timeout"));
    const error = await rejectionOf(
      transport.request({
        method: "POST",
        path: "/api/v1/run-sync/c/t",
        json: {},
        run: { collection: "c", task: "t" },
      }),
    );
    expect(error).toBeInstanceOf(RunInProgressError);
    expect(error.collection).toBe("c");
    expect(error.task).toBe("t");
    expect(error.message).toMatch(/wait on the trajectory/);
  });
});

describe("response validation", () => {
  const Schema = z.looseObject({ name: z.string(), items: z.array(z.looseObject({ id: z.number() })) });

  it("keeps unknown fields", async () => {
    server.next(respond(200, { name: "a", items: [{ id: 1, extra: true }], added: { later: 1 } }));
    const data = await transport.request({ method: "GET", path: "/ok" }, Schema);
    expect(data).toEqual({ name: "a", items: [{ id: 1, extra: true }], added: { later: 1 } });
  });

  it("names the JSON path of a violation and attaches the raw body", async () => {
    const body = { name: "a", items: [{ id: 1 }, { id: "two" }] };
    server.next(respond(200, body));
    const error = await rejectionOf(transport.request({ method: "GET", path: "/bad" }, Schema));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.path).toBe("$.items[1].id");
    expect(error.body).toEqual(body);
    expect(error.message).toContain("$.items[1].id");
  });

  it("a missing required field is a violation too", async () => {
    server.next(respond(200, { items: [] }));
    const error = await rejectionOf(transport.request({ method: "GET", path: "/missing" }, Schema));
    expect(error.path).toBe("$.name");
  });

  it("a body that is not JSON is a validation error, not a crash", async () => {
    server.next((_q, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{not json");
    });
    const error = await rejectionOf(transport.request({ method: "GET", path: "/garbage" }, Schema));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.body).toBe("{not json");
  });

  it("withResponse() exposes status, headers and request id", async () => {
    server.next(respond(200, { name: "x", items: [] }, { "x-request-id": "abc" }));
    const { data, response, requestID } = await transport
      .request({ method: "GET", path: "/raw" }, Schema)
      .withResponse();
    expect(data.name).toBe("x");
    expect(response.status).toBe(200);
    expect(requestID).toBe("abc");
  });

  it("hints at collection scoping only for the scoping refusal, not every 403", async () => {
    server.next(respond(403, { detail: "API key not valid for this collection" }));
    const scoped = await rejectionOf(transport.request({ method: "GET", path: "/other" }));
    expect(scoped.message).toMatch(/scoped to one collection/);
    server.next(respond(403, { detail: "Trial exhausted: all 10 trial runs have been used" }));
    const trial = await rejectionOf(transport.request({ method: "GET", path: "/run" }));
    expect(trial).toBeInstanceOf(PermissionDeniedError);
    expect(trial.message).toMatch(/Trial exhausted/);
    expect(trial.message).not.toMatch(/scoped/);
  });
});
