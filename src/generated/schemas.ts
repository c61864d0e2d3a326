// generated from api-schema.yaml by npm run generate — do not edit

import * as z from 'zod/mini';

/**
 * Any JSON object.
 */
export const zFreeFormObject = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown());

/**
 * FastAPI-style error body. `detail` is a message in the known answers; other JSON is tolerated.
 */
export const zErrorResponse = /* @__PURE__ */ z.looseObject({
    detail: /* @__PURE__ */ z.unknown()
});

export const zValidationErrorItem = /* @__PURE__ */ z.looseObject({
    loc: /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.int()])),
    msg: /* @__PURE__ */ z.string(),
    type: /* @__PURE__ */ z.string(),
    input: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    ctx: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string())
});

/**
 * FastAPI request-validation error (422). Some 422s (the asset store's pagination checks) carry a string `detail`.
 */
export const zHTTPValidationError = /* @__PURE__ */ z.looseObject({
    detail: /* @__PURE__ */ z.union([
        /* @__PURE__ */ z.array(zValidationErrorItem),
        /* @__PURE__ */ z.string()
    ])
});

/**
 * Acknowledgement of a delete. The asset store answers `{message}` for tasks, datasets and
 * models; routine deletes are undocumented. Any JSON, text or an empty body is accepted.
 */
export const zMessageResponse = /* @__PURE__ */ z.unknown();

/**
 * An undocumented acknowledgement body (any JSON, text, or an empty body / 204). The SDK hands it back as `{ ok: true, body }`.
 */
export const zAcknowledgementBody = /* @__PURE__ */ z.unknown();

export const zHealthResponse = /* @__PURE__ */ z.looseObject({
    status: /* @__PURE__ */ z.string()
});

export const zCollection = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
    name: /* @__PURE__ */ z.string(),
    description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    auth_org_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    owner_identifier: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    redacted_param_keys: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown())
});

/**
 * Bare array per the asset store and existing clients; a `{collections}` wrapper is tolerated.
 */
export const zCollectionList = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.array(zCollection),
    /* @__PURE__ */ z.looseObject({
        collections: /* @__PURE__ */ z.array(zCollection)
    })
]);

export const zCollectionCreate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.string(),
    description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    storage_info: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    storage_provider: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    environment_variables: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()))),
    owner_identifier: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * The collection plus its environment variables (plain-text values; `null` until set).
 */
export const zCollectionEnvironment = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
    name: /* @__PURE__ */ z.string(),
    description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    auth_org_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    owner_identifier: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    redacted_param_keys: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    environment_variables: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * A `null` value is stored as null (and reads as absent); a `null` map clears every key; an omitted field changes nothing.
 */
export const zEnvironmentUpdate = /* @__PURE__ */ z.looseObject({
    environment_variables: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())))
});

export const zCollectionStorage = /* @__PURE__ */ z.looseObject({
    storage_info: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    storage_provider: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * The asset store reads the body as a raw object; `owner_identifier` is optional and may be null.
 */
export const zCollectionOwnerUpdate = /* @__PURE__ */ z.looseObject({
    owner_identifier: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

export const zCollectionAgentList = /* @__PURE__ */ z.array(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()));

/**
 * Configuration of one step. `activity` names the step template; the other keys are its parameters (`X` literal, `X_path` a path expression).
 */
export const zStepConfig = /* @__PURE__ */ z.looseObject({
    activity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string())
});

/**
 * A workflow document. Templates sometimes also carry `name`, `version` and `description`.
 */
export const zWorkflow = /* @__PURE__ */ z.looseObject({
    init_params: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    step_configs: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), zStepConfig)),
    steps: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string()))
});

/**
 * A task as read back. The asset store keeps `workflow` as unvalidated JSON, so it is any JSON
 * here (a workflow document in every known answer); writes use the strict `Workflow`.
 */
export const zTask = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
    name: /* @__PURE__ */ z.string(),
    workflow: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    has_file_uploads: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    collection_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    entity_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    is_private: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    is_chat_flow: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    created_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    updated_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    environment_variables: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    storage_info: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    storage_provider: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * A list entry. The asset store builds it without `is_private`, so lists always show the default.
 */
export const zTaskListItem = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
    name: /* @__PURE__ */ z.string(),
    workflow: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    has_file_uploads: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    collection_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    collection_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    entity_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    is_private: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    is_chat_flow: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

export const zTaskList = /* @__PURE__ */ z.array(zTaskListItem);

