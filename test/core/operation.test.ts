/**
 * Calls by operation: the descriptor decides the URL (each path value encoded as one segment, a storage
 * path segment by segment), the query, the body encoding, the auth mode and the retry class.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/core/config";
import { ConfigError, InvalidInputError } from "../../src/core/errors";
import { callOperation, streamOperation } from "../../src/core/operation";
import { Transport } from "../../src/core/transport";
import { expandPath } from "../../src/core/url-path";
import {
  createTask,
  downloadFile,
  getStepTemplate,
  getTask,
  listTasks,
  runTask,
  updateTask,
} from "../../src/generated/operations";
import { json, type Loopback, rejectionOf, respond, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_operationtest000000000000000000ab";
let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(() => server.close());

function transport(token: string | null = TOKEN): Transport {
  return new Transport(
    resolveConfig(
      {
        token: token ?? undefined,
        baseURL: server.url,
        logLevel: "off",
        backoff: { baseDelay: 1, maxDelay: 2 },
        tokenFile: "/nonexistent",
      },
      {},
    ),
  );
}

const task = { id: 1, name: "t" };

describe("expandPath", () => {
  it("encodes each value as one segment, and a storage path segment by segment", () => {
    expect(expandPath(getTask.path, getTask.pathParams, { collection: "a b", task: "x/y?z#w" })).toBe(
      "/api/v1/tasks/a%20b/x%2Fy%3Fz%23w",
    );
    expect(
      expandPath(downloadFile.path, downloadFile.pathParams, { storage_path: "/acme/t/0000/r é.txt" }),
    ).toBe("/api/v1/file/acme/t/0000/r%20%C3%A9.txt");
  });

  it("names a missing or empty parameter the way the SDK's methods do", () => {
    for (const values of [
      { collection: "acme" },
      { collection: "acme", task: " " },
      { collection: "acme", task: 3 },
    ]) {
      const error = (() => {
        try {
          expandPath(getTask.path, getTask.pathParams, values);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).param).toBe("task");
    }
    // Dots inside a name are ordinary text; only a whole dot segment is refused.
    expect(expandPath(getTask.path, getTask.pathParams, { collection: "a.b", task: "...x" })).toBe(
      "/api/v1/tasks/a.b/...x",
    );
  });
});

describe("callOperation", () => {
  it("sends the operation's method, path, query (without undefined values) and JSON body", async () => {
    server.requests.length = 0;
    server.fallback = (_q, res) => json(res, 200, [task]);
    const list = await callOperation(transport(), listTasks, {
      path: { collection: "acme" },
      query: { skip: 5, limit: undefined },
    });
    expect(list).toEqual([task]);
    server.fallback = (_q, res) => json(res, 201, task);
    await callOperation(transport(), createTask, {
      path: { collection: "acme" },
      body: { name: "t", workflow: {} },
    });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /api/v1/tasks/acme/?skip=5",
      "POST /api/v1/tasks/acme",
    ]);
    expect(server.requests[1]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.requests[1]!.body)).toEqual({ name: "t", workflow: {} });
  });

  it("validates the answer with the operation's response schema", async () => {
    server.fallback = (_q, res) => json(res, 200, { id: 1 }); // a task without its required name
    const error = await rejectionOf(
      callOperation(transport(), getTask, { path: { collection: "a", task: "t" } }),
    );
    expect(error.name).toBe("ResponseValidationError");
    expect(JSON.stringify(error.issues)).toContain("name");
  });

  it("encodes a multipart operation's fields and keeps withResponse()", async () => {
    server.requests.length = 0;
    server.fallback = (_q, res) => json(res, 200, { workflow_id: "a-t--0123abcd" }, { "x-request-id": "r1" });
    const { data, requestID } = await callOperation(transport(), runTask, {
      path: { collection: "a", task: "t" },
      body: [{ name: "init_params", value: '{"x":1}' }],
    }).withResponse();
    expect(data.workflow_id).toBe("a-t--0123abcd");
    expect(requestID).toBe("r1");
    expect(server.requests[0]?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.requests[0]?.body).toContain('name="init_params"\r\n\r\n{"x":1}');
  });

  it("sends a public operation without a token, and refuses a protected one before sending", async () => {
    server.requests.length = 0;
    server.fallback = (_q, res) => json(res, 200, { name: "text_echo" });
    const anonymous = transport(null);
    await callOperation(anonymous, getStepTemplate, { path: { activity_name: "text_echo" } });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    await expect(
      callOperation(anonymous, updateTask, { path: { collection: "a", task: "t" }, body: {} }),
    ).rejects.toBeInstanceOf(ConfigError);
    expect(server.requests).toHaveLength(1);
  });

  it("rejects bad path parameters through the promise, never synchronously", async () => {
    server.requests.length = 0;
    const pending = streamOperation(transport(), downloadFile, { path: { storage_path: "acme/../x" } });
    const error = await rejectionOf(pending);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.param).toBe("storagePath");
    expect(server.requests).toEqual([]);
  });
});

describe("the transport honours the retry class", () => {
  it("retries by class, not method: an idempotent POST is retried on 500, a not-acted-on PUT is not", async () => {
    const t = transport();
    server.fallback = respond(500);
    server.requests.length = 0;
    await expect(
      t.request({ method: "POST", path: "/x", json: {}, retryClass: "idempotent" }, undefined, {
        maxRetries: 2,
      }),
    ).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(3);
    server.requests.length = 0;
    await expect(
      t.request({ method: "PUT", path: "/x", json: {}, retryClass: "not-acted-on" }, undefined, {
        maxRetries: 2,
      }),
    ).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
  });

  it("gives every operation the class its method implies (DESIGN.md's rule)", async () => {
    server.fallback = respond(500);
    server.requests.length = 0;
    await expect(
      callOperation(
        transport(),
        createTask,
        { path: { collection: "a" }, body: { name: "t", workflow: {} } },
        { maxRetries: 2 },
      ),
    ).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    await expect(
      callOperation(
        transport(),
        updateTask,
        { path: { collection: "a", task: "t" }, body: {} },
        { maxRetries: 2 },
      ),
    ).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(3);
  });
});
