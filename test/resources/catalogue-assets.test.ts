import { BadRequestError, InvalidInputError, Jetty, NotFoundError } from "@jetty/sdk";
import { type Emulator, startEmulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let emulator: Emulator;
let jetty: Jetty;
const echo = {
  init_params: { text: "hi", tone: "calm" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};
beforeAll(async () => {
  emulator = await startEmulator({
    collections: [{ name: "acme" }],
    tasks: [{ collection: "acme", name: "echo", workflow: echo }],
  });
  jetty = new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" });
});
afterAll(() => emulator.close());

const last = () => emulator.requests[emulator.requests.length - 1]!;

describe("step templates (public)", () => {
  it("list works without a token and exposes activity_name", async () => {
    const anonymous = new Jetty({ baseURL: emulator.url, tokenFile: "/nonexistent/token", logLevel: "off" });
    const templates = await anonymous.stepTemplates.list();
    expect(last()).toMatchObject({ method: "GET", path: "/api/v1/step-templates" });
    expect(last().headers.authorization).toBeUndefined();
    expect(templates.map((t) => t.activity_name)).toEqual(
      expect.arrayContaining(["text_echo", "litellm_chat"]),
    );
    const one = await anonymous.stepTemplates.get("text_echo");
    expect(last().path).toBe("/api/v1/step-templates/text_echo");
    expect(one.activity_name).toBe("text_echo");
  });
});

describe("datasets and models", () => {
  it("datasets: create, list (no trailing slash), get, update, delete", async () => {
    const created = await jetty.datasets.create("acme", {
      name: "reviews",
      data_path: "s3://b/reviews.csv",
      format: "csv",
    });
    expect(last()).toMatchObject({ method: "POST", path: "/api/v1/datasets/acme" });
    expect(created).toMatchObject({ name: "reviews", format: "csv" });
    expect((await jetty.datasets.list("acme")).map((d) => d.name)).toEqual(["reviews"]);
    expect(last().path).toBe("/api/v1/datasets/acme");
    expect((await jetty.datasets.get("acme", "reviews")).data_path).toBe("s3://b/reviews.csv");
    expect((await jetty.datasets.update("acme", "reviews", { format: "parquet" })).format).toBe("parquet");
    expect(last()).toMatchObject({ method: "PUT", path: "/api/v1/datasets/acme/reviews" });
    await expect(jetty.datasets.create("acme", { name: "reviews" })).rejects.toBeInstanceOf(BadRequestError);
    await jetty.datasets.delete("acme", "reviews");
    await expect(jetty.datasets.get("acme", "reviews")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("models: list has a trailing slash, create does not", async () => {
    await jetty.models.create("acme", { name: "clf", model_path: "s3://b/clf" });
    expect(last()).toMatchObject({ method: "POST", path: "/api/v1/models/acme" });
    expect((await jetty.models.list("acme")).map((m) => m.name)).toEqual(["clf"]);
    expect(last().path).toBe("/api/v1/models/acme/");
    expect((await jetty.models.get("acme", "clf")).model_path).toBe("s3://b/clf");
  });
});

describe("routines", () => {
  it("create, list, get, update, pause, resume, runNow, runs, delete", async () => {
    const routine = await jetty.routines.create("acme", "echo", {
      name: "morning",
      cadence: { type: "daily", hour_utc: 6, minute_utc: 30 },
      init_params_overrides: { tone: "bright" },
    });
    expect(last()).toMatchObject({ method: "POST", path: "/api/v1/routines/acme/echo" });
    expect(routine.name).toBe("morning");
    expect((await jetty.routines.list("acme")).map((r) => r.name)).toEqual(["morning"]);
    expect(last().path).toBe("/api/v1/routines/acme");
    expect((await jetty.routines.list("acme", { task: "echo" })).length).toBe(1);
    expect(last().path).toBe("/api/v1/routines/acme/echo");
    expect((await jetty.routines.get("acme", "echo", "morning")).name).toBe("morning");
    await jetty.routines.update("acme", "echo", "morning", { cadence: { type: "hourly", minute_utc: 5 } });
    expect(last()).toMatchObject({ method: "PATCH", path: "/api/v1/routines/acme/echo/morning" });
    await jetty.routines.pause("acme", "echo", "morning");
    expect(last()).toMatchObject({ method: "POST", path: "/api/v1/routines/acme/echo/morning/pause" });
    await jetty.routines.resume("acme", "echo", "morning");
    expect(last().path).toBe("/api/v1/routines/acme/echo/morning/resume");
    const fired = await jetty.routines.runNow("acme", "echo", "morning");
    expect(last().path).toBe("/api/v1/routines/acme/echo/morning/run-now");
    expect(fired.workflow_id).toMatch(/^acme-echo--[0-9a-f]{8}$/);
    const runs = await jetty.routines.runs("acme", "echo", "morning", { limit: 5 });
    expect(last()).toMatchObject({ path: "/api/v1/routines/acme/echo/morning/runs", query: "limit=5" });
    expect(runs.trajectories.length).toBe(1);
    await jetty.routines.delete("acme", "echo", "morning");
    expect(last()).toMatchObject({ method: "DELETE", path: "/api/v1/routines/acme/echo/morning" });
  });

  it("overrides outside the task's init_params are refused by the server (400)", async () => {
    await expect(
      jetty.routines.create("acme", "echo", {
        name: "bad",
        cadence: { type: "manual" },
        init_params_overrides: { nope: 1 },
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it("invalid cadences are refused before sending", async () => {
    const before = emulator.requests.length;
    await expect(
      jetty.routines.create("acme", "echo", { name: "x", cadence: { type: "manual", hour_utc: 3 } }),
    ).rejects.toThrow(/manual/);
    await expect(
      jetty.routines.create("acme", "echo", { name: "x", cadence: { type: "daily" } }),
    ).rejects.toThrow(/hour_utc/);
    await expect(
      jetty.routines.create("acme", "echo", { name: "x", cadence: { type: "weekly", hour_utc: 1 } }),
    ).rejects.toThrow(/day_of_week/);
    await expect(
      jetty.routines.create("acme", "echo", { name: "x", cadence: { type: "yearly" } as never }),
    ).rejects.toThrow(InvalidInputError);
    expect(emulator.requests.length).toBe(before);
  });
});
