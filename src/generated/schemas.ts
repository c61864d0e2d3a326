// generated from api-schema.yaml by npm run generate — do not edit

import * as z from 'zod';

/**
 * Any JSON object.
 */
export const zFreeFormObject = z.record(z.string(), z.unknown());

/**
 * FastAPI-style error body. `detail` is a message in the known answers; other JSON is tolerated.
 */
export const zErrorResponse = z.looseObject({
    detail: z.unknown()
});

export const zValidationErrorItem = z.looseObject({
    loc: z.array(z.union([z.string(), z.int()])),
    msg: z.string(),
    type: z.string(),
    input: z.unknown().optional(),
    ctx: z.record(z.string(), z.unknown()).optional(),
    url: z.string().optional()
});

/**
 * FastAPI request-validation error (422). Some 422s (the asset store's pagination checks) carry a string `detail`.
 */
export const zHTTPValidationError = z.looseObject({
    detail: z.union([
        z.array(zValidationErrorItem),
        z.string()
    ])
});

/**
 * Acknowledgement of a delete. The asset store answers `{message}` for tasks, datasets and
 * models; routine deletes are undocumented. Any JSON, text or an empty body is accepted.
 */
export const zMessageResponse = z.unknown();

/**
 * An undocumented acknowledgement body (any JSON, text, or an empty body / 204). The SDK hands it back as `{ ok: true, body }`.
 */
export const zAcknowledgementBody = z.unknown();

export const zHealthResponse = z.looseObject({
    status: z.string()
});

export const zCollection = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    description: z.string().nullish(),
    auth_org_id: z.string().nullish(),
    owner_identifier: z.string().nullish(),
    redacted_param_keys: z.unknown().optional()
});

/**
 * Bare array per the asset store and existing clients; a `{collections}` wrapper is tolerated.
 */
export const zCollectionList = z.union([
    z.array(zCollection),
    z.looseObject({
        collections: z.array(zCollection)
    })
]);

export const zCollectionCreate = z.looseObject({
    name: z.string(),
    description: z.string().nullish(),
    storage_info: z.record(z.string(), z.unknown()).nullish(),
    storage_provider: z.string().nullish(),
    environment_variables: z.record(z.string(), z.string().nullable()).nullish(),
    owner_identifier: z.string().nullish()
});

/**
 * The collection plus its environment variables (plain-text values; `null` until set).
 */
export const zCollectionEnvironment = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    description: z.string().nullish(),
    auth_org_id: z.string().nullish(),
    owner_identifier: z.string().nullish(),
    redacted_param_keys: z.unknown().optional(),
    environment_variables: z.record(z.string(), z.unknown()).nullish()
});

/**
 * A `null` value is stored as null (and reads as absent); a `null` map clears every key; an omitted field changes nothing.
 */
export const zEnvironmentUpdate = z.looseObject({
    environment_variables: z.record(z.string(), z.string().nullable()).nullish()
});

export const zCollectionStorage = z.looseObject({
    storage_info: z.record(z.string(), z.unknown()).nullish(),
    storage_provider: z.string().nullish()
});

/**
 * The asset store reads the body as a raw object; `owner_identifier` is optional and may be null.
 */
export const zCollectionOwnerUpdate = z.looseObject({
    owner_identifier: z.string().nullish()
});

export const zCollectionAgentList = z.array(z.record(z.string(), z.unknown()));

/**
 * Configuration of one step. `activity` names the step template; the other keys are its parameters (`X` literal, `X_path` a path expression).
 */
export const zStepConfig = z.looseObject({
    activity: z.string().optional()
});

/**
 * A workflow document. Templates sometimes also carry `name`, `version` and `description`.
 */
export const zWorkflow = z.looseObject({
    init_params: z.record(z.string(), z.unknown()).optional(),
    step_configs: z.record(z.string(), zStepConfig).optional(),
    steps: z.array(z.string()).optional()
});

/**
 * A task as read back. The asset store keeps `workflow` as unvalidated JSON, so it is any JSON
 * here (a workflow document in every known answer); writes use the strict `Workflow`.
 */
