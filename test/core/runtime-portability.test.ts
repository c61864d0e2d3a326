/**
 * What lets the main entry run outside Node (workers, edge runtimes), checked in Node. The workerd
 * entry of the ecosystem matrix (scripts/ecosystem.mjs) proves the same in the real runtime.
 */
import { Jetty } from "@jetty/sdk";
import { startEmulator } from "@jetty/sdk/testing";
import { describe, expect, it } from "vitest";

describe("runtime portability", () => {
  it("calls fetch as a plain function: workerd's fetch refuses to be called as a method", async () => {
    const emulator = await startEmulator();
    try {
      const receivers: unknown[] = [];
      // Like workerd's fetch: "Illegal invocation" unless called with no receiver.
      const strictFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        receivers.push(this);
        if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
        return fetch(input, init);
      };
      const jetty = new Jetty({
        baseURL: emulator.url,
        token: emulator.token,
        fetch: strictFetch,
        maxRetries: 0,
      });
      await jetty.collections.create({ name: "portable" });
      expect((await jetty.collections.list()).map((c) => c.name)).toContain("portable");
      expect(receivers.length).toBeGreaterThanOrEqual(2);
      expect(receivers.every((r) => r === undefined)).toBe(true);
    } finally {
      await emulator.close();
    }
  });
});
