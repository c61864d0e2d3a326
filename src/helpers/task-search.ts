import { NotFoundError } from "../core/errors";
import { asRecord } from "../util/is-record";

/**
 * One result of `tasks.search`, the same whichever route answered: the hit's fields (taken from
 * `document` when the server nests them there, as the asset store's Typesense hits do), plus a
 * `name` and `collection_name` that are always set. Other fields are kept as sent.
 *
 * @example
 * ```ts
 * const hits: TaskSearchHit[] = await jetty.tasks.search("acme", "triage");
 * for (const hit of hits) console.log(`${hit.collection_name}/${hit.name}`);
 * ```
 */
export type TaskSearchHit = Record<string, unknown> & {
  /** The task's name: `name`, else `entity_name`, else the last segment of `full_name`. */
  name: string;
  /** The hit's collection (`collection_name`, else the collection searched). */
  collection_name: string;
};

/**
 * Whether an error is the asset store's answer to `/tasks/{c}/search`: its `/tasks/{c}/{task}`
 * route takes `search` for a task name and answers 404 "Task 'search' in collection '…' not found".
 */
export function isSearchRouteMissing(error: unknown): boolean {
  if (!(error instanceof NotFoundError)) return false;
  const detail = error.detail;
  const text = typeof detail === "string" ? detail : error.message;
  return /\btask\s+['"]?search['"]?(\s|$)[\s\S]*not\s+found/i.test(text);
}

/**
 * Normalises hits (task list items, flat hits or Typesense `{document}` hits). An entry without
 * any name cannot be addressed and is left out; with `only`, so is every hit of another collection
 * (or of none: the global search answers for every collection the token can see).
 */
export function normaliseHits(
  entries: readonly unknown[],
  collection: string,
  only?: "this-collection",
): TaskSearchHit[] {
  const hits: TaskSearchHit[] = [];
  for (const entry of entries) {
    const record = asRecord(entry);
    if (!record) continue;
    const fields = asRecord(record.document) ?? record;
    const name = text(fields.name) ?? text(fields.entity_name) ?? lastSegment(text(fields.full_name));
    if (name === undefined) continue;
    const owner = text(fields.collection_name);
    if (only && owner?.toLowerCase() !== collection.toLowerCase()) continue;
    hits.push({ ...fields, name, collection_name: owner ?? collection });
  }
  return hits;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function lastSegment(value: string | undefined): string | undefined {
  return value?.split("/").filter(Boolean).pop();
}
