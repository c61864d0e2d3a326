/**
 * `chat.completions.stream()` over real HTTP: against the emulator (which streams OpenAI-shaped
 * chunks, one per event-loop turn) and against a hostile loopback server for broken streams.
 * The helper iterates, accumulates, emits, aborts, and fails with typed, scrubbed errors.
 */
import { inspect } from "node:util";
import {
  APIConnectionError,
  APIUserAbortError,
  type ChatCompletion,
  type ChatCompletionChunk,
  ChatCompletionStream,
  InvalidInputError,
  Jetty,
  JettyError,
  StreamError,
} from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { SPARSE } from "../helpers/emulator-mode";
import { type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  emulator = await startEmulator({ collections: [{ name: "acme" }] });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off", maxRetries: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

const messages = [{ role: "user", content: "Tell me about otters" }];
const model = "gpt-4o-mini";

describe("chat.completions.stream() against the emulator", () => {
  it("returns a ChatCompletionStream at once; iterating yields the chunks, then finalChatCompletion() is their sum", async () => {
    const stream = jetty.chat.completions.stream({
      model,
      messages,
      stream_options: { include_usage: true },
    });
    expect(stream).toBeInstanceOf(ChatCompletionStream);
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const final = await stream.finalChatCompletion();
    expectTypeOf(final).toMatchTypeOf<ChatCompletion>();

    const whole = await jetty.chat.completions.create({ model, messages });
    expect(chunks.length).toBeGreaterThan(3);
    expect(final.id).toBe(chunks[0]?.id);
    expect(final.model).toBe(model);
    expect(final.created).toBe(chunks[0]?.created);
    expect(final.object).toBe("chat.completion");
    expect(final.choices).toHaveLength(1);
    expect(final.choices[0]).toMatchObject({
      index: 0,
      finish_reason: "stop",
      message: { role: "assistant", content: whole.choices[0]?.message?.content },
    });
    // The streamed usage chunk is the one the emulator sends; a sparse non-streamed answer leaves usage null.
    if (SPARSE) expect(final.usage).toMatchObject({ prompt_tokens: expect.any(Number) });
    else expect(final.usage).toEqual(whole.usage);
    expect(await stream.finalContent()).toBe(whole.choices[0]?.message?.content);
    expect(emulator.requests.filter((r) => r.path === "/v1/chat/completions")[0]?.body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it("listeners and await, no loop: content deltas join to the snapshot, end fires once, last", async () => {
    const events: string[] = [];
    const deltas: string[] = [];
    let lastSnapshot = "";
    const stream = jetty.chat.completions
      .stream({ model, messages })
      .on("chunk", (chunk, snapshot) => {
        events.push("chunk");
        expect(snapshot.id).toBe(chunk.id);
      })
      .on("content", (delta, snapshot) => {
        deltas.push(delta);
        lastSnapshot = snapshot;
        expect(snapshot.endsWith(delta)).toBe(true);
      })
      .on("finalChatCompletion", () => events.push("final"))
      .on("end", () => events.push("end"));
    const content = await stream.finalContent();
    expect(content).toBe(deltas.join(""));
    expect(lastSnapshot).toBe(content);
    expect(content).toContain("otters");
    expect(events.at(-1)).toBe("end");
    expect(events.at(-2)).toBe("final");
    expect(events.filter((e) => e === "end")).toHaveLength(1);
  });

  it("a listener alone makes the stream read itself to the end", async () => {
    const ended = new Promise<string>((resolve) => {
      let text = "";
      jetty.chat.completions
        .stream({ model, messages })
        .on("content", (delta) => {
          text += delta;
        })
        .on("end", () => resolve(text));
    });
    expect(await ended).toContain("otters");
  });

  it("a final promise taken before a loop in the same tick does not steal the chunks from the loop", async () => {
    const stream = jetty.chat.completions.stream({ model, messages });
    const final = stream.finalChatCompletion();
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    expect((await final).choices[0]?.message?.content).toBe(text);
  });

  it("abort() before the response arrives: the loop, the final promise and the abort listener all see APIUserAbortError", async () => {
    const aborted: unknown[] = [];
    const errors: unknown[] = [];
    const stream = jetty.chat.completions.stream({ model, messages });
    stream.on("abort", (e) => aborted.push(e)).on("error", (e) => errors.push(e));
    stream.abort();
    expect(await rejectionOf(stream.finalChatCompletion())).toBeInstanceOf(APIUserAbortError);
    expect(aborted).toHaveLength(1);
    expect(aborted[0]).toBeInstanceOf(APIUserAbortError);
    expect(errors).toEqual([]);
  });

  it("abort() mid-stream ends the loop with APIUserAbortError after the chunks already read", async () => {
    const stream = jetty.chat.completions.stream({ model, messages });
    const seen: ChatCompletionChunk[] = [];
    const error = await (async () => {
      for await (const chunk of stream) {
        seen.push(chunk);
        if (seen.length === 2) stream.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(2);
    expect(await rejectionOf(stream.finalContent())).toBeInstanceOf(APIUserAbortError);
  });

  it("the caller's signal aborts it too; breaking out of the loop settles the final promise as aborted", async () => {
    const ac = new AbortController();
    const stream = jetty.chat.completions.stream({ model, messages }, { signal: ac.signal });
    ac.abort();
    expect(await rejectionOf(stream.done())).toBeInstanceOf(APIUserAbortError);

    const broken = jetty.chat.completions.stream({ model, messages });
    for await (const _ of broken) break;
    expect(await rejectionOf(broken.finalChatCompletion())).toBeInstanceOf(APIUserAbortError);
  });

  it("bad params reject through the stream with InvalidInputError and send nothing", async () => {
    const stream = jetty.chat.completions.stream({ model, messages: [] });
    const errors: unknown[] = [];
    stream.on("error", (e) => errors.push(e));
    const error = await rejectionOf(stream.finalChatCompletion());
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toMatch(/messages/);
    expect(errors).toEqual([error]);
    expect(emulator.requests).toHaveLength(0);
  });

  it("an error event fails it with StreamError: error listener, end, rejected final", async () => {
    emulator.fault({ method: "POST", path: "/v1/chat/completions", sseError: true });
    const events: string[] = [];
    const stream = jetty.chat.completions
      .stream({ model, messages })
      .on("error", (e) => events.push(`error:${e.constructor.name}`))
      .on("end", () => events.push("end"));
    const error = await rejectionOf(stream.finalChatCompletion());
    expect(error).toBeInstanceOf(StreamError);
    expect(events).toEqual(["error:StreamError", "end"]);
  });

  it("a cut connection fails it with APIConnectionError, never a short completion", async () => {
    emulator.fault({ method: "POST", path: "/v1/chat/completions", brokenStream: true });
    const error = await rejectionOf(jetty.chat.completions.stream({ model, messages }).finalContent());
    expect(error).toBeInstanceOf(APIConnectionError);
  });

  it("a listener that throws ends the stream with the listener's error", async () => {
    const boom = new Error("listener failed");
    const stream = jetty.chat.completions.stream({ model, messages }).on("chunk", () => {
      throw boom;
    });
    expect(await rejectionOf(stream.finalChatCompletion())).toBe(boom);
  });

  const runbookStream = (task: string) =>
    jetty.chat.completions.stream({
      model: "claude-sonnet-4-6",
      messages: [
        { role: "system", content: "# Runbook\nWrite hello to results." },
        { role: "user", content: "Execute the runbook." },
      ],
      jetty: { runbook: true, collection: "acme", task, agent: "claude-code" },
    });

  // Sparse mode leaves the (undocumented) `jetty` block out of the chunks: the next test covers that.
  it.skipIf(SPARSE)(
    "runbook mode: run is set, and the final completion carries run and the jetty block",
    async () => {
      const stream = runbookStream("rb-stream");
      expect(stream.run).toBeUndefined();
      const final = await stream.finalChatCompletion();
      expect(stream.run?.trajectoryId).toMatch(/\w+/);
      expect(final.run).toEqual(stream.run);
      expect(final.jetty?.trajectory_id).toBe(stream.run?.trajectoryId);
      const trajectory = await jetty.trajectories.get("acme", "rb-stream", stream.run!.trajectoryId);
      expect(trajectory.trajectory_id).toBe(stream.run?.trajectoryId);
    },
  );

  it.runIf(SPARSE)(
    "runbook mode without the jetty block: the text arrives whole and run stays unknown",
    async () => {
      const stream = runbookStream("rb-sparse");
      const final = await stream.finalChatCompletion();
      expect(final.choices[0]?.message?.content).toMatch(/^Running agent: claude-code .*rb-sparse/);
      expect(final.choices[0]?.finish_reason).toBe("stop");
      expect(stream.run).toBeUndefined();
      expect(final.run).toBeUndefined();
    },
  );

  it("create({ stream: true }) returns the same helper: finalChatCompletion() works there too", async () => {
    const stream = await jetty.chat.completions.create({ model, messages, stream: true });
    expect(stream).toBeInstanceOf(ChatCompletionStream);
    expect(await stream.finalContent()).toContain("otters");
  });
});

describe("chat.completions.stream() against a hostile server", () => {
  const TOKEN = "mlc_helpertokenhelpertokenhelper77";
  const SECRET = 'se"cret\\value\n';
  let server: Loopback;
  let hostile: Jetty;
  beforeAll(async () => {
    server = await startLoopback();
    hostile = new Jetty({ baseURL: server.url, token: TOKEN, logLevel: "off", maxRetries: 0 });
  });
  afterAll(() => server.close());

  const runbookParams = {
    model: "m",
    messages: [{ role: "user", content: "go" }],
    jetty: { runbook: true, collection: "acme", task: "t", secret_params: { PASSWORD: SECRET } },
  };
  const base = { id: "c1", object: "chat.completion.chunk", created: 7, model: "m" };
  const event = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;

  function expectScrubbed(error: unknown): void {
    const view = `${String((error as Error).message)} ${inspect(error, { depth: 20 })}`;
    expect(view).not.toContain(TOKEN);
    expect(view).not.toContain(TOKEN.slice(4, 16));
    expect(view).not.toContain('se"cret');
    expect(view).not.toContain(JSON.stringify(SECRET).slice(1, -1));
  }

  it("an error event echoing the token and the secret params reaches the error listener scrubbed", async () => {
    server.next((req, res, body) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(event({ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "hi" } }] }));
      const echo = { auth: req.headers.authorization, secret: JSON.parse(body).jetty.secret_params };
      res.end(`event: error\ndata: ${JSON.stringify({ error: { message: JSON.stringify(echo) } })}\n\n`);
    });
    const seen: JettyError[] = [];
    const stream = hostile.chat.completions.stream(runbookParams).on("error", (e) => seen.push(e));
    const error = await rejectionOf(stream.finalChatCompletion());
    expect(error).toBeInstanceOf(StreamError);
    expect(seen).toEqual([error]);
    expectScrubbed(error);
  });

  it("a 500 whose body echoes the token and secret rejects scrubbed", async () => {
    server.next((req, res, body) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          detail: `${req.headers.authorization} ${JSON.parse(body).jetty.secret_params.PASSWORD}`,
        }),
      );
    });
    const error = await rejectionOf(hostile.chat.completions.stream(runbookParams).done());
    expect(error).toBeInstanceOf(JettyError);
    expectScrubbed(error);
  });

  it("a connection cut in the middle of an event is APIConnectionError", async () => {
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(event({ ...base, choices: [{ index: 0, delta: { content: "par" } }] }));
      res.write('data: {"id":"c1","choi');
      setImmediate(() => res.destroy());
    });
    const stream = hostile.chat.completions.stream({ model: "m", messages: runbookParams.messages });
    const error = await rejectionOf(stream.finalContent());
    expect(error).toBeInstanceOf(APIConnectionError);
  });

  it("accumulates several choices, tool-call arguments in pieces, a refusal, and the usage chunk", async () => {
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      const call = (args: string, extra: Record<string, unknown> = {}) => ({
        index: 0,
        ...extra,
        function: { ...(extra.function as object), arguments: args },
      });
      res.write(
        event({
          ...base,
          choices: [
            { index: 1, delta: { role: "assistant", content: "B" } },
            {
              index: 0,
              delta: {
                role: "assistant",
                tool_calls: [call('{"ci', { id: "call_1", type: "function", function: { name: "weather" } })],
              },
            },
          ],
        }),
      );
      res.write(event({ ...base, choices: [{ index: 0, delta: { tool_calls: [call('ty":"Oslo"}')] } }] }));
      res.write(event({ ...base, choices: [{ index: 1, delta: { content: "ye", refusal: "no" } }] }));
      res.write(
        event({
          ...base,
          choices: [
            { index: 0, delta: {}, finish_reason: "tool_calls" },
            { index: 1, delta: {}, finish_reason: "stop" },
          ],
        }),
      );
      res.write(
        event({ ...base, choices: [], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 } }),
      );
      res.end("data: [DONE]\n\n");
    });
    const final = await hostile.chat.completions
      .stream({ model: "m", messages: runbookParams.messages })
      .finalChatCompletion();
    expect(final.id).toBe("c1");
    expect(final.usage).toEqual({ prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 });
    expect(final.choices.map((c) => c.index)).toEqual([0, 1]);
    expect(final.choices[0]).toMatchObject({
      finish_reason: "tool_calls",
      message: {
        content: null,
        tool_calls: [
          { id: "call_1", type: "function", function: { name: "weather", arguments: '{"city":"Oslo"}' } },
        ],
      },
    });
    expect(final.choices[1]).toMatchObject({
      finish_reason: "stop",
      message: { content: "Bye", refusal: "no" },
    });
  });
});