export const zTask = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    workflow: z.unknown().optional(),
    version: z.string().nullish(),
    description: z.string().nullish(),
    has_file_uploads: z.boolean().nullish(),
    collection_id: z.int().nullish(),
    entity_type: z.string().nullish(),
    is_private: z.boolean().nullish(),
    is_chat_flow: z.boolean().nullish(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish(),
    created_at: z.string().nullish(),
    updated_at: z.string().nullish(),
    environment_variables: z.unknown().optional(),
    storage_info: z.record(z.string(), z.unknown()).nullish(),
    storage_provider: z.string().nullish()
});

/**
 * A list entry. The asset store builds it without `is_private`, so lists always show the default.
 */
export const zTaskListItem = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    workflow: z.unknown().optional(),
    version: z.string().nullish(),
    description: z.string().nullish(),
    has_file_uploads: z.boolean().nullish(),
    collection_id: z.int().nullish(),
    collection_name: z.string().nullish(),
    entity_type: z.string().nullish(),
    is_private: z.boolean().nullish(),
    is_chat_flow: z.boolean().nullish(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish()
});

export const zTaskList = z.array(zTaskListItem);

export const zTaskCreate = z.looseObject({
    name: z.string(),
    workflow: zWorkflow,
    description: z.string().nullish(),
    version: z.string().nullish(),
    has_file_uploads: z.boolean().optional(),
    is_private: z.boolean().optional(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish(),
    entity_type: z.string().optional(),
    is_chat_flow: z.boolean().optional()
});

/**
 * Partial update; only the fields sent change. `name` renames the task.
 */
export const zTaskUpdate = z.looseObject({
    name: z.string().optional(),
    workflow: zWorkflow.optional(),
    description: z.string().nullish(),
    version: z.string().nullish(),
    has_file_uploads: z.boolean().optional(),
    is_private: z.boolean().optional(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish()
});

/**
 * The indexed fields of a search hit (the asset store's Typesense documents).
 */
export const zSearchHitDocument = z.looseObject({
    id: z.string().nullish(),
    collection_name: z.string().nullish(),
    entity_name: z.string().nullish(),
    full_name: z.string().nullish(),
    entity_type: z.string().nullish(),
    long_description: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish()
});

/**
 * One hit. The asset store returns Typesense hits, with the indexed fields under `document`
 * beside `highlights` and `text_match`; a flat hit (the fields at the top level) is tolerated.
 */
export const zSearchHit = z.looseObject({
    document: zSearchHitDocument.nullish(),
    highlights: z.unknown().optional(),
    text_match: z.number().nullish(),
    collection_name: z.string().nullish(),
    entity_name: z.string().nullish(),
    full_name: z.string().nullish(),
    entity_type: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish()
});

export const zSearchResult = z.looseObject({
    hits: z.array(zSearchHit)
});

/**
 * Undocumented; a bare array (of task list items or hits) or the asset store's `{hits}` form.
 */
export const zTaskSearchResult = z.union([
    z.array(z.union([zTaskListItem, zSearchHit])),
    zSearchResult
]);

export const zEntityVersion = z.looseObject({
    index: z.int().nullish(),
    transaction_id: z.int().nullish(),
    content_hash: z.string().nullish(),
    tags: z.array(z.string()).nullish(),
    created_at: z.string().nullish(),
    operation_type: z.string().nullish(),
    changeset: z.record(z.string(), z.unknown()).nullish(),
    data: z.record(z.string(), z.unknown()).nullish()
});

/**
 * Versions come newest first.
 */
export const zEntityHistory = z.looseObject({
    entity_name: z.string().nullish(),
    entity_type: z.string().nullish(),
    collection_name: z.string().nullish(),
    total_versions: z.int().nullish(),
    versions: z.array(zEntityVersion).nullish()
});

/**
 * Multipart fields of a run request. JSON-valued fields are sent as strings.
 */
export const zRunForm = z.looseObject({
    init_params: z.string().optional(),
    files: z.array(z.string()).optional(),
    use_trial_keys: z.enum(['true', 'false']).optional(),
    secret_params: z.string().optional(),
    subscription_credential: z.union([
        z.enum([
            'nous',
            'codex',
            'anthropic'
        ]),
        z.string()
    ]).optional(),
    webhook_url: z.string().optional(),
    webhook_secret: z.string().optional()
});

/**
 * Trial metadata attached to runs on trial keys. Every field may be absent.
 */
export const zTrialInfo = z.looseObject({
    runs_used: z.int().nullish(),
    runs_limit: z.int().nullish(),
    runs_remaining: z.int().nullish(),
    minutes_remaining: z.number().nullish()
});

/**
 * Response of `POST /run` (open-ended). Only `workflow_id` is needed, to find the trajectory.
 */
export const zWorkflowResponse = z.looseObject({
    message: z.string().nullish(),
    workflow_id: z.string().regex(/^[\s\S]*--[^-](?:-?[^-])*-?$/),
    result: z.unknown().optional(),
    trajectory: z.unknown().optional(),
    metadata: z.unknown().optional(),
    trial: zTrialInfo.nullish()
});

/**
 * Response of `POST /run-sync`: undocumented. Existing clients read it like `WorkflowResponse`,
 * and one reads `.steps` at the top level (a trajectory-like body), so nothing is required; the
 * SDK looks for the trajectory id in `workflow_id`, then `trajectory_id`, then
 * `trajectory.trajectory_id`.
 */
export const zRunSyncResponse = z.looseObject({
    message: z.string().nullish(),
    workflow_id: z.string().nullish(),
    trajectory_id: z.string().nullish(),
    status: z.string().nullish(),
    result: z.unknown().optional(),
    trajectory: z.unknown().optional(),
    steps: z.unknown().optional(),
    metadata: z.unknown().optional(),
    trial: zTrialInfo.nullish()
});

/**
 * Only `active` is documented, and every client reads it with a default of false, so it is optional here too.
 */
export const zTrialStatus = z.looseObject({
    active: z.boolean().nullish(),
    status: z.string().nullish(),
    runs_used: z.int().nullish(),
    runs_limit: z.int().nullish(),
    runs_remaining: z.int().nullish(),
    minutes_remaining: z.number().nullish()
});

/**
 * Success is `active == true` or `status == "active"`.
 */
export const zTrialActivation = z.looseObject({
    active: z.boolean().nullish(),
    status: z.string().nullish(),
    message: z.string().nullish(),
    runs_used: z.int().nullish(),
    runs_limit: z.int().nullish(),
    runs_remaining: z.int().nullish(),
    minutes_remaining: z.number().nullish()
});

/**
 * Terminal statuses are completed, failed, cancelled and archived; only completed is success. Unknown values are passed through.
 */
export const zTrajectoryStatus = z.union([
    z.enum([
        'pending',
        'running',
        'completed',
        'failed',
        'cancelled',
        'archived'
    ]),
    z.string()
]);

/**
 * Statuses the batch-update endpoint accepts.
 */
export const zSettableTrajectoryStatus = z.enum([
    'pending',
    'completed',
    'failed',
    'cancelled',
    'archived'
]);

/**
 * Values are undocumented beyond `failed`; unknown values are passed through.
 */
export const zStepStatus = z.union([
    z.enum([
        'pending',
        'running',
        'completed',
        'failed',
        'cancelled',
        'skipped'
    ]),
    z.string()
]);

/**
 * One step of a trajectory. Nothing is required; the SDK reads `status`, `error` and `outputs` defensively.
 */
export const zStep = z.looseObject({
    inputs: z.record(z.string(), z.unknown()).nullish(),
    outputs: z.record(z.string(), z.unknown()).nullish(),
    activity: z.string().nullish(),
    key: z.string().nullish(),
    depends_on: z.array(z.string()).nullish(),
    created: z.string().nullish(),
    ended: z.string().nullish(),
    duration_seconds: z.number().nullish(),
    author: z.string().nullish(),
    origin: z.record(z.string(), z.unknown()).nullish(),
    config: z.record(z.string(), z.unknown()).nullish(),
    status: zStepStatus.nullish(),
    error: z.unknown().optional()
});

/**
 * Values are strings in existing clients; numbers, booleans and other JSON (e.g. from ingested scores) are tolerated.
 */
export const zLabel = z.looseObject({
    key: z.string().nullish(),
    value: z.unknown().optional(),
    created: z.string().nullish(),
    author: z.string().nullish()
});

export const zTrajectoryAttributes = z.looseObject({
    asset_type: z.string().nullish(),
    asset_filename: z.string().nullish(),
    created: z.string().nullish(),
    params: z.record(z.string(), z.unknown()).nullish()
});

/**
 * The inputs the run actually used.
 */
export const zTrajectoryInitParams = z.looseObject({
    file_paths: z.array(z.string()).nullish()
});

/**
 * The record of one run (open-ended). Required are exactly what the SDK needs: the id (to
 * address it) and the status (to wait on it); every other field may be missing or null.
 */
export const zTrajectory = z.looseObject({
    name: z.string().nullish(),
    trajectory_id: z.string(),
    storage_path: z.string().nullish(),
    status: zTrajectoryStatus,
    error: z.unknown().optional(),
    created: z.string().nullish(),
    updated: z.string().nullish(),
    author: z.string().nullish(),
    metadata_uri: z.string().nullish(),
    org_id: z.string().nullish(),
    attributes: zTrajectoryAttributes.nullish(),
    init_params: zTrajectoryInitParams.nullish(),
    step_configs: z.record(z.string(), z.unknown()).nullish(),
    steps: z.record(z.string(), zStep).nullish(),
    total_steps: z.array(z.string()).nullish(),
    completed_steps: z.array(z.string()).nullish(),
    labels: z.array(zLabel).nullish(),
    triggered_by_routine_id: z.union([
        z.number(),
        z.string()
    ]).nullish(),
    webhook_url: z.string().nullish()
});

/**
 * One page. Pages start at 1; stop on `has_more` false, an empty page or a short page.
 */
export const zTrajectoryList = z.looseObject({
    trajectories: z.array(zTrajectory),
    total: z.int().nullish(),
    page: z.int().nullish(),
    limit: z.int().nullish(),
    has_more: z.boolean().nullish()
});

/**
 * Shape undocumented (any JSON, or an empty body); the SDK hands it back as sent.
 */
export const zTrajectoryStats = z.unknown();

/**
 * Only `level` is hinted at by the sources; every field may be missing or null.
 */
export const zLogEvent = z.looseObject({
    level: z.string().nullish(),
    message: z.unknown().optional(),
    timestamp: z.string().nullish(),
    step: z.string().nullish()
});

/**
 * The object form of a run's logs.
 */
export const zWorkflowLogsObject = z.looseObject({
    events: z.array(zLogEvent).nullish()
});

/**
 * Shape undocumented beyond events carrying a `level`; an object with `events` or a bare array of events (an empty or text body is tolerated too).
 */
export const zWorkflowLogs = z.union([
    zWorkflowLogsObject,
    z.array(zLogEvent)
]);

/**
 * Trajectory id → new status; several ids per call are allowed.
 */
export const zStatusUpdateRequest = z.record(z.string(), zSettableTrajectoryStatus);

/**
 * Undocumented acknowledgement (any JSON, text, or an empty body).
 */
export const zStatusUpdateResponse = z.unknown();

export const zLabelCreate = z.looseObject({
    key: z.string(),
    value: z.string(),
    author: z.string()
});

/**
 * Undocumented acknowledgement; a test fixture returns `{ok: true}` (any JSON, text, or an empty body).
 */
export const zLabelResponse = z.unknown();

export const zIngestTrajectoryRequest = z.looseObject({
    input: z.unknown().optional(),
    output: z.unknown().optional(),
    status: zTrajectoryStatus.optional(),
    scores: z.record(z.string(), z.number()).optional(),
    labels: z.record(z.string(), z.string()).optional(),
    cost_usd: z.number().optional(),
    trajectory_id: z.string().optional(),
    source: z.string().optional(),
    eval_id: z.string().optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    author: z.string().optional(),
    created: z.iso.datetime({ offset: true, local: true }).optional(),
    completed: z.iso.datetime({ offset: true, local: true }).optional()
});

export const zIngestTrajectoryResponse = z.looseObject({
    trajectory_id: z.string(),
    name: z.string().nullish(),
    storage_path: z.string().nullish(),
    status: zTrajectoryStatus.nullish(),
    labels: z.array(zLabel).nullish()
});

/**
 * Element shape undocumented; plain paths and objects are both accepted.
 */
export const zFileListEntry = z.union([
    z.string(),
    z.looseObject({
        path: z.string().nullish(),
        name: z.string().nullish(),
        size: z.number().nullish(),
        content_type: z.string().nullish(),
        updated: z.string().nullish()
    })
]);

export const zFileListResponse = z.looseObject({
    files: z.array(zFileListEntry)
});

export const zSandboxUploadForm = z.looseObject({
    files: z.array(z.string()),
    collection: z.string().optional()
});

export const zSandboxUploadResponse = z.looseObject({
    upload_id: z.string().nullish(),
    file_paths: z.array(z.string()),
    count: z.int().nullish()
});

export const zFileUploadForm = z.looseObject({
    file: z.string(),
    purpose: z.string().optional(),
    collection: z.string().optional()
});

export const zCroissantUploadForm = z.looseObject({
    file: z.string()
});

/**
 * Only `id` is documented; it looks like `file-abc123` and belongs in `jetty.files`, never in `jetty.file_paths`.
 */
export const zFileObject = z.looseObject({
    id: z.string()
});

/**
 * The skills use `activity_name`; older clients read `name`. Other fields are undocumented.
 */
export const zStepTemplate = z.looseObject({
    activity_name: z.string().optional(),
    name: z.string().optional(),
    description: z.string().nullish(),
    category: z.string().nullish()
});

/**
 * `{templates, categories, total_count}` per the skills, or a bare array per older clients.
 */
export const zStepTemplateList = z.union([
    z.looseObject({
        templates: z.array(zStepTemplate),
        categories: z.array(z.unknown()).nullish(),
        total_count: z.int().nullish()
    }),
    z.array(zStepTemplate)
]);

export const zDataset = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    data_path: z.string().nullish(),
    format: z.string().nullish(),
    collection_id: z.int().nullish(),
    collection_name: z.string().nullish(),
    metadata_version: z.string().nullish(),
    dataset_metadata: z.record(z.string(), z.unknown()).nullish(),
    preview_type: z.string().nullish(),
    long_description: z.string().nullish(),
    asset_origin: z.string().nullish(),
    is_private: z.boolean().nullish(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish(),
    entity_type: z.string().nullish(),
    created_at: z.string().nullish(),
    updated_at: z.string().nullish()
});

export const zDatasetList = z.array(zDataset);

export const zDatasetCreate = z.looseObject({
    name: z.string(),
    data_path: z.string().nullish(),
    format: z.string().nullish(),
    metadata_version: z.string().nullish(),
    dataset_metadata: z.record(z.string(), z.unknown()).nullish(),
    preview_type: z.string().nullish(),
    long_description: z.string().nullish(),
    asset_origin: z.string().nullish(),
    is_private: z.boolean().optional(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish()
});

/**
 * Partial update.
 */
export const zDatasetUpdate = z.looseObject({
    name: z.string().optional(),
    data_path: z.string().nullish(),
    format: z.string().nullish(),
    metadata_version: z.string().nullish(),
    dataset_metadata: z.record(z.string(), z.unknown()).nullish(),
    preview_type: z.string().nullish(),
    long_description: z.string().nullish(),
    asset_origin: z.string().nullish(),
    is_private: z.boolean().optional(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish()
});

export const zDatasetPreviewForm = z.looseObject({
    preview_update: z.string()
});

export const zProvenanceNode = z.looseObject({
    id: z.int().nullish(),
    name: z.string().optional(),
    collection_name: z.string().nullish(),
    entity_type: z.string().optional(),
    activity_name: z.string().nullish(),
    upstream_entities: z.array(z.record(z.string(), z.unknown())).optional(),
    downstream_entities: z.array(z.record(z.string(), z.unknown())).optional()
});

/**
 * Shape undocumented.
 */
export const zCroissantValidationReport = z.record(z.string(), z.unknown());

export const zTrainedModel = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    model_path: z.string().nullish(),
    collection_id: z.int().nullish(),
    collection_name: z.string().nullish(),
    metadata_version: z.string().nullish(),
    model_metadata: z.record(z.string(), z.unknown()).nullish(),
    asset_origin: z.string().nullish(),
    long_description: z.string().nullish(),
    model_attributes: z.record(z.string(), z.unknown()).nullish(),
    entity_type: z.string().nullish(),
    is_private: z.boolean().nullish(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish(),
    created_at: z.string().nullish(),
    updated_at: z.string().nullish()
});

export const zTrainedModelList = z.array(zTrainedModel);

export const zTrainedModelCreate = z.looseObject({
    name: z.string(),
    model_path: z.string(),
    metadata_version: z.string().nullish(),
    model_metadata: z.record(z.string(), z.unknown()).nullish(),
    asset_origin: z.string().nullish(),
    long_description: z.string().nullish(),
    model_attributes: z.record(z.string(), z.unknown()).nullish(),
    is_private: z.boolean().optional(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish()
});

/**
 * Partial update.
 */
export const zTrainedModelUpdate = z.looseObject({
    name: z.string().optional(),
    model_path: z.string().optional(),
    metadata_version: z.string().nullish(),
    model_metadata: z.record(z.string(), z.unknown()).nullish(),
    asset_origin: z.string().nullish(),
    long_description: z.string().nullish(),
    model_attributes: z.record(z.string(), z.unknown()).nullish(),
    is_private: z.boolean().optional(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish()
});

/**
 * manual fires only through run-now. Unknown values are passed through.
 */
export const zCadenceType = z.union([
    z.enum([
        'manual',
        'hourly',
        'daily',
        'weekdays',
        'weekly'
    ]),
    z.string()
]);

/**
 * UTC schedule. `manual` allows no other field; `hourly` takes an optional `minute_utc`;
 * `daily` and `weekdays` need `hour_utc`; `weekly` needs `hour_utc` and `day_of_week`.
 */
export const zCadence = z.looseObject({
    type: zCadenceType,
    hour_utc: z.int().gte(0).lte(23).optional(),
    minute_utc: z.int().gte(0).lte(59).optional(),
    day_of_week: z.enum([
        'mon',
        'tue',
        'wed',
        'thu',
        'fri',
        'sat',
        'sun'
    ]).optional()
});

/**
 * A cadence as routine responses echo it (response-only; requests use the strict `Cadence`).
 * Routine bodies are undocumented and pydantic emits `null` for unset optional fields, so every
 * field may be missing or null and `day_of_week` is open.
 */
export const zRoutineCadence = z.looseObject({
    type: zCadenceType.nullish(),
    hour_utc: z.int().nullish(),
    minute_utc: z.int().nullish(),
    day_of_week: z.union([
        z.enum([
            'mon',
            'tue',
            'wed',
            'thu',
            'fri',
            'sat',
            'sun'
        ]),
        z.string()
    ]).nullish()
});

/**
 * Field set undocumented beyond the create fields and `next_run_at`; every field may be missing or null.
 */
export const zRoutine = z.looseObject({
    id: z.union([
        z.int(),
        z.string()
    ]).nullish(),
    name: z.string().nullish(),
    collection: z.string().nullish(),
    task: z.string().nullish(),
    cadence: zRoutineCadence.nullish(),
    init_params_overrides: z.record(z.string(), z.unknown()).nullish(),
    paused: z.boolean().nullish(),
    webhook_url: z.string().nullish(),
    next_run_at: z.string().nullish(),
    created_at: z.string().nullish(),
    updated_at: z.string().nullish()
});

export const zRoutineCreate = z.looseObject({
    name: z.string(),
    cadence: zCadence,
    init_params_overrides: z.record(z.string(), z.unknown()).nullish(),
    secret_params: z.record(z.string(), z.string()).nullish(),
    paused: z.boolean().optional(),
    webhook_url: z.string().nullish(),
    webhook_secret: z.string().nullish()
});

/**
 * Any subset of the create fields; objects sent replace the stored ones.
 */
export const zRoutineUpdate = z.looseObject({
    name: z.string().optional(),
    cadence: zCadence.optional(),
    init_params_overrides: z.record(z.string(), z.unknown()).nullish(),
    secret_params: z.record(z.string(), z.string()).nullish(),
    paused: z.boolean().optional(),
    webhook_url: z.string().nullish(),
    webhook_secret: z.string().nullish()
});

/**
 * `{routines}` in the only fixture; a bare array is tolerated, as for collections.
 */
export const zRoutineList = z.union([
    z.looseObject({
        routines: z.array(zRoutine)
    }),
    z.array(zRoutine)
]);

export const zRoutineRunNowResponse = z.looseObject({
    workflow_id: z.string(),
    trajectory_id: z.string().nullish(),
    message: z.string().nullish()
});

/**
 * One recent run of a routine. Undocumented; a trajectory or a run summary (id, workflow id, start time), so every field may be missing or null.
 */
export const zRoutineRun = z.looseObject({
    trajectory_id: z.string().nullish(),
    workflow_id: z.string().nullish(),
    status: zTrajectoryStatus.nullish(),
    created: z.string().nullish(),
    started_at: z.string().nullish(),
    triggered_by_routine_id: z.union([
        z.number(),
        z.string()
    ]).nullish()
});

/**
 * `{trajectories}` in the only fixture; a bare array is tolerated.
 */
export const zRoutineRuns = z.union([
    z.looseObject({
        trajectories: z.array(zRoutineRun)
    }),
    z.array(zRoutineRun)
]);

/**
 * Coding agent for runbook mode. Unknown values are passed through.
 */
export const zAgent = z.union([
    z.enum([
        'claude-code',
        'opencode',
        'codex',
        'gemini-cli'
    ]),
    z.string()
]);

/**
 * Unknown values are passed through.
 */
export const zModelProvider = z.union([
    z.enum([
        'anthropic',
        'openrouter',
        'openai',
        'google',
        'bedrock'
    ]),
    z.string()
]);

/**
 * Sandbox image; `python312-uv` when omitted. Unknown values are passed through.
 */
export const zSnapshot = z.union([
    z.enum(['python312-uv', 'prism-playwright']),
    z.string()
]);

/**
 * Unknown values are passed through.
 */
export const zChatRole = z.union([
    z.enum([
        'system',
        'user',
        'assistant',
        'tool',
        'developer'
    ]),
    z.string()
]);

export const zChatContentPart = z.looseObject({
    type: z.string(),
    text: z.string().optional()
});

export const zChatToolCall = z.looseObject({
    id: z.string().optional(),
    type: z.string().optional(),
    function: z.looseObject({
        name: z.string().optional(),
        arguments: z.string().optional()
    }).optional()
});

export const zChatMessage = z.looseObject({
    role: zChatRole,
    content: z.union([
        z.string(),
        z.array(zChatContentPart)
    ]).nullish(),
    name: z.string().optional(),
    tool_calls: z.array(zChatToolCall).optional(),
    tool_call_id: z.string().optional()
});

/**
 * Presence switches the request to runbook mode.
 */
export const zJettyChatOptions = z.looseObject({
    runbook: z.boolean(),
    collection: z.string(),
    task: z.string(),
    agent: zAgent.optional(),
    model_provider: zModelProvider.optional(),
    snapshot: zSnapshot.optional(),
    template_variables: z.record(z.string(), z.string()).optional(),
    file_paths: z.array(z.string()).optional(),
    files: z.array(z.string()).optional(),
    use_trial_keys: z.boolean().optional(),
    secret_params: z.record(z.string(), z.string()).optional()
});

/**
 * OpenAI chat-completion parameters plus the optional `jetty` block.
 */
export const zChatCompletionRequest = z.looseObject({
    model: z.string(),
    messages: z.array(zChatMessage).min(1),
    stream: z.boolean().nullish(),
    stream_options: z.record(z.string(), z.unknown()).nullish(),
    temperature: z.number().nullish(),
    top_p: z.number().nullish(),
    n: z.int().nullish(),
    max_tokens: z.int().nullish(),
    max_completion_tokens: z.int().nullish(),
    stop: z.union([
        z.string(),
        z.array(z.string())
    ]).nullish(),
    presence_penalty: z.number().nullish(),
    frequency_penalty: z.number().nullish(),
    seed: z.int().nullish(),
    user: z.string().optional(),
    tools: z.array(z.record(z.string(), z.unknown())).optional(),
    tool_choice: z.unknown().optional(),
    response_format: z.record(z.string(), z.unknown()).optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    jetty: zJettyChatOptions.optional()
});

/**
 * Where the SDK looks first for the trajectory of a runbook-mode completion (response body and
 * first stream chunk). The object is this project's reading of an undocumented response, so
 * nothing in it is required; the SDK falls back to a top-level `trajectory_id`, a
 * `trajectory_url`, the `x-jetty-trajectory-id` header, and finally to listing the task's
 * newest trajectories.
 */
export const zJettyRunInfo = z.looseObject({
    trajectory_id: z.string().nullish(),
    collection: z.string().nullish(),
    task: z.string().nullish(),
    workflow_id: z.string().nullish(),
    trajectory_url: z.string().nullish()
});

export const zChatCompletionUsage = z.looseObject({
    prompt_tokens: z.number().nullish(),
    completion_tokens: z.number().nullish(),
    total_tokens: z.number().nullish()
});

/**
 * An assistant message as a response carries it (response-only; requests use `ChatMessage`, whose `role` is required).
 */
export const zChatCompletionMessage = z.looseObject({
    role: zChatRole.nullish(),
    content: z.union([
        z.string(),
        z.array(z.looseObject({
            type: z.string().nullish(),
            text: z.string().nullish()
        }))
    ]).nullish(),
    refusal: z.string().nullish(),
    tool_calls: z.array(z.record(z.string(), z.unknown())).nullish()
});

export const zChatCompletionChoice = z.looseObject({
    index: z.int().nullish(),
    message: zChatCompletionMessage.nullish(),
    finish_reason: z.string().nullish(),
    logprobs: z.record(z.string(), z.unknown()).nullish()
});

/**
 * A chat completion. Passthrough answers follow OpenAI's shape; the runbook-mode body is
 * undocumented, so nothing is required (the SDK returns `choices` as an empty array when absent)
 * and the places the trajectory id may appear are all declared optional.
 */
export const zChatCompletion = z.looseObject({
    id: z.string().nullish(),
    object: z.string().nullish(),
    created: z.number().nullish(),
    model: z.string().nullish(),
    choices: z.array(zChatCompletionChoice).nullish(),
    usage: zChatCompletionUsage.nullish(),
    system_fingerprint: z.string().nullish(),
    jetty: zJettyRunInfo.nullish(),
    trajectory_id: z.string().nullish(),
    trajectory_url: z.string().nullish(),
    workflow_id: z.string().nullish()
});

export const zChatCompletionDelta = z.looseObject({
    role: zChatRole.nullish(),
    content: z.string().nullish(),
    tool_calls: z.array(z.record(z.string(), z.unknown())).nullish()
});

export const zChatCompletionChunkChoice = z.looseObject({
    index: z.int().nullish(),
    delta: zChatCompletionDelta.nullish(),
    finish_reason: z.string().nullish(),
    logprobs: z.record(z.string(), z.unknown()).nullish()
});

/**
 * One `data:` frame of a streamed completion. In runbook mode the first chunk carries `jetty`.
 * The streamed format is undocumented, so nothing is required (the SDK yields `choices` as an
 * empty array when absent).
 */
export const zChatCompletionChunk = z.looseObject({
    id: z.string().nullish(),
    object: z.string().nullish(),
    created: z.number().nullish(),
    model: z.string().nullish(),
    choices: z.array(zChatCompletionChunkChoice).nullish(),
    usage: zChatCompletionUsage.nullish(),
    system_fingerprint: z.string().nullish(),
    jetty: zJettyRunInfo.nullish(),
    trajectory_id: z.string().nullish(),
    trajectory_url: z.string().nullish()
});
