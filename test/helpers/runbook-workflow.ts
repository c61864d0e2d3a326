/**
 * The workflow the platform registers for a runbook task (jetty-api.md §3.7): one `runbook` step whose
 * agent, model, instruction, variables and files are read from init_params. Tests vary only the
 * init_params and the snapshot.
 */
export function runbookWorkflow(
  init: { instruction: string; agent?: string; model?: string; vars?: Record<string, unknown> },
  step: { snapshot?: string } = {},
) {
  return {
    init_params: {
      agent: init.agent ?? "claude-code",
      model: init.model ?? "claude-sonnet-4-6",
      instruction: init.instruction,
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
        ...step,
      },
    },
    steps: ["run"],
  };
}
