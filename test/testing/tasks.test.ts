import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing/index";
import { api, ECHO_WORKFLOW, start } from "./helpers";

describe("tasks", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await start({ collections: [{ name: "other" }] });
  });
  afterAll(() => emu.close());

  it("creates with 201 and refuses duplicates case-insensitively", async () => {
    const created = await api(emu, "/api/v1/tasks/demo", {
      method: "POST",
      body: { name: "Echo", description: "Says things back", workflow: ECHO_WORKFLOW },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Echo",
      description: "Says things back",
      workflow: ECHO_WORKFLOW,
      entity_type: "task",
      is_private: true,
      has_file_uploads: false,
    });
    expect(created.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const dup = await api(emu, "/api/v1/tasks/demo", {
      method: "POST",
      body: { name: "echo", workflow: ECHO_WORKFLOW },
    });
    expect(dup.status).toBe(400);
    expect(dup.body).toEqual({ detail: "Task with name 'echo' already exists in collection 'demo'" });
  });

  it("validates the body (422 naming the field) and 404s an unknown collection", async () => {
    const res = await api(emu, "/api/v1/tasks/demo", { method: "POST", body: { name: "x" } });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([{ loc: ["body", "workflow"], msg: "Field required", type: "missing" }]);
    const nested = await api(emu, "/api/v1/tasks/demo", {
      method: "POST",
      body: { name: "x", workflow: { steps: "echo" } },
    });
    expect(nested.body.detail[0]).toMatchObject({ loc: ["body", "workflow", "steps"], type: "list_type" });
    const missing = await api(emu, "/api/v1/tasks/nope", {
      method: "POST",
      body: { name: "x", workflow: ECHO_WORKFLOW },
    });
    expect(missing.status).toBe(404);
  });

  it("lists (bare array, trailing slash), gets, and searches", async () => {
    await api(emu, "/api/v1/tasks/demo", {
      method: "POST",
      body: { name: "summarise", description: "Summaries of ECHO text", workflow: ECHO_WORKFLOW },
    });
    const list = await api(emu, "/api/v1/tasks/demo/");
    expect(list.status).toBe(200);
    expect(list.body.map((t: { name: string }) => t.name)).toEqual(["Echo", "summarise"]);
    expect(list.body[0]).toMatchObject({ collection_name: "demo" });
    expect(list.body[0]).not.toHaveProperty("created_at");

    const got = await api(emu, "/api/v1/tasks/DEMO/ECHO");
    expect(got.body).toMatchObject({ name: "Echo", workflow: ECHO_WORKFLOW, environment_variables: null });
    expect((await api(emu, "/api/v1/tasks/demo/nope")).status).toBe(404);

    const search = await api(emu, "/api/v1/tasks/demo/search?q=echo");
    expect(search.body.map((t: { name: string }) => t.name)).toEqual(["Echo", "summarise"]);
    expect((await api(emu, "/api/v1/tasks/demo/search?q=summ")).body).toHaveLength(1);
    expect((await api(emu, "/api/v1/tasks/demo/search?q=zzz")).body).toEqual([]);
    expect((await api(emu, "/api/v1/tasks/demo/search")).status).toBe(422);
    expect((await api(emu, "/api/v1/tasks/demo/?limit=1")).body).toHaveLength(1);
    expect((await api(emu, "/api/v1/tasks/demo/?limit=0")).status).toBe(422);
  });

  it("treats PUT as a partial update, renames, and deletes", async () => {
    await api(emu, "/api/v1/tasks/demo", {
      method: "POST",
      body: { name: "edit-me", description: "old", workflow: ECHO_WORKFLOW },
    });
    const updated = await api(emu, "/api/v1/tasks/demo/edit-me", {
      method: "PUT",
      body: { description: "new" },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ description: "new", workflow: ECHO_WORKFLOW });

    const clash = await api(emu, "/api/v1/tasks/demo/edit-me", { method: "PUT", body: { name: "ECHO" } });
    expect(clash.status).toBe(400);
    const renamed = await api(emu, "/api/v1/tasks/demo/edit-me", { method: "PUT", body: { name: "edited" } });
    expect(renamed.body.name).toBe("edited");
    expect((await api(emu, "/api/v1/tasks/demo/edit-me")).status).toBe(404);

    const deleted = await api(emu, "/api/v1/tasks/demo/edited", { method: "DELETE" });
    expect(deleted.body).toEqual({ message: "Task deleted successfully" });
    expect((await api(emu, "/api/v1/tasks/demo/edited")).status).toBe(404);
  });

  it("answers 405 for a known path with the wrong method and 404 for unknown paths", async () => {
    expect((await api(emu, "/api/v1/tasks/demo/", { method: "DELETE" })).status).toBe(405);
    expect((await api(emu, "/api/v1/nothing-here")).status).toBe(404);
  });
});
