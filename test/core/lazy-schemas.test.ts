/**
 * The generated schemas (and zod with them) load with the first call that validates, not when the
 * SDK is imported: a program that only imports it, or calls helpers, never builds a schema.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { json, startLoopback } from "../helpers/loopback";

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("zod/mini", async (importOriginal) => {
  loads.count++;
  return await importOriginal<typeof import("zod/mini")>();
});

const server = await startLoopback();
afterAll(() => server.close());

describe("the generated schemas load lazily", () => {
  it("not on import nor on construction; once, with the first validated answer, which they still check", async () => {
    const { Jetty, ResponseValidationError, SETTABLE_STATUSES, parseWorkflowId } = await import("@jetty/sdk");
    const jetty = new Jetty({ token: "mlc_lazy", baseURL: server.url, maxRetries: 0 });
    expect(parseWorkflowId("acme-echo--0a1b").trajectoryId).toBe("0a1b");
    expect(SETTABLE_STATUSES).toContain("archived");
    expect(loads.count).toBe(0);

    server.next((_req, res) => json(res, 200, [{ name: "acme", extra: 1 }]));
    expect(await jetty.collections.list()).toEqual([{ name: "acme", extra: 1 }]);
    expect(loads.count).toBe(1);

    // Loaded once: the next answer is checked by the same schemas, and a wrong shape still fails.
    server.next((_req, res) => json(res, 200, [{ name: 42 }]));
    await expect(jetty.collections.list()).rejects.toBeInstanceOf(ResponseValidationError);
    expect(loads.count).toBe(1);
  });
});