export const zTaskCreate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.string(),
    workflow: zWorkflow,
    description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    has_file_uploads: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    is_private: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    entity_type: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    is_chat_flow: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean())
});

/**
 * Partial update; only the fields sent change. `name` renames the task.
 */
export const zTaskUpdate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    workflow: /* @__PURE__ */ z.optional(zWorkflow),
    description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    has_file_uploads: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    is_private: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * The indexed fields of a search hit (the asset store's Typesense documents).
 */
export const zSearchHitDocument = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    collection_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    entity_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    full_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    entity_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    long_description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * One hit. The asset store returns Typesense hits, with the indexed fields under `document`
 * beside `highlights` and `text_match`; a flat hit (the fields at the top level) is tolerated.
 */
export const zSearchHit = /* @__PURE__ */ z.looseObject({
    document: /* @__PURE__ */ z.nullish(zSearchHitDocument),
    highlights: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    text_match: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    collection_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    entity_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    full_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    entity_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

export const zSearchResult = /* @__PURE__ */ z.looseObject({
    hits: /* @__PURE__ */ z.array(zSearchHit)
});

/**
 * Undocumented; a bare array (of task list items or hits) or the asset store's `{hits}` form.
 */
export const zTaskSearchResult = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([zTaskListItem, zSearchHit])),
    zSearchResult
]);

export const zEntityVersion = /* @__PURE__ */ z.looseObject({
    index: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    transaction_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    content_hash: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    tags: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    created_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    operation_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    changeset: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    data: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * Versions come newest first.
 */
export const zEntityHistory = /* @__PURE__ */ z.looseObject({
    entity_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    entity_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    collection_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    total_versions: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    versions: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(zEntityVersion))
});

/**
 * Multipart fields of a run request. JSON-valued fields are sent as strings.
 */
export const zRunForm = /* @__PURE__ */ z.looseObject({
    init_params: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    files: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    use_trial_keys: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['true', 'false'])),
    secret_params: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    subscription_credential: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([
        /* @__PURE__ */ z.enum([
            'nous',
            'codex',
            'anthropic'
        ]),
        /* @__PURE__ */ z.string()
    ])),
    webhook_url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    webhook_secret: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string())
});

/**
 * Trial metadata attached to runs on trial keys. Every field may be absent.
 */
export const zTrialInfo = /* @__PURE__ */ z.looseObject({
    runs_used: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    runs_limit: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    runs_remaining: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    minutes_remaining: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number())
});

/**
 * Response of `POST /run` (open-ended). Only `workflow_id` is needed, to find the trajectory.
 */
export const zWorkflowResponse = /* @__PURE__ */ z.looseObject({
    message: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    workflow_id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[\s\S]*--[^-](?:-?[^-])*-?$/)),
    result: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    trajectory: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    metadata: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    trial: /* @__PURE__ */ z.nullish(zTrialInfo)
});

/**
 * Response of `POST /run-sync`: undocumented. Existing clients read it like `WorkflowResponse`,
 * and one reads `.steps` at the top level (a trajectory-like body), so nothing is required; the
 * SDK looks for the trajectory id in `workflow_id`, then `trajectory_id`, then
 * `trajectory.trajectory_id`.
 */
export const zRunSyncResponse = /* @__PURE__ */ z.looseObject({
    message: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    workflow_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    trajectory_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    status: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    result: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    trajectory: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    steps: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    metadata: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    trial: /* @__PURE__ */ z.nullish(zTrialInfo)
});

/**
 * Only `active` is documented, and every client reads it with a default of false, so it is optional here too.
 */
export const zTrialStatus = /* @__PURE__ */ z.looseObject({
    active: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    status: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    runs_used: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    runs_limit: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    runs_remaining: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    minutes_remaining: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number())
});

/**
 * Success is `active == true` or `status == "active"`.
 */
export const zTrialActivation = /* @__PURE__ */ z.looseObject({
    active: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    status: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    message: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    runs_used: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    runs_limit: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    runs_remaining: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    minutes_remaining: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number())
});

/**
 * Terminal statuses are completed, failed, cancelled and archived; only completed is success. Unknown values are passed through.
 */
export const zTrajectoryStatus = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.enum([
        'pending',
        'running',
        'completed',
        'failed',
        'cancelled',
        'archived'
    ]),
    /* @__PURE__ */ z.string()
]);

/**
 * Statuses the batch-update endpoint accepts.
 */
export const zSettableTrajectoryStatus = /* @__PURE__ */ z.enum([
    'pending',
    'completed',
    'failed',
    'cancelled',
    'archived'
]);

