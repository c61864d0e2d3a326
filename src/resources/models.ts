import type { z } from "zod";
import { createModel, deleteModel, getModel, listModels, updateModel } from "../generated/operations";
import type { zTrainedModel, zTrainedModelCreate } from "../generated/schemas";
import { AssetResource } from "./asset-resource";
import type { ResourceContext } from "./resource";

/**
 * A trained model registered in a collection.
 *
 * @example
 * ```ts
 * const model: TrainedModel = await jetty.models.get("acme", "clf-v2");
 * console.log(model.model_path);
 * ```
 */
export type TrainedModel = z.output<typeof zTrainedModel>;
/**
 * Body of `models.create`: `name` and `model_path` are required.
 *
 * @example
 * ```ts
 * const params: TrainedModelCreateParams = { name: "clf-v2", model_path: "s3://bucket/clf-v2" };
 * ```
 */
export type TrainedModelCreateParams = z.input<typeof zTrainedModelCreate>;

/**
 * `jetty.models`: trained models registered in a collection — `list`, `get`, `create`,
 * `update`, `delete` (`listModels`, `createModel`, `getModel`, `updateModel`, `deleteModel`).
 *
 * @example
 * ```ts
 * await jetty.models.create("my-collection", { name: "clf-v2", model_path: "s3://bucket/clf-v2" });
 * for (const m of await jetty.models.list("my-collection")) console.log(m.name, m.model_path);
 * ```
 */
export class Models extends AssetResource<typeof zTrainedModel, typeof zTrainedModelCreate> {
  constructor(context: ResourceContext) {
    super(context, {
      list: listModels,
      create: createModel,
      get: getModel,
      update: updateModel,
      delete: deleteModel,
    });
  }
}
