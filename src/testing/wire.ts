/**
 * The emulator's view of the wire types generated from api-schema.yaml. Entity types the emulator
 * keeps are either taken from here or checked with {@link Conforms}, so a schema change that the
 * emulator's data would no longer satisfy fails the type-check instead of drifting.
 */
import type { components } from "./contracts";

type Schemas = components["schemas"];

/** The generated type of component schema `N`. */
export type Wire<N extends keyof Schemas> = Schemas[N];

/**
 * `T`, once the compiler has proved it is a valid value of schema `N` (every field the schema requires,
 * every field typed as the schema types it). The emulator's types are narrower than the wire's: they
 * say what it always fills in.
 */
export type Conforms<T extends Schemas[N], N extends keyof Schemas> = T;
