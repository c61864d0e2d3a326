/** Paging of `jetty.trajectories.list`: the page object, its iteration and `toArray`. */

import { APIPromise } from "../core/api-promise";
import { InvalidInputError, JettyError } from "../core/errors";
import { requireName, requireObject } from "../core/input";
import { callOperation } from "../core/operation";
import { checkOptionKeys, PAGE_PARAM_KEYS } from "../core/option-keys";
import type { RequestOptions } from "../core/options";
import type { Transport } from "../core/transport";
import { listTrajectories } from "../generated/operations";
import type { Trajectory, TrajectoryListBody } from "./trajectory-types";

/**
 * Paging of `trajectories.list`.
 *
 * @example
 * ```ts
 * const params: TrajectoryListParams = { limit: 20, page: 2 };
 * ```
 */
export interface TrajectoryListParams {
  /** Items per page. Default: the server's (10 in known clients). */
  limit?: number;
  /** The page to start at; pages start at 1. Default 1. */
  page?: number;
}

/**
 * One page of trajectories, newest first as the server orders them. Also an async iterator over every
 * trajectory of this page and all later ones, fetched page by page as the loop reaches them.
 *
 * Iteration stops at the first page that says `has_more: false`, is empty, or is short (fewer items
 * than the page's `limit` — the server's reported limit when it sends one, else the one requested).
 *
 * @example
 * ```ts
 * const page = await jetty.trajectories.list("acme", "triage", { limit: 50 });
 * console.log(page.total, page.trajectories.length, page.hasMore);
 * if (page.hasNextPage()) {
 *   const next = await page.nextPage();
 * }
 * ```
 */
export class TrajectoryPage implements AsyncIterable<Trajectory> {
  /** The items of this page. */
  readonly trajectories: Trajectory[];
  /** Total number of trajectories of the task, when the server says. */
  readonly total: number | undefined;
  /** This page's number (from 1). */
  readonly page: number;
  /** Page size: the server's reported `limit`, else the one requested, else `undefined`. */
  readonly limit: number | undefined;
  /** Whether a next page should be fetched (the stop rules above applied to this page). */
  readonly hasMore: boolean;
  /** The page body as received (wire names, unknown fields kept). */
  readonly body: TrajectoryListBody;
  readonly #fetchPage: (page: number) => APIPromise<TrajectoryPage>;

  /**
   * Built by `trajectories.list`; not meant to be constructed by callers.
   *
   * @example
   * ```ts
   * const page = await jetty.trajectories.list("acme", "triage");
   * ```
   */
  constructor(
    body: TrajectoryListBody,
    requested: { page: number; limit: number | undefined },
    fetchPage: (page: number) => APIPromise<TrajectoryPage>,
  ) {
    this.body = body;
    this.trajectories = body.trajectories;
    this.total = body.total ?? undefined;
    this.page = body.page ?? requested.page;
    this.limit = body.limit ?? requested.limit;
    this.#fetchPage = fetchPage;
    const count = body.trajectories.length;
    this.hasMore = count > 0 && body.has_more !== false && !(this.limit !== undefined && count < this.limit);
  }

  /**
   * The server's own `has_more`, as sent (the wire name, like the body's other fields); undefined when
   * the server left it out. {@link TrajectoryPage.hasMore} is the SDK's decision, which also stops
   * on an empty or short page.
   *
   * @example
   * ```ts
   * const page = await jetty.trajectories.list("acme", "triage", { limit: 20 });
   * console.log(page.has_more, page.hasMore);
   * ```
   */
  get has_more(): boolean | undefined {
    return this.body.has_more ?? undefined;
  }

  /**
   * Whether another page follows (same as {@link TrajectoryPage.hasMore}).
   *
   * @example
   * ```ts
   * let page = await jetty.trajectories.list("acme", "triage");
   * while (page.hasNextPage()) page = await page.nextPage();
   * ```
   */
  hasNextPage(): boolean {
    return this.hasMore;
  }

  /**
   * Fetches the following page with the same limit and request options. Throws `JettyError` when
   * {@link TrajectoryPage.hasNextPage} is false.
   *
   * @example
   * ```ts
   * const second = await (await jetty.trajectories.list("acme", "triage", { limit: 5 })).nextPage();
   * ```
   */
  nextPage(): APIPromise<TrajectoryPage> {
    return APIPromise.attempt(() => {
      if (!this.hasMore) {
        throw new JettyError(`No page after page ${this.page}; check hasNextPage() first.`);
      }
      return this.#fetchPage(this.page + 1);
    });
  }

