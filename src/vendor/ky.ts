// A build entry only (tsup.config.ts, VENDOR_ENTRIES): being an entry of its own puts ky's code in a
// chunk file of its own, which a bundler drops whole from an app that never sends a request. Internal.
export { default } from "ky";
