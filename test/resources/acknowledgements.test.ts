/**
 * Issue 9 item 2: calls whose answer the platform does not document succeed on whatever a 2xx
 * carries (nothing, a 204, `{}`, a JSON string, plain text) and resolve as `{ ok: true, body }`;
 * an HTTP error is still an error. Each call runs against a loopback server answering each body.
 */
import type { ServerResponse } from "node:http";
import { Jetty, NotFoundError, ResponseValidationError } from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

let server: Loopback;
let jetty: Jetty;
beforeAll(async () => {
  server = await startLoopback();
  jetty = new Jetty({ baseURL: server.url, token: "mlc_test", maxRetries: 0, logLevel: "off" });
});
afterAll(() => server.close());

/** The 2xx answers no acknowledgement may reject, and what `body` must then be. */
const ANSWERS: Array<{ name: string; send: (res: ServerResponse) => void; body: unknown }> = [
  {
    name: "an empty 200",
    send: (res) => res.writeHead(200, { "content-length": "0" }).end(),
    body: undefined,
  },
  { name: "a 204", send: (res) => res.writeHead(204).end(), body: undefined },
  { name: "{}", send: (res) => text(res, "application/json", "{}"), body: {} },
  { name: "a JSON string", send: (res) => text(res, "application/json", '"ok"'), body: "ok" },
  { name: "plain text", send: (res) => text(res, "text/plain", "Label added."), body: "Label added." },
  {
    name: "a JSON object",
    send: (res) => text(res, "application/json", '{"message":"done"}'),
    body: { message: "done" },
  },
];

function text(res: ServerResponse, type: string, body: string) {
  res.writeHead(200, { "content-type": type, "content-length": Buffer.byteLength(body) }).end(body);
}

const label = { key: "quality", value: "good", author: "me@example.com" };
const ACKS: Array<{ call: string; method: string; path: string; run: () => PromiseLike<unknown> }> = [
  {
    call: "trajectories.addLabel",
    method: "POST",
    path: "/api/v1/trajectory/acme/triage/aa7e4430/labels",
    run: () => jetty.trajectories.addLabel("acme", "triage", "aa7e4430", label),
  },
  {
    call: "trajectories.setStatuses",
    method: "POST",
    path: "/api/v1/trajectory/acme/triage/statuses",
    run: () => jetty.trajectories.setStatuses("acme", "triage", { aa7e4430: "archived" }),
  },
  {
    call: "trajectories.cancel",
    method: "POST",
    path: "/api/v1/trajectory/acme/triage/statuses",
    run: () => jetty.trajectories.cancel("acme", "triage", "aa7e4430"),
  },
  {
    call: "tasks.delete",
    method: "DELETE",
    path: "/api/v1/tasks/acme/triage",
    run: () => jetty.tasks.delete("acme", "triage"),
  },
  {
    call: "datasets.delete",
    method: "DELETE",
    path: "/api/v1/datasets/acme/tickets",
    run: () => jetty.datasets.delete("acme", "tickets"),
  },
  {
    call: "models.delete",
    method: "DELETE",
    path: "/api/v1/models/acme/triage-model",
    run: () => jetty.models.delete("acme", "triage-model"),
  },
  {
    call: "routines.delete",
    method: "DELETE",
    path: "/api/v1/routines/acme/triage/nightly",
    run: () => jetty.routines.delete("acme", "triage", "nightly"),
  },
  {
    call: "routines.pause",
    method: "POST",
    path: "/api/v1/routines/acme/triage/nightly/pause",
    run: () => jetty.routines.pause("acme", "triage", "nightly"),
  },
  {
    call: "routines.resume",
    method: "POST",
    path: "/api/v1/routines/acme/triage/nightly/resume",
    run: () => jetty.routines.resume("acme", "triage", "nightly"),
  },
];

describe.each(ACKS)("$call acknowledges any 2xx body", ({ method, path, run }) => {
  it.each(ANSWERS)("$name", async ({ send, body }) => {
    server.next((_req, res) => send(res));
    const before = server.requests.length;
    await expect(run()).resolves.toEqual({ ok: true, body });
    expect(server.requests.slice(before)).toMatchObject([{ method, url: path }]);
  });

  it("still rejects an HTTP error", async () => {
    server.next((_req, res) => {
      const detail = JSON.stringify({ detail: "Not found" });
      res.writeHead(404, { "content-type": "application/json", "content-length": detail.length }).end(detail);
    });
    await expect(run()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("undocumented reads accept any body too", () => {
  it.each(ANSWERS)("trajectories.stats hands back $name as sent", async ({ send, body }) => {
    server.next((_req, res) => send(res));
    await expect(jetty.trajectories.stats("acme", "triage")).resolves.toEqual(body);
  });

  it.each([
    { name: "an empty 200", send: ANSWERS[0]!.send, logs: { events: [] } },
    { name: "a 204", send: ANSWERS[1]!.send, logs: { events: [] } },
    { name: "{}", send: ANSWERS[2]!.send, logs: { events: [] } },
    { name: "plain text", send: ANSWERS[4]!.send, logs: { events: [], text: "Label added." } },
    {
      name: "a bare array of events",
      send: (res: ServerResponse) => text(res, "application/json", '[{"level":"error","message":null}]'),
      logs: { events: [{ level: "error", message: null }] },
    },
    {
      name: "{ events } with extra fields",
      send: (res: ServerResponse) =>
        text(res, "application/json", '{"events":[{"level":"info"}],"status":"done"}'),
      logs: { events: [{ level: "info" }], status: "done" },
    },
  ])("runs.logs normalises $name", async ({ send, logs }) => {
    server.next((_req, res) => send(res));
    await expect(jetty.runs.logs("acme-triage--aa7e4430")).resolves.toEqual(logs);
  });

  it("runs.logs still rejects a wrongly typed field", async () => {
    server.next((_req, res) => text(res, "application/json", '{"events":"none"}'));
    const error = await rejectionOf(jetty.runs.logs("acme-triage--aa7e4430"));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.body).toEqual({ events: "none" });
  });

  it.each(ANSWERS)("trial.activate accepts $name", async ({ send, body }) => {
    server.next((_req, res) => send(res));
    const expected = typeof body === "object" && body !== null ? body : {};
    await expect(jetty.trial.activate("acme")).resolves.toEqual(expected);
  });
});
