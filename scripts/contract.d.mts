// Types of scripts/contract.mjs, for the tests that import it.
export interface ContractDocument {
  $comment: string;
  version: string | null;
  operations: Record<string, { method: "GET"; path: string; response: unknown }>;
  schemas: Record<string, unknown>;
}

/** Builds the doctor's contract from a parsed OpenAPI 3.1 document; throws on a keyword it cannot check. */
export function buildContract(spec: unknown): ContractDocument;
