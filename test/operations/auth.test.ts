/**
 * Auth comes from each operation's `security` in api-schema.yaml: `getTask` is optional (public tasks
 * are readable without a token), the step-template catalogue needs none, everything else requires one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, ConfigError, Jetty } from "../../src/index";
import { type Emulator, startEmulator } from "../../src/testing/index";

const workflow = {
  init_params: { text: "hi" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

describe("auth from the operation table", () => {
  let emulator: Emulator;
  let anonymous: Jetty;
  beforeAll(async () => {
    emulator = await startEmulator({
      collections: [{ name: "demo" }],
      tasks: [
        { collection: "demo", name: "public", workflow, isPrivate: false },
        { collection: "demo", name: "private", workflow },
      ],
    });
    anonymous = new Jetty({ baseURL: emulator.url, tokenFile: "/nonexistent/jetty-token", logLevel: "off" });
  });
  afterAll(() => emulator.close());

  it("reads a public task without a token, and gets the server's 401 for a private one", async () => {
    emulator.clearRequests();
    await expect(anonymous.tasks.get("demo", "public")).resolves.toMatchObject({ name: "public" });
    await expect(anonymous.tasks.get("demo", "private")).rejects.toBeInstanceOf(AuthenticationError);
    expect(emulator.requests.map((r) => [r.operationId, r.headers.authorization])).toEqual([
      ["getTask", undefined],
      ["getTask", undefined],
    ]);
  });

  it("fails fast with ConfigError on an operation that requires a token, sending nothing", async () => {
    emulator.clearRequests();
    await expect(anonymous.tasks.list("demo")).rejects.toBeInstanceOf(ConfigError);
    await expect(anonymous.stepTemplates.get("text_echo")).resolves.toMatchObject({
      activity_name: "text_echo",
    });
    expect(emulator.requests.map((r) => r.operationId)).toEqual(["getStepTemplate"]);
  });

  it("sends the token to a public operation when one is configured", async () => {
    emulator.clearRequests();
    const jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
    await jetty.tasks.get("demo", "private");
    expect(emulator.requests[0]?.headers.authorization).toMatch(/^Bearer mlc_\.\.\./);
  });
});
