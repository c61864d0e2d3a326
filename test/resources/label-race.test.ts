/**
 * The platform's label race (jetty-api.md §2.6): a label written right after a run completes can be
 * overwritten by the engine's final write. The emulator reproduces it with `labelRaceMs`; the SDK's
 * `addLabel(..., { verify })` reads back and writes again until the label sticks.
 */

import { InvalidInputError, type Jetty, JettyError } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ECHO_WORKFLOW, emulatorWithClient } from "../helpers/emulator";

const echo = ECHO_WORKFLOW;
let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({
    collections: [{ name: "acme" }],
    tasks: [{ collection: "acme", name: "echo", workflow: echo }],
    // Wide enough that a label written as soon as wait() returns lands before the final write.
    labelRaceMs: 500,
  }));
});
afterAll(() => emulator.close());

const finished = async () => {
  const run = await jetty.runs.create("acme", "echo");
  await run.wait({ pollInterval: 10 });
  return run.trajectoryId;
};
const labelsOf = async (id: string) =>
  (await jetty.trajectories.get("acme", "echo", id)).labels?.map((l) => `${l.key}=${l.value}`);
const label = { key: "reviewed", value: "yes", author: "me@example.com" };

describe("label race", () => {
  it("without verify, a label written right after completion is lost although the POST succeeded", async () => {
    const id = await finished();
    await expect(jetty.trajectories.addLabel("acme", "echo", id, label)).resolves.toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await labelsOf(id)).not.toContain("reviewed=yes");
  });

  it("with verify, the label is read back and written again until it sticks", async () => {
    const id = await finished();
    const posts = () =>
      emulator.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/${id}/labels`)).length;
    await jetty.trajectories.addLabel("acme", "echo", id, label, { verify: { delay: 600, attempts: 3 } });
    expect(await labelsOf(id)).toContain("reviewed=yes");
    expect(posts()).toBe(2);
  });

  it("with verify on a settled trajectory, one write is enough", async () => {
    const id = await finished();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const before = emulator.requests.length;
    await jetty.trajectories.addLabel("acme", "echo", id, label, { verify: { delay: 10 } });
    const sent = emulator.requests.slice(before).map((r) => r.method);
    expect(sent).toEqual(["POST", "GET"]);
  });

  it("gives up with JettyError when the label never sticks, and refuses bad verify options", async () => {
    const id = await finished();
    // One check, made after the final write has dropped the label, with no attempt left to re-write it.
    const error = await jetty.trajectories
      .addLabel("acme", "echo", id, label, { verify: { delay: 600, attempts: 1 } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(JettyError);
    expect((error as Error).message).toMatch(/did not persist/);
    await expect(
      jetty.trajectories.addLabel("acme", "echo", id, label, { verify: { attempts: 0 } }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});
