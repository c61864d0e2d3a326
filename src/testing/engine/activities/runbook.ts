/**
 * `runbook`: stands in for a coding agent in a sandbox. Instead of running anything it writes what a
 * successful run leaves in `{storage_path}/results/`: `summary.md`, `validation_report.json` and one file
 * per `primary_outputs` entry of the runbook's front matter, and lists them as the platform does. A test
 * can script the files (and a failure) with `emulator.scriptRunbook` (see ../../scripts.ts).
 */

import { isRecord } from "../../../util/is-record";
import { contentTypeFor, extensionOf } from "../../files/content-type";
import { tinyPng } from "../../files/png";
import { primaryOutputsOf } from "../../frontmatter";
import { nowIso } from "../../ids";
import { inputFiles, scriptedFiles } from "../../scripts";
import { type Activity, asText, StepFailure, stableHash } from "../activity";

const RESULTS_DIR = "/app/results";

const runbook: Activity = {
  name: "runbook",
  async run(ctx) {
    const { inputs } = ctx;
    const agent = asText(inputs.agent ?? "claude-code");
    const model = asText(inputs.model ?? "claude-sonnet-4-6");
    const snapshot = asText(inputs.snapshot ?? "python312-uv");
    const instruction = asText(inputs.instruction ?? "");
    const vars = {
      results_dir: RESULTS_DIR,
      ...(isRecord(inputs.template_variables) ? inputs.template_variables : {}),
    };
    const primary = primaryOutputsOf(instruction);
    const outputsList = [...primary, "summary.md", "validation_report.json"];

    const files: Array<{ name: string; data: Buffer | string }> = primary.map((name) => ({
      name,
      data: extensionOf(name) === "png" ? tinyPng(stableHash(name)) : placeholder(name, agent, model),
    }));
    files.push({
      name: "summary.md",
      data:
        `# Summary\n\nEmulated runbook run by ${agent} (${model}) on snapshot ${snapshot}.\n\n` +
        `Outputs: ${outputsList.join(", ")}\n`,
    });
    files.push({
      name: "validation_report.json",
      data: `${JSON.stringify(
        {
          version: "1.0.0",
          run_date: nowIso(),
          parameters: vars,
          stages: [{ name: "emulated", passed: true, message: "Emulated run: no agent was executed" }],
          results: { pass: 1, partial: 0, fail: 0 },
          overall_passed: true,
          output_files: outputsList,
        },
        null,
        2,
      )}\n`,
    });
    const script = ctx.host.scripts.takeRunbook(ctx.run.collection, ctx.run.task);
    if (script) {
      const scripted = await scriptedFiles(script, {
        collection: ctx.run.collection,
        task: ctx.run.task,
        trajectoryId: ctx.run.t.trajectory_id,
        initParams: structuredClone(ctx.run.t.init_params),
        inputs: inputFiles(ctx.host.store, inputs.files ?? ctx.run.t.init_params.file_paths),
      });
      for (const file of scripted) {
        const at = files.findIndex((f) => f.name === file.name);
        if (at >= 0) files[at] = file;
        else files.push(file);
      }
    }
    const results_files = files.map(({ name, data }) => {
      const path = ctx.host.writeFile(ctx.run, `results/${name}`, data, contentTypeFor(name));
      return { path, name, size: typeof data === "string" ? Buffer.byteLength(data) : data.length };
    });
    const storage = ctx.run.t.storage_path;
    const outputs = {
      success: !script?.fail,
      results_files,
      primary_files: primary.map((name) => `${storage}/results/${name}`),
      results_dir: RESULTS_DIR,
      agent,
      model,
      snapshot,
      eval: script?.fail
        ? { overall_passed: false, results: { pass: 0, partial: 0, fail: 1 } }
        : { overall_passed: true, results: { pass: 1, partial: 0, fail: 0 } },
    };
    if (script?.fail) throw new StepFailure(script.fail, outputs);
    return outputs;
  },
};

function placeholder(name: string, agent: string, model: string): string {
  if (extensionOf(name) === "json") return `${JSON.stringify({ emulated: true, file: name })}\n`;
  return `Emulated output '${name}' written by ${agent} (${model}).\n`;
}

/** The runbook activity, for the registry. */
export const runbookActivities: readonly Activity[] = [runbook];