  /**
   * This page and every later one, fetched one at a time.
   *
   * @example
   * ```ts
   * for await (const page of (await jetty.trajectories.list("acme", "triage")).iterPages()) {
   *   console.log(page.page, page.trajectories.length);
   * }
   * ```
   */
  async *iterPages(): AsyncGenerator<TrajectoryPage, void, undefined> {
    let page: TrajectoryPage = this;
    for (;;) {
      yield page;
      if (!page.hasMore) return;
      page = await page.nextPage();
    }
  }

  /**
   * Every trajectory of this page and the later ones, each once: the list is newest first and
   * numbered by page, so runs started while it is read push items down and the next page can
   * repeat the last ones of this page; those repeats (same `trajectory_id`) are skipped.
   *
   * @example
   * ```ts
   * for await (const t of await jetty.trajectories.list("acme", "triage")) console.log(t.trajectory_id);
   * ```
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<Trajectory, void, undefined> {
    const seen = new Set<string>();
    for await (const page of this.iterPages()) {
      for (const trajectory of page.trajectories) {
        const id = trajectory.trajectory_id;
        if (typeof id === "string") {
          if (seen.has(id)) continue;
          seen.add(id);
        }
        yield trajectory;
      }
    }
  }

  /**
   * Collects the trajectories of this page and the later ones (each once, as iteration does) into
   * an array, fetching no more pages than `limit` needs. Without `limit`, every page is read.
   *
   * @throws {InvalidInputError} when `limit` is not a positive integer.
   *
   * @example
   * ```ts
   * const page = await jetty.trajectories.list("acme", "triage", { limit: 20 });
   * const latest50 = await page.toArray({ limit: 50 });
   * ```
   */
  async toArray(options: { limit?: number } = {}): Promise<Trajectory[]> {
    const limit = positiveInteger("limit", requireObject("options", options).limit);
    const out: Trajectory[] = [];
    if (limit === undefined) {
      for await (const trajectory of this) out.push(trajectory);
      return out;
    }
    for await (const trajectory of this) {
      out.push(trajectory);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/**
 * What `trajectories.list` returns: awaiting it gives the first page; iterating it with `for await`
 * gives every trajectory of every page (each once); `toArray({ limit })` collects them.
 *
 * @example
 * ```ts
 * const first = await jetty.trajectories.list("acme", "triage");        // one page
 * for await (const t of jetty.trajectories.list("acme", "triage")) {}   // all items
 * const recent = await jetty.trajectories.list("acme", "triage").toArray({ limit: 30 });
 * ```
 */
export type TrajectoryPagePromise = APIPromise<TrajectoryPage> &
  AsyncIterable<Trajectory> & {
    /** See {@link TrajectoryPage.toArray}. */
    toArray(options?: { limit?: number }): Promise<Trajectory[]>;
  };

/** The page promise of `trajectories.list`, starting at `params.page` (default 1). */
export function listTrajectoryPages(
  transport: Transport,
  collection: string,
  task: string,
  params: TrajectoryListParams,
  options: RequestOptions | undefined,
): TrajectoryPagePromise {
  const first = APIPromise.attempt(() => {
    requireName("collection", collection);
    requireName("task", task);
    requireObject("params", params);
    checkOptionKeys(params, PAGE_PARAM_KEYS, { what: "params" });
    const limit = positiveInteger("limit", params.limit);
    const start = positiveInteger("page", params.page) ?? 1;
    const fetchPage = (page: number): APIPromise<TrajectoryPage> =>
      callOperation(
        transport,
        listTrajectories,
        { path: { collection, task }, query: { limit, page } },
        options,
      ).map((body) => new TrajectoryPage(body, { page, limit }, fetchPage));
    return fetchPage(start);
  });
  return Object.assign(first, {
    async *[Symbol.asyncIterator]() {
      yield* await first;
    },
    async toArray(toArrayOptions?: { limit?: number }) {
      return (await first).toArray(toArrayOptions);
    },
  });
}

/** A positive (or, with `allowZero`, non-negative) integer, or undefined when not given. */
export function positiveInteger(param: string, value: unknown, allowZero = false): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new InvalidInputError(
      param,
      `expected a ${allowZero ? "non-negative" : "positive"} integer, got ${String(value)}.`,
    );
  }
  return value;
}
