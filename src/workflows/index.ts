/**
 * Workflow documents: typed authoring, path expressions and static validation.
 */
export { KNOWN_ACTIVITIES, type KnownActivityName } from "./activities";
export {
  type ActivityName,
  defineWorkflow,
  type PathExpression,
  type StepConfigDefinition,
  type StepConfigDocument,
  type VisionStepConfigDefinition,
  type WorkflowDefinition,
  type WorkflowDocument,
} from "./define";
export {
  PathResolutionError,
  type PathResolutionReason,
  PathSyntaxError,
  WorkflowValidationError,
} from "./errors";
export type { WorkflowIssue, WorkflowIssueCode } from "./issues";
export {
  type EvaluatePathOptions,
  evaluatePath,
  PATH_LIMITS,
  type PathContext,
  type PathSegment,
  parsePath,
  pathContextFromTrajectory,
  type TrajectoryLike,
} from "./path";
export {
  assertValidWorkflow,
  type ValidateWorkflowOptions,
  validateWorkflow,
  type WorkflowValidationResult,
} from "./validate";
