/** Shared helpers for the emulator tests: plain `fetch` against a real emulator. */
import { type Emulator, type EmulatorOptions, startEmulator } from "../../src/testing/index";

/** Response bodies: the assertions check their shape. */
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are inspected field by field in the tests
export type Json = any;

export const ECHO_WORKFLOW = {
  init_params: { text: "Hello, Jetty!" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

/** Starts an emulator with one collection `demo` (plus whatever else `options` adds). */
export function start(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({
    token: "mlc_testtoken0000000000000000000000",
    ...options,
    collections: [{ name: "demo", description: "Demo" }, ...(options.collections ?? [])],
  });
}

/** `fetch` with the emulator's base URL and token; `body` objects are sent as JSON. */
export async function api(
  emu: Emulator,
  path: string,
  init: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  const headers: Record<string, string> = { ...init.headers };
  const token = init.token === undefined ? emu.token : init.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (init.body instanceof FormData || typeof init.body === "string") body = init.body;
  else if (init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  const res = await fetch(`${emu.url}${path}`, {
    method: init.method ?? "GET",
    headers,
    body,
    redirect: "manual",
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {}
  return { status: res.status, headers: res.headers, body: parsed };
}

/** A multipart run form. */
export function runForm(
  initParams: Record<string, unknown> = {},
  extra: Record<string, string> = {},
): FormData {
  const form = new FormData();
  form.set("init_params", JSON.stringify(initParams));
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}

/** Creates a task through the API. */
export async function createTask(emu: Emulator, name: string, workflow: object, collection = "demo") {
  const res = await api(emu, `/api/v1/tasks/${collection}`, { method: "POST", body: { name, workflow } });
  if (res.status !== 201) throw new Error(`create task ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Starts a run and waits (polling) until the trajectory is terminal; returns it. */
export async function runAndWait(
  emu: Emulator,
  task: string,
  initParams: Record<string, unknown> = {},
  collection = "demo",
): Promise<Json> {
  const started = await api(emu, `/api/v1/run/${collection}/${task}`, {
    method: "POST",
    body: runForm(initParams),
  });
  if (started.status !== 200)
    throw new Error(`run ${task}: ${started.status} ${JSON.stringify(started.body)}`);
  // The id is the part of workflow_id after the last `--` (the only field every mode sends).
  const id = String(started.body.workflow_id).split("--").at(-1)!;
  return waitTerminal(emu, collection, task, id);
}

/** Polls a trajectory until it is terminal. */
export async function waitTerminal(
  emu: Emulator,
  collection: string,
  task: string,
  id: string,
): Promise<Json> {
  for (let i = 0; i < 500; i++) {
    const res = await api(emu, `/api/v1/db/trajectory/${collection}/${task}/${id}`);
    if (["completed", "failed", "cancelled", "archived"].includes(res.body.status)) return res.body;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`trajectory ${id} never finished`);
}

/** A workflow with one step of `activity` configured by `config`. */
export function oneStep(
  activity: string,
  config: Record<string, unknown>,
  initParams: Record<string, unknown> = {},
) {
  return { init_params: initParams, step_configs: { s: { activity, ...config } }, steps: ["s"] };
}
