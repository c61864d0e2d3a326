/**
 * Fan-out and fan-in: `list_emit_await` starts one real child run per item (each a trajectory of its own,
 * visible through the API) and waits for them; `extract_from_trajectories` reads values back out of the
 * children with the shared path evaluator.
 */

import { evaluatePath, pathContextFromTrajectory } from "../../contracts";
import type { TrajectoryRecord } from "../../store";
import { TERMINAL } from "../../store";
import { type Activity, asText, StepFailure } from "../activity";

const listEmitAwait: Activity = {
  name: "list_emit_await",
  check(config) {
    // A literal list is rejected at workflow start on the platform, with exactly this message.
    if (!("items_path" in config)) return "ValueError: items_path is required";
    return undefined;
  },
  async run(ctx) {
    const { inputs, run, host } = ctx;
    const items = inputs.items;
    if (!Array.isArray(items)) {
      throw new StepFailure(`ValueError: items_path must resolve to a list, got ${describe(items)}`);
    }
    const child = asText(inputs.child_workflow_name ?? "");
    if (child === "") throw new StepFailure("ValueError: child_workflow_name is required");
    if (child.includes("/")) {
      throw new StepFailure(
        `ValueError: child_workflow_name must be the bare task name ('${child.split("/").pop()}'), not '${child}'`,
      );
    }
    if (!host.store.getTask(run.collection, child)) {
      throw new StepFailure(
        `ValueError: child workflow '${child}' not found in collection '${run.collection}'`,
      );
    }
    const shared = inputs.child_init_params ?? {};
    if (typeof shared !== "object" || shared === null || Array.isArray(shared)) {
      throw new StepFailure("ValueError: child_init_params must be an object");
    }
    const param = asText(inputs.item_param_name ?? "item");
    const concurrency = Math.max(1, Number(inputs.max_concurrency ?? 10) || 1);
    const children: TrajectoryRecord[] = new Array(items.length);
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        // A parent that was cancelled (or otherwise ended) launches no further children.
        if (TERMINAL.has(run.t.status)) return;
        const index = next++;
        const record = host.startChild(run, child, { ...shared, [param]: items[index] });
        children[index] = record;
        await record.done;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    const trajectory_references = children.map((c) => ({
      trajectory_id: c.t.trajectory_id,
      name: c.t.name,
      status: c.t.status,
      workflow_id: c.workflowId,
    }));
    const failed = children.filter((c) => c.t.status !== "completed");
    const outputs = {
      trajectory_references,
      total: children.length,
      completed: children.length - failed.length,
      failed: failed.length,
    };
    if (failed.length > 0 && inputs.continue_on_error !== true) {
      // As vague as the platform: the cause is in the children (see jetty.trajectories.diagnose).
      const ids = failed.map((c) => c.t.trajectory_id).join(", ");
      throw new StepFailure(
        `RuntimeError: ${failed.length} of ${children.length} child workflows failed: ${ids}`,
        outputs,
      );
    }
    return outputs;
  },
};

const extractFromTrajectories: Activity = {
  name: "extract_from_trajectories",
  run(ctx) {
    const list = ctx.inputs.trajectory_list;
    if (!Array.isArray(list)) {
      throw new StepFailure(`ValueError: trajectory_list_path must resolve to a list, got ${describe(list)}`);
    }
    const keys = ctx.inputs.extract_keys;
    if (typeof keys !== "object" || keys === null || Array.isArray(keys)) {
      throw new StepFailure("ValueError: extract_keys must be a map of output key to child path");
    }
    const rows = list.map((ref) => {
      const id = typeof ref === "string" ? ref : asText((ref as { trajectory_id?: unknown })?.trajectory_id);
      const child = ctx.host.store.trajectories.get(id);
      if (!child) throw new StepFailure(`ValueError: trajectory '${id}' not found`);
      const row: Record<string, unknown> = { trajectory_id: id };
      const context = pathContextFromTrajectory(child.t);
      for (const [key, expr] of Object.entries(keys)) {
        // A child that did not complete (continue_on_error) contributes nulls rather than failing the fan-in.
        if (child.t.status !== "completed") {
          row[key] = null;
          continue;
        }
        try {
          row[key] = evaluatePath(context, asText(expr), { strict: true });
        } catch (err) {
          const e = err as Error;
          throw new StepFailure(`${e.name}: ${e.message} (extract_keys.${key} on child ${id})`);
        }
      }
      return row;
    });
    if (ctx.inputs.flatten_results !== true) return { extracted_data: rows };
    // Flattened: one list per key across all children, list values spliced in.
    const flat: Record<string, unknown[]> = {};
    for (const key of Object.keys(keys)) flat[key] = rows.flatMap((row) => row[key] as unknown);
    return { extracted_data: flat };
  },
};

/** The fan-out/fan-in activities, for the registry. */
export const fanoutActivities: readonly Activity[] = [listEmitAwait, extractFromTrajectories];

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a dict" : typeof value;
}
