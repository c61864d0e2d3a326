import { inspect } from "node:util";
import {
  APIUserAbortError,
  InvalidInputError,
  type Jetty,
  RunFailedError,
  RunInProgressError,
  WaitTimeoutError,
} from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { WaitProgressEvent } from "../../src/helpers/wait";
import { RunHandle } from "../../src/resources/runs";
import type { Trajectory } from "../../src/resources/trajectories";
import { emulatorWithClient } from "../helpers/emulator";
import { SPARSE } from "../helpers/emulator-mode";

const echo = {
  init_params: { text: "default" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
/** Two steps; the second fails unless `init_params.text` is given. */
const twoStep = {
  step_configs: {
    greet: { activity: "text_echo", text: "hello" },
    shout: { activity: "text_echo", text_path: "init_params.text" },
  },
  steps: ["greet", "shout"],
};

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({
    collections: [{ name: "acme" }, { name: "my-org--evals" }],
    tasks: [
      { collection: "acme", name: "echo", workflow: echo },
      { collection: "acme", name: "two-step", workflow: twoStep },
      { collection: "my-org--evals", name: "grade--v2", workflow: echo },
    ],
    stepDuration: 20,
  }));
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

const runPosts = () =>
  emulator.requests.filter((r) => r.method === "POST" && r.path.startsWith("/api/v1/run"));

describe("runs.create", () => {
  it("POSTs multipart to /api/v1/run/{c}/{task} and returns a handle", async () => {
    const run = await jetty.runs.create("acme", "echo", {
      initParams: { text: "hi", n: [1, { deep: true }] },
    });
    const [request] = runPosts();
    expect(request).toMatchObject({ method: "POST", path: "/api/v1/run/acme/echo" });
    expect(request!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request!.body).toEqual({ init_params: JSON.stringify({ text: "hi", n: [1, { deep: true }] }) });
    expect(run).toBeInstanceOf(RunHandle);
    expect(run.collection).toBe("acme");
    expect(run.task).toBe("echo");
    expect(run.workflowId).toBe(`acme-echo--${run.trajectoryId}`);
    expect(run.trajectoryId).toMatch(/^[0-9a-f]{8}$/);
    expect(run.response.workflow_id).toBe(run.workflowId);
    if (!SPARSE) expect(run.response.message).toBe("started"); // Sparse mode leaves this out (not guaranteed by the evidence); the full mode fills it in.
    expect(run.trial).toBeUndefined();
    expect(run.trialNotice).toBeUndefined();
    const trajectory = await run.wait();
    expect(trajectory.init_params).toMatchObject({ text: "hi" });
  });

  it("sends init_params {} when none are given, and never use_trial_keys unless true", async () => {
    await jetty.runs.create("acme", "echo");
    await jetty.runs.create("acme", "echo", { useTrialKeys: false });
    expect(runPosts().map((r) => r.body)).toEqual([{ init_params: "{}" }, { init_params: "{}" }]);
  });

  it("encodes names with dashes and the trajectory id survives `--` in them", async () => {
    const run = await jetty.runs.create("my-org--evals", "grade--v2", { initParams: { text: "x" } });
    expect(runPosts()[0]!.path).toBe("/api/v1/run/my-org--evals/grade--v2");
    expect(run.workflowId).toBe(`my-org--evals-grade--v2--${run.trajectoryId}`);
    expect((await run.wait()).trajectory_id).toBe(run.trajectoryId);
  });

  it("uploads files as repeated `files` parts; they land in init_params.file_paths", async () => {
    const run = await jetty.runs.create("acme", "echo", {
      initParams: { text: "files" },
      files: [
        { data: new TextEncoder().encode("alpha"), filename: "a.txt", contentType: "text/plain" },
        new File(["bravo!"], "b.csv", { type: "text/csv" }),
      ],
    });
    expect(runPosts()[0]!.body).toMatchObject({
      init_params: JSON.stringify({ text: "files" }),
      files: [
        { field: "files", filename: "a.txt", size: 5 },
        { field: "files", filename: "b.csv", size: 6 },
      ],
    });
    const trajectory = await run.wait();
    expect(trajectory.init_params?.file_paths).toHaveLength(2);
    expect(trajectory.init_params?.file_paths?.[0]).toMatch(/^acme\/echo\/.+\/inputs\/a\.txt$/);
  });

  it("sends secret_params and webhook fields, and keeps the secret off the handle", async () => {
    const run = await jetty.runs.create("acme", "echo", {
      initParams: { text: "s" },
      secretParams: { API_TOKEN: "sekrit-value-123" },
      webhookUrl: "https://hooks.example.com/jetty",
      webhookSecret: "hmac-sekrit",
      subscriptionCredential: "codex",
    });
    expect(runPosts()[0]!.body).toEqual({
      init_params: JSON.stringify({ text: "s" }),
      secret_params: "[REDACTED]",
      webhook_url: "https://hooks.example.com/jetty",
      webhook_secret: "[REDACTED]",
      subscription_credential: "codex",
    });
    const shown = JSON.stringify(run) + inspect(run, { depth: 10 });
    expect(shown).not.toContain("sekrit");
    const trajectory = await run.wait();
    expect(JSON.stringify(trajectory)).not.toContain("sekrit");
    if (!SPARSE) expect(trajectory.webhook_url).toBe("https://hooks.example.com/jetty"); // Sparse mode leaves this out (not guaranteed by the evidence); the full mode fills it in.
  });

  it("gives the raw response through withResponse()", async () => {
    const { data, response } = await jetty.runs.create("acme", "echo").withResponse();
    expect(response.status).toBe(200);
    expect(data).toBeInstanceOf(RunHandle);
  });
});

describe("runs.createSync", () => {
  it("POSTs to /api/v1/run-sync/{c}/{task} and returns the response with the trajectory id", async () => {
    const result = await jetty.runs.createSync("acme", "echo", { initParams: { text: "sync" } });
    expect(runPosts()[0]).toMatchObject({
      path: "/api/v1/run-sync/acme/echo",
      body: { init_params: JSON.stringify({ text: "sync" }) },
    });
    // Sparse mode answers run-sync with a trajectory-like body (no workflow_id), as jetty-cli reads it.
    if (!SPARSE) expect(result.workflow_id).toBe(`acme-echo--${result.trajectoryId}`);
    expect(SPARSE ? result.status : result.message).toBe("completed");
  });

  it("turns a 524 into RunInProgressError carrying collection and task, without retrying", async () => {
    emulator.fault({ method: "POST", path: "/api/v1/run-sync/acme/echo", status: 524, body: "timeout" });
    const error = await jetty.runs.createSync("acme", "echo").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunInProgressError);
    expect(error).toMatchObject({ status: 524, collection: "acme", task: "echo" });
    expect(runPosts()).toHaveLength(1);
  });
});

