import type { z } from "zod";
import type { zTrajectory } from "../generated/schemas";
import { asStoragePath, pathOfEntry, type StoragePath } from "../helpers/storage-path";

/** The `run` step's `primary_files` first (in declared order), then the other `results_files`. */
export function resultFiles(
  trajectory: z.output<typeof zTrajectory>,
): Array<{ path: StoragePath; primary: boolean }> {
  const steps = (trajectory.steps ?? {}) as Record<string, { outputs?: Record<string, unknown> } | undefined>;
  const outputs = steps.run?.outputs ?? {};
  const paths = (list: unknown) =>
    (Array.isArray(list) ? list : []).map(pathOfEntry).filter((p): p is string => !!p);
  const primary = paths(outputs.primary_files);
  const all = paths(outputs.results_files);
  const seen = new Set<string>();
  const out: Array<{ path: StoragePath; primary: boolean }> = [];
  for (const [path, isPrimary] of [
    ...primary.map((p) => [p, true] as const),
    ...all.map((p) => [p, false] as const),
  ]) {
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path: asStoragePath(path), primary: isPrimary });
  }
  return out;
}
