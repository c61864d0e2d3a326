import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { requireName } from "../core/input";
import { callOperation } from "../core/operation";
import type { RequestOptions } from "../core/options";
import { createCollection, getCollection, listCollections } from "../generated/operations";
import type { zCollection, zCollectionCreate } from "../generated/schemas";
import { type ListPromise, offsetList } from "./list-promise";
import { APIResource } from "./resource";

/** The server's page size when no `limit` is sent (jetty-api.md §2.2). */
const DEFAULT_PAGE_SIZE = 100;

/**
 * A collection: the namespace that holds tasks, environment variables and trajectories.
 *
 * @example
 * ```ts
 * const collection: Collection = await jetty.collections.get("acme");
 * console.log(collection.id, collection.description);
 * ```
 */
export type Collection = z.output<typeof zCollection>;
/**
 * Body of `collections.create`.
 *
 * @example
 * ```ts
 * const params: CollectionCreateParams = { name: "evals", description: "Nightly evals" };
 * await jetty.collections.create(params);
 * ```
 */
export type CollectionCreateParams = z.input<typeof zCollectionCreate>;

/**
 * Paging for `collections.list`.
 *
 * @example
 * ```ts
 * const first50 = await jetty.collections.list({ skip: 0, limit: 50 } satisfies CollectionListParams);
 * ```
 */
export interface CollectionListParams {
  /** Items to skip. Default 0. */
  skip?: number;
  /** Most items to return. Default 100 (server side). */
  limit?: number;
}

/**
 * `jetty.collections`: list, read and create collections.
 *
 * @example
 * ```ts
 * import { Jetty } from "@jetty/sdk";
 * const jetty = new Jetty();
 * for await (const c of jetty.collections.list()) console.log(c.name);
 * ```
 */
export class Collections extends APIResource {
  /**
   * Lists the collections the token can see (a collection-scoped key sees only its own).
   * The server's bare array and the occasional `{ collections: [...] }` wrapper both come back
   * as a plain array. Awaited, it is that one answer; iterated with `for await`, it is every
   * collection, the following pages fetched with `skip` as the loop reaches them.
   *
   * @example
   * ```ts
   * const names = (await jetty.collections.list()).map((c) => c.name);
   * for await (const c of jetty.collections.list({ limit: 50 })) console.log(c.name);
   * ```
   */
  list(params: CollectionListParams = {}, options?: RequestOptions): ListPromise<Collection> {
    const page = (skip: number | undefined) =>
      callOperation(this._transport, listCollections, { query: { skip, limit: params.limit } }, options).map(
        (list) => (Array.isArray(list) ? list : list.collections),
      );
    return offsetList(page(params.skip), {
      skip: params.skip ?? 0,
      pageSize: params.limit ?? DEFAULT_PAGE_SIZE,
      fetch: page,
    });
  }

  /**
   * Reads one collection by name (matched case-insensitively by the server).
   *
   * @example
   * ```ts
   * const c = await jetty.collections.get("my-collection");
   * console.log(c.description);
   * ```
   */
  get(collection: string, options?: RequestOptions): APIPromise<Collection> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      return callOperation(this._transport, getCollection, { path: { collection } }, options);
    });
  }

  /**
   * Creates a collection. A name that exists already (in any letter case) is a `BadRequestError`.
   *
   * @example
   * ```ts
   * const c = await jetty.collections.create({ name: "evals", description: "Nightly evals" });
   * ```
   */
  create(params: CollectionCreateParams, options?: RequestOptions): APIPromise<Collection> {
    return APIPromise.attempt(() => {
      requireName("name", params?.name);
      return callOperation(this._transport, createCollection, { body: params }, options);
    });
  }
}
