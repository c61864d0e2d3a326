/**
 * `runs.batch` reports bad arguments like every other method: the call itself never throws; the
 * iterator's first `next()` rejects with `InvalidInputError`, and nothing is sent.
 */
import { InvalidInputError, type Jetty } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorWithClient } from "../helpers/emulator";
import { rejectionOf } from "../helpers/loopback";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({ collections: [{ name: "acme" }] }));
});
afterAll(() => emulator.close());

const CASES: Array<[string, string, () => AsyncGenerator<unknown>]> = [
  ["an empty collection", "collection", () => jetty.runs.batch("", "t", [{}])],
  ["a blank task", "task", () => jetty.runs.batch("acme", "  ", [{}])],
  ["inputs that are not iterable", "inputs", () => jetty.runs.batch("acme", "t", null as never)],
  ["params that are not an object", "params", () => jetty.runs.batch("acme", "t", [{}], 5 as never)],
  ["a concurrency of 0", "concurrency", () => jetty.runs.batch("acme", "t", [{}], { concurrency: 0 })],
  [
    "bad wait options",
    "waitOptions.timeout",
    () => jetty.runs.batch("acme", "t", [{}], { waitOptions: { timeout: -1 } }),
  ],
];

describe("runs.batch with bad arguments", () => {
  for (const [label, param, call] of CASES) {
    it(`${label}: the call returns; the first next() rejects with InvalidInputError(${param})`, async () => {
      const before = emulator.requests.length;
      let iterator: AsyncGenerator<unknown> | undefined;
      expect(() => {
        iterator = call();
      }).not.toThrow();
      const error = await rejectionOf(iterator!.next());
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.param).toBe(param);
      // The generator is finished, and nothing reached the server.
      expect(await iterator!.next()).toEqual({ done: true, value: undefined });
      expect(emulator.requests.length).toBe(before);
    });
  }

  it("for await reports it as a rejection of the loop", async () => {
    const error = await rejectionOf(
      (async () => {
        for await (const _ of jetty.runs.batch("", "t", [{}])) {
        }
      })(),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
  });
});
