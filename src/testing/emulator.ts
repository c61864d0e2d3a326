/** `startEmulator`: wires the store, engine and routes to a `node:http` server on 127.0.0.1. */
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { Auth } from "./auth";
import { DEFAULT_FRONTEND_URL, Urls } from "./contracts";
import type { Core } from "./core";
import { emulatorDefaults } from "./defaults";
import { Drift } from "./drift";
import { Engine } from "./engine/engine";
import { Faults } from "./faults";
import { randomToken } from "./ids";
import { ResponsePolicy } from "./responses/pipeline";
import { Scheduler } from "./scheduler";
import { buildRouter, requestListener } from "./server";
import { MEMORY_DEFAULTS, Store } from "./store";
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
export async function startEmulator(given: EmulatorOptions = {}): Promise<Emulator> {
  const options: EmulatorOptions = { ...emulatorDefaults(), ...given };
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new RangeError("port must be an integer 0-65535");
  for (const name of ["stepDuration", "labelRaceMs", "pendingDuration"] as const) {
    const value = options[name] ?? 0;
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be >= 0`);
  }
  for (const name of ["maxStoredBytes", "maxTotalStoredBytes", "maxLoggedRequests"] as const) {
    const value = options[name];
    if (value !== undefined && !(value >= 0)) throw new RangeError(`${name} must be >= 0`);
  }
  const token = options.token ?? randomToken();
  const misnamed = options.misnamedParameters ?? "fail";
  if (misnamed !== "fail" && misnamed !== "ignore")
    throw new RangeError('misnamedParameters must be "fail" or "ignore"');
  const taskSearch = options.taskSearch ?? "documented";
  if (taskSearch !== "documented" && taskSearch !== "backend")
    throw new RangeError('taskSearch must be "documented" or "backend"');
  const responses = options.responses ?? "full";
  if (responses !== "full" && responses !== "sparse")
    throw new RangeError('responses must be "full" or "sparse"');
  const auth = new Auth(token, options.scopedTokens);
  // One policy for the emulator's life, so violations survive `reset()`.
  const policy = new ResponsePolicy(responses, options.validateResponses === true);
  let world = buildWorld(options, auth, policy);

  // Sockets with a request in flight: `reset()` cuts those off (their answers would come from the old
  // state); idle keep-alive sockets stay open so clients can go on reusing them.
  const busy = new Set<Socket>();
  const server = createServer((req, res) => {
    busy.add(req.socket);
    res.once("close", () => busy.delete(req.socket));
    world.listener(req, res);
  });
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
  const emulator: Emulator = {
    url,
    token,
    scopedToken: (collection) => {
      if (typeof collection !== "string" || collection === "")
        throw new TypeError("collection must be a name");
      return auth.scopedToken(collection);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        world.core.scheduler.close();
        server.close(() => resolve());
        // Keep-alive and streaming connections would hold close() open; end them now.
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
    async reset() {
      const old = world;
      world = buildWorld(options, auth, policy);
      // Runs of the old state stop where they are; requests still being answered are cut off.
      old.core.scheduler.close();
      for (const socket of busy) socket.destroy();
      busy.clear();
    },
    fault: (rule) => world.faults.add(rule),
    clearFaults: () => world.faults.clear(),
    scriptRunbook: (script) => world.core.engine.scripts.addRunbook(script),
    scriptJudge: (script) => world.core.engine.scripts.addJudge(script),
    clearScripts: () => world.core.engine.scripts.clear(),
    get requests() {
      return world.core.store.requests;
    },
    clearRequests() {
      world.core.store.requests.length = 0;
    },
    state: stateView(() => world.core.store),
    runsCreated: (collection, task) => world.core.store.runsCreated(collection, task),
    get responseViolations() {
      return [...policy.violations];
    },
  };
  return emulator;
}

/** Everything `reset()` replaces: state, engine, timers, faults and scripts, wired to a request listener. */
interface World {
  readonly core: Core;
  readonly faults: Faults;
  readonly listener: ReturnType<typeof requestListener>;
}

/** A fresh emulator state as `options` describe it (seeds, faults and scripts armed). */
function buildWorld(options: EmulatorOptions, auth: Auth, responses: ResponsePolicy): World {
  const store = new Store({
    maxLoggedRequests: options.maxLoggedRequests ?? MEMORY_DEFAULTS.maxLoggedRequests,
    maxTotalStoredBytes: options.maxTotalStoredBytes ?? MEMORY_DEFAULTS.maxTotalStoredBytes,
  });
  const scheduler = new Scheduler();
  const engine = new Engine(
    store,
    scheduler,
    options.stepDuration ?? 0,
    options.labelRaceMs ?? 0,
    options.pendingDuration ?? 0,
    options.misnamedParameters ?? "fail",
  );
  const core: Core = {
    store,
    engine,
    scheduler,
    maxStoredBytes: options.discardUploads ? 0 : (options.maxStoredBytes ?? MEMORY_DEFAULTS.maxStoredBytes),
    urls: new Urls(options.frontendURL ?? DEFAULT_FRONTEND_URL),
    taskSearch: options.taskSearch ?? "documented",
    responses,
  };
  seed(store, options);
  const faults = new Faults();
  for (const rule of options.faults ?? []) faults.add(rule);
  for (const script of options.runbookResults ?? []) engine.scripts.addRunbook(script);
  for (const script of options.judgeReplies ?? []) engine.scripts.addJudge(script);
  const drift = new Drift(options.drift);
  return { core, faults, listener: requestListener(core, buildRouter(core), auth, faults, drift) };
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

function stateView(current: () => Store): EmulatorState {
  const byCollection = <T>(f: (c: ReturnType<Store["getCollection"]> & object) => T) =>
    Object.fromEntries([...current().collections.values()].map((c) => [c.wire.name, f(c)]));
  return {
    get collections() {
      return [...current().collections.values()].map((c) => structuredClone(c.wire));
    },
    get tasks() {
      return structuredClone([...current().tasks.values()]);
    },
    get trajectories() {
      return [...current().trajectories.values()]
        .sort((a, b) => a.seq - b.seq)
        .map((r) => structuredClone(r.t));
    },
    get env() {
      return byCollection((c) => (c.env === null ? null : { ...c.env }));
    },
    get files() {
      return [...current().files.values()].map((f) => current().fileInfo(f));
    },
    get trial() {
      return byCollection((c) => current().trialView(c));
    },
    get datasets() {
      return structuredClone([...current().datasets.values()]);
    },
    get models() {
      return structuredClone([...current().models.values()]);
    },
    get routines() {
      return structuredClone([...current().routines.values()]);
    },
    readFile(path) {
      const chunks = current().files.get(path)?.chunks;
      return chunks ? Buffer.concat(chunks) : undefined;
    },
    trajectory(id) {
      const record = current().trajectories.get(id);
      return record ? structuredClone(record.t) : undefined;
    },
  };
}
