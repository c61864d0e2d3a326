/**
 * Issue 10 item 7: a path parameter equal to `.` or `..` (or an encoding of one) would be removed by
 * the URL parser as a dot segment and address another route (`routines.runNow(c, t, "..")` reaching
 * `POST /routines/c/run-now`). Every SDK method of every operation with path parameters must reject it
 * with InvalidInputError naming the parameter, through the promise, before anything is sent. The same
 * calls with ordinary values reach exactly the operation's path, so the rejection is not an accident.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, type OperationDescriptor, type OperationId } from "../../src/generated/operations";
import { InvalidInputError, Jetty } from "../../src/index";
import { type Loopback, respond, startLoopback } from "../helpers/loopback";
import { EXCLUDED } from "./exclusions";

type Values = (name: string) => string;
type Call = (jetty: Jetty, v: Values) => PromiseLike<unknown>;

const workflow = {
  init_params: { text: "hi" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
const label = { key: "k", value: "v", author: "me" };

/** Every SDK method that calls an operation with path parameters (several for some operations). */
const CALLS: Partial<Record<OperationId, Call[]>> = {
  getCollection: [(j, v) => j.collections.get(v("collection"))],
  getCollectionEnvironment: [(j, v) => j.environment.keys(v("collection"))],
  updateCollectionEnvironment: [
    (j, v) => j.environment.set(v("collection"), { KEY: "value" }),
    (j, v) => j.environment.remove(v("collection"), ["KEY"]),
  ],
  listTasks: [(j, v) => j.tasks.list(v("collection"))],
  createTask: [(j, v) => j.tasks.create(v("collection"), { name: "t", workflow })],
  searchTasks: [(j, v) => j.tasks.search(v("collection"), "q")],
  getTask: [(j, v) => j.tasks.get(v("collection"), v("task"))],
  updateTask: [(j, v) => j.tasks.update(v("collection"), v("task"), { description: "d" })],
  deleteTask: [(j, v) => j.tasks.delete(v("collection"), v("task"))],
  runTask: [(j, v) => j.runs.create(v("collection"), v("task"), { initParams: { a: 1 } })],
  runTaskSync: [(j, v) => j.runs.createSync(v("collection"), v("task"))],
  getTrialStatus: [(j, v) => j.trial.status(v("collection"))],
  activateTrial: [(j, v) => j.trial.activate(v("collection"))],
  listTrajectories: [(j, v) => j.trajectories.list(v("collection"), v("task"))],
  getTrajectory: [
    (j, v) => j.trajectories.get(v("collection"), v("task"), v("trajectory_id")),
    (j, v) => j.runs.wait(v("collection"), v("task"), v("trajectory_id")),
    (j, v) => j.trajectories.diagnose(v("collection"), v("task"), v("trajectory_id")),
  ],
  getTrajectoryStats: [(j, v) => j.trajectories.stats(v("collection"), v("task"))],
  getWorkflowLogs: [(j, v) => j.runs.logs(v("workflow_id"))],
  updateTrajectoryStatuses: [
    (j, v) => j.trajectories.setStatuses(v("collection"), v("task"), { aa7e4430: "archived" }),
    (j, v) => j.trajectories.cancel(v("collection"), v("task"), "aa7e4430"),
  ],
  addTrajectoryLabel: [
    (j, v) => j.trajectories.addLabel(v("collection"), v("task"), v("trajectory_id"), label),
  ],
  downloadTrajectory: [(j, v) => j.trajectories.download(v("collection"), v("task"), v("trajectory_id"))],
  ingestTrajectory: [(j, v) => j.trajectories.ingest(v("collection"), v("task"), { output: "x" })],
  downloadFile: [(j, v) => j.files.download(v("storage_path"))],
  getStepTemplate: [(j, v) => j.stepTemplates.get(v("activity_name"))],
  listDatasets: [(j, v) => j.datasets.list(v("collection"))],
  createDataset: [(j, v) => j.datasets.create(v("collection"), { name: "d" })],
  getDataset: [(j, v) => j.datasets.get(v("collection"), v("name"))],
  updateDataset: [(j, v) => j.datasets.update(v("collection"), v("name"), { format: "csv" })],
  deleteDataset: [(j, v) => j.datasets.delete(v("collection"), v("name"))],
  listModels: [(j, v) => j.models.list(v("collection"))],
  createModel: [(j, v) => j.models.create(v("collection"), { name: "m", model_path: "s3://b/m" })],
  getModel: [(j, v) => j.models.get(v("collection"), v("name"))],
  updateModel: [(j, v) => j.models.update(v("collection"), v("name"), { model_path: "s3://b/n" })],
  deleteModel: [(j, v) => j.models.delete(v("collection"), v("name"))],
  listRoutines: [(j, v) => j.routines.list(v("collection"))],
  listTaskRoutines: [(j, v) => j.routines.list(v("collection"), { task: v("task") })],
  createRoutine: [
    (j, v) => j.routines.create(v("collection"), v("task"), { name: "r", cadence: { type: "manual" } }),
  ],
  getRoutine: [(j, v) => j.routines.get(v("collection"), v("task"), v("name"))],
  updateRoutine: [(j, v) => j.routines.update(v("collection"), v("task"), v("name"), { paused: true })],
  deleteRoutine: [(j, v) => j.routines.delete(v("collection"), v("task"), v("name"))],
  pauseRoutine: [(j, v) => j.routines.pause(v("collection"), v("task"), v("name"))],
  resumeRoutine: [(j, v) => j.routines.resume(v("collection"), v("task"), v("name"))],
  runRoutineNow: [(j, v) => j.routines.runNow(v("collection"), v("task"), v("name"))],
  listRoutineRuns: [(j, v) => j.routines.runs(v("collection"), v("task"), v("name"))],
};

