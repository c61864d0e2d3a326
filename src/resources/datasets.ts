import type { z } from "zod";
import { path } from "../core/url-path";
import { zDataset, type zDatasetCreate, zDatasetList } from "../generated/schemas";
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
 * `delete`. Routes: `/api/v1/datasets/{collection}` (no trailing slash) and `/{name}`.
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
    super(
      context,
      {
        list: (c) => path`/api/v1/datasets/${c}`,
        create: (c) => path`/api/v1/datasets/${c}`,
        item: (c, name) => path`/api/v1/datasets/${c}/${name}`,
      },
      { item: zDataset, list: zDatasetList },
    );
  }
}
