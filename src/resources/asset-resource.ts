import type { z } from "zod";
import type { ZodMiniArray } from "zod/mini";
import { APIPromise } from "../core/api-promise";
import { requireName, requireObject } from "../core/input";
import { callOperation } from "../core/operation";
import { checkOptionKeys, LIST_PARAM_KEYS } from "../core/option-keys";
import type { RequestOptions } from "../core/options";
import type { OperationDescriptor, SchemaRef } from "../generated/operations";
import type { zMessageResponse } from "../generated/schemas";
import { type Acknowledgement, acknowledgement } from "./acknowledgement";
import { type ListPromise, offsetList } from "./list-promise";
import { APIResource, type ResourceContext } from "./resource";

/** An operation addressed by the path parameters `P`, with a body of kind `B`, that answers with `R`. */
type AssetOperation<
  P extends string,
  B extends "json" | "none",
  R extends z.core.$ZodType,
> = OperationDescriptor & {
  readonly pathParams: readonly { readonly name: P; readonly keepSlashes: boolean }[];
  readonly body: B;
  readonly response: SchemaRef<R>;
};

/** The five operations of one kind of named asset; the API spells datasets' and models' routes differently. */
export interface AssetOperations<Item extends z.core.$ZodType> {
  readonly list: AssetOperation<"collection", "none", ZodMiniArray<Item>>;
  readonly create: AssetOperation<"collection", "json", Item>;
  readonly get: AssetOperation<"collection" | "name", "none", Item>;
  readonly update: AssetOperation<"collection" | "name", "json", Item>;
  readonly delete: AssetOperation<"collection" | "name", "none", typeof zMessageResponse>;
}

// The result type of a call cannot be resolved while `Item` is generic; the descriptors above pin it.
type Of<Item extends z.core.$ZodType> = APIPromise<z.output<Item>>;

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
 * different operations.
 */
export abstract class AssetResource<
  Item extends z.core.$ZodType,
  Create extends z.core.$ZodType,
> extends APIResource {
  readonly #ops: AssetOperations<Item>;

  protected constructor(context: ResourceContext, operations: AssetOperations<Item>) {
    super(context);
    this.#ops = operations;
  }

  /**
   * Lists the collection's assets of this kind: awaited, the server's one answer; iterated with
   * `for await`, every asset, later pages fetched with `skip` until an empty page (the server's
   * default page size is not documented, so a short page alone does not end the list).
   */
  list(
    collection: string,
    params: AssetListParams = {},
    options?: RequestOptions,
  ): ListPromise<z.output<Item>> {
    const page = (skip: number | undefined) =>
      APIPromise.attempt(() => {
        requireName("collection", collection);
        checkOptionKeys(params, LIST_PARAM_KEYS, { what: "params" });
        const query = { skip, limit: params.limit };
        return callOperation(this._transport, this.#ops.list, { path: { collection }, query }, options);
      });
    return offsetList(page(params.skip), { skip: params.skip ?? 0, pageSize: params.limit, fetch: page });
  }

  /** Reads one asset by name. */
  get(collection: string, name: string, options?: RequestOptions): APIPromise<z.output<Item>> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("name", name);
      return callOperation(
        this._transport,
        this.#ops.get,
        { path: { collection, name } },
        options,
      ) as Of<Item>;
    });
  }

  /** Registers an asset; a name that exists already is a `BadRequestError`. */
  create(collection: string, params: z.input<Create>, options?: RequestOptions): APIPromise<z.output<Item>> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("name", requireObject("params", params).name);
      return callOperation(
        this._transport,
        this.#ops.create,
        { path: { collection }, body: params },
        options,
      ) as Of<Item>;
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
      return callOperation(
        this._transport,
        this.#ops.update,
        { path: { collection, name }, body: params },
        options,
      ) as Of<Item>;
    });
  }

  /** Deletes an asset. */
  delete(collection: string, name: string, options?: RequestOptions): APIPromise<DeleteResponse> {
    return APIPromise.attempt(() => {
      requireName("collection", collection);
      requireName("name", name);
      return callOperation(this._transport, this.#ops.delete, { path: { collection, name } }, options).map(
        acknowledgement,
      );
    });
  }
}
