/**
 * Lists that can be awaited (one answer, as before) or iterated with `for await` (every item, page
 * after page). The first page is the request the call already made; later pages reuse its options.
 */
import type { APIPromise } from "../core/api-promise";

/**
 * What every list method returns: `await` it for the array the server sent (one request, as
 * always; `withResponse()` and `asResponse()` work), or `for await` it for every item, fetching
 * further pages with `skip` as the loop reaches them where the endpoint pages.
 *
 * @example
 * ```ts
 * const first: Collection[] = await jetty.collections.list();
 * for await (const c of jetty.collections.list()) console.log(c.name);
 * const listed: ListPromise<TaskListItem> = jetty.tasks.list("acme");
 * ```
 */
export type ListPromise<Item> = APIPromise<Item[]> & AsyncIterable<Item>;

/** How an offset-paged list continues after its first answer. */
export interface OffsetPaging<Item> {
  /** The `skip` the first page was asked with. */
  skip: number;
  /**
   * The page size the server applies: the `limit` asked for, else the endpoint's documented
   * default; `undefined` when neither is known, and then only an empty page ends the list.
   */
  pageSize: number | undefined;
  /** Fetches the page that starts at `skip`, with the caller's other params and options. */
  fetch: (skip: number) => PromiseLike<Item[]>;
}

/** A list that is one answer: iterating it yields the items of that answer. */
export function singleList<Item>(first: APIPromise<Item[]>): ListPromise<Item> {
  return Object.assign(first, {
    async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
      yield* await first;
    },
  });
}

/**
 * An offset-paged list. Iteration stops at an empty page, a page shorter than the page size, or a
 * page with nothing new (a server that ignores `skip` must not loop forever); an item seen on an
 * earlier page (the list shifted between requests) is not yielded twice.
 */
export function offsetList<Item>(first: APIPromise<Item[]>, paging: OffsetPaging<Item>): ListPromise<Item> {
  return Object.assign(first, {
    async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
      const seen = new Set<string>();
      let skip = paging.skip;
      let page: Item[] = await first;
      for (;;) {
        let fresh = 0;
        for (const item of page) {
          const key = keyOf(item);
          if (key !== undefined) {
            if (seen.has(key)) continue;
            seen.add(key);
          }
          fresh++;
          yield item;
        }
        const short = paging.pageSize !== undefined && page.length < paging.pageSize;
        if (page.length === 0 || short || fresh === 0) return;
        skip += page.length;
        page = await paging.fetch(skip);
      }
    },
  });
}

/** An item's identity for de-duplication: its `id`, else its `name`; `undefined` when it has neither. */
function keyOf(item: unknown): string | undefined {
  if (item === null || typeof item !== "object") return undefined;
  const { id, name } = item as { id?: unknown; name?: unknown };
  if (typeof id === "string" || typeof id === "number") return `id:${id}`;
  if (typeof name === "string") return `name:${name}`;
  return undefined;
}
