/**
 * Every method reports bad input the same way: it returns a promise that rejects with a typed
 * InvalidInputError (never a synchronous throw), and nothing is sent.
 */

import { InvalidInputError, type Jetty } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorWithClient } from "../helpers/emulator";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({ collections: [{ name: "acme" }] }));
});
afterAll(() => emulator.close());

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;

const CASES: Array<[string, string, () => PromiseLike<unknown>]> = [
  ["collections.get", "collection", () => jetty.collections.get("")],
  ["collections.create", "name", () => jetty.collections.create({ name: " " })],
  ["environment.keys", "collection", () => jetty.environment.keys(42 as unknown as string)],
  ["environment.set", "vars.K", () => jetty.environment.set("acme", { K: 1 as unknown as string })],
  ["environment.remove", "names", () => jetty.environment.remove("acme", [])],
  ["tasks.get", "task", () => jetty.tasks.get("acme", "")],
  ["tasks.search", "query", () => jetty.tasks.search("acme", undefined as unknown as string)],
  ["tasks.create", "workflow", () => jetty.tasks.create("acme", { name: "t", workflow: null as never })],
  ["tasks.update", "params", () => jetty.tasks.update("acme", "t", {})],
  ["tasks.delete", "collection", () => jetty.tasks.delete("", "t")],
  [
    "runs.create (function)",
    "initParams",
    () => jetty.runs.create("acme", "t", { initParams: { f: () => 1 } }),
  ],
  ["runs.create (BigInt)", "initParams", () => jetty.runs.create("acme", "t", { initParams: { n: 1n } })],
  ["runs.create (cycle)", "initParams", () => jetty.runs.create("acme", "t", { initParams: cyclic })],
  ["runs.createSync", "task", () => jetty.runs.createSync("acme", "")],
  ["runs.wait", "trajectoryId", () => jetty.runs.wait("acme", "t", "")],
  ["runs.createAndWait", "collection", () => jetty.runs.createAndWait("", "t")],
  ["runs.logs", "workflowId", () => jetty.runs.logs("")],
  ["trajectories.get", "trajectoryId", () => jetty.trajectories.get("acme", "t", "")],
  ["trajectories.list", "task", () => jetty.trajectories.list("acme", "")],
  [
    "trajectories.setStatuses (unknown)",
    "statuses",
    () => jetty.trajectories.setStatuses("acme", "t", { a: "running" as never }),
  ],
  ["trajectories.cancel", "trajectoryId", () => jetty.trajectories.cancel("acme", "t", "")],
  [
    "trajectories.addLabel",
    "author",
    () => jetty.trajectories.addLabel("acme", "t", "a", { key: "k", value: "v" } as never),
  ],
  ["trajectories.stats", "collection", () => jetty.trajectories.stats("", "t")],
  ["trajectories.download", "trajectoryId", () => jetty.trajectories.download("acme", "t", "")],
  ["trajectories.diagnose", "trajectoryId", () => jetty.trajectories.diagnose("acme", "t", "")],
  ["files.download (file id)", "storagePath", () => jetty.files.download("file-abc123" as string)],
  ["files.upload (none)", "inputs", () => jetty.files.upload([])],
  ["chat.completions.create", "messages", () => jetty.chat.completions.create({ model: "m", messages: [] })],
  ["stepTemplates.get", "activityName", () => jetty.stepTemplates.get("")],
  ["datasets.get", "name", () => jetty.datasets.get("acme", "")],
  ["models.create", "name", () => jetty.models.create("acme", { name: "", model_path: "p" })],
  [
    "routines.create",
    "cadence.type",
    () => jetty.routines.create("acme", "t", { name: "r", cadence: { type: "yearly" } as never }),
  ],
  ["routines.pause", "name", () => jetty.routines.pause("acme", "t", "")],
  ["routines.resume", "task", () => jetty.routines.resume("acme", "", "r")],
  ["trial.status", "collection", () => jetty.trial.status("")],
  ["trial.shouldUseTrialKeys", "collection", () => jetty.trial.shouldUseTrialKeys("")],
  ["runbooks.preflight", "collection", () => jetty.runbooks.preflight("", '---\nversion: "1"\n---\nx')],
];

describe("bad input", () => {
  for (const [name, param, call] of CASES) {
    it(`${name}: rejects with InvalidInputError naming ${param}, sends nothing`, async () => {
      const before = emulator.requests.length;
      let pending: PromiseLike<unknown> | undefined;
      expect(() => {
        pending = call();
      }).not.toThrow();
      const error = await Promise.resolve(pending).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).param).toContain(param);
      expect(emulator.requests.length).toBe(before);
    });
  }
});
