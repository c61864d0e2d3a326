/** Datasets (`/api/v1/datasets/{c}`, no trailing slash) and trained models (`/api/v1/models/{c}/` lists). */
import { type Core, page } from "../core";
import { readBody } from "../http/body";
import { HttpError, Reply } from "../http/respond";
import type { RoutedContext, Router } from "../http/router";
import { nameKey, nowIso } from "../ids";
import type { CollectionRecord } from "../store";

type Asset = Record<string, unknown> & { name: string; collection_name: string };

interface AssetKind {
  /** Path segment after `/api/v1/`. */
  readonly segment: string;
  /** The five operations of this kind (their routes differ: the model list has a trailing slash). */
  readonly operations: {
    readonly list: "listDatasets" | "listModels";
    readonly create: "createDataset" | "createModel";
    readonly get: "getDataset" | "getModel";
    readonly update: "updateDataset" | "updateModel";
    readonly delete: "deleteDataset" | "deleteModel";
  };
  readonly map: Map<string, Record<string, unknown>>;
  readonly entityType: string;
  readonly noun: string;
  readonly defaults: Record<string, unknown>;
  readonly createdStatus: number;
}

/** `/api/v1/datasets/...` and `/api/v1/models/...` CRUD. */
export function assetRoutes(router: Router, core: Core): void {
  const { store } = core;
  const kinds: AssetKind[] = [
    {
      segment: "datasets",
      operations: {
        list: "listDatasets",
        create: "createDataset",
        get: "getDataset",
        update: "updateDataset",
        delete: "deleteDataset",
      },
      map: store.datasets,
      entityType: "dataset",
      noun: "Dataset",
      defaults: {
        data_path: null,
        format: null,
        metadata_version: null,
        dataset_metadata: null,
        preview_type: null,
        long_description: null,
        asset_origin: null,
        is_private: true,
        croissant_metadata: null,
      },
      createdStatus: 200,
    },
    {
      segment: "models",
      operations: {
        list: "listModels",
        create: "createModel",
        get: "getModel",
        update: "updateModel",
        delete: "deleteModel",
      },
      map: store.models,
      entityType: "trained_model",
      noun: "Trained model",
      defaults: {
        model_path: null,
        metadata_version: null,
        model_metadata: null,
        asset_origin: null,
        long_description: null,
        model_attributes: null,
        is_private: true,
        croissant_metadata: null,
      },
      createdStatus: 201,
    },
  ];

  for (const kind of kinds) {
    const key = (c: CollectionRecord, name: string) => `${nameKey(c.wire.name)}/${nameKey(name)}`;
    const of = (c: CollectionRecord) =>
      [...kind.map.values()].filter((a) => a.collection_id === c.wire.id) as Asset[];
    const find = (c: CollectionRecord, name: string) => {
      const asset = kind.map.get(key(c, name));
      if (!asset) throw new HttpError(404, `${kind.noun} '${name}' not found in collection '${c.wire.name}'`);
      return asset;
    };
    const list = (ctx: RoutedContext<{ collection: string }>) => {
      const c = store.requireCollection(ctx.principal, ctx.params.collection);
      if (kind.segment === "datasets") {
        // DOCK answers 400 (not 422) to a negative skip or limit on this route.
        for (const p of ["skip", "limit"]) {
          if (Number(ctx.query.get(p) ?? 0) < 0) throw new HttpError(400, `${p} must be non-negative`);
        }
      }
      return page(of(c), ctx.query, 500);
    };
    router.on(kind.operations.list, list);

    router.on(kind.operations.create, async (ctx) => {
      const c = store.requireCollection(ctx.principal, ctx.params.collection);
      const body = (await readBody(ctx)) as Record<string, unknown> & { name: string };
      if (kind.map.has(key(c, body.name))) throw new HttpError(400, `${kind.noun} already exists`);
      const now = nowIso();
      const asset = {
        id: store.newId(),
        ...kind.defaults,
        ...body,
        collection_id: c.wire.id,
        collection_name: c.wire.name,
        entity_type: kind.entityType,
        created_at: now,
        updated_at: now,
      };
      kind.map.set(key(c, body.name), asset);
      return new Reply(kind.createdStatus, asset);
    });

    router.on(kind.operations.get, (ctx) =>
      find(store.requireCollection(ctx.principal, ctx.params.collection), ctx.params.name),
    );

    router.on(kind.operations.update, async (ctx) => {
      const c = store.requireCollection(ctx.principal, ctx.params.collection);
      const asset = find(c, ctx.params.name);
      const body = (await readBody(ctx)) as Record<string, unknown>;
      const { id: _id, collection_id: _cid, collection_name: _cn, entity_type: _et, ...changes } = body;
      if (typeof changes.name === "string" && nameKey(changes.name) !== nameKey(ctx.params.name)) {
        if (kind.map.has(key(c, changes.name))) throw new HttpError(400, `${kind.noun} already exists`);
        kind.map.delete(key(c, ctx.params.name));
        kind.map.set(key(c, changes.name), asset);
      }
      Object.assign(asset, changes, { updated_at: nowIso() });
      return asset;
    });

    router.on(kind.operations.delete, (ctx) => {
      const c = store.requireCollection(ctx.principal, ctx.params.collection);
      find(c, ctx.params.name);
      kind.map.delete(key(c, ctx.params.name));
      return { message: `${kind.noun} deleted successfully` };
    });
  }

  router.on("replaceDatasetMetadata", async (ctx) => {
    const c = store.requireCollection(ctx.principal, ctx.params.collection);
    const asset = store.datasets.get(`${nameKey(c.wire.name)}/${nameKey(ctx.params.name)}`);
    if (!asset)
      throw new HttpError(404, `Dataset '${ctx.params.name}' not found in collection '${c.wire.name}'`);
    asset.dataset_metadata = await readBody(ctx);
    asset.updated_at = nowIso();
    return asset;
  });
}
