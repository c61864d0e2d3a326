// generated from api-schema.yaml by npm run generate — do not edit

import * as z from 'zod';

/**
 * Any JSON object.
 */
export const zFreeFormObject = z.record(z.string(), z.unknown());

/**
 * FastAPI-style error body.
 */
export const zErrorResponse = z.looseObject({
    detail: z.string()
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
 * FastAPI request-validation error (422).
 */
export const zHTTPValidationError = z.looseObject({
    detail: z.array(zValidationErrorItem)
});

export const zMessageResponse = z.looseObject({
    message: z.string().optional()
});

export const zHealthResponse = z.looseObject({
    status: z.string()
});

export const zCollection = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    description: z.string().nullish(),
    auth_org_id: z.string().nullish(),
    owner_identifier: z.string().nullish(),
    redacted_param_keys: z.array(z.string()).nullish()
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
    redacted_param_keys: z.array(z.string()).nullish(),
    environment_variables: z.record(z.string(), z.string().nullable()).nullish()
});

/**
 * A `null` value removes that key; a `null` map clears every key; an omitted field changes nothing.
 */
export const zEnvironmentUpdate = z.looseObject({
    environment_variables: z.record(z.string(), z.string().nullable()).nullish()
});

export const zCollectionStorage = z.looseObject({
    storage_info: z.record(z.string(), z.unknown()).nullish(),
    storage_provider: z.string().nullish()
});

