import { Jetty } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme" }],
    tasks: [
      {
        collection: "acme",
        name: "echo",
        workflow: {
          init_params: { text: "hi" },
          step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
          steps: ["echo"],
        },
      },
    ],
    pendingDuration: 300,
    stepDuration: 300,
  });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
});
afterAll(() => emulator.close());

describe("pendingDuration", () => {
  it("keeps a new run queued in pending, so waits report pending → running → completed", async () => {
    const statuses: string[] = [];
    const run = await jetty.runs.create("acme", "echo");
    const trajectory = await run.wait({
      pollInterval: 20,
      maxPollInterval: 20,
      onProgress: (p) => statuses.push(p.status),
    });
    expect(trajectory.status).toBe("completed");
    expect(statuses).toEqual(["pending", "running", "completed"]);
  });

  it("refuses a negative duration", async () => {
    await expect(startEmulator({ pendingDuration: -1 })).rejects.toThrow(/pendingDuration/);
  });
});
