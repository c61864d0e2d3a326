/**
 * Issue 9 item 3: a runbook-mode chat response is undocumented, so it is read leniently. Every link
 * of the fallback chain finds the trajectory (a `jetty` object, a top-level `trajectory_id`, a
 * `trajectory_url`, the `x-jetty-trajectory-id` header), and when none is there `runbooks.run`
 * lists the task's trajectories and takes the one created since the launch, instead of throwing.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { InvalidInputError, Jetty, JettyError } from "@jetty/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const RUNBOOK = `---
version: "1.0.0"
agent: claude-code
model: claude-sonnet-4-6
---
# Report

## Objective
Write {{results_dir}}/report.md.
`;

type Chat = (req: IncomingMessage, res: ServerResponse) => void;
let server: Loopback;
let jetty: Jetty;
let chat: Chat;
let listed: () => unknown[];

beforeAll(async () => {
  server = await startLoopback((req, res) => {
    const url = req.url ?? "";
    if (url.startsWith("/api/v1/collections/acme/environment"))
      return json(res, 200, { name: "acme", environment_variables: null });
    if (url.startsWith("/api/v1/trial/acme")) return json(res, 200, { status: "inactive" });
    if (url.startsWith("/v1/chat/completions")) return chat(req, res);
    if (url.startsWith("/api/v1/db/trajectories/acme/report"))
      return json(res, 200, { trajectories: listed(), has_more: false });
    json(res, 404, { detail: "Not Found" });
  });
  jetty = new Jetty({
    baseURL: server.url,
    token: "mlc_test",
    frontendURL: "https://jetty.io",
    maxRetries: 0,
    logLevel: "off",
  });
});
afterAll(() => server.close());
beforeEach(() => {
  listed = () => [];
  server.requests.length = 0;
});

const options = { collection: "acme", task: "report" } as const;
const answer =
  (body: unknown, headers: Record<string, string> = {}): Chat =>
  (_req, res) =>
    json(res, 200, body, headers);

describe("runbook-mode completion: the trajectory id's fallback chain", () => {
  it.each([
    {
      link: "a jetty object holding only the id",
      body: { jetty: { trajectory_id: "aaaa1111" } },
      id: "aaaa1111",
    },
    { link: "a top-level trajectory_id", body: { trajectory_id: "bbbb2222", choices: null }, id: "bbbb2222" },
    {
      link: "a jetty object holding only trajectory_url",
      body: { jetty: { trajectory_url: "https://jetty.io/acme/report/cccc3333", trajectory_id: null } },
      id: "cccc3333",
    },
    {
      link: "a top-level trajectory_url",
      body: { trajectory_url: "https://jetty.io/acme/report/dddd4444/" },
      id: "dddd4444",
    },
  ])("finds it in $link", async ({ body, id }) => {
    chat = answer(body);
    const run = await jetty.runbooks.run(RUNBOOK, options);
    expect(run).toMatchObject({ trajectoryId: id, collection: "acme", task: "report" });
    expect(run.url).toBe(`https://jetty.io/acme/report/${id}`);
    expect(run.completion?.choices).toEqual([]);
    // Found in the response: no listing needed.
    expect(server.requests.some((r) => r.url.startsWith("/api/v1/db/"))).toBe(false);
  });

  it("finds it in the x-jetty-trajectory-id header of an empty object", async () => {
    chat = answer({}, { "x-jetty-trajectory-id": "eeee5555" });
    const run = await jetty.runbooks.run(RUNBOOK, options);
    expect(run.trajectoryId).toBe("eeee5555");
  });

  it("keeps a partial OpenAI body as sent, with choices always an array", async () => {
    chat = answer({
      id: "x",
      created: 1.5,
      choices: [{ message: { content: "done" } }],
      jetty: { trajectory_id: "f0f0f0f0" },
    });
    const completion = await jetty.chat.completions.create({
      model: "claude-sonnet-4-6",
      messages: [{ role: "user", content: "Execute the runbook." }],
      jetty: { runbook: true, collection: "acme", task: "report" },
    });
    expect(completion.choices[0]?.message?.content).toBe("done");
    expect(completion.run?.trajectoryId).toBe("f0f0f0f0");
  });
});

describe("runbooks.run without any id in the response", () => {
  /** A timestamp `offsetMs` from now, in the space-and-`+0000` form a Python server may send. */
  const at = (offsetMs: number) =>
    new Date(Date.now() + offsetMs).toISOString().replace("T", " ").replace("Z", "+0000");

  it("lists the task and takes the oldest trajectory created since the launch", async () => {
    chat = answer({ choices: [{ message: { role: "assistant", content: "Runbook finished." } }] });
    // Newest first: a run launched after ours, ours, and one from an hour ago.
    listed = () => [
      { trajectory_id: "later000", status: "running", created: at(60_000) },
      { trajectory_id: "ours0000", status: "running", created: at(0) },
      { trajectory_id: "before00", status: "completed", created: at(-3_600_000) },
    ];
    const run = await jetty.runbooks.run(RUNBOOK, options);
    expect(run.trajectoryId).toBe("ours0000");
    expect(run.url).toBe("https://jetty.io/acme/report/ours0000");
    expect(
      server.requests.filter((r) => r.url.startsWith("/api/v1/db/trajectories/acme/report")),
    ).toHaveLength(1);
  });

  it("does the same for a stream whose chunks name no trajectory", async () => {
    chat = (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(
        'data: {"choices":[{"delta":{"content":"Working"}}]}\n\ndata: {"object":"chat.completion.chunk"}\n\ndata: [DONE]\n\n',
      );
    };
    listed = () => [{ trajectory_id: "stream00", status: "running", created: new Date().toISOString() }];
    const seen: unknown[] = [];
    const run = await jetty.runbooks.run(RUNBOOK, {
      ...options,
      stream: true,
      onEvent: (c) => seen.push(c.choices),
    });
    expect(run.trajectoryId).toBe("stream00");
    expect(seen).toEqual([[{ delta: { content: "Working" } }], []]);
  });

  it("reports a launched run it cannot find as a JettyError, not as bad input", async () => {
    chat = answer({});
    listed = () => [{ trajectory_id: "before00", status: "completed", created: at(-3_600_000) }];
    const error = await rejectionOf(jetty.runbooks.run(RUNBOOK, options));
    expect(error).toBeInstanceOf(JettyError);
    expect(error).not.toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('jetty.trajectories.list("acme", "report")');
  }, 20_000);
});