/**
 * Values are undocumented beyond `failed`; unknown values are passed through.
 */
export const zStepStatus = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.enum([
        'pending',
        'running',
        'completed',
        'failed',
        'cancelled',
        'skipped'
    ]),
    /* @__PURE__ */ z.string()
]);

/**
 * One step of a trajectory. Nothing is required; the SDK reads `status`, `error` and `outputs` defensively.
 */
export const zStep = /* @__PURE__ */ z.looseObject({
    inputs: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    outputs: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    activity: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    key: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    depends_on: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    created: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    ended: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    duration_seconds: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    author: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    origin: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    config: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    status: /* @__PURE__ */ z.nullish(zStepStatus),
    error: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown())
});

/**
 * Values are strings in existing clients; numbers, booleans and other JSON (e.g. from ingested scores) are tolerated.
 */
export const zLabel = /* @__PURE__ */ z.looseObject({
    key: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    value: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    created: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    author: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

export const zTrajectoryAttributes = /* @__PURE__ */ z.looseObject({
    asset_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    asset_filename: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    created: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    params: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * The inputs the run actually used.
 */
export const zTrajectoryInitParams = /* @__PURE__ */ z.looseObject({
    file_paths: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string()))
});

/**
 * The record of one run (open-ended). Required are exactly what the SDK needs: the id (to
 * address it) and the status (to wait on it); every other field may be missing or null.
 */
export const zTrajectory = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    trajectory_id: /* @__PURE__ */ z.string(),
    storage_path: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    status: zTrajectoryStatus,
    error: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    created: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    updated: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    author: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    metadata_uri: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    org_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    attributes: /* @__PURE__ */ z.nullish(zTrajectoryAttributes),
    init_params: /* @__PURE__ */ z.nullish(zTrajectoryInitParams),
    step_configs: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    steps: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), zStep)),
    total_steps: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    completed_steps: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    labels: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(zLabel)),
    triggered_by_routine_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.union([
        /* @__PURE__ */ z.number(),
        /* @__PURE__ */ z.string()
    ])),
    webhook_url: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * One page. Pages start at 1; stop on `has_more` false, an empty page or a short page.
 */
export const zTrajectoryList = /* @__PURE__ */ z.looseObject({
    trajectories: /* @__PURE__ */ z.array(zTrajectory),
    total: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    page: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    limit: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    has_more: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean())
});

/**
 * Shape undocumented (any JSON, or an empty body); the SDK hands it back as sent.
 */
export const zTrajectoryStats = /* @__PURE__ */ z.unknown();

/**
 * Only `level` is hinted at by the sources; every field may be missing or null.
 */
export const zLogEvent = /* @__PURE__ */ z.looseObject({
    level: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    message: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    timestamp: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    step: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * The object form of a run's logs.
 */
export const zWorkflowLogsObject = /* @__PURE__ */ z.looseObject({
    events: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(zLogEvent))
});

/**
 * Shape undocumented beyond events carrying a `level`; an object with `events` or a bare array of events (an empty or text body is tolerated too).
 */
export const zWorkflowLogs = /* @__PURE__ */ z.union([
    zWorkflowLogsObject,
    /* @__PURE__ */ z.array(zLogEvent)
]);

/**
 * Trajectory id → new status; several ids per call are allowed.
 */
export const zStatusUpdateRequest = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), zSettableTrajectoryStatus);

/**
 * Undocumented acknowledgement (any JSON, text, or an empty body).
 */
export const zStatusUpdateResponse = /* @__PURE__ */ z.unknown();

export const zLabelCreate = /* @__PURE__ */ z.looseObject({
    key: /* @__PURE__ */ z.string(),
    value: /* @__PURE__ */ z.string(),
    author: /* @__PURE__ */ z.string()
});

/**
 * Undocumented acknowledgement; a test fixture returns `{ok: true}` (any JSON, text, or an empty body).
 */
export const zLabelResponse = /* @__PURE__ */ z.unknown();

export const zIngestTrajectoryRequest = /* @__PURE__ */ z.looseObject({
    input: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    output: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    status: /* @__PURE__ */ z.optional(zTrajectoryStatus),
    scores: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number())),
    labels: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string())),
    cost_usd: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
    trajectory_id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    eval_id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    metadata: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    author: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    created: /* @__PURE__ */ z.optional(z.iso.datetime({ offset: true, local: true })),
    completed: /* @__PURE__ */ z.optional(z.iso.datetime({ offset: true, local: true }))
});

