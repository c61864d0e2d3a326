/**
 * A failed step may echo the token or the run's own secret params (a provider error quoting its
 * key). `RunFailedError` (message, `stepError`, `failedStep`, `trajectory`) and
 * `WaitTimeoutError.trajectory` must not carry them. Against a server that does exactly that.
 */
import { inspect } from "node:util";
import { Jetty, RunFailedError, WaitTimeoutError } from "@jetty/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, type Loopback, rejectionOf, startLoopback } from "../helpers/loopback";

const TOKEN = "mlc_runerrorsrunerrorsrunerrorsrune5";
const SECRET = 'sk-run-"secret"\\value-0042';

let server: Loopback;
let jetty: Jetty;
/** What the trajectory GET answers; each test sets it. */
let trajectory: (auth: string) => Record<string, unknown>;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    const url = req.url ?? "";
    const auth = req.headers.authorization ?? "";
    if (url.startsWith("/api/v1/run/")) return json(res, 200, { workflow_id: "acme-t--aa7e4430" });
    if (url.startsWith("/api/v1/db/trajectory/")) return json(res, 200, trajectory(auth));
    if (url.endsWith("/environment")) return json(res, 200, { name: "acme", environment_variables: null });
    if (url.startsWith("/api/v1/trial/")) return json(res, 200, { active: false });
    if (url.startsWith("/v1/chat/completions")) {
      return json(res, 200, {
        id: "c",
        object: "chat.completion",
        created: 1,
        model: "m",
        choices: [],
        jetty: { trajectory_id: "aa7e4430", collection: "acme", task: "t" },
      });
    }
    return json(res, 404, { detail: "Not Found" });
  });
  jetty = new Jetty({ baseURL: server.url, token: TOKEN, logLevel: "off" });
});
afterAll(() => server.close());

/** A trajectory whose failed step, status and outputs quote the credentials the server saw. */
const failedEcho = (status: string) => (auth: string) => ({
  trajectory_id: "aa7e4430",
  status,
  error: `run failed: ${auth}`,
  total_steps: ["call", `leak ${SECRET}`],
  completed_steps: [],
  init_params: { note: `uses ${SECRET}` },
  steps: {
    call: {
      status: "failed",
      error: `401 from provider: invalid key ${SECRET} (sent with ${auth})`,
      outputs: { [`key ${SECRET}`]: SECRET },
    },
  },
});

function expectClean(error: unknown): void {
  const e = error as Record<string, unknown>;
  const views = [
    String(e.message),
    String(e.stack),
    String(e.stepError),
    String(e.failedStep),
    String(e.status),
    String(e.lastStatus),
    JSON.stringify(e.trajectory),
    inspect(error, { depth: 30 }),
  ];
  for (const view of views) {
    expect(view).not.toContain(TOKEN);
    expect(view).not.toContain(TOKEN.slice(8, 24));
    expect(view).not.toContain(SECRET);
    expect(view).not.toContain(JSON.stringify(SECRET).slice(1, -1));
  }
}

describe("run errors carry no secrets", () => {
  it("RunFailedError from RunHandle.wait(): the token and the run's secretParams are scrubbed", async () => {
    trajectory = failedEcho("failed");
    const run = await jetty.runs.create("acme", "t", { secretParams: { PROVIDER_KEY: SECRET } });
    const error = await rejectionOf(run.wait({ pollInterval: 1 }));
    expect(error).toBeInstanceOf(RunFailedError);
    expect(error.failedStep).toBe("call");
    expect(error.stepError).toBe("401 from provider: invalid key [redacted] (sent with Bearer mlc_...une5)");
    expect(error.message).toContain('at step "call": 401 from provider: invalid key [redacted]');
    expect(error.trajectory.steps.call.outputs).toEqual({ "key [redacted]": "[redacted]" });
    expectClean(error);
  });

  it("RunFailedError from runs.createAndWait()", async () => {
    trajectory = failedEcho("failed");
    const error = await rejectionOf(
      jetty.runs.createAndWait("acme", "t", { secretParams: { K: SECRET } }, { pollInterval: 1 }),
    );
    expect(error).toBeInstanceOf(RunFailedError);
    expectClean(error);
  });

  it("RunFailedError from runs.wait() (no secretParams known): the token is scrubbed", async () => {
    trajectory = (auth) => ({ trajectory_id: "aa7e4430", status: "failed", error: `denied for ${auth}` });
    const error = await rejectionOf(jetty.runs.wait("acme", "t", "aa7e4430", { pollInterval: 1 }));
    expect(error).toBeInstanceOf(RunFailedError);
    expect(error.stepError).toBe("denied for Bearer mlc_...une5");
    expectClean(error);
  });

  it("WaitTimeoutError.trajectory and lastStatus", async () => {
    trajectory = failedEcho(`running ${SECRET}`);
    const run = await jetty.runs.create("acme", "t", { secretParams: { K: SECRET } });
    const error = await rejectionOf(run.wait({ timeout: 100, pollInterval: 10 }));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.lastStatus).toBe("running [redacted]");
    expectClean(error);
  });

  it("runbooks.run(..., { wait: true }): the runbook's secretParams are scrubbed", async () => {
    trajectory = failedEcho("failed");
    const runbook = '---\nversion: "1"\nsecrets:\n  K:\n    required: true\n---\nUse {{secrets.K}}';
    const error = await rejectionOf(
      jetty.runbooks.run(runbook, {
        collection: "acme",
        task: "t",
        secretParams: { K: SECRET },
        wait: { pollInterval: 1 },
      }),
    );
    expect(error).toBeInstanceOf(RunFailedError);
    expectClean(error);
  });
});
