/**
 * The workflow mise registers for a runbook task (jetty-api.md §3.7): one `runbook` step whose agent,
 * model, instruction, variables, files and snapshot are read from init_params. The emulator registers
 * it for chat runs; tests build their runbook tasks from it, varying only what they name.
 */
export function runbookWorkflow(
  init: { instruction?: string; agent?: string; model?: string; vars?: Record<string, unknown> } = {},
) {
  return {
    init_params: {
      agent: init.agent ?? "claude-code",
      model: init.model ?? "claude-sonnet-4-6",
      snapshot: "python312-uv",
      instruction: init.instruction ?? "",
      vars: init.vars ?? {},
      file_paths: [],
    },
    step_configs: {
      run: {
        activity: "runbook",
        agent_path: "init_params.agent",
        model_path: "init_params.model",
        instruction_path: "init_params.instruction",
        template_variables_path: "init_params.vars",
        files_path: "init_params.file_paths",
        snapshot_path: "init_params.snapshot",
        cpus: 4,
        memory: "8G",
        timeout_sec: 1200,
        network_enabled: true,
      },
    },
    steps: ["run"],
  };
}
