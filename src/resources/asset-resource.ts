import type { z } from "zod";
import { APIPromise } from "../core/api-promise";
import { requireName, requireObject } from "../core/input";
import type { RequestOptions } from "../core/options";
import { zMessageResponse } from "../generated/schemas";
import { type Acknowledgement, acknowledgement } from "./acknowledgement";
import { APIResource, type ResourceContext } from "./resource";

/** How one kind of named asset is addressed; the API spells datasets and models differently. */
export interface AssetRoutes {
  list(collection: string): string;
  create(collection: string): string;
  item(collection: string, name: string): string;
}

/**
 * Paging for asset lists.
 *
 * @example
 * ```ts
 * const params: AssetListParams = { skip: 20, limit: 10 };
 * const page = await jetty.datasets.list("acme", params);
 * ```
 */
export interface AssetListParams {
  /** Items to skip. Default 0. */
  skip?: number;
  /** Most items to return. */
  limit?: number;
}

/**
 * The answer to a delete: an {@link Acknowledgement}. The asset store sends `{ message }` for
 * datasets, models and tasks; an empty body or a 204 is a success too.
 *
 * @example
 * ```ts
 * const { ok, body }: DeleteResponse = await jetty.models.delete("acme", "old-model");
 * ```
 */
export type DeleteResponse = Acknowledgement;

/**
 * CRUD over a collection's named assets (datasets, trained models): the same five verbs on
 * different routes and schemas.
 */
export abstract class AssetResource<Item extends z.ZodType, Create extends z.ZodType> extends APIResource {
  readonly #routes: AssetRoutes;
  readonly #item: Item;
  readonly #list: z.ZodArray<Item>;

  protected constructor(
    context: ResourceContext,
    routes: AssetRoutes,
    schemas: { item: Item; list: z.ZodArray<Item> },
  ) {
    super(context);
    this.#routes = routes;
    this.#item = schemas.item;
    this.#list = schemas.list;
  }

  /** Lists the collection's assets of this kind. */
  list(
    collection: string,
    params: AssetListParams = {},
    options?: RequestOptions,
  ): APIPromise<Array<z.output<Item>>> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      const query = { skip: params.skip, limit: params.limit };
      return this._transport.request(
        { method: "GET", path: this.#routes.list(collection), query },
        this.#list,
        options,
      );
    });
  }

  /** Reads one asset by name. */
  get(collection: string, name: string, options?: RequestOptions): APIPromise<z.output<Item>> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("name", name);
      return this._transport.request(
        { method: "GET", path: this.#routes.item(collection, name) },
        this.#item,
        options,
      );
    });
  }

  /** Registers an asset; a name that exists already is a `BadRequestError`. */
  create(collection: string, params: z.input<Create>, options?: RequestOptions): APIPromise<z.output<Item>> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("name", requireObject("params", params).name);
      return this._transport.request(
        { method: "POST", path: this.#routes.create(collection), json: params },
        this.#item,
        options,
      );
    });
  }

  /** Updates an asset; only the fields sent change. */
  update(
    collection: string,
    name: string,
    params: Partial<z.input<Create>>,
    options?: RequestOptions,
  ): APIPromise<z.output<Item>> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("name", name);
      requireObject("params", params);
      return this._transport.request(
        { method: "PUT", path: this.#routes.item(collection, name), json: params },
        this.#item,
        options,
      );
    });
  }

  /** Deletes an asset. */
  delete(collection: string, name: string, options?: RequestOptions): APIPromise<DeleteResponse> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("name", name);
      return this._transport
        .request(
          { method: "DELETE", path: this.#routes.item(collection, name), expect: "ack" },
          zMessageResponse,
          options,
        )
        .map(acknowledgement);
    });
  }
}