export const zCollectionOwnerUpdate = z.looseObject({
    owner_identifier: z.string()
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

export const zTask = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    workflow: zWorkflow.optional(),
    version: z.string().nullish(),
    description: z.string().nullish(),
    has_file_uploads: z.boolean().optional(),
    collection_id: z.int().nullish(),
    entity_type: z.string().optional(),
    is_private: z.boolean().optional(),
    is_chat_flow: z.boolean().optional(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish(),
    created_at: z.iso.datetime({ offset: true, local: true }).optional(),
    updated_at: z.iso.datetime({ offset: true, local: true }).nullish(),
    environment_variables: z.record(z.string(), z.unknown()).nullish(),
    storage_info: z.record(z.string(), z.unknown()).nullish(),
    storage_provider: z.string().nullish()
});

export const zTaskListItem = z.looseObject({
    id: z.int().optional(),
    name: z.string(),
    workflow: zWorkflow.optional(),
    version: z.string().nullish(),
    description: z.string().nullish(),
    has_file_uploads: z.boolean().optional(),
    collection_id: z.int().nullish(),
    collection_name: z.string().nullish(),
    entity_type: z.string().optional(),
    is_private: z.boolean().optional(),
    is_chat_flow: z.boolean().optional(),
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

export const zSearchHit = z.looseObject({
    collection_name: z.string().optional(),
    entity_name: z.string().optional(),
    full_name: z.string().optional(),
    entity_type: z.string().optional(),
    metadata: z.record(z.string(), z.unknown()).nullish()
});

export const zSearchResult = z.looseObject({
    hits: z.array(zSearchHit)
});

/**
 * Undocumented; a bare array of task list items or the asset store's `{hits}` form.
 */
export const zTaskSearchResult = z.union([
    z.array(zTaskListItem),
    zSearchResult
]);

export const zEntityVersion = z.looseObject({
    index: z.int().optional(),
    transaction_id: z.int().nullish(),
    content_hash: z.string().nullish(),
    tags: z.array(z.string()).optional(),
    created_at: z.iso.datetime({ offset: true, local: true }).nullish(),
    operation_type: z.string().nullish(),
    changeset: z.record(z.string(), z.unknown()).nullish(),
    data: z.record(z.string(), z.unknown()).nullish()
});

export const zEntityHistory = z.looseObject({
    entity_name: z.string().optional(),
    entity_type: z.string().optional(),
    collection_name: z.string().optional(),
    total_versions: z.int().optional(),
    versions: z.array(zEntityVersion).optional()
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
 * Response of the run endpoints (open-ended; `run-sync` may add fields).
 */
export const zWorkflowResponse = z.looseObject({
    message: z.string().optional(),
    workflow_id: z.string(),
    result: z.record(z.string(), z.unknown()).nullish(),
    trajectory: z.record(z.string(), z.unknown()).nullish(),
    metadata: z.unknown().optional(),
    trial: zTrialInfo.nullish()
});

export const zTrialStatus = z.looseObject({
    active: z.boolean(),
    status: z.string().optional(),
    runs_used: z.int().nullish(),
    runs_limit: z.int().nullish(),
    runs_remaining: z.int().nullish(),
    minutes_remaining: z.number().nullish()
});

/**
 * Success is `active == true` or `status == "active"`.
 */
export const zTrialActivation = z.looseObject({
    active: z.boolean().optional(),
    status: z.string().optional(),
    message: z.string().optional(),
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

export const zStep = z.looseObject({
    inputs: z.record(z.string(), z.unknown()).nullish(),
    outputs: z.record(z.string(), z.unknown()).nullish(),
    activity: z.string().optional(),
    key: z.string().optional(),
    depends_on: z.array(z.string()).optional(),
    created: z.string().nullish(),
    ended: z.string().nullish(),
    duration_seconds: z.number().nullish(),
    author: z.string().nullish(),
    origin: z.record(z.string(), z.unknown()).nullish(),
    config: z.record(z.string(), z.unknown()).nullish(),
    status: zStepStatus.optional(),
    error: z.string().nullish()
});

/**
 * Values are strings in existing clients; numbers and booleans (e.g. from ingested scores) are tolerated.
 */
export const zLabel = z.looseObject({
    key: z.string().optional(),
    value: z.union([
        z.string(),
        z.number(),
        z.boolean()
    ]).nullish(),
    created: z.string().optional(),
    author: z.string().optional()
});

export const zTrajectoryAttributes = z.looseObject({
    asset_type: z.string().optional(),
    asset_filename: z.string().optional(),
    created: z.string().optional(),
    params: z.record(z.string(), z.unknown()).nullish()
});

/**
 * The inputs the run actually used.
 */
export const zTrajectoryInitParams = z.looseObject({
    file_paths: z.array(z.string()).optional()
});

/**
 * The record of one run (open-ended).
 */
export const zTrajectory = z.looseObject({
    name: z.string().optional(),
    trajectory_id: z.string(),
    storage_path: z.string().optional(),
    status: zTrajectoryStatus,
    error: z.string().nullish(),
    created: z.string().optional(),
    updated: z.string().optional(),
    author: z.string().optional(),
    metadata_uri: z.string().optional(),
    org_id: z.string().nullish(),
    attributes: zTrajectoryAttributes.optional(),
    init_params: zTrajectoryInitParams.optional(),
    step_configs: z.record(z.string(), zStepConfig).optional(),
    steps: z.record(z.string(), zStep).optional(),
    total_steps: z.array(z.string()).optional(),
    completed_steps: z.array(z.string()).optional(),
    labels: z.array(zLabel).optional(),
    triggered_by_routine_id: z.number().nullish(),
    webhook_url: z.string().nullish()
});

/**
 * One page. Pages start at 1; stop on `has_more` false, an empty page or a short page.
 */
export const zTrajectoryList = z.looseObject({
    trajectories: z.array(zTrajectory),
    total: z.int().optional(),
    page: z.int().optional(),
    limit: z.int().optional(),
    has_more: z.boolean().optional()
});

/**
 * Shape undocumented.
 */
export const zTrajectoryStats = z.record(z.string(), z.unknown());

export const zLogEvent = z.looseObject({
    level: z.string().optional(),
    message: z.string().optional(),
    timestamp: z.string().optional()
});

/**
 * Shape undocumented beyond an `events` array whose entries carry a `level`.
 */
export const zWorkflowLogs = z.looseObject({
    events: z.array(zLogEvent).optional()
});

/**
 * Trajectory id → new status; several ids per call are allowed.
 */
export const zStatusUpdateRequest = z.record(z.string(), zSettableTrajectoryStatus);

/**
 * Shape undocumented.
 */
export const zStatusUpdateResponse = z.record(z.string(), z.unknown());

export const zLabelCreate = z.looseObject({
    key: z.string(),
    value: z.string(),
    author: z.string()
});

/**
 * Shape undocumented; a test fixture returns `{ok: true}`.
 */
export const zLabelResponse = z.looseObject({
    ok: z.boolean().optional()
});

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
    name: z.string().optional(),
    storage_path: z.string().optional(),
    status: zTrajectoryStatus.optional(),
    labels: z.array(zLabel).optional()
});

/**
 * Element shape undocumented; plain paths and objects are both accepted.
 */
export const zFileListEntry = z.union([
    z.string(),
    z.looseObject({
        path: z.string().optional(),
        name: z.string().optional(),
        size: z.number().nullish(),
        content_type: z.string().nullish(),
        updated: z.string().nullish()
    })
]);

export const zFileListResponse = z.looseObject({
    files: z.array(zFileListEntry)
});

export const zSandboxUploadForm = z.looseObject({
    files: z.array(z.string())
});

export const zSandboxUploadResponse = z.looseObject({
    upload_id: z.string().optional(),
    file_paths: z.array(z.string()),
    count: z.int().optional()
});

export const zFileUploadForm = z.looseObject({
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
        categories: z.array(z.unknown()).optional(),
        total_count: z.int().optional()
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
    entity_type: z.string().optional(),
    created_at: z.iso.datetime({ offset: true, local: true }).nullish(),
    updated_at: z.iso.datetime({ offset: true, local: true }).nullish()
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
    entity_type: z.string().optional(),
    is_private: z.boolean().nullish(),
    croissant_metadata: z.record(z.string(), z.unknown()).nullish(),
    created_at: z.iso.datetime({ offset: true, local: true }).nullish(),
    updated_at: z.iso.datetime({ offset: true, local: true }).nullish()
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
 * Field set undocumented beyond the create fields and `next_run_at`.
 */
export const zRoutine = z.looseObject({
    id: z.union([
        z.int(),
        z.string()
    ]).optional(),
    name: z.string().optional(),
    collection: z.string().optional(),
    task: z.string().optional(),
    cadence: zCadence.optional(),
    init_params_overrides: z.record(z.string(), z.unknown()).nullish(),
    paused: z.boolean().optional(),
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

export const zRoutineList = z.looseObject({
    routines: z.array(zRoutine)
});

export const zRoutineRunNowResponse = z.looseObject({
    workflow_id: z.string(),
    trajectory_id: z.string().optional(),
    message: z.string().optional()
});

export const zRoutineRuns = z.looseObject({
    trajectories: z.array(zTrajectory)
});

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
    use_trial_keys: z.boolean().optional()
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
 * Where the SDK reads the trajectory of a runbook-mode completion (response body and first stream chunk).
 */
export const zJettyRunInfo = z.looseObject({
    trajectory_id: z.string(),
    collection: z.string().optional(),
    task: z.string().optional(),
    workflow_id: z.string().optional(),
    trajectory_url: z.string().optional()
});

export const zChatCompletionUsage = z.looseObject({
    prompt_tokens: z.int().optional(),
    completion_tokens: z.int().optional(),
    total_tokens: z.int().optional()
});

export const zChatCompletionChoice = z.looseObject({
    index: z.int().optional(),
    message: zChatMessage.optional(),
    finish_reason: z.string().nullish(),
    logprobs: z.record(z.string(), z.unknown()).nullish()
});

export const zChatCompletion = z.looseObject({
    id: z.string(),
    object: z.string(),
    created: z.int(),
    model: z.string(),
    choices: z.array(zChatCompletionChoice),
    usage: zChatCompletionUsage.optional(),
    system_fingerprint: z.string().nullish(),
    jetty: zJettyRunInfo.optional()
});

export const zChatCompletionDelta = z.looseObject({
    role: zChatRole.optional(),
    content: z.string().nullish(),
    tool_calls: z.array(z.record(z.string(), z.unknown())).optional()
});

export const zChatCompletionChunkChoice = z.looseObject({
    index: z.int().optional(),
    delta: zChatCompletionDelta.optional(),
    finish_reason: z.string().nullish(),
    logprobs: z.record(z.string(), z.unknown()).nullish()
});

/**
 * One `data:` frame of a streamed completion. In runbook mode the first chunk carries `jetty`.
 */
export const zChatCompletionChunk = z.looseObject({
    id: z.string(),
    object: z.string(),
    created: z.int(),
    model: z.string(),
    choices: z.array(zChatCompletionChunkChoice),
    usage: zChatCompletionUsage.nullish(),
    system_fingerprint: z.string().nullish(),
    jetty: zJettyRunInfo.optional()
});
