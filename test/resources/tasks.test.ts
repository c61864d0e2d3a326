import {
  BadRequestError,
  InvalidInputError,
  type Jetty,
  NotFoundError,
  WorkflowValidationError,
} from "@jetty/sdk";
import type { Emulator } from "@jetty/sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorWithClient } from "../helpers/emulator";
import { SPARSE } from "../helpers/emulator-mode";
import { rejectionOf } from "../helpers/loopback";

let emulator: Emulator;
let jetty: Jetty;
beforeAll(async () => {
  ({ emulator, jetty } = await emulatorWithClient({ collections: [{ name: "acme" }] }));
});
afterAll(() => emulator.close());

const last = () => emulator.requests[emulator.requests.length - 1]!;
const echo = {
  init_params: { text: "Hello!" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

describe("tasks", () => {
  it("create → POST /api/v1/tasks/{c} (no trailing slash) with the body as given", async () => {
    const task = await jetty.tasks.create("acme", { name: "echo", description: "Echo", workflow: echo });
    expect(last()).toMatchObject({
      method: "POST",
      path: "/api/v1/tasks/acme",
      body: { name: "echo", description: "Echo", workflow: echo },
    });
    expect(task).toMatchObject({ name: "echo", description: "Echo", workflow: echo });
    expect(task.validationWarnings).toEqual([]);
  });

  it("list → GET /api/v1/tasks/{c}/ (trailing slash); get returns the workflow", async () => {
    const list = await jetty.tasks.list("acme");
    expect(last().path).toBe("/api/v1/tasks/acme/");
    expect(list.map((t) => t.name)).toContain("echo");
    const task = await jetty.tasks.get("acme", "echo");
    expect(last().path).toBe("/api/v1/tasks/acme/echo");
    expect(task.workflow).toEqual(echo);
  });

  it("search → GET /api/v1/tasks/{c}/search?q=", async () => {
    await jetty.tasks.create("acme", { name: "summarize-docs", workflow: echo });
    const hits = await jetty.tasks.search("acme", "summar");
    expect(last()).toMatchObject({ method: "GET", path: "/api/v1/tasks/acme/search", query: "q=summar" });
    expect(hits.map((h) => h.name)).toEqual(["summarize-docs"]);
  });

  it("update → PUT, a partial update", async () => {
    const updated = await jetty.tasks.update("acme", "echo", { description: "Echoes" });
    expect(last()).toMatchObject({
      method: "PUT",
      path: "/api/v1/tasks/acme/echo",
      body: { description: "Echoes" },
    });
    expect(updated.description).toBe("Echoes");
    expect(updated.workflow).toEqual(echo);
  });

  it("a workflow with errors is refused before sending; validate:false sends it anyway", async () => {
    const bad = {
      ...echo,
      step_configs: { echo: { activity: "litellm_chat", user_prompt_path: "init_params.text" } },
    };
    const before = emulator.requests.length;
    const error = await rejectionOf(jetty.tasks.create("acme", { name: "bad", workflow: bad }));
    expect(error).toBeInstanceOf(WorkflowValidationError);
    expect((error as WorkflowValidationError).issues.some((i) => i.suggestion?.includes("prompt_path"))).toBe(
      true,
    );
    expect(emulator.requests.length).toBe(before);
    const sent = await jetty.tasks.create("acme", { name: "bad", workflow: bad }, { validate: false });
    expect(sent.name).toBe("bad");
  });

  it("warnings are returned with the task", async () => {
    const withUnused = {
      ...echo,
      step_configs: { ...echo.step_configs, unused: { activity: "text_echo", text: "x" } },
    };
    const task = await jetty.tasks.create("acme", { name: "warned", workflow: withUnused });
    expect(task.validationWarnings.length).toBeGreaterThan(0);
    expect(task.validationWarnings.every((w) => w.severity === "warning")).toBe(true);
  });

  it("duplicates are BadRequestError; delete then get is NotFoundError", async () => {
    await expect(jetty.tasks.create("acme", { name: "ECHO", workflow: echo })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    const deleted = await jetty.tasks.delete("acme", "echo");
    expect(last()).toMatchObject({ method: "DELETE", path: "/api/v1/tasks/acme/echo" });
    // Sparse mode acknowledges with a bare 204.
    expect(deleted).toEqual(
      SPARSE
        ? { ok: true, body: undefined }
        : { ok: true, body: { message: expect.stringMatching(/deleted/i) } },
    );
    await expect(jetty.tasks.get("acme", "echo")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("bad input is a typed error before any request", async () => {
    const before = emulator.requests.length;
    await expect(jetty.tasks.get("acme", "")).rejects.toThrow(InvalidInputError);
    await expect(jetty.tasks.create("acme", { name: "x", workflow: null as never })).rejects.toThrow(
      /workflow/,
    );
    await expect(jetty.tasks.update("acme", "x", {})).rejects.toThrow(InvalidInputError);
    expect(emulator.requests.length).toBe(before);
  });
});
