/**
 * runs.createSync on a 524 (the edge gave up, the run goes on): waits for the run when its
 * trajectory can be identified, else RunInProgressError; `onTimeout: "throw"` turns the fallback off.
 * The launch is never sent twice.
 */
import { InvalidInputError, Jetty, RunInProgressError } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../helpers/loopback";

const echo = {
  init_params: { text: "default" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
const tasks = ["echo", "fresh", "named", "busy", "mixed", "off"];
let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme" }],
    tasks: tasks.map((name) => ({ collection: "acme", name, workflow: echo })),
  });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

const syncPosts = () => emulator.requests.filter((r) => r.path.startsWith("/api/v1/run-sync/"));
const edgeTimeout = (task: string, extra: Record<string, unknown> = {}) =>
  emulator.fault({
    method: "POST",
    path: `/api/v1/run-sync/acme/${task}`,
    status: 524,
    body: "<html>A timeout occurred</html>",
    ...extra,
  });

describe("createSync after a 524", () => {
  it("waits for the run it launched (found by listing the task) and resolves with it", async () => {
    edgeTimeout("echo", { afterHandling: true });
    const { data, response } = await jetty.runs
      .createSync("acme", "echo", { initParams: { text: "mine" } })
      .withResponse();
    expect(data.edgeTimeout).toBe(true);
    expect(data.status).toBe("completed");
    expect(data.trajectoryId).toBe(data.trajectory_id);
    const trajectory = await jetty.trajectories.get("acme", "echo", data.trajectoryId!);
    expect(trajectory.init_params).toMatchObject({ text: "mine" });
    expect(syncPosts()).toHaveLength(1);
    // withResponse shows the poll that saw the end.
    expect(response.status).toBe(200);
    expect(response.url).toContain(`/api/v1/db/trajectory/acme/echo/${data.trajectoryId}`);
  });

  it('onTimeout: "throw" rejects with RunInProgressError at once, without listing or retrying', async () => {
    edgeTimeout("off", { afterHandling: true });
    const error = await rejectionOf(jetty.runs.createSync("acme", "off", { onTimeout: "throw" }));
    expect(error).toBeInstanceOf(RunInProgressError);
    expect(error).toMatchObject({ status: 524, collection: "acme", task: "off" });
    expect(syncPosts()).toHaveLength(1);
    expect(emulator.requests.filter((r) => r.method === "GET")).toHaveLength(0);
  });

  it("a 524 that names the trajectory (x-jetty-trajectory-id) is waited on directly", async () => {
    const earlier = await jetty.runs.create("acme", "named", { initParams: { text: "x" } });
    emulator.clearRequests();
    edgeTimeout("named", { headers: { "x-jetty-trajectory-id": earlier.trajectoryId } });
    const result = await jetty.runs.createSync("acme", "named", { initParams: { text: "y" } });
    expect(result).toMatchObject({ edgeTimeout: true, trajectoryId: earlier.trajectoryId });
    const lists = emulator.requests.filter((r) => r.method === "GET" && /\/trajectories\//.test(r.path));
    expect(lists).toHaveLength(0);
  });

  it("when no run of the task started since the launch, RunInProgressError stands", async () => {
    edgeTimeout("fresh"); // answered before anything ran: there is no trajectory to find
    const error = await rejectionOf(jetty.runs.createSync("acme", "fresh"));
    expect(error).toBeInstanceOf(RunInProgressError);
    expect(syncPosts()).toHaveLength(1);
  });

  it("two runs with the same inputs since the launch are ambiguous: RunInProgressError, not a guess", async () => {
    await jetty.runs.create("acme", "busy", { initParams: { text: "same" } });
    edgeTimeout("busy", { afterHandling: true });
    const error = await rejectionOf(jetty.runs.createSync("acme", "busy", { initParams: { text: "same" } }));
    expect(error).toBeInstanceOf(RunInProgressError);
  });

  it("a run of the same task with other inputs is not mistaken for it", async () => {
    const other = await jetty.runs.create("acme", "mixed", { initParams: { text: "someone else" } });
    edgeTimeout("mixed", { afterHandling: true });
    const result = await jetty.runs.createSync("acme", "mixed", { initParams: { text: "mine" } });
    expect(result.edgeTimeout).toBe(true);
    expect(result.trajectoryId).not.toBe(other.trajectoryId);
    const mine = await jetty.trajectories.get("acme", "mixed", result.trajectoryId!);
    expect(mine.init_params).toMatchObject({ text: "mine" });
  });

  it("without a 524 the answer is run-sync's own (edgeTimeout false)", async () => {
    const result = await jetty.runs.createSync("acme", "echo", { initParams: { text: "plain" } });
    expect(result.edgeTimeout).toBe(false);
    expect(result.trajectoryId).toBeTruthy();
  });

  it("bad onTimeout and waitOptions are refused before anything is sent", async () => {
    const bad = await rejectionOf(jetty.runs.createSync("acme", "echo", { onTimeout: "retry" } as never));
    expect(bad).toBeInstanceOf(InvalidInputError);
    expect(bad.param).toBe("params.onTimeout");
    const typo = await rejectionOf(
      jetty.runs.createSync("acme", "echo", { waitOptions: { timout: 5 } } as never),
    );
    expect(typo.message).toContain('did you mean "timeout"');
    expect(syncPosts()).toHaveLength(0);
  });
});
