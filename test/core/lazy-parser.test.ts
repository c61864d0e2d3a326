/**
 * eventsource-parser is loaded when the first stream is read, not when the SDK is imported: a
 * program that never streams never pays for it.
 */
import { describe, expect, it, vi } from "vitest";

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("eventsource-parser", async (importOriginal) => {
  loads.count++;
  return await importOriginal<typeof import("eventsource-parser")>();
});

describe("eventsource-parser loads lazily", () => {
  it("not on import of the SDK; once, on the first read of the first stream", async () => {
    const { Stream } = await import("@jetty/sdk");
    expect(loads.count).toBe(0);
    const body = () =>
      new Response('data: {"n":1}\n\ndata: [DONE]\n\n', { headers: { "content-type": "text/event-stream" } });
    const stream = Stream.fromSSEResponse(body(), new AbortController());
    expect(loads.count).toBe(0);
    const items: unknown[] = [];
    for await (const item of stream) items.push(item);
    expect(items).toEqual([{ n: 1 }]);
    expect(loads.count).toBe(1);
    for await (const _ of Stream.fromSSEResponse(body(), new AbortController())) {
    }
    expect(loads.count).toBe(1);
  });
});
