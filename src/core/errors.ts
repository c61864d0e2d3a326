// The error classes live in src/errors/ (below the core, so pure modules need not import it); this
// module keeps the core's own import path to them.
export * from "../errors/index";
