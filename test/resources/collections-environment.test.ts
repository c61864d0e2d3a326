import { BadRequestError, InvalidInputError, Jetty, NotFoundError, PermissionDeniedError } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorWithClient } from "../helpers/emulator";
import { SPARSE } from "../helpers/emulator-mode";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({
    collections: [
      { name: "acme", description: "Acme evals", environment: { OPENAI_API_KEY: "sk-secret-value-1" } },
    ],
    scopedTokens: { mlc_scopedscopedscopedscopedscoped01: ["acme"] },
  }));
});
afterAll(() => emulator.close());

const last = () => emulator.requests[emulator.requests.length - 1]!;

describe("collections", () => {
  it("create → POST /api/v1/collections/ with the JSON body; get and list read it back", async () => {
    const created = await jetty.collections.create({ name: "evals", description: "Nightly" });
    expect(last()).toMatchObject({
      method: "POST",
      path: "/api/v1/collections/",
      body: { name: "evals", description: "Nightly" },
    });
    expect(created).toMatchObject({ name: "evals", description: "Nightly" });
    if (!SPARSE) expect(typeof created.id).toBe("number"); // Sparse mode leaves this out (not guaranteed by the evidence); the full mode fills it in.

    const one = await jetty.collections.get("evals");
    expect(last()).toMatchObject({ method: "GET", path: "/api/v1/collections/evals" });
    expect(one.name).toBe("evals");

    const all = await jetty.collections.list();
    expect(last().path).toBe("/api/v1/collections/");
    expect(all.map((c) => c.name)).toEqual(expect.arrayContaining(["acme", "evals"]));
  });

  it("a duplicate name (any case) is a BadRequestError; an unknown one NotFoundError", async () => {
    await expect(jetty.collections.create({ name: "ACME" })).rejects.toBeInstanceOf(BadRequestError);
    await expect(jetty.collections.get("nope")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a collection-scoped key sees only its collection and gets 403 elsewhere", async () => {
    const scoped = new Jetty({
      baseURL: emulator.url,
      token: "mlc_scopedscopedscopedscopedscoped01",
      logLevel: "off",
    });
    expect((await scoped.collections.list()).map((c) => c.name)).toEqual(["acme"]);
    await expect(scoped.collections.get("evals")).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it("rejects bad names before sending anything", async () => {
    const before = emulator.requests.length;
    await expect(jetty.collections.get("")).rejects.toThrow(InvalidInputError);
    await expect(jetty.collections.get(42 as unknown as string)).rejects.toThrow(/collection/);
    await expect(jetty.collections.create({ name: "  " })).rejects.toThrow(InvalidInputError);
    expect(emulator.requests.length).toBe(before);
  });

  it("encodes names as one path segment", async () => {
    await jetty.collections.get("a/b?c").catch(() => {});
    expect(last().path).toBe("/api/v1/collections/a%2Fb%3Fc");
  });
});

describe("environment", () => {
  it("keys() reads names from environment_variables, never values or top-level keys", async () => {
    const keys = await jetty.environment.keys("acme");
    expect(last()).toMatchObject({ method: "GET", path: "/api/v1/collections/acme/environment" });
    expect(keys).toEqual(["OPENAI_API_KEY"]);
    expect(JSON.stringify(keys)).not.toContain("sk-secret");
  });

  it("keys() of a collection with no variables (null) is empty", async () => {
    await jetty.collections.create({ name: "empty-env" });
    expect(await jetty.environment.keys("empty-env")).toEqual([]);
  });

  it("set() merges: PATCH with environment_variables, other keys kept", async () => {
    const names = await jetty.environment.set("acme", { GITHUB_PAT: "ghp_value" });
    expect(last()).toMatchObject({
      method: "PATCH",
      path: "/api/v1/collections/acme/environment",
    });
    expect(names.sort()).toEqual(["GITHUB_PAT", "OPENAI_API_KEY"]);
  });

  it("remove() sends null values and the names disappear", async () => {
    const names = await jetty.environment.remove("acme", ["GITHUB_PAT"]);
    expect(emulator.requests[emulator.requests.length - 1]?.body).toEqual({
      environment_variables: { GITHUB_PAT: null },
    });
    expect(names).toEqual(["OPENAI_API_KEY"]);
    expect(await jetty.environment.keys("acme")).toEqual(["OPENAI_API_KEY"]);
  });

  it("rejects non-string values and empty input before sending, without echoing the value", async () => {
    await expect(jetty.environment.set("acme", { KEY: 123 as unknown as string })).rejects.toThrow(
      /vars\.KEY: values must be strings/,
    );
    await expect(jetty.environment.set("acme", {})).rejects.toThrow(InvalidInputError);
    await expect(jetty.environment.remove("acme", [])).rejects.toThrow(InvalidInputError);
  });
});
