/** `startEmulator`: wires the store, engine and routes to a `node:http` server on 127.0.0.1. */
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { Auth } from "./auth";
import { DEFAULT_FRONTEND_URL, Urls } from "./contracts";
import type { Core } from "./core";
import { Drift } from "./drift";
import { Engine } from "./engine/engine";
import { Faults } from "./faults";
import { randomToken } from "./ids";
import { Scheduler } from "./scheduler";
import { buildRouter, requestListener } from "./server";
import { Store } from "./store";
import type { Emulator, EmulatorOptions, EmulatorState } from "./types";

/**
 * Starts an in-memory Jetty API on `127.0.0.1` and resolves once it listens. Every option is optional:
 * without any, it listens on a free port with a random full-access `mlc_` token and no collections.
 *
 * @example
 * ```ts
 * import { startEmulator } from "@jetty/sdk/testing";
 *
 * const emulator = await startEmulator({
 *   collections: [{ name: "demo" }],
 *   tasks: [{
 *     collection: "demo",
 *     name: "echo",
 *     workflow: {
 *       init_params: { text: "hi" },
 *       step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
 *       steps: ["echo"],
 *     },
 *   }],
 * });
 * const res = await fetch(`${emulator.url}/api/v1/run-sync/demo/echo`, {
 *   method: "POST",
 *   headers: { authorization: `Bearer ${emulator.token}` },
 *   body: (() => { const f = new FormData(); f.set("init_params", '{"text":"hello"}'); return f; })(),
 * });
 * console.log((await res.json()).trajectory.steps.echo.outputs.text); // "hello"
 * await emulator.close();
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new RangeError("port must be an integer 0-65535");
  const stepDuration = options.stepDuration ?? 0;
  if (!Number.isFinite(stepDuration) || stepDuration < 0) throw new RangeError("stepDuration must be >= 0");
  const token = options.token ?? randomToken();

  const store = new Store();
  const scheduler = new Scheduler();
  const labelRaceMs = options.labelRaceMs ?? 0;
  if (!Number.isFinite(labelRaceMs) || labelRaceMs < 0) throw new RangeError("labelRaceMs must be >= 0");
  const pendingDuration = options.pendingDuration ?? 0;
  if (!Number.isFinite(pendingDuration) || pendingDuration < 0)
    throw new RangeError("pendingDuration must be >= 0");
  const engine = new Engine(store, scheduler, stepDuration, labelRaceMs, pendingDuration);
  const core: Core = {
    store,
    engine,
    scheduler,
    maxStoredBytes: options.discardUploads ? 0 : (options.maxStoredBytes ?? Number.POSITIVE_INFINITY),
    urls: new Urls(options.frontendURL ?? DEFAULT_FRONTEND_URL),
  };
  seed(store, options);
  const faults = new Faults();
  for (const rule of options.faults ?? []) faults.add(rule);

  const auth = new Auth(token, options.scopedTokens);
  const drift = new Drift(options.drift);
  const server = createServer(requestListener(core, buildRouter(core), auth, faults, drift));
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    token,
    close() {
      closing ??= new Promise<void>((resolve) => {
        scheduler.close();
        server.close(() => resolve());
        // Keep-alive and streaming connections would hold close() open; end them now.
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
    fault: (rule) => faults.add(rule),
    get requests() {
      return store.requests;
    },
    clearRequests() {
      store.requests.length = 0;
    },
    state: stateView(store),
    runsCreated: (collection, task) => store.runsCreated(collection, task),
  };
}

function seed(store: Store, options: EmulatorOptions): void {
  for (const c of options.collections ?? []) {
    const record = store.createCollection(
      c.name,
      c.description ?? null,
      c.environment ? { ...c.environment } : null,
    );
    if (c.trial) {
      record.trial = {
        active: c.trial.active,
        runsUsed: c.trial.runsUsed ?? 0,
        runsLimit: c.trial.runsLimit ?? 10,
        ...(c.trial.minutesRemaining !== undefined ? { minutesRemaining: c.trial.minutesRemaining } : {}),
      };
    }
  }
  for (const t of options.tasks ?? []) {
    const collection = store.getCollection(t.collection);
    if (!collection) throw new Error(`Seed task '${t.name}' names unknown collection '${t.collection}'`);
    store.createTask(collection, {
      name: t.name,
      workflow: t.workflow as Record<string, unknown>,
      description: t.description ?? null,
      is_private: t.isPrivate ?? true,
    });
  }
}

function stateView(store: Store): EmulatorState {
  const byCollection = <T>(f: (c: ReturnType<Store["getCollection"]> & object) => T) =>
    Object.fromEntries([...store.collections.values()].map((c) => [c.wire.name, f(c)]));
  return {
    get collections() {
      return [...store.collections.values()].map((c) => structuredClone(c.wire));
    },
    get tasks() {
      return structuredClone([...store.tasks.values()]);
    },
    get trajectories() {
      return [...store.trajectories.values()].sort((a, b) => a.seq - b.seq).map((r) => structuredClone(r.t));
    },
    get env() {
      return byCollection((c) => (c.env === null ? null : { ...c.env }));
    },
    get files() {
      return [...store.files.values()].map((f) => store.fileInfo(f));
    },
    get trial() {
      return byCollection((c) => store.trialView(c));
    },
    get datasets() {
      return structuredClone([...store.datasets.values()]);
    },
    get models() {
      return structuredClone([...store.models.values()]);
    },
    get routines() {
      return structuredClone([...store.routines.values()]);
    },
    readFile(path) {
      const chunks = store.files.get(path)?.chunks;
      return chunks ? Buffer.concat(chunks) : undefined;
    },
    trajectory(id) {
      const record = store.trajectories.get(id);
      return record ? structuredClone(record.t) : undefined;
    },
  };
}