export const zIngestTrajectoryResponse = /* @__PURE__ */ z.looseObject({
    trajectory_id: /* @__PURE__ */ z.string(),
    name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    storage_path: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    status: /* @__PURE__ */ z.nullish(zTrajectoryStatus),
    labels: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(zLabel))
});

/**
 * Element shape undocumented; plain paths and objects are both accepted.
 */
export const zFileListEntry = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.string(),
    /* @__PURE__ */ z.looseObject({
        path: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
        name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
        size: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
        content_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
        updated: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
    })
]);

export const zFileListResponse = /* @__PURE__ */ z.looseObject({
    files: /* @__PURE__ */ z.array(zFileListEntry)
});

export const zSandboxUploadForm = /* @__PURE__ */ z.looseObject({
    files: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    collection: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string())
});

export const zSandboxUploadResponse = /* @__PURE__ */ z.looseObject({
    upload_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    file_paths: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    count: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int())
});

export const zFileUploadForm = /* @__PURE__ */ z.looseObject({
    file: /* @__PURE__ */ z.string(),
    purpose: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    collection: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string())
});

export const zCroissantUploadForm = /* @__PURE__ */ z.looseObject({
    file: /* @__PURE__ */ z.string()
});

/**
 * Only `id` is documented; it looks like `file-abc123` and belongs in `jetty.files`, never in `jetty.file_paths`.
 */
export const zFileObject = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.string()
});

/**
 * The skills use `activity_name`; older clients read `name`. Other fields are undocumented.
 */
export const zStepTemplate = /* @__PURE__ */ z.looseObject({
    activity_name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    category: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * `{templates, categories, total_count}` per the skills, or a bare array per older clients.
 */
export const zStepTemplateList = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.looseObject({
        templates: /* @__PURE__ */ z.array(zStepTemplate),
        categories: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown())),
        total_count: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int())
    }),
    /* @__PURE__ */ z.array(zStepTemplate)
]);

export const zDataset = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
    name: /* @__PURE__ */ z.string(),
    data_path: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    format: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    collection_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    collection_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    metadata_version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    dataset_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    preview_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    long_description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    asset_origin: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    is_private: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    entity_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    created_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    updated_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

export const zDatasetList = /* @__PURE__ */ z.array(zDataset);

export const zDatasetCreate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.string(),
    data_path: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    format: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    metadata_version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    dataset_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    preview_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    long_description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    asset_origin: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    is_private: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * Partial update.
 */
export const zDatasetUpdate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    data_path: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    format: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    metadata_version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    dataset_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    preview_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    long_description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    asset_origin: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    is_private: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

export const zDatasetPreviewForm = /* @__PURE__ */ z.looseObject({
    preview_update: /* @__PURE__ */ z.string()
});

export const zProvenanceNode = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    collection_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    entity_type: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    activity_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    upstream_entities: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))),
    downstream_entities: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())))
});

/**
 * Shape undocumented.
 */
export const zCroissantValidationReport = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown());

export const zTrainedModel = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
    name: /* @__PURE__ */ z.string(),
    model_path: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    collection_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    collection_name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    metadata_version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    model_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    asset_origin: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    long_description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    model_attributes: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    entity_type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    is_private: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    created_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    updated_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

export const zTrainedModelList = /* @__PURE__ */ z.array(zTrainedModel);

export const zTrainedModelCreate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.string(),
    model_path: /* @__PURE__ */ z.string(),
    metadata_version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    model_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    asset_origin: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    long_description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    model_attributes: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    is_private: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * Partial update.
 */
export const zTrainedModelUpdate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    model_path: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    metadata_version: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    model_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    asset_origin: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    long_description: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    model_attributes: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    is_private: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    croissant_metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * manual fires only through run-now. Unknown values are passed through.
 */
export const zCadenceType = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.enum([
        'manual',
        'hourly',
        'daily',
        'weekdays',
        'weekly'
    ]),
    /* @__PURE__ */ z.string()
]);

/**
 * UTC schedule. `manual` allows no other field; `hourly` takes an optional `minute_utc`;
 * `daily` and `weekdays` need `hour_utc`; `weekly` needs `hour_utc` and `day_of_week`.
 */
export const zCadence = /* @__PURE__ */ z.looseObject({
    type: zCadenceType,
    hour_utc: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(23))),
    minute_utc: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(59))),
    day_of_week: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum([
        'mon',
        'tue',
        'wed',
        'thu',
        'fri',
        'sat',
        'sun'
    ]))
});

