// generated from api-schema.yaml by npm run generate — do not edit

/** The values of `SettableTrajectoryStatus` (as its schema `zSettableTrajectoryStatus` accepts them), without loading zod. */
export const SettableTrajectoryStatusValues = ["pending","completed","failed","cancelled","archived"] as const;
