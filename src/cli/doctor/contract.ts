/**
 * The documented response shapes, as `npm run generate` extracted them from api-schema.yaml into
 * src/generated/contract.json at build time. The JSON is bundled into the CLI only: `import "@jetty/sdk"`
 * never loads it.
 */
import { JettyError } from "@jetty/sdk";
import data from "../../generated/contract.json";

/** The subset of JSON Schema the contract uses (scripts/contract.mjs refuses any other keyword). */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaOrBoolean>;
  required?: string[];
  additionalProperties?: SchemaOrBoolean;
  items?: SchemaOrBoolean;
  anyOf?: SchemaOrBoolean[];
  oneOf?: SchemaOrBoolean[];
  allOf?: SchemaOrBoolean[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

export type SchemaOrBoolean = Schema | boolean;

/** One documented read operation. */
export interface ContractOperation {
  method: "GET";
  /** The path template, e.g. `/api/v1/db/trajectory/{collection}/{task}/{trajectory_id}`. */
  path: string;
  /** The schema of its 200 JSON body. */
  response: SchemaOrBoolean;
}

export interface Contract {
  /** `info.version` of api-schema.yaml. */
  version: string | null;
  operations: Record<string, ContractOperation>;
  schemas: Record<string, SchemaOrBoolean>;
}

/** The contract this CLI was built with. */
export const CONTRACT: Contract = data as unknown as Contract;

/** The documented operation, or an error naming it when the spec no longer has it. */
export function operation(contract: Contract, operationId: string): ContractOperation {
  const found = contract.operations[operationId];
  if (!found) throw new JettyError(`api-schema.yaml documents no GET operation ${operationId}`);
  return found;
}
