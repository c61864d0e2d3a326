import { InvalidInputError, type Jetty } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorWithClient } from "../helpers/emulator";
import { SPARSE } from "../helpers/emulator-mode";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({ collections: [{ name: "acme" }] }));
});
afterAll(() => emulator.close());

describe("trajectories.ingest", () => {
  it("POSTs the payload to /api/v1/trajectories/{c}/{task}/ingest and returns the new trajectory", async () => {
    const payload = {
      input: { question: "2+2?" },
      output: "4",
      scores: { correct: 1 },
      labels: { model: "m1" },
      cost_usd: 0.002,
      author: "ci@example.com",
    };
    const result = await jetty.trajectories.ingest("acme", "evals", payload);
    const request = emulator.requests.at(-1)!;
    expect(request).toMatchObject({
      method: "POST",
      path: "/api/v1/trajectories/acme/evals/ingest",
      body: payload,
    });
    expect(result.trajectory_id).toBeTruthy();
    if (!SPARSE) expect(result.status).toBe("completed"); // Sparse mode leaves this out (not guaranteed by the evidence); the full mode fills it in.
    const labels = Object.fromEntries((result.labels ?? []).map((l) => [l.key, String(l.value)]));
    expect(labels).toMatchObject({ "score.correct": "1", model: "m1", cost_est_usd: "0.002" });

    const stored = await jetty.trajectories.get("acme", "evals", result.trajectory_id);
    expect(stored.trajectory_id).toBe(result.trajectory_id);
  });

  it("is idempotent for a given trajectory_id", async () => {
    const first = await jetty.trajectories.ingest("acme", "evals", { trajectory_id: "case-1", output: "a" });
    const second = await jetty.trajectories.ingest("acme", "evals", { trajectory_id: "case-1", output: "b" });
    expect(second.trajectory_id).toBe(first.trajectory_id);
    const page = await jetty.trajectories.list("acme", "evals", { limit: 50 });
    expect(page.trajectories.filter((t) => t.trajectory_id === "case-1")).toHaveLength(1);
  });

  it("refuses a payload JSON cannot carry, before sending", async () => {
    const before = emulator.requests.length;
    await expect(jetty.trajectories.ingest("acme", "evals", { output: 10n } as never)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(emulator.requests.length).toBe(before);
  });
});
