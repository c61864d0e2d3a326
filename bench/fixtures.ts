/** Realistic response bodies for the benchmarks, built once. */

/** A trajectory of about `targetBytes` of JSON: a 12-step chat pipeline with long texts. */
export function bigTrajectory(targetBytes = 100_000): Record<string, unknown> {
  const steps: Record<string, unknown> = {};
  const names: string[] = [];
  const stepCount = 12;
  const textSize = Math.floor(targetBytes / stepCount / 2.2);
  const text = (seed: number) =>
    Array.from(
      { length: Math.ceil(textSize / 60) },
      (_, i) => `Line ${seed}.${i}: the quick brown fox jumps over it.`,
    )
      .join(" ")
      .slice(0, textSize);
  for (let i = 0; i < stepCount; i++) {
    const name = `step_${i}`;
    names.push(name);
    steps[name] = {
      activity: "litellm_chat",
      status: "completed",
      inputs: { prompt: text(i), model: "gpt-4o-mini", temperature: 0.2 },
      outputs: { text: text(i + 100), usage: { prompt_tokens: 812, completion_tokens: 344 } },
      created: "2026-11-28T12:00:00Z",
      ended: "2026-11-28T12:00:03Z",
      duration_seconds: 3.1,
      key: name,
      depends_on: i === 0 ? [] : [`step_${i - 1}`],
    };
  }
  return {
    name: "bench/pipeline",
    trajectory_id: "aa7e4430",
    storage_path: "bench/pipeline/0000",
    status: "completed",
    error: null,
    created: "2026-11-28T12:00:00Z",
    updated: "2026-11-28T12:00:40Z",
    init_params: { text: "hello", file_paths: [] },
    step_configs: Object.fromEntries(
      names.map((n) => [n, { activity: "litellm_chat", prompt_path: "init_params.text" }]),
    ),
    steps,
    total_steps: names,
    completed_steps: names,
    labels: [{ key: "quality", value: "high", author: "bench@example.com", created: "2026-11-28T12:01:00Z" }],
  };
}

/** A collection object of about 300 bytes. */
export function smallCollection(): Record<string, unknown> {
  return {
    id: 4242,
    name: "bench",
    description:
      "A collection used by the transport benchmark; about three hundred bytes of JSON in total here.",
    auth_org_id: "org_2abcdefghijklmnopqrstuvwxyz",
    owner_identifier: "user_2abcdefghijklmnopqrstuvwxyz",
    created_at: "2026-11-28T12:00:00Z",
  };
}
