/**
 * The operations of api-schema.yaml that the SDK does not wrap and/or the emulator does not serve,
 * each with the reason. coverage.test.ts checks every entry against the code.
 */
import type { OperationId } from "../../src/generated/operations";

/** What an excluded operation lacks: an SDK method, an emulator route, or both. */
export type Missing = "sdk" | "emulator" | "both";

/** Operations the SDK does not wrap and/or the emulator does not serve, each with the reason. */
export const EXCLUDED: Partial<Record<OperationId, { missing: Missing; why: string }>> = {
  deleteCollection: {
    missing: "sdk",
    why: "Admin-only route (a scoped key gets 403); deleting a whole collection is not an SDK verb. The emulator serves it so tests can clean up and see the 403.",
  },
  getCollectionStorage: {
    missing: "both",
    why: "DOCK-only storage settings (jetty-api.md §2.1 [B]); no skill or client reads them, so there is no SDK method to serve.",
  },
  updateCollectionStorage: {
    missing: "both",
    why: "DOCK-only storage settings (jetty-api.md §2.1 [B]); no SDK method, nothing to emulate.",
  },
  updateCollectionOwner: {
    missing: "both",
    why: "DOCK-only admin route that reassigns a collection's owner; no SDK method.",
  },
  listCollectionDatasets: {
    missing: "both",
    why: "A second route to a collection's datasets; the SDK lists them with listDatasets (/api/v1/datasets/{c}).",
  },
  listCollectionAgents: {
    missing: "both",
    why: "Agent assets live only in DOCK's asset store and their element shape is undocumented.",
  },
  getTaskHistory: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  getTaskVersion: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  searchDatasets: {
    missing: "both",
    why: "Asset-store search across collections; the SDK lists a collection's datasets only.",
  },
  validateCroissant: {
    missing: "both",
    why: "Croissant metadata validation of the asset store; outside the SDK's dataset verbs.",
  },
  replaceDatasetMetadata: {
    missing: "sdk",
    why: "DOCK's metadata replacement; datasets.update (PUT) already sets dataset_metadata. The emulator serves it for raw-HTTP tests.",
  },
  getDatasetPreview: {
    missing: "both",
    why: "Dataset previews (raw bytes) are a web-app feature; no SDK method.",
  },
  updateDatasetPreview: {
    missing: "both",
    why: "Dataset previews (multipart upload) are a web-app feature; no SDK method.",
  },
  getDatasetUpstream: {
    missing: "both",
    why: "Provenance tree of the asset store; no SDK method yet.",
  },
  getDatasetCroissant: {
    missing: "both",
    why: "Croissant JSON-LD export of the asset store; no SDK method.",
  },
  getDatasetHistory: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  getDatasetVersion: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  listAllModels: {
    missing: "both",
    why: "Models across every collection the token sees; the SDK lists a collection's models only.",
  },
  searchModels: {
    missing: "both",
    why: "Asset-store search across collections; the SDK lists a collection's models only.",
  },
  getModelHistory: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  getModelVersion: {
    missing: "both",
    why: "Asset-store version history (DOCK [B]); no SDK method yet.",
  },
  getHealth: {
    missing: "sdk",
    why: "A liveness probe for deployments; the SDK has no health method (any failed call already reports an outage).",
  },
};
