/** The storage paths a trajectory references (`jetty.trajectories.files`). */
import { asStoragePath, pathOfEntry, type StoragePath } from "../helpers/storage-path";
import { orderedSteps } from "../helpers/trajectory-steps";
import type { Trajectory } from "./trajectory-types";

/** Storage paths referenced by a trajectory; see {@link Trajectories.files}. */
export function collectStoragePaths(trajectory: Trajectory): StoragePath[] {
  const found = new Set<string>();
  const out: StoragePath[] = [];
  const add = (value: unknown) => {
    const candidate = pathOfEntry(value);
    if (candidate === undefined || found.has(candidate)) return;
    found.add(candidate);
    try {
      out.push(asStoragePath(candidate));
    } catch {
      // Not a storage path (a file id, an absolute path): not something files.download could fetch.
    }
  };
  const each = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) add(item);
  };
  each(trajectory.init_params?.file_paths);
  const steps = trajectory.steps ?? {};
  for (const [name] of orderedSteps(trajectory)) {
    const outputs = steps[name]?.outputs;
    if (!outputs) continue;
    each(outputs.images);
    each(outputs.results_files);
    each(outputs.primary_files);
    each(outputs.files);
  }
  return out;
}
