/**
 * Mistakes are caught, not ignored: the option objects the SDK interprets reject unknown keys,
 * naming the nearest valid one; request options among params say where they go; wire objects
 * (init params, workflow documents, chat params) pass through untouched.
 */
import { InvalidInputError, Jetty } from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ECHO_WORKFLOW, emulatorWithClient } from "../helpers/emulator";
import { rejectionOf } from "../helpers/loopback";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({
    collections: [{ name: "acme" }],
    tasks: [{ collection: "acme", name: "echo", workflow: ECHO_WORKFLOW }],
  }));
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

const runPosts = () => emulator.requests.filter((r) => r.path.startsWith("/api/v1/run"));

async function invalid(promise: PromiseLike<unknown>, param: string, text: string | RegExp) {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(error.param).toBe(param);
  expect(error.message).toMatch(text);
}

describe("RunParams", () => {
  it("init_params, initparams and InitParams are refused with did you mean initParams, nothing launched", async () => {
    for (const key of ["init_params", "initparams", "InitParams", "initParam"]) {
      await invalid(
        jetty.runs.create("acme", "echo", { [key]: { text: "hi" } } as never),
        `params.${key}`,
        'did you mean "initParams"',
      );
    }
    await invalid(
      jetty.runs.createSync("acme", "echo", { use_trial_keys: true } as never),
      "params.use_trial_keys",
      'did you mean "useTrialKeys"',
    );
    expect(runPosts()).toHaveLength(0);
  });

  it("the init params themselves passed as params are refused, saying where they go", async () => {
    await invalid(
      jetty.runs.create("acme", "echo", { text: "hi" } as never),
      "params.text",
      /go inside initParams/,
    );
    expect(runPosts()).toHaveLength(0);
  });

  it("a request option among run params says it belongs in the last argument", async () => {
    await invalid(
      jetty.runs.create("acme", "echo", { timeout: 5_000 } as never),
      "params.timeout",
      /request option.*last argument/,
    );
  });

  it("wire objects pass untouched: init params keep their snake_case keys", async () => {
    const run = await jetty.runs.create("acme", "echo", { initParams: { text: "hi", odd_key_name: 1 } });
    const t = await run.wait();
    expect(t.init_params).toMatchObject({ text: "hi", odd_key_name: 1 });
  });
});

describe("WaitOptions, batch options and RequestOptions", () => {
  it("waitOptions.pollIntervall → pollInterval", async () => {
    await invalid(
      jetty.runs.createAndWait("acme", "echo", {}, { pollIntervall: 100 } as never),
      "waitOptions.pollIntervall",
      'did you mean "pollInterval"',
    );
    expect(runPosts()).toHaveLength(0);
  });

  it("batch options: concurency → concurrency, before anything is launched", async () => {
    const batch = jetty.runs.batch("acme", "echo", [{ text: "a" }], { concurency: 2 } as never);
    await invalid(batch.next(), "params.concurency", 'did you mean "concurrency"');
    expect(runPosts()).toHaveLength(0);
  });

  it("request options: tiemout → timeout, on any method, nothing sent", async () => {
    await invalid(
      jetty.collections.get("acme", { tiemout: 5 } as never),
      "options.tiemout",
      'did you mean "timeout"',
    );
    await invalid(
      jetty.files.download("acme/x.txt", { max_retries: 0 } as never),
      "options.max_retries",
      'did you mean "maxRetries"',
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it("download options: saveTo({ overwirte }) → overwrite, nothing written", async () => {
    const [path] = await jetty.files.upload(
      { data: new TextEncoder().encode("hello"), filename: "a.txt" },
      {
        collection: "acme",
      },
    );
    const file = await jetty.files.download(path!);
    const error = await rejectionOf(file.saveTo("./never-written.txt", { overwirte: false } as never));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('did you mean "overwrite"');
    expect(await file.text()).toBe("hello");
  });

  it("null run params are InvalidInputError, not a TypeError", async () => {
    const error = await rejectionOf(jetty.runs.createSync("acme", "echo", null as never));
    expect(error).toBeInstanceOf(InvalidInputError);
  });

  it("undefined values are not mistakes (spread options carry them)", async () => {
    await jetty.collections.get("acme", { timeout: undefined, unknown: undefined } as never);
  });
});

describe("request options where params belong are rejected, saying where they go", () => {
  it("collections.list({ timeout }) and tasks.list(c, { signal })", async () => {
    await invalid(
      jetty.collections.list({ timeout: 5_000 } as never),
      "params.timeout",
      /request option.*last argument/,
    );
    await invalid(
      jetty.tasks.list("acme", { signal: AbortSignal.timeout(1_000) } as never),
      "params.signal",
      /request option/,
    );
    await invalid(jetty.collections.list({ limt: 5 } as never), "params.limt", 'did you mean "limit"');
    expect(emulator.requests).toHaveLength(0);
    // The right place works.
    expect(await jetty.collections.list({ limit: 5 }, { timeout: 5_000 })).toHaveLength(1);
  });

  it("every other list with params: trajectories, datasets, models, routines", async () => {
    await invalid(
      jetty.trajectories.list("acme", "t", { timeout: 1_000 } as never),
      "params.timeout",
      /request option.*last argument/,
    );
    await invalid(
      jetty.trajectories.list("acme", "t", { pge: 2 } as never),
      "params.pge",
      'did you mean "page"',
    );
    await invalid(jetty.datasets.list("acme", { limt: 5 } as never), "params.limt", 'did you mean "limit"');
    await invalid(
      jetty.models.list("acme", { signal: AbortSignal.timeout(1_000) } as never),
      "params.signal",
      /request option/,
    );
    await invalid(jetty.routines.list("acme", { tsk: "t" } as never), "params.tsk", 'did you mean "task"');
    expect(emulator.requests).toHaveLength(0);
    expect(await jetty.datasets.list("acme", { limit: 5 })).toEqual(expect.any(Array));
  });
});

describe("ClientOptions", () => {
  it("baseUrl → baseURL, apiKey is refused", () => {
    expect(() => new Jetty({ baseUrl: emulator.url, token: "x" } as never)).toThrow(InvalidInputError);
    expect(() => new Jetty({ baseUrl: emulator.url, token: "x" } as never)).toThrow('did you mean "baseURL"');
    expect(() => new Jetty({ token: "x", max_retries: 1 } as never)).toThrow('did you mean "maxRetries"');
    expect(() => new Jetty({ token: "x", apiKey: "y" } as never)).toThrow(/options\.apiKey/);
    expect(() => new Jetty({ token: "x", apiUrl: emulator.url } as never)).toThrow(
      /0\.4\.0's name; use "baseURL"/,
    );
  });
});

describe("wire objects are not checked", () => {
  it("a workflow document and chat params keep their own keys", async () => {
    const task = await jetty.tasks.create("acme", {
      name: "wire",
      workflow: { ...ECHO_WORKFLOW, some_future_field: { any: "thing" } },
    });
    expect(task.name).toBe("wire");
    const completion = (await jetty.chat.completions.create({
      model: "gpt-4.1",
      messages: [{ role: "user", content: "hi" }],
      some_vendor_param: true,
    } as never)) as unknown as { choices: unknown[] };
    expect(completion.choices.length).toBeGreaterThan(0);
  });
});
