// A build entry only (tsup.config.ts, VENDOR_ENTRIES): being an entry of its own puts gray-matter's
// code in a chunk file of its own, which a bundler drops whole from an app that never parses a
// runbook. Internal.
export { default } from "gray-matter";
