/**
 * Run a runbook on Jetty: parse it safely, preflight its secrets, run it, wait, download the
 * primary output.
 *
 *   npx tsx examples/runbook-on-jetty.ts
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { connect, main } from "./connect";

const connection = await connect({
  collections: [{ name: "examples", environment: { ANTHROPIC_API_KEY: "sk-ant-emulated" } }],
});
const { jetty, collection } = connection;

await main(async () => {
  const runbook = await jetty.runbooks.load(
    fileURLToPath(new URL("./runbooks/competitor-brief/RUNBOOK.md", import.meta.url)),
  );
  for (const warning of runbook.warnings) console.warn(`! ${warning}`);

  const check = await jetty.runbooks.preflight(collection, runbook);
  console.log(
    `secrets configured: ${check.configuredSecrets.join(", ") || "none"}; missing: ${check.missingSecrets.join(", ") || "none"}`,
  );
  if (check.missingSecrets.length > 0) {
    console.log(`Set them first: jetty.environment.set("${collection}", { NAME: "…" })`);
    return;
  }

  const run = await jetty.runbooks.run(runbook, {
    collection,
    task: "competitor-brief",
    templateVariables: { company: "Globex", audience: "the board" },
    wait: { onProgress: (p) => console.log(`… ${p.status}`) },
  });
  console.log(`✓ ${run.trajectory?.status}: ${run.url}`);

  const primary = run.resultFiles.find((file) => file.primary) ?? run.resultFiles[0];
  if (!primary) throw new Error("the run produced no results files");
  const dir = await mkdtemp(join(tmpdir(), "jetty-example-"));
  const saved = await (await primary.download()).saveTo(dir);
  console.log(`✓ saved ${primary.path} → ${saved.path} (${saved.bytes} bytes)`);
}, connection);