describe("runs.wait", () => {
  it("polls GET /api/v1/db/trajectory/{c}/{task}/{id} and reports progress", async () => {
    const run = await jetty.runs.create("acme", "two-step", { initParams: { text: "x" } });
    const events: Array<WaitProgressEvent<Trajectory>> = [];
    const trajectory = await jetty.runs.wait("acme", "two-step", run.trajectoryId, {
      pollInterval: 5,
      maxPollInterval: 10,
      onProgress: (e) => events.push(e),
    });
    expect(trajectory.status).toBe("completed");
    expect(trajectory.completed_steps).toEqual(["greet", "shout"]);
    const gets = emulator.requests.filter((r) => r.method === "GET");
    // Besides the polls, one look at the task's recent runs tells the schedule when to expect the end.
    const history = gets.filter((g) => g.path === "/api/v1/db/trajectories/acme/two-step");
    expect(history.map((g) => g.query)).toEqual(["limit=5&page=1"]);
    const polls = gets.filter((g) => !history.includes(g));
    expect(polls.length).toBeGreaterThan(1);
    for (const g of polls) expect(g.path).toBe(`/api/v1/db/trajectory/acme/two-step/${run.trajectoryId}`);
    expect(events.at(-1)).toMatchObject({
      status: "completed",
      completedSteps: ["greet", "shout"],
      totalSteps: ["greet", "shout"],
    });
    expect(events.at(-1)!.trajectory).toEqual(trajectory);
    // Every change was reported once, in order, with growing elapsed time.
    const seen = events.map((e) => `${e.status}:${e.completedSteps.join(",")}`);
    expect(new Set(seen).size).toBe(seen.length);
    // Which intermediate states a poll lands on depends on the machine's load (the emulator's steps take
    // 20 ms of real time); whatever was seen comes in the run's own order and ends completed.
    const order = ["pending:", "running:", "running:greet", "completed:greet,shout"];
    expect(seen.map((s) => order.indexOf(s))).toEqual(
      [...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b),
    );
    expect(seen.every((s) => order.includes(s))).toBe(true);
    expect(seen.at(-1)).toBe("completed:greet,shout");
    expect(events.map((e) => e.elapsedMs)).toEqual([...events.map((e) => e.elapsedMs)].sort((a, b) => a - b));
  });

  it("throws RunFailedError with the failed step and its error", async () => {
    const run = await jetty.runs.create("acme", "two-step");
    const error = await run.wait({ pollInterval: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    const failure = error as RunFailedError;
    expect(failure.trajectoryId).toBe(run.trajectoryId);
    expect(failure.status).toBe("failed");
    expect(failure.failedStep).toBe("shout");
    expect(failure.stepError).toMatch(/init_params\.text.*not found/);
    expect((failure.trajectory as Trajectory).status).toBe("failed");
    expect(failure.message).toContain('step "shout"');
  });

  it("returns the failed trajectory with throwOnFailure: false", async () => {
    const run = await jetty.runs.create("acme", "two-step");
    const trajectory = await run.wait({ pollInterval: 5, throwOnFailure: false });
    expect(trajectory.status).toBe("failed");
  });

  it("throws WaitTimeoutError after the timeout; the run goes on", async () => {
    const run = await jetty.runs.create("acme", "echo");
    emulator.fault({
      method: "GET",
      path: `/api/v1/db/trajectory/acme/echo/${run.trajectoryId}`,
      delay: 2000,
    });
    // The poll in flight is delayed 2 s; a 200 ms timeout must end the wait without waiting it out.
    const error = await run.wait({ timeout: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).trajectoryId).toBe(run.trajectoryId);
  });

  it("aborts promptly through the signal, in flight or asleep", async () => {
    const run = await jetty.runs.create("acme", "echo");
    emulator.fault({
      method: "GET",
      path: `/api/v1/db/trajectory/acme/echo/${run.trajectoryId}`,
      delay: 5000,
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(run.wait({ signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);

    const asleep = new AbortController();
    const waiting = jetty.runs.wait("acme", "echo", run.trajectoryId, {
      signal: asleep.signal,
      pollInterval: 60_000,
    });
    setTimeout(() => asleep.abort(), 50);
    // The trajectory is already complete by now, so wait resolves at once unless it is still running;
    // either way it must settle promptly.
    const outcome = await Promise.race([
      waiting.then(
        () => "done",
        (e: unknown) => (e instanceof APIUserAbortError ? "aborted" : e),
      ),
      new Promise((r) => setTimeout(() => r("hung"), 1000)),
    ]);
    expect(["done", "aborted"]).toContain(outcome);
  });

  it("createAndWait launches and waits", async () => {
    const trajectory = await jetty.runs.createAndWait(
      "acme",
      "echo",
      { initParams: { text: "both" } },
      { pollInterval: 5 },
    );
    expect(trajectory.status).toBe("completed");
    expect(trajectory.steps?.echo?.outputs).toEqual({ text: "both" });
    expect(runPosts()).toHaveLength(1);
  });
});

describe("runs.logs", () => {
  it("GETs /api/v1/workflows-logs/{workflow_id} with the full workflow id", async () => {
    const run = await jetty.runs.create("acme", "two-step");
    await run.wait({ throwOnFailure: false, pollInterval: 5 });
    const logs = await jetty.runs.logs(run.workflowId);
    expect(emulator.requests.at(-1)).toMatchObject({
      method: "GET",
      path: `/api/v1/workflows-logs/${run.workflowId}`,
    });
    expect(logs.events?.some((e) => e.level === "error")).toBe(true);
  });
});

describe("bad input is refused before any request", () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const cases: Array<[string, () => unknown]> = [
    ["empty collection", () => jetty.runs.create("", "echo")],
    ["blank task", () => jetty.runs.create("acme", "  ")],
    ["non-string task", () => jetty.runs.create("acme", 7 as unknown as string)],
    ["function in initParams", () => jetty.runs.create("acme", "echo", { initParams: { f: () => 1 } })],
    ["BigInt in initParams", () => jetty.runs.create("acme", "echo", { initParams: { n: 10n } })],
    ["cycle in initParams", () => jetty.runs.create("acme", "echo", { initParams: cyclic })],
    [
      "array initParams",
      () => jetty.runs.create("acme", "echo", { initParams: [] as unknown as Record<string, unknown> }),
    ],
    [
      "non-boolean useTrialKeys",
      () => jetty.runs.create("acme", "echo", { useTrialKeys: "yes" as unknown as boolean }),
    ],
    ["bad webhookUrl", () => jetty.runs.create("acme", "echo", { webhookUrl: "not a url" })],
    [
      "files not an array",
      () => jetty.runs.create("acme", "echo", { files: "a.txt" as unknown as string[] }),
    ],
    ["createSync with a cycle", () => jetty.runs.createSync("acme", "echo", { initParams: cyclic })],
    ["wait with empty id", () => jetty.runs.wait("acme", "echo", "")],
    ["wait with a zero timeout", () => jetty.runs.wait("acme", "echo", "abc", { timeout: 0 })],
    ["logs with empty id", () => jetty.runs.logs("")],
    ["batch with concurrency 0", () => jetty.runs.batch("acme", "echo", [{}], { concurrency: 0 }).next()],
    ["batch without inputs", () => jetty.runs.batch("acme", "echo", undefined as unknown as []).next()],
    [
      "createAndWait with a bad pollInterval",
      () => jetty.runs.createAndWait("acme", "echo", {}, { pollInterval: -5 }),
    ],
  ];
  for (const [name, call] of cases) {
    it(name, async () => {
      // Promise methods reject; batch (a generator) rejects its first next(). Either way, nothing is sent.
      await expect(Promise.resolve().then(call)).rejects.toThrow(InvalidInputError);
      expect(emulator.requests).toHaveLength(0);
    });
  }

  it("never shows secret values in the error", async () => {
    const error = await jetty.runs
      .create("acme", "echo", { secretParams: { TOKEN: "sekrit-xyz", bad: () => 0 } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).param).toBe("secretParams.bad");
    expect(`${(error as Error).message}${(error as Error).stack}`).not.toContain("sekrit");
  });

  it("a missing local file is refused before the run is launched", async () => {
    await expect(
      jetty.runs.create("acme", "echo", { files: ["/nonexistent/nope.pdf"] }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(runPosts()).toHaveLength(0);
  });
});
