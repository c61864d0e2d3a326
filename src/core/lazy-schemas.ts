/**
 * The generated schemas load on first use, not on import: schemas.ts builds every schema when it is
 * evaluated and brings zod with it, which would otherwise be most of the SDK's import time. The first
 * call that validates starts the load beside its request, so the two overlap; later calls get the
 * loaded schema synchronously.
 */
import type { SchemaRef } from "../generated/operations";

type Schemas = typeof import("../generated/schemas");

let loaded: Schemas | undefined;
let loading: Promise<Schemas> | undefined;

/** The generated schemas module, loaded (once) on the first call. */
export function loadSchemas(): Promise<Schemas> {
  loading ??= import("../generated/schemas").then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The schema `ref` names: at once when the schemas are loaded, else once they are. */
export function schemaOf<S extends SchemaRef>(ref: S): SchemaOf<S> | Promise<SchemaOf<S>> {
  if (loaded) return loaded[ref.name] as unknown as SchemaOf<S>;
  return loadSchemas().then((module) => module[ref.name] as unknown as SchemaOf<S>);
}

/** The schema type a {@link SchemaRef} carries. */
export type SchemaOf<R> = R extends SchemaRef<infer S> ? S : never;