/** Ordinary values, by wire name. */
const GOOD: Record<string, string> = {
  collection: "acme",
  task: "triage",
  trajectory_id: "aa7e4430",
  workflow_id: "acme-triage--aa7e4430",
  storage_path: "acme/triage/0000/out.txt",
  activity_name: "text_echo",
  name: "nightly",
};

/** Dot segments, and text that percent-decodes (once or twice) to one. */
const DOTS = [".", "..", "%2e", "%2E%2e", ".%2E", "%2e.", "%252e%252e"];

const camel = (wire: string) => wire.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const withPathParams = OPERATIONS.filter((op) => op.pathParams.length > 0);

/** The value of `name` with `bad` injected: the whole value, or one segment of a storage path. */
function injected(op: OperationDescriptor, name: string, bad: string): string {
  const keeps = op.pathParams.find((p) => p.name === name)?.keepSlashes;
  return keeps ? `acme/${bad}/out.txt` : bad;
}

/** Starts the call and reports a synchronous throw as a failure: bad input must reject the promise. */
async function outcome(call: () => PromiseLike<unknown>): Promise<unknown> {
  let pending: PromiseLike<unknown>;
  try {
    pending = call();
  } catch (error) {
    return { threwSynchronously: error };
  }
  try {
    await pending;
    return { resolved: true };
  } catch (error) {
    return error;
  }
}

describe("path parameters that are dot segments", () => {
  let server: Loopback;
  let jetty: Jetty;
  beforeAll(async () => {
    server = await startLoopback(respond(404, { detail: "recorded" }));
    jetty = new Jetty({ baseURL: server.url, token: "mlc_pathinjection", maxRetries: 0, logLevel: "off" });
  });
  afterAll(() => server.close());

  it("has a call for every operation with path parameters that the SDK wraps", () => {
    const wrapped = withPathParams
      .map((op) => op.operationId)
      .filter((id) => !["sdk", "both"].includes(EXCLUDED[id]?.missing ?? ""));
    expect(Object.keys(CALLS).sort()).toEqual(wrapped.sort());
  });

  for (const op of withPathParams) {
    const calls = CALLS[op.operationId as OperationId];
    if (!calls) continue;
    for (const [index, call] of calls.entries()) {
      it(`${op.operationId} #${index + 1}: rejects each dot segment, sending nothing`, async () => {
        for (const param of op.pathParams) {
          for (const bad of DOTS) {
            server.requests.length = 0;
            const values: Values = (name) => (name === param.name ? injected(op, name, bad) : GOOD[name]!);
            const error = await outcome(() => call(jetty, values));
            expect(error, `${param.name} = ${JSON.stringify(bad)}`).toBeInstanceOf(InvalidInputError);
            expect((error as InvalidInputError).param).toBe(camel(param.name));
            expect(server.requests, `${param.name} = ${JSON.stringify(bad)} reached the server`).toEqual([]);
          }
        }
      });

      it(`${op.operationId} #${index + 1}: with ordinary values, reaches ${op.method} ${op.path}`, async () => {
        server.requests.length = 0;
        await outcome(() => call(jetty, (name) => GOOD[name]!));
        const expected = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
          op.pathParams.find((p) => p.name === name)?.keepSlashes
            ? GOOD[name]!
            : encodeURIComponent(GOOD[name]!),
        );
        expect(server.requests.length).toBeGreaterThan(0);
        const first = server.requests[0]!;
        expect(`${first.method} ${first.url.split("?")[0]}`).toBe(`${op.method} ${expected}`);
      });
    }
  }
});
