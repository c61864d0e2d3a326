/**
 * The chat stream helper's `connect` event, `emitted()`, `currentChatCompletionSnapshot` and the
 * joining of streamed log probabilities, over real HTTP (the emulator, and a loopback server for
 * the chunks the emulator does not send).
 */
import { type ChatCompletion, type Jetty, JettyError, NotFoundError } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorWithClient } from "../helpers/emulator";
import { type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const messages = [{ role: "user", content: "Tell me about otters" }];
const model = "gpt-4o-mini";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({ collections: [{ name: "acme" }] }));
});
afterAll(() => emulator.close());

describe("connect", () => {
  it("fires once the response arrived, before the first chunk", async () => {
    const order: string[] = [];
    const stream = jetty.chat.completions
      .stream({ model, messages })
      .on("connect", () => order.push("connect"))
      .on("chunk", () => order.push("chunk"));
    await stream.done();
    expect(order[0]).toBe("connect");
    expect(order.filter((event) => event === "connect")).toHaveLength(1);
    expect(order.filter((event) => event === "chunk").length).toBeGreaterThan(1);
  });

  it("reaches a listener added after connecting (create({ stream: true }) resolves connected)", async () => {
    const stream = await jetty.chat.completions.create({ model, messages, stream: true });
    let connected = 0;
    stream.once("connect", () => connected++);
    await stream.done();
    expect(connected).toBe(1);
  });

  it("never fires when the request fails", async () => {
    let connected = false;
    const stream = jetty.chat.completions
      .stream({ model, messages, jetty: { runbook: true, collection: "nope", task: "t" } })
      .on("connect", () => {
        connected = true;
      });
    expect(await rejectionOf(stream.done())).toBeInstanceOf(NotFoundError);
    expect(connected).toBe(false);
  });
});

describe("emitted()", () => {
  it("resolves with the event's argument, or all of them", async () => {
    const stream = jetty.chat.completions.stream({ model, messages });
    const [content, final, end] = [
      stream.emitted("content"),
      stream.emitted("finalChatCompletion"),
      stream.emitted("end"),
    ];
    const [delta, snapshot] = await content;
    expect(typeof delta).toBe("string");
    expect(snapshot.startsWith(delta)).toBe(true);
    expect((await final).choices[0]?.message?.content).toEqual(expect.stringContaining(delta));
    await expect(end).resolves.toBeUndefined();
    // After the end, `end` has happened; anything else never will.
    await expect(stream.emitted("end")).resolves.toBeUndefined();
  });

  it("rejects with the stream's error when it fails first", async () => {
    const stream = jetty.chat.completions.stream({
      model,
      messages,
      jetty: { runbook: true, collection: "nope", task: "t" },
    });
    expect(await rejectionOf(stream.emitted("content"))).toBeInstanceOf(NotFoundError);
  });

  it("rejects with a JettyError naming the event when the stream ends without it", async () => {
    const stream = jetty.chat.completions.stream({ model, messages });
    await stream.done();
    const error = await rejectionOf(stream.emitted("content"));
    expect(error).toBeInstanceOf(JettyError);
    expect((error as Error).message).toMatch(/ended without a "content" event/);
  });
});

describe("currentChatCompletionSnapshot", () => {
  it("is undefined before the first chunk, then the completion so far", async () => {
    const stream = jetty.chat.completions.stream({ model, messages });
    expect(stream.currentChatCompletionSnapshot).toBeUndefined();
    const seen: string[] = [];
    stream.on("chunk", () => {
      const content = stream.currentChatCompletionSnapshot?.choices[0]?.message?.content;
      seen.push(typeof content === "string" ? content : "");
    });
    const final = await stream.finalChatCompletion();
    expect(seen.at(-1)).toBe(final.choices[0]?.message?.content);
    expect(seen.some((content, i) => i > 0 && content.length > (seen[i - 1] as string).length)).toBe(true);
    expect(stream.currentChatCompletionSnapshot).toBe(final);
  });
});

describe("log probabilities", () => {
  let server: Loopback;
  beforeAll(async () => {
    server = await startLoopback();
  });
  afterAll(() => server.close());

  it("joins each chunk's token entries in order instead of keeping the last", async () => {
    const token = (text: string) => ({ token: text, logprob: -0.1, bytes: null, top_logprobs: [] });
    const base = { id: "c1", object: "chat.completion.chunk", created: 7, model: "m" };
    const chunk = (content: string, extra: Record<string, unknown>) => ({
      ...base,
      choices: [{ index: 0, delta: { content }, finish_reason: null, ...extra }],
    });
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(
        `data: ${JSON.stringify(chunk("Hel", { logprobs: { content: [token("Hel")], refusal: null } }))}\n\n`,
      );
      res.write(
        `data: ${JSON.stringify(chunk("lo", { logprobs: { content: [token("lo")], refusal: null } }))}\n\n`,
      );
      res.write(`data: ${JSON.stringify(chunk("", { finish_reason: "stop" }))}\n\n`);
      res.end("data: [DONE]\n\n");
    });
    const client = jetty.withOptions({ baseURL: server.url, maxRetries: 0 });
    const final: ChatCompletion = await client.chat.completions
      .stream({ model: "m", messages })
      .finalChatCompletion();
    expect(final.choices[0]?.message?.content).toBe("Hello");
    expect(final.choices[0]?.logprobs).toEqual({ content: [token("Hel"), token("lo")], refusal: null });
    expect(final.choices[0]?.finish_reason).toBe("stop");
  });
});