/**
 * A cadence as routine responses echo it (response-only; requests use the strict `Cadence`).
 * Routine bodies are undocumented and pydantic emits `null` for unset optional fields, so every
 * field may be missing or null and `day_of_week` is open.
 */
export const zRoutineCadence = /* @__PURE__ */ z.looseObject({
    type: /* @__PURE__ */ z.nullish(zCadenceType),
    hour_utc: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    minute_utc: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    day_of_week: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.union([
        /* @__PURE__ */ z.enum([
            'mon',
            'tue',
            'wed',
            'thu',
            'fri',
            'sat',
            'sun'
        ]),
        /* @__PURE__ */ z.string()
    ]))
});

/**
 * Field set undocumented beyond the create fields and `next_run_at`; every field may be missing or null.
 */
export const zRoutine = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.union([
        /* @__PURE__ */ z.int(),
        /* @__PURE__ */ z.string()
    ])),
    name: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    collection: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    task: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    cadence: /* @__PURE__ */ z.nullish(zRoutineCadence),
    init_params_overrides: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    paused: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    webhook_url: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    next_run_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    created_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    updated_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

export const zRoutineCreate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.string(),
    cadence: zCadence,
    init_params_overrides: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    secret_params: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string())),
    paused: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    webhook_url: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    webhook_secret: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * Any subset of the create fields; objects sent replace the stored ones.
 */
export const zRoutineUpdate = /* @__PURE__ */ z.looseObject({
    name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    cadence: /* @__PURE__ */ z.optional(zCadence),
    init_params_overrides: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    secret_params: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string())),
    paused: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    webhook_url: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    webhook_secret: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * `{routines}` in the only fixture; a bare array is tolerated, as for collections.
 */
export const zRoutineList = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.looseObject({
        routines: /* @__PURE__ */ z.array(zRoutine)
    }),
    /* @__PURE__ */ z.array(zRoutine)
]);

export const zRoutineRunNowResponse = /* @__PURE__ */ z.looseObject({
    workflow_id: /* @__PURE__ */ z.string(),
    trajectory_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    message: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

/**
 * One recent run of a routine. Undocumented; a trajectory or a run summary (id, workflow id, start time), so every field may be missing or null.
 */
export const zRoutineRun = /* @__PURE__ */ z.looseObject({
    trajectory_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    workflow_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    status: /* @__PURE__ */ z.nullish(zTrajectoryStatus),
    created: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    started_at: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    triggered_by_routine_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.union([
        /* @__PURE__ */ z.number(),
        /* @__PURE__ */ z.string()
    ]))
});

/**
 * `{trajectories}` in the only fixture; a bare array is tolerated.
 */
export const zRoutineRuns = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.looseObject({
        trajectories: /* @__PURE__ */ z.array(zRoutineRun)
    }),
    /* @__PURE__ */ z.array(zRoutineRun)
]);

/**
 * Coding agent for runbook mode. Unknown values are passed through.
 */
export const zAgent = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.enum([
        'claude-code',
        'opencode',
        'codex',
        'gemini-cli'
    ]),
    /* @__PURE__ */ z.string()
]);

/**
 * Unknown values are passed through.
 */
export const zModelProvider = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.enum([
        'anthropic',
        'openrouter',
        'openai',
        'google',
        'bedrock'
    ]),
    /* @__PURE__ */ z.string()
]);

/**
 * Sandbox image; `python312-uv` when omitted. Unknown values are passed through.
 */
export const zSnapshot = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.enum(['python312-uv', 'prism-playwright']),
    /* @__PURE__ */ z.string()
]);

/**
 * Unknown values are passed through.
 */
export const zChatRole = /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.enum([
        'system',
        'user',
        'assistant',
        'tool',
        'developer'
    ]),
    /* @__PURE__ */ z.string()
]);

export const zChatContentPart = /* @__PURE__ */ z.looseObject({
    type: /* @__PURE__ */ z.string(),
    text: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string())
});

export const zChatToolCall = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    type: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    function: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.looseObject({
        name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
        arguments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string())
    }))
});

export const zChatMessage = /* @__PURE__ */ z.looseObject({
    role: zChatRole,
    content: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.union([
        /* @__PURE__ */ z.string(),
        /* @__PURE__ */ z.array(zChatContentPart)
    ])),
    name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    tool_calls: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(zChatToolCall)),
    tool_call_id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string())
});

/**
 * Presence switches the request to runbook mode.
 */
