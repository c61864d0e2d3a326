import type { z } from "zod";
import {
  createDataset,
  deleteDataset,
  getDataset,
  listDatasets,
  updateDataset,
} from "../generated/operations";
import type { zDataset, zDatasetCreate } from "../generated/schemas";
import { AssetResource } from "./asset-resource";
import type { ResourceContext } from "./resource";

/**
 * A dataset registered in a collection.
 *
 * @example
 * ```ts
 * const dataset: Dataset = await jetty.datasets.get("acme", "reviews");
 * console.log(dataset.data_path);
 * ```
 */
export type Dataset = z.output<typeof zDataset>;
/**
 * Body of `datasets.create`.
 *
 * @example
 * ```ts
 * const params: DatasetCreateParams = { name: "reviews", data_path: "s3://bucket/reviews.csv", format: "csv" };
 * ```
 */
export type DatasetCreateParams = z.input<typeof zDatasetCreate>;

/**
 * `jetty.datasets`: datasets registered in a collection — `list`, `get`, `create`, `update`,
 * `delete` (`listDatasets`, `createDataset`, `getDataset`, `updateDataset`, `deleteDataset`).
 *
 * @example
 * ```ts
 * await jetty.datasets.create("my-collection", { name: "reviews", data_path: "s3://bucket/reviews.csv", format: "csv" });
 * for (const d of await jetty.datasets.list("my-collection")) console.log(d.name, d.data_path);
 * const one = await jetty.datasets.get("my-collection", "reviews");
 * await jetty.datasets.delete("my-collection", "reviews");
 * ```
 */
export class Datasets extends AssetResource<typeof zDataset, typeof zDatasetCreate> {
  constructor(context: ResourceContext) {
    super(context, {
      list: listDatasets,
      create: createDataset,
      get: getDataset,
      update: updateDataset,
      delete: deleteDataset,
    });
  }
}
