/** Where a runbook-mode chat completion's run can be followed, read from its body, chunk or headers. */
import { Urls } from "../helpers/urls";
import type { ChatCompletionCreateParams, RunbookRunInfo } from "./chat";
import type { ResourceContext } from "./resource";

/**
 * Finds the trajectory a runbook-mode completion created: the `jetty` object on the body (the
 * SDK's documented choice), else a top-level `trajectory_id`, a `trajectory_url`, or an
 * `x-jetty-trajectory-id` header.
 */
export function runInfo(
  body: unknown,
  headers: Headers,
  params: ChatCompletionCreateParams,
  context: ResourceContext,
): RunbookRunInfo | undefined {
  const jettyParams = params.jetty as { collection?: string; task?: string } | null | undefined;
  if (!jettyParams) return undefined;
  const record = (body ?? {}) as Record<string, unknown>;
  const block = (record.jetty ?? {}) as Record<string, unknown>;
  const id =
    str(block.trajectory_id) ??
    str(record.trajectory_id) ??
    lastSegment(str(block.trajectory_url) ?? str(record.trajectory_url)) ??
    headers.get("x-jetty-trajectory-id") ??
    undefined;
  if (!id) return undefined;
  const collection = str(block.collection) ?? jettyParams.collection ?? "";
  const task = str(block.task) ?? jettyParams.task ?? "";
  return {
    trajectoryId: id,
    collection,
    task,
    workflowId: str(block.workflow_id) ?? str(record.workflow_id),
    url: new Urls(context.config.frontendURL).trajectory(collection, task, id),
  };
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function lastSegment(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parts = url.replace(/\/+$/, "").split("/");
  return parts[parts.length - 1] || undefined;
}