export const zJettyChatOptions = /* @__PURE__ */ z.looseObject({
    runbook: /* @__PURE__ */ z.boolean(),
    collection: /* @__PURE__ */ z.string(),
    task: /* @__PURE__ */ z.string(),
    agent: /* @__PURE__ */ z.optional(zAgent),
    model_provider: /* @__PURE__ */ z.optional(zModelProvider),
    snapshot: /* @__PURE__ */ z.optional(zSnapshot),
    template_variables: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string())),
    file_paths: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    files: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    use_trial_keys: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    secret_params: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string()))
});

/**
 * OpenAI chat-completion parameters plus the optional `jetty` block.
 */
export const zChatCompletionRequest = /* @__PURE__ */ z.looseObject({
    model: /* @__PURE__ */ z.string(),
    messages: /* @__PURE__ */ z.array(zChatMessage).check(/* @__PURE__ */ z.minLength(1)),
    stream: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.boolean()),
    stream_options: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    temperature: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    top_p: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    n: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    max_tokens: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    max_completion_tokens: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    stop: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.union([
        /* @__PURE__ */ z.string(),
        /* @__PURE__ */ z.array(/* @__PURE__ */ z.string())
    ])),
    presence_penalty: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    frequency_penalty: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    seed: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    user: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    tools: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))),
    tool_choice: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    response_format: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    metadata: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
    jetty: /* @__PURE__ */ z.optional(zJettyChatOptions)
});

/**
 * Where the SDK looks first for the trajectory of a runbook-mode completion (response body and
 * first stream chunk). The object is this project's reading of an undocumented response, so
 * nothing in it is required; the SDK falls back to a top-level `trajectory_id`, a
 * `trajectory_url`, the `x-jetty-trajectory-id` header, and finally to listing the task's
 * newest trajectories.
 */
export const zJettyRunInfo = /* @__PURE__ */ z.looseObject({
    trajectory_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    collection: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    task: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    workflow_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    trajectory_url: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

export const zChatCompletionUsage = /* @__PURE__ */ z.looseObject({
    prompt_tokens: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    completion_tokens: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    total_tokens: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number())
});

/**
 * An assistant message as a response carries it (response-only; requests use `ChatMessage`, whose `role` is required).
 */
export const zChatCompletionMessage = /* @__PURE__ */ z.looseObject({
    role: /* @__PURE__ */ z.nullish(zChatRole),
    content: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.union([
        /* @__PURE__ */ z.string(),
        /* @__PURE__ */ z.array(/* @__PURE__ */ z.looseObject({
            type: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
            text: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
        }))
    ])),
    refusal: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    tool_calls: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())))
});

export const zChatCompletionChoice = /* @__PURE__ */ z.looseObject({
    index: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    message: /* @__PURE__ */ z.nullish(zChatCompletionMessage),
    finish_reason: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    logprobs: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * A chat completion. Passthrough answers follow OpenAI's shape; the runbook-mode body is
 * undocumented, so nothing is required (the SDK returns `choices` as an empty array when absent)
 * and the places the trajectory id may appear are all declared optional.
 */
export const zChatCompletion = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    object: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    created: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    model: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    choices: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(zChatCompletionChoice)),
    usage: /* @__PURE__ */ z.nullish(zChatCompletionUsage),
    system_fingerprint: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    jetty: /* @__PURE__ */ z.nullish(zJettyRunInfo),
    trajectory_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    trajectory_url: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    workflow_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});

export const zChatCompletionDelta = /* @__PURE__ */ z.looseObject({
    role: /* @__PURE__ */ z.nullish(zChatRole),
    content: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    tool_calls: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())))
});

export const zChatCompletionChunkChoice = /* @__PURE__ */ z.looseObject({
    index: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.int()),
    delta: /* @__PURE__ */ z.nullish(zChatCompletionDelta),
    finish_reason: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    logprobs: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()))
});

/**
 * One `data:` frame of a streamed completion. In runbook mode the first chunk carries `jetty`.
 * The streamed format is undocumented, so nothing is required (the SDK yields `choices` as an
 * empty array when absent).
 */
export const zChatCompletionChunk = /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    object: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    created: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.number()),
    model: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    choices: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.array(zChatCompletionChunkChoice)),
    usage: /* @__PURE__ */ z.nullish(zChatCompletionUsage),
    system_fingerprint: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    jetty: /* @__PURE__ */ z.nullish(zJettyRunInfo),
    trajectory_id: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string()),
    trajectory_url: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.string())
});
