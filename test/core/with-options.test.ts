/**
 * jetty.withOptions: a new client with the same settings except those given, sharing nothing
 * mutable with the original.
 */
import { ConfigError, InvalidInputError, Jetty } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, type Loopback, startLoopback } from "../helpers/loopback";

let emulator: Emulator;
let server: Loopback;
beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme" }, { name: "beta" }],
    scopedTokens: { mlc_only_beta_token_0123456789abcdef: ["beta"] },
  });
  server = await startLoopback();
});
afterAll(async () => {
  await emulator.close();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.fallback = (_req, res) => json(res, 200, []);
});

describe("withOptions", () => {
  it("a subclass gets its own kind back, with the subclass's behaviour", async () => {
    class TenantClient extends Jetty {
      tenant(): string {
        return this.baseURL;
      }
    }
    const base = new TenantClient({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    const copy = base.withOptions({ timeout: 1_000 });
    expect(copy).toBeInstanceOf(TenantClient);
    expect((copy as TenantClient).tenant()).toBe(emulator.url);
    expect((await copy.collections.get("acme")).name).toBe("acme");
  });

  it("per tenant: the new token is used by the copy, the original keeps its own", async () => {
    const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    const tenant = jetty.withOptions({ token: "mlc_only_beta_token_0123456789abcdef" });
    expect(tenant).toBeInstanceOf(Jetty);
    expect(tenant).not.toBe(jetty);
    expect(tenant.baseURL).toBe(jetty.baseURL);
    await expect(tenant.collections.get("acme")).rejects.toMatchObject({ status: 403 });
    expect((await tenant.collections.get("beta")).name).toBe("beta");
    expect((await jetty.collections.get("acme")).name).toBe("acme");
    expect(jetty.redactedToken).toBe(`mlc_...${emulator.token.slice(-4)}`);
  });

  it("per timeout and retries: other settings (headers, base URL, token) are kept", async () => {
    const jetty = new Jetty({
      baseURL: server.url,
      token: "mlc_original_token_abcdefghijklmnop",
      defaultHeaders: { "x-team": "evals" },
      logLevel: "off",
      backoff: { baseDelay: 1, maxDelay: 2 },
    });
    const patient = jetty.withOptions({ maxRetries: 0 });
    server.next((_req, res) => json(res, 503, { detail: "busy" }));
    await expect(patient.collections.list()).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers["x-team"]).toBe("evals");
    expect(server.requests[0]!.headers.authorization).toBe("Bearer mlc_original_token_abcdefghijklmnop");
    // The original still retries (default maxRetries 2).
    server.requests.length = 0;
    server.next((_req, res) => json(res, 503, { detail: "busy" }));
    await jetty.collections.list();
    expect(server.requests).toHaveLength(2);
  });

  it("shares nothing mutable: later changes to the caller's headers or hook lists reach neither client", async () => {
    const headers: Record<string, string> = { "x-a": "1" };
    const calls: string[] = [];
    const hooks = { beforeRequest: [() => void calls.push("first")] };
    const jetty = new Jetty({
      baseURL: server.url,
      token: "mlc_t_0123456789abcdef",
      defaultHeaders: headers,
      hooks,
      logLevel: "off",
    });
    const copy = jetty.withOptions({ timeout: 5_000 });
    headers["x-a"] = "changed";
    hooks.beforeRequest.push(() => void calls.push("late"));
    await copy.collections.list();
    await jetty.collections.list();
    expect(server.requests.map((r) => r.headers["x-a"])).toEqual(["1", "1"]);
    expect(calls).toEqual(["first", "first"]);
    // A third generation, made after the mutation, still has the original settings.
    await copy.withOptions({}).collections.list();
    expect(server.requests[2]!.headers["x-a"]).toBe("1");
  });

  it("each client has its own token cache: a token function is called afresh by the copy", async () => {
    let n = 0;
    const token = () => `mlc_fn_token_${++n}_abcdefghijklmnop`;
    const jetty = new Jetty({ baseURL: server.url, token, logLevel: "off" });
    await jetty.collections.list();
    await jetty.collections.list();
    const copy = jetty.withOptions({ defaultHeaders: { "x-b": "2" } });
    await copy.collections.list();
    await jetty.collections.list();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer mlc_fn_token_1_abcdefghijklmnop",
      "Bearer mlc_fn_token_1_abcdefghijklmnop",
      "Bearer mlc_fn_token_2_abcdefghijklmnop",
      "Bearer mlc_fn_token_1_abcdefghijklmnop",
    ]);
    expect(server.requests[2]!.headers["x-b"]).toBe("2");
  });

  it("options given are checked like the constructor's", () => {
    const jetty = new Jetty({ baseURL: server.url, token: "mlc_t_0123456789abcdef", logLevel: "off" });
    expect(() => jetty.withOptions({ timeout: -1 })).toThrow(ConfigError);
    expect(() => jetty.withOptions({ baseUrl: "http://x" } as never)).toThrow(InvalidInputError);
    expect(() => jetty.withOptions({ maxRetires: 1 } as never)).toThrow('did you mean "maxRetries"');
  });
});
