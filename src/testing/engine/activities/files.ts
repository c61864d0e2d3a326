/** `read_uploaded_file`: the text of one of the run's uploads (`init_params.file_paths[file_index]`). */
import { type Activity, StepFailure } from "../activity";

const readUploadedFile: Activity = {
  name: "read_uploaded_file",
  run(ctx) {
    const index = Number(ctx.inputs.file_index ?? 0);
    const paths = ctx.run.t.init_params.file_paths;
    const list = Array.isArray(paths) ? paths : [];
    const path = list[index];
    if (!Number.isInteger(index) || typeof path !== "string") {
      throw new StepFailure(
        `IndexError: no uploaded file at index ${index} (init_params.file_paths has ${list.length})`,
      );
    }
    const file = ctx.host.store.files.get(path);
    if (!file) throw new StepFailure(`FileNotFoundError: no stored file at '${path}'`);
    if (!file.chunks) throw new StepFailure(`ValueError: the emulator kept only the size of '${path}'`);
    return {
      content: Buffer.concat(file.chunks).toString("utf8"),
      path,
      filename: path.slice(path.lastIndexOf("/") + 1),
      size: file.size,
      content_type: file.contentType,
    };
  },
};

/** The file activities, for the registry. */
export const fileActivities: readonly Activity[] = [readUploadedFile];
