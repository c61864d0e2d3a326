// generated from api-schema.yaml by npm run generate — do not edit

export interface paths {
    "/api/v1/collections/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collections
         * @description A scoped API key sees exactly its own collection. Sources show a bare array; a `{collections}` wrapper is accepted too.
         */
        get: operations["listCollections"];
        put?: never;
        /** Create a collection */
        post: operations["createCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/{collection}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /**
         * Get a collection
         * @description Name lookup is case-insensitive. Environment variables are not part of this response; read them from `/environment`.
         */
        get: operations["getCollection"];
        put?: never;
        post?: never;
        /** Delete a collection (admin only) */
        delete: operations["deleteCollection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/{collection}/environment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /**
         * Get a collection with its environment variables
         * @description Values are plain text: never log this response. Variable names are the keys of
         *     `environment_variables` (which is `null` until something is set); a key whose value is
         *     `null` counts as absent.
         */
        get: operations["getCollectionEnvironment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Merge environment variables
         * @description Listed keys are added or overwritten and the rest are kept (a merge). A `null` value is
         *     stored as `null` by the asset store's merge, not removed; readers (this SDK included) treat
         *     a key whose value is `null` as absent. `environment_variables: null` clears them all;
         *     leaving the field out changes nothing.
         */
        patch: operations["updateCollectionEnvironment"];
        trace?: never;
    };
    "/api/v1/collections/{collection}/storage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /** Get a collection's storage settings */
        get: operations["getCollectionStorage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a collection's storage settings */
        patch: operations["updateCollectionStorage"];
        trace?: never;
    };
    "/api/v1/collections/{collection}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a collection's owner
         * @description The asset store checks for WRITE access (any user token with write access), not for an admin.
         */
        patch: operations["updateCollectionOwner"];
        trace?: never;
    };
    "/api/v1/collections/{collection}/datasets/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /** List a collection's datasets (collection route) */
        get: operations["listCollectionDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/{collection}/agents/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /**
         * List a collection's agent assets
         * @description Read from the asset store's routes only; the element shape is undocumented.
         */
        get: operations["listCollectionAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{collection}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /** List tasks */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{collection}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a task
         * @description Names are unique per collection, compared case-insensitively. New tasks are private unless `is_private` is false.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{collection}/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /**
         * Search a collection's tasks
         * @description The route the skills document, tried first by the SDK. The asset store has no such route: its
         *     `/tasks/{collection}/{task}` handler answers 404 "Task 'search' in collection '…' not found",
         *     and the SDK then falls back to `GET /api/v1/tasks/search`. The response shape is undocumented;
         *     a bare array (of task list items or hits) and the `{hits}` form are both accepted.
         */
        get: operations["searchTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search tasks across collections (asset-store route)
         * @description The asset store's global search: Typesense hits with the fields under `document`.
         *     `tasks.search` falls back to it (filtered to the collection) when the per-collection route
         *     answers the asset store's 404 for a task named `search`.
         */
        get: operations["searchAllTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{collection}/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        /**
         * Get a task with its workflow
         * @description Public tasks (`is_private` false) can be read without a token.
         */
        get: operations["getTask"];
        /**
         * Update a task (partial)
         * @description Despite the verb, only the fields sent are changed. Renaming onto an existing name gives 400.
         */
        put: operations["updateTask"];
        post?: never;
        /** Delete a task */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{collection}/{task}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        /** Version history of a task */
        get: operations["getTaskHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{collection}/{task}/versions/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description A 64-character SHA-256 content hash, a tag such as `v1.0.0`, or `~N` (`~0` oldest, `~-1` newest).
                 * @example ~-1
                 */
                ref: components["parameters"]["VersionRef"];
            };
            cookie?: never;
        };
        /** One version of a task */
        get: operations["getTaskVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/run/{collection}/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a run (returns at once)
         * @description The trajectory id is the part of `workflow_id` after the last `--`.
         */
        post: operations["runTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/run-sync/{collection}/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run and hold the connection until the workflow ends
         * @description For tests. Runs longer than about 100 s come back as 524 while still running on the server.
         */
        post: operations["runTaskSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trial/{collection}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /** Trial status of a collection */
        get: operations["getTrialStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trial/{collection}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate the trial
         * @description Takes no body. Success is `active == true` or `status == "active"`; anything else is a failure.
         */
        post: operations["activateTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/db/trajectories/{collection}/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        /** List a task's trajectories (newest first is assumed) */
        get: operations["listTrajectories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/db/trajectory/{collection}/{task}/{trajectory_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Usually 8 lowercase hex characters; ingested trajectories may use any id.
                 * @example 1646887f
                 */
                trajectory_id: components["parameters"]["TrajectoryId"];
            };
            cookie?: never;
        };
        /** Get one trajectory */
        get: operations["getTrajectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/db/stats/{collection}/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        /**
         * Statistics of a task's trajectories
         * @description The shape is undocumented.
         */
        get: operations["getTrajectoryStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows-logs/{workflow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The full workflow id (`{collection}-{task}--{trajectory_id}`), not the trajectory id.
                 * @example acme-triage-grader--1646887f
                 */
                workflow_id: string;
            };
            cookie?: never;
        };
        /** Logs of a run */
        get: operations["getWorkflowLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectory/{collection}/{task}/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the status of several trajectories
         * @description Setting `cancelled` is the documented way to cancel; whether it halts a running workflow is unknown.
         */
        post: operations["updateTrajectoryStatuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectory/{collection}/{task}/{trajectory_id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Usually 8 lowercase hex characters; ingested trajectories may use any id.
                 * @example 1646887f
                 */
                trajectory_id: components["parameters"]["TrajectoryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a label to a trajectory
         * @description A label written right after the run completes can be lost to the engine's final write; read back and rewrite if needed.
         */
        post: operations["addTrajectoryLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectory/{collection}/{task}/{trajectory_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Usually 8 lowercase hex characters; ingested trajectories may use any id.
                 * @example 1646887f
                 */
                trajectory_id: components["parameters"]["TrajectoryId"];
            };
            cookie?: never;
        };
        /** Download every asset of a trajectory as a zip */
        get: operations["downloadTrajectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{collection}/{task}/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an external, finished run as a trajectory
         * @description Nothing is executed. Sending an existing `trajectory_id` overwrites that trajectory.
         */
        post: operations["ingestTrajectory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file/{storage_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A complete storage path beginning with the collection, placed in the URL path with each
                 *     segment percent-encoded on its own and the `/` separators kept. Never a `file-…` id.
                 * @example acme/triage-grader/0000/results/summary.md
                 */
                storage_path: string;
            };
            cookie?: never;
        };
        /** Download a stored file */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/list-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List stored files under a prefix */
        get: operations["listFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sandbox/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload input files; returns storage paths for `jetty.file_paths` */
        post: operations["uploadSandboxFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload one file; returns a `file-…` id for `jetty.files`
         * @description The id is not a storage path; putting it in `jetty.file_paths` makes the server drop the file silently.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/step-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List step templates
         * @description No token needed. The skills document the wrapped form with `activity_name`; older clients read a bare array with `name`. Both are accepted.
         */
        get: operations["listStepTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/step-templates/{activity_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example litellm_chat */
                activity_name: string;
            };
            cookie?: never;
        };
        /** Get one step template */
        get: operations["getStepTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{collection}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /** List datasets */
        get: operations["listDatasets"];
        put?: never;
        /** Create a dataset */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search datasets across collections */
        get: operations["searchDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/mlcroissant-validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate a Croissant metadata file
         * @description In the asset store this route is declared after `POST /api/v1/datasets/{collection}`, so the
         *     router may hand this URL to create-dataset (a collection named `mlcroissant-validation`); its
         *     own tests accept 200 or 422. Treat the route as unreliable.
         */
        post: operations["validateCroissant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{collection}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        /** Get a dataset */
        get: operations["getDataset"];
        /** Update a dataset (partial) */
        put: operations["updateDataset"];
        post?: never;
        /** Delete a dataset */
        delete: operations["deleteDataset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{collection}/{name}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Replace a dataset's `dataset_metadata` */
        patch: operations["replaceDatasetMetadata"];
        trace?: never;
    };
    "/api/v1/datasets/{collection}/{name}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        /** Download a dataset's preview */
        get: operations["getDatasetPreview"];
        /** Replace a dataset's preview */
        put: operations["updateDatasetPreview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{collection}/{name}/upstream": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        /** Provenance tree of a dataset */
        get: operations["getDatasetUpstream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{collection}/{name}/mlcroissant": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        /** Croissant JSON-LD of a dataset */
        get: operations["getDatasetCroissant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{collection}/{name}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        /** Version history of a dataset */
        get: operations["getDatasetHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{collection}/{name}/versions/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
                /**
                 * @description A 64-character SHA-256 content hash, a tag such as `v1.0.0`, or `~N` (`~0` oldest, `~-1` newest).
                 * @example ~-1
                 */
                ref: components["parameters"]["VersionRef"];
            };
            cookie?: never;
        };
        /** One version of a dataset */
        get: operations["getDatasetVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List trained models across collections */
        get: operations["listAllModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search trained models */
        get: operations["searchModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{collection}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /** List a collection's trained models */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{collection}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a trained model */
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{collection}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        /** Get a trained model */
        get: operations["getModel"];
        /** Update a trained model (partial) */
        put: operations["updateModel"];
        post?: never;
        /** Delete a trained model */
        delete: operations["deleteModel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{collection}/{name}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        /** Version history of a trained model */
        get: operations["getModelHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{collection}/{name}/versions/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
                /**
                 * @description A 64-character SHA-256 content hash, a tag such as `v1.0.0`, or `~N` (`~0` oldest, `~-1` newest).
                 * @example ~-1
                 */
                ref: components["parameters"]["VersionRef"];
            };
            cookie?: never;
        };
        /** One version of a trained model */
        get: operations["getModelVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routines/{collection}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        /** List every routine of a collection */
        get: operations["listRoutines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routines/{collection}/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        /** List the routines of one task */
        get: operations["listTaskRoutines"];
        put?: never;
        /**
         * Create a routine
         * @description Keys of `init_params_overrides` must exist in the task's `workflow.init_params` (400 otherwise).
         */
        post: operations["createRoutine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routines/{collection}/{task}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        /** Get a routine */
        get: operations["getRoutine"];
        put?: never;
        post?: never;
        /** Delete a routine and its schedule */
        delete: operations["deleteRoutine"];
        options?: never;
        head?: never;
        /**
         * Update a routine
         * @description Sending `init_params_overrides` or `secret_params` replaces the stored object.
         */
        patch: operations["updateRoutine"];
        trace?: never;
    };
    "/api/v1/routines/{collection}/{task}/{name}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a routine */
        post: operations["pauseRoutine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routines/{collection}/{task}/{name}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused routine */
        post: operations["resumeRoutine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routines/{collection}/{task}/{name}/run-now": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fire a routine immediately */
        post: operations["runRoutineNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routines/{collection}/{task}/{name}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        /** Recent trajectories started by a routine */
        get: operations["listRoutineRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OpenAI-compatible chat completion, or a runbook run when `jetty` is present
         * @description Without `jetty` this is an LLM proxy in OpenAI format. With `jetty` it runs a coding agent
         *     in a sandbox: the system message carries the whole RUNBOOK.md, and the trajectory id is read
         *     from the `jetty` object of the response (or of the first stream chunk). With `stream: true`
         *     the body is Server-Sent Events whose `data:` lines are `ChatCompletionChunk` JSON, ending
         *     with `data: [DONE]`.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Any JSON object.
         * @example {
         *       "license": "CC-BY-4.0"
         *     }
         */
        FreeFormObject: {
            [key: string]: unknown;
        };
        /**
         * @description FastAPI-style error body. `detail` is a message in the known answers; other JSON is tolerated.
         * @example {
         *       "detail": "Task not found"
         *     }
         */
        ErrorResponse: {
            detail: unknown;
        };
        /**
         * @example {
         *       "loc": [
         *         "body",
         *         "workflow",
         *         "steps",
         *         0
         *       ],
         *       "msg": "Input should be a valid string",
         *       "type": "string_type"
         *     }
         */
        ValidationErrorItem: {
            loc: (string | number)[];
            msg: string;
            type: string;
            input?: unknown;
            ctx?: {
                [key: string]: unknown;
            };
            url?: string;
        };
        /**
         * @description FastAPI request-validation error (422). Some 422s (the asset store's pagination checks) carry a string `detail`.
         * @example {
         *       "detail": [
         *         {
         *           "loc": [
         *             "query",
         *             "limit"
         *           ],
         *           "msg": "Input should be greater than or equal to 1",
         *           "type": "greater_than_equal"
         *         }
         *       ]
         *     }
         * @example {
         *       "detail": "Invalid pagination parameters"
         *     }
         */
        HTTPValidationError: {
            detail: components["schemas"]["ValidationErrorItem"][] | string;
        };
        /**
         * @description Acknowledgement of a delete. The asset store answers `{message}` for tasks, datasets and
         *     models; routine deletes are undocumented. Any JSON, text or an empty body is accepted.
         * @example {
         *       "message": "Task deleted successfully"
         *     }
         */
        MessageResponse: unknown;
        /**
         * @description An undocumented acknowledgement body (any JSON, text, or an empty body / 204). The SDK hands it back as `{ ok: true, body }`.
         * @example {
         *       "ok": true
         *     }
         */
        AcknowledgementBody: unknown;
        /**
         * @example {
         *       "status": "healthy"
         *     }
         */
        HealthResponse: {
            status: string;
        };
        /**
         * @example {
         *       "id": 12,
         *       "name": "acme",
         *       "description": null,
         *       "auth_org_id": null,
         *       "owner_identifier": "org_2abc"
         *     }
         */
        Collection: {
            id?: number;
            name: string;
            description?: string | null;
            /** @deprecated */
            auth_org_id?: string | null;
            owner_identifier?: string | null;
            /** @description Environment keys the `/environment` endpoint masks (newer skill only; a list of names there, the type is unverified). */
            redacted_param_keys?: unknown;
        };
        /**
         * @description Bare array per the asset store and existing clients; a `{collections}` wrapper is tolerated.
         * @example [
         *       {
         *         "name": "acme"
         *       }
         *     ]
         * @example {
         *       "collections": [
         *         {
         *           "name": "acme"
         *         }
         *       ]
         *     }
         */
        CollectionList: components["schemas"]["Collection"][] | {
            collections: components["schemas"]["Collection"][];
        };
        /**
         * @example {
         *       "name": "acme",
         *       "description": "Acme evaluation workflows"
         *     }
         */
        CollectionCreate: {
            name: string;
            description?: string | null;
            storage_info?: {
                [key: string]: unknown;
            } | null;
            storage_provider?: string | null;
            environment_variables?: {
                [key: string]: string | null;
            } | null;
            /** @description Only an admin may set this. */
            owner_identifier?: string | null;
        };
        /**
         * @description The collection plus its environment variables (plain-text values; `null` until set).
         * @example {
         *       "name": "acme",
         *       "environment_variables": null
         *     }
         * @example {
         *       "id": 12,
         *       "name": "acme",
         *       "environment_variables": {
         *         "OPENAI_API_KEY": "sk-example",
         *         "REMOVED": null
         *       }
         *     }
         */
        CollectionEnvironment: {
            id?: number;
            name: string;
            description?: string | null;
            /** @deprecated */
            auth_org_id?: string | null;
            owner_identifier?: string | null;
            /** @description See `Collection.redacted_param_keys`. */
            redacted_param_keys?: unknown;
            /** @description Name → value. Values are strings when written by clients, but the asset store types them as any JSON (and may hold `null`, which reads as absent). */
            environment_variables?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description A `null` value is stored as null (and reads as absent); a `null` map clears every key; an omitted field changes nothing.
         * @example {
         *       "environment_variables": {
         *         "OPENAI_API_KEY": "sk-example",
         *         "OLD_KEY": null
         *       }
         *     }
         */
        EnvironmentUpdate: {
            environment_variables?: {
                [key: string]: string | null;
            } | null;
        };
        /**
         * @example {
         *       "storage_info": null,
         *       "storage_provider": "default"
         *     }
         */
        CollectionStorage: {
            storage_info?: {
                [key: string]: unknown;
            } | null;
            storage_provider?: string | null;
        };
        /**
         * @description The asset store reads the body as a raw object; `owner_identifier` is optional and may be null.
         * @example {
         *       "owner_identifier": "org_2xyz"
         *     }
         */
        CollectionOwnerUpdate: {
            owner_identifier?: string | null;
        };
        /**
         * @example [
         *       {
         *         "id": 1,
         *         "name": "triage-agent"
         *       }
         *     ]
         */
        CollectionAgentList: {
            [key: string]: unknown;
        }[];
        /**
         * @description Configuration of one step. `activity` names the step template; the other keys are its parameters (`X` literal, `X_path` a path expression).
         * @example {
         *       "activity": "litellm_chat",
         *       "model": "gpt-4.1",
         *       "prompt_path": "init_params.question"
         *     }
         */
        StepConfig: {
            activity?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A workflow document. Templates sometimes also carry `name`, `version` and `description`.
         * @example {
         *       "init_params": {
         *         "text": "hello"
         *       },
         *       "step_configs": {
         *         "echo": {
         *           "activity": "text_echo",
         *           "text_path": "init_params.text"
         *         }
         *       },
         *       "steps": [
         *         "echo"
         *       ]
         *     }
         */
        Workflow: {
            /** @description Default inputs; a run's `init_params` overrides them. */
            init_params?: {
                [key: string]: unknown;
            };
            step_configs?: {
                [key: string]: components["schemas"]["StepConfig"];
            };
            /** @description Step names in execution order; each is a key of `step_configs`. */
            steps?: string[];
        };
        /**
         * @description A task as read back. The asset store keeps `workflow` as unvalidated JSON, so it is any JSON
         *     here (a workflow document in every known answer); writes use the strict `Workflow`.
         * @example {
         *       "id": 41,
         *       "name": "triage-grader",
         *       "is_private": true,
         *       "created_at": "2025-06-01T09:30:00Z",
         *       "updated_at": "2025-06-01 11:30:00.5+0200",
         *       "workflow": {
         *         "init_params": {},
         *         "step_configs": {},
         *         "steps": []
         *       }
         *     }
         */
        Task: {
            id?: number;
            name: string;
            /** @description The stored workflow document (any JSON when read back). */
            workflow?: unknown;
            version?: string | null;
            description?: string | null;
            has_file_uploads?: boolean | null;
            collection_id?: number | null;
            entity_type?: string | null;
            /** @description Optional (nullable) in the asset store; a missing value means private. */
            is_private?: boolean | null;
            is_chat_flow?: boolean | null;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description An ISO 8601 timestamp in known answers; not checked. */
            created_at?: string | null;
            updated_at?: string | null;
            /** @description Always null on this route (any JSON is tolerated). */
            environment_variables?: unknown;
            storage_info?: {
                [key: string]: unknown;
            } | null;
            storage_provider?: string | null;
        };
        /**
         * @description A list entry. The asset store builds it without `is_private`, so lists always show the default.
         * @example {
         *       "id": 41,
         *       "name": "triage-grader",
         *       "collection_name": "acme"
         *     }
         */
        TaskListItem: {
            id?: number;
            name: string;
            /** @description The stored workflow document (any JSON when read back). */
            workflow?: unknown;
            version?: string | null;
            description?: string | null;
            has_file_uploads?: boolean | null;
            collection_id?: number | null;
            collection_name?: string | null;
            entity_type?: string | null;
            is_private?: boolean | null;
            is_chat_flow?: boolean | null;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @example [
         *       {
         *         "name": "triage-grader"
         *       }
         *     ]
         */
        TaskList: components["schemas"]["TaskListItem"][];
        /**
         * @example {
         *       "name": "triage-grader",
         *       "description": "Grades support-ticket triage",
         *       "workflow": {
         *         "init_params": {},
         *         "step_configs": {
         *           "echo": {
         *             "activity": "text_echo",
         *             "text": "hi"
         *           }
         *         },
         *         "steps": [
         *           "echo"
         *         ]
         *       }
         *     }
         */
        TaskCreate: {
            name: string;
            workflow: components["schemas"]["Workflow"];
            description?: string | null;
            version?: string | null;
            has_file_uploads?: boolean;
            /** @description The server treats a missing value as true. */
            is_private?: boolean;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
            entity_type?: string;
            is_chat_flow?: boolean;
        };
        /**
         * @description Partial update; only the fields sent change. `name` renames the task.
         * @example {
         *       "description": "New description"
         *     }
         */
        TaskUpdate: {
            name?: string;
            workflow?: components["schemas"]["Workflow"];
            description?: string | null;
            version?: string | null;
            has_file_uploads?: boolean;
            is_private?: boolean;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description The indexed fields of a search hit (the asset store's Typesense documents).
         * @example {
         *       "collection_name": "acme",
         *       "entity_name": "triage-grader",
         *       "full_name": "acme/triage-grader",
         *       "entity_type": "task"
         *     }
         */
        SearchHitDocument: {
            id?: string | null;
            collection_name?: string | null;
            entity_name?: string | null;
            full_name?: string | null;
            entity_type?: string | null;
            long_description?: string | null;
            metadata?: {
                [key: string]: unknown;
            } | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One hit. The asset store returns Typesense hits, with the indexed fields under `document`
         *     beside `highlights` and `text_match`; a flat hit (the fields at the top level) is tolerated.
         * @example {
         *       "document": {
         *         "collection_name": "acme",
         *         "entity_name": "triage-grader",
         *         "full_name": "acme/triage-grader",
         *         "entity_type": "task"
         *       },
         *       "highlights": [],
         *       "text_match": 578730123365187700
         *     }
         */
        SearchHit: {
            document?: components["schemas"]["SearchHitDocument"] | null;
            highlights?: unknown;
            text_match?: number | null;
            collection_name?: string | null;
            entity_name?: string | null;
            full_name?: string | null;
            entity_type?: string | null;
            metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @example {
         *       "hits": []
         *     }
         */
        SearchResult: {
            hits: components["schemas"]["SearchHit"][];
        };
        /**
         * @description Undocumented; a bare array (of task list items or hits) or the asset store's `{hits}` form.
         * @example [
         *       {
         *         "name": "triage-grader"
         *       }
         *     ]
         * @example {
         *       "hits": [
         *         {
         *           "document": {
         *             "entity_name": "triage-grader",
         *             "collection_name": "acme"
         *           }
         *         }
         *       ]
         *     }
         */
        TaskSearchResult: (components["schemas"]["TaskListItem"] | components["schemas"]["SearchHit"])[] | components["schemas"]["SearchResult"];
        /**
         * @example {
         *       "index": 0,
         *       "tags": [
         *         "v1.0.0"
         *       ],
         *       "created_at": "2025-06-01T09:30:00Z",
         *       "operation_type": "INSERT"
         *     }
         */
        EntityVersion: {
            index?: number | null;
            transaction_id?: number | null;
            content_hash?: string | null;
            tags?: string[] | null;
            created_at?: string | null;
            /** @description Upper-case in the asset store (`INSERT`, `UPDATE`, `DELETE`). */
            operation_type?: string | null;
            changeset?: {
                [key: string]: unknown;
            } | null;
            data?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description Versions come newest first.
         * @example {
         *       "entity_name": "triage-grader",
         *       "entity_type": "task",
         *       "collection_name": "acme",
         *       "total_versions": 0,
         *       "versions": []
         *     }
         */
        EntityHistory: {
            entity_name?: string | null;
            entity_type?: string | null;
            collection_name?: string | null;
            total_versions?: number | null;
            versions?: components["schemas"]["EntityVersion"][] | null;
        };
        /**
         * @description Multipart fields of a run request. JSON-valued fields are sent as strings.
         * @example {
         *       "init_params": "{\"text\":\"hello\"}",
         *       "use_trial_keys": "true"
         *     }
         */
        RunForm: {
            /** @description JSON object serialized as a string; clients send `{}` when there is nothing to pass. */
            init_params?: string;
            /** @description One part per file; each lands in the trajectory's `init_params.file_paths`. */
            files?: string[];
            /**
             * @description `true` runs with Jetty's trial provider keys.
             * @enum {string}
             */
            use_trial_keys?: "true" | "false";
            /** @description JSON object serialized as a string; added to the runtime environment, never stored. */
            secret_params?: string;
            /** @description Bills the agent to a linked personal subscription; needs a user token. */
            subscription_credential?: ("nous" | "codex" | "anthropic") | string;
            /** @description Called when the run completes. */
            webhook_url?: string;
            /** @description HMAC secret for the webhook signature. */
            webhook_secret?: string;
        };
        /**
         * @description Trial metadata attached to runs on trial keys. Every field may be absent.
         * @example {
         *       "runs_used": 3,
         *       "runs_limit": 10,
         *       "runs_remaining": 7,
         *       "minutes_remaining": 42
         *     }
         */
        TrialInfo: {
            runs_used?: number | null;
            runs_limit?: number | null;
            runs_remaining?: number | null;
            /** @description Only older deployments send it. */
            minutes_remaining?: number | null;
        };
        /**
         * @description Response of `POST /run` (open-ended). Only `workflow_id` is needed, to find the trajectory.
         * @example {
         *       "message": "started",
         *       "workflow_id": "acme-triage-grader--1646887f"
         *     }
         */
        WorkflowResponse: {
            message?: string | null;
            /** @description `{collection}-{task}--{trajectory_id}`; split at the last `--` for the trajectory id (the pattern says exactly that). */
            workflow_id: string;
            /** @description An object or null in known answers (any JSON). */
            result?: unknown;
            /** @description An object or null in known answers (any JSON). */
            trajectory?: unknown;
            /** @description A string in existing clients' types; other shapes are tolerated. */
            metadata?: unknown;
            trial?: components["schemas"]["TrialInfo"] | null;
        };
        /**
         * @description Response of `POST /run-sync`: undocumented. Existing clients read it like `WorkflowResponse`,
         *     and one reads `.steps` at the top level (a trajectory-like body), so nothing is required; the
         *     SDK looks for the trajectory id in `workflow_id`, then `trajectory_id`, then
         *     `trajectory.trajectory_id`.
         * @example {
         *       "message": "completed",
         *       "workflow_id": "acme-triage-grader--aa7e4430",
         *       "trajectory": {
         *         "trajectory_id": "aa7e4430",
         *         "status": "completed"
         *       }
         *     }
         * @example {
         *       "trajectory_id": "aa7e4430",
         *       "status": "completed",
         *       "steps": {
         *         "echo": {
         *           "outputs": {
         *             "text": "hi"
         *           }
         *         }
         *       }
         *     }
         */
        RunSyncResponse: {
            message?: string | null;
            workflow_id?: string | null;
            trajectory_id?: string | null;
            status?: string | null;
            result?: unknown;
            trajectory?: unknown;
            steps?: unknown;
            metadata?: unknown;
            trial?: components["schemas"]["TrialInfo"] | null;
        };
        /**
         * @description Only `active` is documented, and every client reads it with a default of false, so it is optional here too.
         * @example {
         *       "active": false
         *     }
         * @example {
         *       "status": "active",
         *       "runs_remaining": 7
         *     }
         */
        TrialStatus: {
            active?: boolean | null;
            status?: string | null;
            runs_used?: number | null;
            runs_limit?: number | null;
            runs_remaining?: number | null;
            minutes_remaining?: number | null;
        };
        /**
         * @description Success is `active == true` or `status == "active"`.
         * @example {
         *       "status": "active",
         *       "runs_remaining": 10
         *     }
         */
        TrialActivation: {
            active?: boolean | null;
            status?: string | null;
            message?: string | null;
            runs_used?: number | null;
            runs_limit?: number | null;
            runs_remaining?: number | null;
            minutes_remaining?: number | null;
        };
        /**
         * @description Terminal statuses are completed, failed, cancelled and archived; only completed is success. Unknown values are passed through.
         * @example running
         */
        TrajectoryStatus: ("pending" | "running" | "completed" | "failed" | "cancelled" | "archived") | string;
        /**
         * @description Statuses the batch-update endpoint accepts.
         * @example cancelled
         * @enum {string}
         */
        SettableTrajectoryStatus: "pending" | "completed" | "failed" | "cancelled" | "archived";
        /**
         * @description Values are undocumented beyond `failed`; unknown values are passed through.
         * @example failed
         */
        StepStatus: ("pending" | "running" | "completed" | "failed" | "cancelled" | "skipped") | string;
        /**
         * @description One step of a trajectory. Nothing is required; the SDK reads `status`, `error` and `outputs` defensively.
         * @example {
         *       "activity": "list_emit_await",
         *       "status": "failed",
         *       "error": "child trajectory failed",
         *       "author": "emulator",
         *       "origin": {},
         *       "outputs": {
         *         "trajectory_references": [
         *           {
         *             "trajectory_id": "deadbeef",
         *             "name": "acme/child"
         *           }
         *         ]
         *       }
         *     }
         * @example {
         *       "activity": "litellm_chat",
         *       "status": "failed",
         *       "error": {
         *         "message": "rate limited",
         *         "type": "RateLimitError"
         *       }
         *     }
         */
        Step: {
            inputs?: {
                [key: string]: unknown;
            } | null;
            outputs?: {
                [key: string]: unknown;
            } | null;
            activity?: string | null;
            key?: string | null;
            depends_on?: string[] | null;
            created?: string | null;
            ended?: string | null;
            duration_seconds?: number | null;
            author?: string | null;
            origin?: {
                [key: string]: unknown;
            } | null;
            config?: {
                [key: string]: unknown;
            } | null;
            status?: components["schemas"]["StepStatus"] | null;
            /** @description The step's failure. No source gives its type; a string, an object such as `{message}`, or null (read it with the SDK's `errorText`). */
            error?: unknown;
        };
        /**
         * @description Values are strings in existing clients; numbers, booleans and other JSON (e.g. from ingested scores) are tolerated.
         * @example {
         *       "key": "quality",
         *       "value": "good",
         *       "author": "alice@example.com",
         *       "created": "2025-06-01T10:05:00Z"
         *     }
         */
        Label: {
            key?: string | null;
            value?: unknown;
            created?: string | null;
            /** @description Optional on ingest, so it may be missing or null. */
            author?: string | null;
        };
        /**
         * @example {
         *       "asset_type": "trajectory",
         *       "params": {
         *         "source": "eve"
         *       }
         *     }
         */
        TrajectoryAttributes: {
            asset_type?: string | null;
            asset_filename?: string | null;
            created?: string | null;
            /** @description Ingest stores `source`, `eval_id` and `metadata` here. */
            params?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description The inputs the run actually used.
         * @example {
         *       "text": "hello",
         *       "file_paths": [
         *         "acme/_sandbox_uploads/u1/input.txt"
         *       ]
         *     }
         */
        TrajectoryInitParams: {
            /** @description Storage paths of files uploaded with the run. */
            file_paths?: string[] | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The record of one run (open-ended). Required are exactly what the SDK needs: the id (to
         *     address it) and the status (to wait on it); every other field may be missing or null.
         * @example {
         *       "trajectory_id": "1646887f",
         *       "status": "completed",
         *       "steps": {
         *         "echo": {
         *           "activity": "text_echo",
         *           "status": "completed",
         *           "outputs": {
         *             "text": "hi"
         *           }
         *         }
         *       }
         *     }
         * @example {
         *       "trajectory_id": "session42-3",
         *       "status": "some-future-status"
         *     }
         * @example {
         *       "trajectory_id": "0badf00d",
         *       "status": "failed",
         *       "error": {
         *         "message": "Step 'judge' failed",
         *         "code": "step_failed"
         *       },
         *       "author": null,
         *       "labels": null
         *     }
         */
        Trajectory: {
            /** @description `{collection}/{task}` */
            name?: string | null;
            trajectory_id: string;
            storage_path?: string | null;
            status: components["schemas"]["TrajectoryStatus"];
            /** @description Top-level failure. A string in existing clients' types, but no source guarantees it; any JSON (read it with `errorText`). */
            error?: unknown;
            created?: string | null;
            updated?: string | null;
            /** @description Ingested runs may lack one. */
            author?: string | null;
            metadata_uri?: string | null;
            org_id?: string | null;
            attributes?: components["schemas"]["TrajectoryAttributes"] | null;
            init_params?: components["schemas"]["TrajectoryInitParams"] | null;
            /** @description Snapshot of the workflow's step configs (values any JSON). */
            step_configs?: {
                [key: string]: unknown;
            } | null;
            /** @description Keyed by step name (not an array). */
            steps?: {
                [key: string]: components["schemas"]["Step"];
            } | null;
            total_steps?: string[] | null;
            completed_steps?: string[] | null;
            labels?: components["schemas"]["Label"][] | null;
            /** @description A routine id (routines give integer or string ids). */
            triggered_by_routine_id?: number | string | null;
            webhook_url?: string | null;
        };
        /**
         * @description One page. Pages start at 1; stop on `has_more` false, an empty page or a short page.
         * @example {
         *       "trajectories": [],
         *       "total": 0,
         *       "page": 1,
         *       "limit": 10,
         *       "has_more": false
         *     }
         */
        TrajectoryList: {
            trajectories: components["schemas"]["Trajectory"][];
            total?: number | null;
            page?: number | null;
            limit?: number | null;
            has_more?: boolean | null;
        };
        /**
         * @description Shape undocumented (any JSON, or an empty body); the SDK hands it back as sent.
         * @example {
         *       "total": 12
         *     }
         */
        TrajectoryStats: unknown;
        /**
         * @description Only `level` is hinted at by the sources; every field may be missing or null.
         * @example {
         *       "level": "error",
         *       "message": "step failed"
         *     }
         */
        LogEvent: {
            level?: string | null;
            /** @description Text in the known hints; any JSON is tolerated. */
            message?: unknown;
            timestamp?: string | null;
            step?: string | null;
        };
        /**
         * @description The object form of a run's logs.
         * @example {
         *       "events": [
         *         {
         *           "level": "info",
         *           "message": "started"
         *         }
         *       ]
         *     }
         */
        WorkflowLogsObject: {
            events?: components["schemas"]["LogEvent"][] | null;
        };
        /**
         * @description Shape undocumented beyond events carrying a `level`; an object with `events` or a bare array of events (an empty or text body is tolerated too).
         * @example {
         *       "events": [
         *         {
         *           "level": "info",
         *           "message": "started"
         *         }
         *       ]
         *     }
         * @example [
         *       {
         *         "level": "error",
         *         "message": "step failed"
         *       }
         *     ]
         */
        WorkflowLogs: components["schemas"]["WorkflowLogsObject"] | components["schemas"]["LogEvent"][];
        /**
         * @description Trajectory id → new status; several ids per call are allowed.
         * @example {
         *       "1646887f": "cancelled"
         *     }
         */
        StatusUpdateRequest: {
            [key: string]: components["schemas"]["SettableTrajectoryStatus"];
        };
        /**
         * @description Undocumented acknowledgement (any JSON, text, or an empty body).
         * @example {
         *       "updated": 1
         *     }
         */
        StatusUpdateResponse: unknown;
        /**
         * @example {
         *       "key": "quality",
         *       "value": "good",
         *       "author": "alice@example.com"
         *     }
         */
        LabelCreate: {
            key: string;
            value: string;
            author: string;
        };
        /**
         * @description Undocumented acknowledgement; a test fixture returns `{ok: true}` (any JSON, text, or an empty body).
         * @example {
         *       "ok": true
         *     }
         */
        LabelResponse: unknown;
        /**
         * @example {
         *       "input": {
         *         "q": "2+2"
         *       },
         *       "output": "4",
         *       "scores": {
         *         "accuracy": 1
         *       }
         *     }
         */
        IngestTrajectoryRequest: {
            /** @description The input or case under evaluation (any JSON). */
            input?: unknown;
            /** @description The output produced (any JSON). */
            output?: unknown;
            /** @description The server defaults to completed. */
            status?: components["schemas"]["TrajectoryStatus"];
            /** @description Each becomes a label `score.<name>`. */
            scores?: {
                [key: string]: number;
            };
            labels?: {
                [key: string]: string;
            };
            /** @description Stored as the label `cost_est_usd`. */
            cost_usd?: number;
            /** @description Makes the push idempotent; an existing trajectory with this id is overwritten. */
            trajectory_id?: string;
            source?: string;
            eval_id?: string;
            metadata?: {
                [key: string]: unknown;
            };
            author?: string;
            /** Format: date-time */
            created?: string;
            /** Format: date-time */
            completed?: string;
        };
        /**
         * @example {
         *       "trajectory_id": "session42-3",
         *       "status": "completed",
         *       "labels": []
         *     }
         */
        IngestTrajectoryResponse: {
            trajectory_id: string;
            name?: string | null;
            storage_path?: string | null;
            status?: components["schemas"]["TrajectoryStatus"] | null;
            labels?: components["schemas"]["Label"][] | null;
        };
        /**
         * @description Element shape undocumented; plain paths and objects are both accepted.
         * @example acme/triage-grader/0000/results/summary.md
         * @example {
         *       "path": "acme/triage-grader/0000/results/report.json"
         *     }
         */
        FileListEntry: string | ({
            path?: string | null;
            name?: string | null;
            size?: number | null;
            content_type?: string | null;
            updated?: string | null;
        } & {
            [key: string]: unknown;
        });
        /**
         * @example {
         *       "files": []
         *     }
         */
        FileListResponse: {
            files: components["schemas"]["FileListEntry"][];
        };
        /**
         * @example {
         *       "files": [
         *         "id,text\n1,hello\n"
         *       ]
         *     }
         */
        SandboxUploadForm: {
            /** @description Repeat the field once per file; the field must be named exactly `files`. */
            files: string[];
            /** @description Unverified: the SDK sends the target collection (as the older upload route took it); the newer skill does not. */
            collection?: string;
        };
        /**
         * @example {
         *       "upload_id": "5b1c2d3e",
         *       "file_paths": [
         *         "acme/_sandbox_uploads/5b1c2d3e/input.csv"
         *       ],
         *       "count": 1
         *     }
         */
        SandboxUploadResponse: {
            upload_id?: string | null;
            /** @description Storage paths `{collection}/_sandbox_uploads/{upload_id}/{filename}` for `jetty.file_paths`. */
            file_paths: string[];
            count?: number | null;
        };
        /**
         * @example {
         *       "file": "hello"
         *     }
         */
        FileUploadForm: {
            file: string;
            /** @description Unverified: OpenAI-style purpose the SDK sends (e.g. `assistants`); no source documents it for this route. */
            purpose?: string;
            /** @description Unverified: the collection the SDK sends with the file. */
            collection?: string;
        };
        /**
         * @example {
         *       "file": "{\"@type\": \"sc:Dataset\"}"
         *     }
         */
        CroissantUploadForm: {
            file: string;
        };
        /**
         * @description Only `id` is documented; it looks like `file-abc123` and belongs in `jetty.files`, never in `jetty.file_paths`.
         * @example {
         *       "id": "file-abc123"
         *     }
         */
        FileObject: {
            id: string;
        };
        /**
         * @description The skills use `activity_name`; older clients read `name`. Other fields are undocumented.
         * @example {
         *       "activity_name": "text_echo",
         *       "description": "Passes text through"
         *     }
         */
        StepTemplate: {
            activity_name?: string;
            name?: string;
            description?: string | null;
            category?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description `{templates, categories, total_count}` per the skills, or a bare array per older clients.
         * @example {
         *       "templates": [
         *         {
         *           "activity_name": "text_echo"
         *         }
         *       ],
         *       "categories": [
         *         "text"
         *       ],
         *       "total_count": 1
         *     }
         * @example [
         *       {
         *         "name": "text_echo",
         *         "description": "Passes text through"
         *       }
         *     ]
         */
        StepTemplateList: {
            templates: components["schemas"]["StepTemplate"][];
            categories?: unknown[] | null;
            total_count?: number | null;
        } | components["schemas"]["StepTemplate"][];
        /**
         * @example {
         *       "id": 3,
         *       "name": "support-tickets",
         *       "format": "jsonl",
         *       "created_at": "2025-06-01T09:00:00+00:00"
         *     }
         */
        Dataset: {
            id?: number;
            name: string;
            data_path?: string | null;
            format?: string | null;
            collection_id?: number | null;
            collection_name?: string | null;
            metadata_version?: string | null;
            dataset_metadata?: {
                [key: string]: unknown;
            } | null;
            preview_type?: string | null;
            long_description?: string | null;
            asset_origin?: string | null;
            is_private?: boolean | null;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
            entity_type?: string | null;
            created_at?: string | null;
            updated_at?: string | null;
        };
        /**
         * @example [
         *       {
         *         "name": "support-tickets"
         *       }
         *     ]
         */
        DatasetList: components["schemas"]["Dataset"][];
        /**
         * @example {
         *       "name": "support-tickets",
         *       "format": "jsonl"
         *     }
         */
        DatasetCreate: {
            name: string;
            data_path?: string | null;
            format?: string | null;
            metadata_version?: string | null;
            dataset_metadata?: {
                [key: string]: unknown;
            } | null;
            preview_type?: string | null;
            long_description?: string | null;
            asset_origin?: string | null;
            is_private?: boolean;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description Partial update.
         * @example {
         *       "long_description": "Anonymised support tickets, 2024."
         *     }
         */
        DatasetUpdate: {
            name?: string;
            data_path?: string | null;
            format?: string | null;
            metadata_version?: string | null;
            dataset_metadata?: {
                [key: string]: unknown;
            } | null;
            preview_type?: string | null;
            long_description?: string | null;
            asset_origin?: string | null;
            is_private?: boolean;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @example {
         *       "preview_update": "id,text\n1,hello\n"
         *     }
         */
        DatasetPreviewForm: {
            preview_update: string;
        };
        /**
         * @example {
         *       "name": "support-tickets",
         *       "entity_type": "dataset",
         *       "upstream_entities": [],
         *       "downstream_entities": []
         *     }
         */
        ProvenanceNode: {
            id?: number | null;
            name?: string;
            collection_name?: string | null;
            entity_type?: string;
            activity_name?: string | null;
            /** @description Nodes of the same shape (not expanded here to keep the schema non-recursive). */
            upstream_entities?: {
                [key: string]: unknown;
            }[];
            downstream_entities?: {
                [key: string]: unknown;
            }[];
        };
        /**
         * @description Shape undocumented.
         * @example {
         *       "valid": true
         *     }
         */
        CroissantValidationReport: {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "id": 7,
         *       "name": "triage-model",
         *       "model_path": "acme/models/triage-model",
         *       "entity_type": "trained_model"
         *     }
         */
        TrainedModel: {
            id?: number;
            name: string;
            model_path?: string | null;
            collection_id?: number | null;
            collection_name?: string | null;
            metadata_version?: string | null;
            model_metadata?: {
                [key: string]: unknown;
            } | null;
            asset_origin?: string | null;
            long_description?: string | null;
            model_attributes?: {
                [key: string]: unknown;
            } | null;
            entity_type?: string | null;
            is_private?: boolean | null;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
            created_at?: string | null;
            updated_at?: string | null;
        };
        /**
         * @example [
         *       {
         *         "name": "triage-model"
         *       }
         *     ]
         */
        TrainedModelList: components["schemas"]["TrainedModel"][];
        /**
         * @example {
         *       "name": "triage-model",
         *       "model_path": "acme/models/triage-model"
         *     }
         */
        TrainedModelCreate: {
            name: string;
            model_path: string;
            metadata_version?: string | null;
            model_metadata?: {
                [key: string]: unknown;
            } | null;
            asset_origin?: string | null;
            long_description?: string | null;
            model_attributes?: {
                [key: string]: unknown;
            } | null;
            is_private?: boolean;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description Partial update.
         * @example {
         *       "long_description": "Fine-tuned triage classifier."
         *     }
         */
        TrainedModelUpdate: {
            name?: string;
            model_path?: string;
            metadata_version?: string | null;
            model_metadata?: {
                [key: string]: unknown;
            } | null;
            asset_origin?: string | null;
            long_description?: string | null;
            model_attributes?: {
                [key: string]: unknown;
            } | null;
            is_private?: boolean;
            croissant_metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description manual fires only through run-now. Unknown values are passed through.
         * @example daily
         */
        CadenceType: ("manual" | "hourly" | "daily" | "weekdays" | "weekly") | string;
        /**
         * @description UTC schedule. `manual` allows no other field; `hourly` takes an optional `minute_utc`;
         *     `daily` and `weekdays` need `hour_utc`; `weekly` needs `hour_utc` and `day_of_week`.
         * @example {
         *       "type": "weekly",
         *       "hour_utc": 9,
         *       "minute_utc": 0,
         *       "day_of_week": "mon"
         *     }
         * @example {
         *       "type": "manual"
         *     }
         */
        Cadence: {
            type: components["schemas"]["CadenceType"];
            hour_utc?: number;
            minute_utc?: number;
            /** @enum {string} */
            day_of_week?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
        };
        /**
         * @description A cadence as routine responses echo it (response-only; requests use the strict `Cadence`).
         *     Routine bodies are undocumented and pydantic emits `null` for unset optional fields, so every
         *     field may be missing or null and `day_of_week` is open.
         * @example {
         *       "type": "hourly",
         *       "hour_utc": null,
         *       "minute_utc": 15,
         *       "day_of_week": null
         *     }
         */
        RoutineCadence: {
            type?: components["schemas"]["CadenceType"] | null;
            hour_utc?: number | null;
            minute_utc?: number | null;
            day_of_week?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun") | string | null;
        };
        /**
         * @description Field set undocumented beyond the create fields and `next_run_at`; every field may be missing or null.
         * @example {
         *       "id": 5,
         *       "name": "nightly",
         *       "cadence": {
         *         "type": "daily",
         *         "hour_utc": 2
         *       },
         *       "paused": false
         *     }
         * @example {
         *       "id": "rt_5",
         *       "cadence": {
         *         "type": "hourly",
         *         "hour_utc": null,
         *         "minute_utc": 0,
         *         "day_of_week": null
         *       },
         *       "next_run_at": null
         *     }
         */
        Routine: {
            id?: number | string | null;
            name?: string | null;
            collection?: string | null;
            task?: string | null;
            cadence?: components["schemas"]["RoutineCadence"] | null;
            init_params_overrides?: {
                [key: string]: unknown;
            } | null;
            paused?: boolean | null;
            webhook_url?: string | null;
            next_run_at?: string | null;
            created_at?: string | null;
            updated_at?: string | null;
        };
        /**
         * @example {
         *       "name": "nightly",
         *       "cadence": {
         *         "type": "daily",
         *         "hour_utc": 2,
         *         "minute_utc": 30
         *       }
         *     }
         */
        RoutineCreate: {
            /** @description Slug, unique within the collection and task. */
            name: string;
            cadence: components["schemas"]["Cadence"];
            /** @description Keys must exist in the task's `workflow.init_params`. */
            init_params_overrides?: {
                [key: string]: unknown;
            } | null;
            /** @description Encrypted at rest, never logged. */
            secret_params?: {
                [key: string]: string;
            } | null;
            paused?: boolean;
            webhook_url?: string | null;
            webhook_secret?: string | null;
        };
        /**
         * @description Any subset of the create fields; objects sent replace the stored ones.
         * @example {
         *       "paused": true
         *     }
         */
        RoutineUpdate: {
            name?: string;
            cadence?: components["schemas"]["Cadence"];
            init_params_overrides?: {
                [key: string]: unknown;
            } | null;
            secret_params?: {
                [key: string]: string;
            } | null;
            paused?: boolean;
            webhook_url?: string | null;
            webhook_secret?: string | null;
        };
        /**
         * @description `{routines}` in the only fixture; a bare array is tolerated, as for collections.
         * @example {
         *       "routines": []
         *     }
         * @example [
         *       {
         *         "id": 5,
         *         "name": "nightly"
         *       }
         *     ]
         */
        RoutineList: {
            routines: components["schemas"]["Routine"][];
        } | components["schemas"]["Routine"][];
        /**
         * @example {
         *       "workflow_id": "acme-triage-grader--c0ffee12"
         *     }
         */
        RoutineRunNowResponse: {
            workflow_id: string;
            trajectory_id?: string | null;
            message?: string | null;
        };
        /**
         * @description One recent run of a routine. Undocumented; a trajectory or a run summary (id, workflow id, start time), so every field may be missing or null.
         * @example {
         *       "trajectory_id": "c0ffee12",
         *       "status": "completed",
         *       "triggered_by_routine_id": 5
         *     }
         */
        RoutineRun: {
            trajectory_id?: string | null;
            workflow_id?: string | null;
            status?: components["schemas"]["TrajectoryStatus"] | null;
            created?: string | null;
            started_at?: string | null;
            triggered_by_routine_id?: number | string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description `{trajectories}` in the only fixture; a bare array is tolerated.
         * @example {
         *       "trajectories": []
         *     }
         * @example [
         *       {
         *         "workflow_id": "acme-triage-grader--c0ffee12",
         *         "started_at": "2025-06-02T02:30:00Z"
         *       }
         *     ]
         */
        RoutineRuns: {
            trajectories: components["schemas"]["RoutineRun"][];
        } | components["schemas"]["RoutineRun"][];
        /**
         * @description Coding agent for runbook mode. Unknown values are passed through.
         * @example claude-code
         */
        Agent: ("claude-code" | "opencode" | "codex" | "gemini-cli") | string;
        /**
         * @description Unknown values are passed through.
         * @example openrouter
         */
        ModelProvider: ("anthropic" | "openrouter" | "openai" | "google" | "bedrock") | string;
        /**
         * @description Sandbox image; `python312-uv` when omitted. Unknown values are passed through.
         * @example prism-playwright
         */
        Snapshot: ("python312-uv" | "prism-playwright") | string;
        /**
         * @description Unknown values are passed through.
         * @example user
         */
        ChatRole: ("system" | "user" | "assistant" | "tool" | "developer") | string;
        /**
         * @example {
         *       "type": "text",
         *       "text": "Describe this image."
         *     }
         */
        ChatContentPart: {
            type: string;
            text?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "id": "call_1",
         *       "type": "function",
         *       "function": {
         *         "name": "get_weather",
         *         "arguments": "{\"city\":\"Paris\"}"
         *       }
         *     }
         */
        ChatToolCall: {
            id?: string;
            type?: string;
            function?: {
                name?: string;
                arguments?: string;
            };
        };
        /**
         * @example {
         *       "role": "user",
         *       "content": "Execute the runbook."
         *     }
         * @example {
         *       "role": "assistant",
         *       "content": null,
         *       "tool_calls": [
         *         {
         *           "id": "call_1",
         *           "type": "function",
         *           "function": {
         *             "name": "get_weather",
         *             "arguments": "{}"
         *           }
         *         }
         *       ]
         *     }
         */
        ChatMessage: {
            role: components["schemas"]["ChatRole"];
            content?: string | components["schemas"]["ChatContentPart"][] | null;
            name?: string;
            tool_calls?: components["schemas"]["ChatToolCall"][];
            tool_call_id?: string;
        };
        /**
         * @description Presence switches the request to runbook mode.
         * @example {
         *       "runbook": true,
         *       "collection": "acme",
         *       "task": "diagnosis",
         *       "agent": "codex",
         *       "template_variables": {
         *         "results_dir": "/app/results"
         *       }
         *     }
         */
        JettyChatOptions: {
            runbook: boolean;
            /** @description Supplies env vars and secrets. */
            collection: string;
            /** @description Trajectories are grouped under it; created on the first run if missing. */
            task: string;
            agent?: components["schemas"]["Agent"];
            model_provider?: components["schemas"]["ModelProvider"];
            snapshot?: components["schemas"]["Snapshot"];
            /** @description Substituted into `{{var}}` placeholders before the agent reads the runbook. */
            template_variables?: {
                [key: string]: string;
            };
            /** @description Storage paths (from `/api/v1/sandbox/upload`), mounted under /app/assets/. */
            file_paths?: string[];
            /** @description `file-…` ids from `POST /api/v1/files`. */
            files?: string[];
            use_trial_keys?: boolean;
            /** @description Unverified: one-off secrets for this run (the older skill suggests passing missing secrets this way; no source documents the field for chat mode). Never logged. */
            secret_params?: {
                [key: string]: string;
            };
        };
        /**
         * @description OpenAI chat-completion parameters plus the optional `jetty` block.
         * @example {
         *       "model": "gpt-4.1",
         *       "messages": [
         *         {
         *           "role": "user",
         *           "content": "Hello"
         *         }
         *       ],
         *       "temperature": 0.2,
         *       "max_tokens": 64
         *     }
         */
        ChatCompletionRequest: {
            model: string;
            messages: components["schemas"]["ChatMessage"][];
            stream?: boolean | null;
            stream_options?: {
                [key: string]: unknown;
            } | null;
            temperature?: number | null;
            top_p?: number | null;
            n?: number | null;
            max_tokens?: number | null;
            max_completion_tokens?: number | null;
            stop?: string | string[] | null;
            presence_penalty?: number | null;
            frequency_penalty?: number | null;
            seed?: number | null;
            user?: string;
            tools?: {
                [key: string]: unknown;
            }[];
            /** @description A string such as `auto` or an object naming a tool. */
            tool_choice?: unknown;
            response_format?: {
                [key: string]: unknown;
            };
            metadata?: {
                [key: string]: unknown;
            } | null;
            jetty?: components["schemas"]["JettyChatOptions"];
        };
        /**
         * @description Where the SDK looks first for the trajectory of a runbook-mode completion (response body and
         *     first stream chunk). The object is this project's reading of an undocumented response, so
         *     nothing in it is required; the SDK falls back to a top-level `trajectory_id`, a
         *     `trajectory_url`, the `x-jetty-trajectory-id` header, and finally to listing the task's
         *     newest trajectories.
         * @example {
         *       "trajectory_id": "1646887f",
         *       "collection": "acme",
         *       "task": "diagnosis",
         *       "trajectory_url": "https://flows.jetty.io/acme/diagnosis/1646887f"
         *     }
         * @example {
         *       "trajectory_url": "https://jetty.io/acme/diagnosis/1646887f"
         *     }
         */
        JettyRunInfo: {
            trajectory_id?: string | null;
            collection?: string | null;
            task?: string | null;
            workflow_id?: string | null;
            trajectory_url?: string | null;
        };
        /**
         * @example {
         *       "prompt_tokens": 10,
         *       "completion_tokens": 2,
         *       "total_tokens": 12
         *     }
         */
        ChatCompletionUsage: {
            prompt_tokens?: number | null;
            completion_tokens?: number | null;
            total_tokens?: number | null;
        };
        /**
         * @description An assistant message as a response carries it (response-only; requests use `ChatMessage`, whose `role` is required).
         * @example {
         *       "role": "assistant",
         *       "content": "Hi"
         *     }
         * @example {
         *       "content": "Runbook finished."
         *     }
         */
        ChatCompletionMessage: {
            role?: components["schemas"]["ChatRole"] | null;
            /** @description Text, an array of content parts, or null. */
            content?: string | ({
                type?: string | null;
                text?: string | null;
            } & {
                [key: string]: unknown;
            })[] | null;
            refusal?: string | null;
            tool_calls?: {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * @example {
         *       "index": 0,
         *       "message": {
         *         "role": "assistant",
         *         "content": "Hi"
         *       },
         *       "finish_reason": "stop"
         *     }
         */
        ChatCompletionChoice: {
            index?: number | null;
            message?: components["schemas"]["ChatCompletionMessage"] | null;
            finish_reason?: string | null;
            logprobs?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description A chat completion. Passthrough answers follow OpenAI's shape; the runbook-mode body is
         *     undocumented, so nothing is required (the SDK returns `choices` as an empty array when absent)
         *     and the places the trajectory id may appear are all declared optional.
         * @example {
         *       "id": "chatcmpl-1",
         *       "object": "chat.completion",
         *       "created": 1748772000,
         *       "model": "gpt-4.1",
         *       "choices": [
         *         {
         *           "index": 0,
         *           "message": {
         *             "role": "assistant",
         *             "content": "Hello"
         *           },
         *           "finish_reason": "stop"
         *         }
         *       ]
         *     }
         * @example {
         *       "trajectory_url": "https://jetty.io/acme/diagnosis/1646887f"
         *     }
         */
        ChatCompletion: {
            id?: string | null;
            /** @description `chat.completion` */
            object?: string | null;
            /** @description Unix seconds. */
            created?: number | null;
            model?: string | null;
            choices?: components["schemas"]["ChatCompletionChoice"][] | null;
            usage?: components["schemas"]["ChatCompletionUsage"] | null;
            system_fingerprint?: string | null;
            jetty?: components["schemas"]["JettyRunInfo"] | null;
            /** @description Runbook mode, fallback 2 (undocumented). */
            trajectory_id?: string | null;
            /** @description Runbook mode, fallback 3; its last path segment is the trajectory id (undocumented). */
            trajectory_url?: string | null;
            workflow_id?: string | null;
        };
        /**
         * @example {
         *       "content": "lo"
         *     }
         */
        ChatCompletionDelta: {
            role?: components["schemas"]["ChatRole"] | null;
            content?: string | null;
            tool_calls?: {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * @example {
         *       "index": 0,
         *       "delta": {
         *         "content": "Hel"
         *       },
         *       "finish_reason": null
         *     }
         */
        ChatCompletionChunkChoice: {
            index?: number | null;
            delta?: components["schemas"]["ChatCompletionDelta"] | null;
            finish_reason?: string | null;
            logprobs?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description One `data:` frame of a streamed completion. In runbook mode the first chunk carries `jetty`.
         *     The streamed format is undocumented, so nothing is required (the SDK yields `choices` as an
         *     empty array when absent).
         * @example {
         *       "id": "chatcmpl-1",
         *       "object": "chat.completion.chunk",
         *       "created": 1748772000,
         *       "model": "claude-sonnet-4-6",
         *       "choices": [
         *         {
         *           "index": 0,
         *           "delta": {
         *             "role": "assistant",
         *             "content": ""
         *           },
         *           "finish_reason": null
         *         }
         *       ],
         *       "jetty": {
         *         "trajectory_id": "1646887f",
         *         "collection": "acme",
         *         "task": "diagnosis"
         *       }
         *     }
         */
        ChatCompletionChunk: {
            id?: string | null;
            /** @description `chat.completion.chunk` */
            object?: string | null;
            created?: number | null;
            model?: string | null;
            choices?: components["schemas"]["ChatCompletionChunkChoice"][] | null;
            usage?: components["schemas"]["ChatCompletionUsage"] | null;
            system_fingerprint?: string | null;
            jetty?: components["schemas"]["JettyRunInfo"] | null;
            trajectory_id?: string | null;
            trajectory_url?: string | null;
        };
    };
    responses: {
        /** @description Rejected, e.g. a duplicate name (compared case-insensitively). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Collection already exists"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Token missing, invalid, expired or inactive. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Invalid or inactive API key"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is valid but not for this collection, or lacks write access. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "API key not valid for this collection"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No such collection, task, trajectory or file (or another org's collection seen with a JWT). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Task not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request failed validation. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": [
                 *         {
                 *           "loc": [
                 *             "body",
                 *             "name"
                 *           ],
                 *           "msg": "Field required",
                 *           "type": "missing"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description Too many requests; back off and retry. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Rate limit exceeded"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
         *     and model routes, including the scoped-key check; the collection routes look it up
         *     case-insensitively. Use the name as it was created.
         * @example acme
         */
        Collection: string;
        /** @example triage-grader */
        Task: string;
        /**
         * @description Usually 8 lowercase hex characters; ingested trajectories may use any id.
         * @example 1646887f
         */
        TrajectoryId: string;
        /** @example support-tickets */
        AssetName: string;
        /**
         * @description Slug, unique within the collection and task.
         * @example nightly
         */
        RoutineName: string;
        /**
         * @description A 64-character SHA-256 content hash, a tag such as `v1.0.0`, or `~N` (`~0` oldest, `~-1` newest).
         * @example ~-1
         */
        VersionRef: string;
        Skip: number;
        Limit: number;
        HistoryLimit: number;
        IncludeChangeset: boolean;
    };
    requestBodies: {
        RunForm: {
            content: {
                "multipart/form-data": components["schemas"]["RunForm"];
            };
        };
    };
    headers: {
        /**
         * @description Carries the download filename, as `filename="…"` or RFC 5987 `filename*=UTF-8''…`.
         * @example attachment; filename="summary.md"
         */
        ContentDisposition: string;
        /**
         * @description Seconds to wait, or an HTTP date.
         * @example 2
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCollections: {
        parameters: {
            query?: {
                skip?: components["parameters"]["Skip"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collections visible to the token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 12,
                     *         "name": "acme",
                     *         "description": "Acme evaluation workflows",
                     *         "auth_org_id": null,
                     *         "owner_identifier": "org_2abc"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CollectionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createCollection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "acme",
                 *       "description": "Acme evaluation workflows"
                 *     }
                 */
                "application/json": components["schemas"]["CollectionCreate"];
            };
        };
        responses: {
            /** @description The new collection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 12,
                     *       "name": "acme",
                     *       "description": "Acme evaluation workflows",
                     *       "auth_org_id": null,
                     *       "owner_identifier": "org_2abc"
                     *     }
                     */
                    "application/json": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 12,
                     *       "name": "acme",
                     *       "description": "Acme evaluation workflows",
                     *       "auth_org_id": null,
                     *       "owner_identifier": "org_2abc"
                     *     }
                     */
                    "application/json": components["schemas"]["Collection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getCollectionEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection plus its environment variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 12,
                     *       "name": "acme",
                     *       "description": "Acme evaluation workflows",
                     *       "auth_org_id": null,
                     *       "owner_identifier": "org_2abc",
                     *       "environment_variables": {
                     *         "OPENAI_API_KEY": "sk-example",
                     *         "OLD_KEY": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CollectionEnvironment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCollectionEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "environment_variables": {
                 *         "OPENAI_API_KEY": "sk-example",
                 *         "OLD_KEY": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EnvironmentUpdate"];
            };
        };
        responses: {
            /** @description The collection after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 12,
                     *       "name": "acme",
                     *       "description": "Acme evaluation workflows",
                     *       "auth_org_id": null,
                     *       "owner_identifier": "org_2abc",
                     *       "environment_variables": {
                     *         "OPENAI_API_KEY": "sk-example"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CollectionEnvironment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getCollectionStorage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Storage settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "storage_info": null,
                     *       "storage_provider": "default"
                     *     }
                     */
                    "application/json": components["schemas"]["CollectionStorage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCollectionStorage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "storage_provider": "gcs",
                 *       "storage_info": {
                 *         "bucket": "acme-assets"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CollectionStorage"];
            };
        };
        responses: {
            /** @description Storage settings after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "storage_provider": "gcs",
                     *       "storage_info": {
                     *         "bucket": "acme-assets"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CollectionStorage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateCollectionOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "owner_identifier": "org_2xyz"
                 *     }
                 */
                "application/json": components["schemas"]["CollectionOwnerUpdate"];
            };
        };
        responses: {
            /** @description The collection with its new owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 12,
                     *       "name": "acme",
                     *       "description": "Acme evaluation workflows",
                     *       "auth_org_id": null,
                     *       "owner_identifier": "org_2xyz"
                     *     }
                     */
                    "application/json": components["schemas"]["Collection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listCollectionDatasets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection's datasets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 3,
                     *         "name": "support-tickets",
                     *         "data_path": "acme/datasets/support-tickets.jsonl",
                     *         "format": "jsonl",
                     *         "collection_name": "acme"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DatasetList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listCollectionAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent assets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "name": "triage-agent"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CollectionAgentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                skip?: components["parameters"]["Skip"];
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task list items (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 41,
                     *         "name": "triage-grader",
                     *         "description": "Grades support-ticket triage",
                     *         "version": null,
                     *         "has_file_uploads": false,
                     *         "collection_id": 12,
                     *         "collection_name": "acme",
                     *         "entity_type": "task",
                     *         "is_private": true,
                     *         "croissant_metadata": null,
                     *         "workflow": {
                     *           "init_params": {
                     *             "text": "hello"
                     *           },
                     *           "step_configs": {
                     *             "echo": {
                     *               "activity": "text_echo",
                     *               "text_path": "init_params.text"
                     *             }
                     *           },
                     *           "steps": [
                     *             "echo"
                     *           ]
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "triage-grader",
                 *       "description": "Grades support-ticket triage",
                 *       "workflow": {
                 *         "init_params": {
                 *           "text": "hello"
                 *         },
                 *         "step_configs": {
                 *           "echo": {
                 *             "activity": "text_echo",
                 *             "text_path": "init_params.text"
                 *           }
                 *         },
                 *         "steps": [
                 *           "echo"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description The new task. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 41,
                     *       "name": "triage-grader",
                     *       "description": "Grades support-ticket triage",
                     *       "version": null,
                     *       "has_file_uploads": false,
                     *       "collection_id": 12,
                     *       "entity_type": "task",
                     *       "is_private": true,
                     *       "croissant_metadata": null,
                     *       "created_at": "2025-06-01T09:30:00Z",
                     *       "updated_at": null,
                     *       "workflow": {
                     *         "init_params": {
                     *           "text": "hello"
                     *         },
                     *         "step_configs": {
                     *           "echo": {
                     *             "activity": "text_echo",
                     *             "text_path": "init_params.text"
                     *           }
                     *         },
                     *         "steps": [
                     *           "echo"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    searchTasks: {
        parameters: {
            query: {
                /** @example triage */
                q: string;
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 41,
                     *         "name": "triage-grader",
                     *         "collection_name": "acme",
                     *         "description": "Grades support-ticket triage"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TaskSearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    searchAllTasks: {
        parameters: {
            query: {
                /** @example triage */
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Search hits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "hits": [
                     *         {
                     *           "document": {
                     *             "collection_name": "acme",
                     *             "entity_name": "triage-grader",
                     *             "full_name": "acme/triage-grader",
                     *             "entity_type": "task"
                     *           },
                     *           "highlights": [],
                     *           "text_match": 578730123365187700
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 41,
                     *       "name": "triage-grader",
                     *       "description": "Grades support-ticket triage",
                     *       "version": "3",
                     *       "has_file_uploads": false,
                     *       "collection_id": 12,
                     *       "entity_type": "task",
                     *       "is_private": true,
                     *       "croissant_metadata": null,
                     *       "created_at": "2025-06-01T09:30:00Z",
                     *       "updated_at": "2025-06-02T10:00:00.123456+00:00",
                     *       "environment_variables": null,
                     *       "storage_info": null,
                     *       "storage_provider": null,
                     *       "workflow": {
                     *         "init_params": {
                     *           "text": "hello"
                     *         },
                     *         "step_configs": {
                     *           "echo": {
                     *             "activity": "text_echo",
                     *             "text_path": "init_params.text"
                     *           }
                     *         },
                     *         "steps": [
                     *           "echo"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Task"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Grades support-ticket triage (v2)"
                 *     }
                 */
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The task after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 41,
                     *       "name": "triage-grader",
                     *       "description": "Grades support-ticket triage (v2)",
                     *       "collection_id": 12,
                     *       "is_private": true,
                     *       "has_file_uploads": false,
                     *       "created_at": "2025-06-01T09:30:00Z",
                     *       "updated_at": "2025-06-03T08:00:00Z",
                     *       "workflow": {
                     *         "init_params": {
                     *           "text": "hello"
                     *         },
                     *         "step_configs": {
                     *           "echo": {
                     *             "activity": "text_echo",
                     *             "text_path": "init_params.text"
                     *           }
                     *         },
                     *         "steps": [
                     *           "echo"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Task deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getTaskHistory: {
        parameters: {
            query?: {
                skip?: components["parameters"]["Skip"];
                limit?: components["parameters"]["HistoryLimit"];
                include_changeset?: components["parameters"]["IncludeChangeset"];
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions, newest first (the asset store orders by transaction, descending). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_name": "triage-grader",
                     *       "entity_type": "task",
                     *       "collection_name": "acme",
                     *       "total_versions": 1,
                     *       "versions": [
                     *         {
                     *           "index": 0,
                     *           "transaction_id": 901,
                     *           "content_hash": "3f7a0c9d2b1e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c",
                     *           "tags": [
                     *             "v1.0.0"
                     *           ],
                     *           "created_at": "2025-06-01T09:30:00Z",
                     *           "operation_type": "INSERT"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EntityHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getTaskVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description A 64-character SHA-256 content hash, a tag such as `v1.0.0`, or `~N` (`~0` oldest, `~-1` newest).
                 * @example ~-1
                 */
                ref: components["parameters"]["VersionRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version with its stored data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "index": 0,
                     *       "transaction_id": 901,
                     *       "content_hash": "3f7a0c9d2b1e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c",
                     *       "tags": [
                     *         "v1.0.0"
                     *       ],
                     *       "created_at": "2025-06-01T09:30:00Z",
                     *       "operation_type": "INSERT",
                     *       "data": {
                     *         "name": "triage-grader"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EntityVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    runTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RunForm"];
        responses: {
            /** @description The run was started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "started",
                     *       "workflow_id": "acme-triage-grader--1646887f",
                     *       "trial": {
                     *         "runs_used": 3,
                     *         "runs_limit": 10,
                     *         "runs_remaining": 7
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    runTaskSync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RunForm"];
        responses: {
            /** @description The finished run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "completed",
                     *       "workflow_id": "acme-triage-grader--aa7e4430",
                     *       "result": {
                     *         "status": "completed"
                     *       },
                     *       "trajectory": {
                     *         "trajectory_id": "aa7e4430",
                     *         "status": "completed"
                     *       },
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["RunSyncResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            /** @description Edge timeout; the run continues on the server. Never retry; poll the trajectory instead. */
            524: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <html><body>Error 524: A timeout occurred</body></html> */
                    "text/html": string;
                };
            };
        };
    };
    getTrialStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trial status; only `active` is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "active": true,
                     *       "runs_used": 3,
                     *       "runs_limit": 10,
                     *       "runs_remaining": 7
                     *     }
                     */
                    "application/json": components["schemas"]["TrialStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    activateTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Activation result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "active": true,
                     *       "status": "active",
                     *       "runs_remaining": 10
                     *     }
                     */
                    "application/json": components["schemas"]["TrialActivation"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTrajectories: {
        parameters: {
            query?: {
                limit?: number;
                /** @description 1-based page number. */
                page?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of trajectories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "trajectories": [
                     *         {
                     *           "trajectory_id": "1646887f",
                     *           "name": "acme/triage-grader",
                     *           "status": "running",
                     *           "storage_path": "acme/triage-grader/0000",
                     *           "created": "2025-06-01T10:00:00Z",
                     *           "total_steps": [
                     *             "echo"
                     *           ],
                     *           "completed_steps": [],
                     *           "labels": []
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "limit": 10,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["TrajectoryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getTrajectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Usually 8 lowercase hex characters; ingested trajectories may use any id.
                 * @example 1646887f
                 */
                trajectory_id: components["parameters"]["TrajectoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trajectory. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "acme/triage-grader",
                     *       "trajectory_id": "1646887f",
                     *       "storage_path": "acme/triage-grader/0000",
                     *       "status": "completed",
                     *       "error": null,
                     *       "created": "2025-06-01T10:00:00Z",
                     *       "updated": "2025-06-01T10:00:04+02:00",
                     *       "author": "alice@example.com",
                     *       "metadata_uri": "acme/triage-grader/0000/metadata.json",
                     *       "org_id": null,
                     *       "attributes": {
                     *         "asset_type": "trajectory",
                     *         "asset_filename": "trajectory.json",
                     *         "created": "2025-06-01T10:00:00Z",
                     *         "params": {}
                     *       },
                     *       "init_params": {
                     *         "text": "hello",
                     *         "file_paths": [
                     *           "acme/_sandbox_uploads/u1/input.txt"
                     *         ]
                     *       },
                     *       "step_configs": {
                     *         "echo": {
                     *           "activity": "text_echo",
                     *           "text_path": "init_params.text"
                     *         }
                     *       },
                     *       "steps": {
                     *         "echo": {
                     *           "activity": "text_echo",
                     *           "status": "completed",
                     *           "inputs": {
                     *             "text": "hello"
                     *           },
                     *           "outputs": {
                     *             "text": "hello"
                     *           },
                     *           "created": "2025-06-01T10:00:01Z",
                     *           "ended": "2025-06-01T10:00:02Z",
                     *           "duration_seconds": 1.2
                     *         }
                     *       },
                     *       "total_steps": [
                     *         "echo"
                     *       ],
                     *       "completed_steps": [
                     *         "echo"
                     *       ],
                     *       "labels": [
                     *         {
                     *           "key": "quality",
                     *           "value": "good",
                     *           "author": "alice@example.com",
                     *           "created": "2025-06-01T10:05:00Z"
                     *         }
                     *       ],
                     *       "triggered_by_routine_id": null,
                     *       "webhook_url": null
                     *     }
                     */
                    "application/json": components["schemas"]["Trajectory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getTrajectoryStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 12,
                     *       "by_status": {
                     *         "completed": 10,
                     *         "failed": 2
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TrajectoryStats"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getWorkflowLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The full workflow id (`{collection}-{task}--{trajectory_id}`), not the trajectory id.
                 * @example acme-triage-grader--1646887f
                 */
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Log events; only `events[].level` is hinted at by the sources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "level": "info",
                     *           "message": "step echo started",
                     *           "timestamp": "2025-06-01T10:00:01Z"
                     *         },
                     *         {
                     *           "level": "error",
                     *           "message": "step judge failed: rate limited"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowLogs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateTrajectoryStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "1646887f": "cancelled",
                 *       "aa7e4430": "archived"
                 *     }
                 */
                "application/json": components["schemas"]["StatusUpdateRequest"];
            };
        };
        responses: {
            /** @description Undocumented acknowledgement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "updated": 2
                     *     }
                     */
                    "application/json": components["schemas"]["StatusUpdateResponse"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    addTrajectoryLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Usually 8 lowercase hex characters; ingested trajectories may use any id.
                 * @example 1646887f
                 */
                trajectory_id: components["parameters"]["TrajectoryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "quality",
                 *       "value": "good",
                 *       "author": "alice@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["LabelCreate"];
            };
        };
        responses: {
            /** @description Undocumented acknowledgement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true
                     *     }
                     */
                    "application/json": components["schemas"]["LabelResponse"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    downloadTrajectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Usually 8 lowercase hex characters; ingested trajectories may use any id.
                 * @example 1646887f
                 */
                trajectory_id: components["parameters"]["TrajectoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A zip archive. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example <zip archive bytes> */
                    "application/zip": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    ingestTrajectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "trajectory_id": "session42-3",
                 *       "input": {
                 *         "question": "What is 2+2?"
                 *       },
                 *       "output": "4",
                 *       "status": "completed",
                 *       "scores": {
                 *         "accuracy": 1
                 *       },
                 *       "labels": {
                 *         "model": "gpt-4.1"
                 *       },
                 *       "cost_usd": 0.0021,
                 *       "source": "eve",
                 *       "eval_id": "arith-1",
                 *       "metadata": {
                 *         "turn": 3
                 *       },
                 *       "author": "eve@example.com",
                 *       "created": "2025-06-01T10:00:00Z",
                 *       "completed": "2025-06-01T10:00:03Z"
                 *     }
                 */
                "application/json": components["schemas"]["IngestTrajectoryRequest"];
            };
        };
        responses: {
            /** @description The stored trajectory. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "trajectory_id": "session42-3",
                     *       "name": "acme/triage-grader",
                     *       "storage_path": "acme/triage-grader/0000",
                     *       "status": "completed",
                     *       "labels": [
                     *         {
                     *           "key": "score.accuracy",
                     *           "value": "1",
                     *           "author": "eve@example.com",
                     *           "created": "2025-06-01T10:00:03Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IngestTrajectoryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A complete storage path beginning with the collection, placed in the URL path with each
                 *     segment percent-encoded on its own and the `/` separators kept. Never a `file-…` id.
                 * @example acme/triage-grader/0000/results/summary.md
                 */
                storage_path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The raw bytes with their media type. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example # Summary */
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listFiles: {
        parameters: {
            query: {
                /** @example acme/triage-grader/0000 */
                prefix: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Files under the prefix; the element shape is undocumented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "files": [
                     *         "acme/triage-grader/0000/results/summary.md",
                     *         {
                     *           "path": "acme/triage-grader/0000/results/report.json",
                     *           "size": 2048
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FileListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    uploadSandboxFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SandboxUploadForm"];
            };
        };
        responses: {
            /** @description Where the files were stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "upload_id": "5b1c2d3e",
                     *       "file_paths": [
                     *         "acme/_sandbox_uploads/5b1c2d3e/input.csv"
                     *       ],
                     *       "count": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SandboxUploadResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUploadForm"];
            };
        };
        responses: {
            /** @description The stored file's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "file-abc123"
                     *     }
                     */
                    "application/json": components["schemas"]["FileObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listStepTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "templates": [
                     *         {
                     *           "activity_name": "litellm_chat",
                     *           "description": "Chat with any LLM",
                     *           "category": "llm"
                     *         }
                     *       ],
                     *       "categories": [
                     *         "llm",
                     *         "text"
                     *       ],
                     *       "total_count": 1
                     *     }
                     */
                    "application/json": components["schemas"]["StepTemplateList"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    getStepTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example litellm_chat */
                activity_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template's detail and parameter schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "activity_name": "litellm_chat",
                     *       "description": "Chat with any LLM",
                     *       "category": "llm",
                     *       "parameters": {
                     *         "model": {
                     *           "type": "string"
                     *         },
                     *         "prompt": {
                     *           "type": "string"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["StepTemplate"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    listDatasets: {
        parameters: {
            query?: {
                skip?: components["parameters"]["Skip"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection's datasets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 3,
                     *         "name": "support-tickets",
                     *         "data_path": "acme/datasets/support-tickets.jsonl",
                     *         "format": "jsonl",
                     *         "collection_name": "acme"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DatasetList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "support-tickets",
                 *       "data_path": "acme/datasets/support-tickets.jsonl",
                 *       "format": "jsonl"
                 *     }
                 */
                "application/json": components["schemas"]["DatasetCreate"];
            };
        };
        responses: {
            /** @description The new dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 3,
                     *       "name": "support-tickets",
                     *       "data_path": "acme/datasets/support-tickets.jsonl",
                     *       "format": "jsonl",
                     *       "collection_name": "acme",
                     *       "created_at": "2025-06-01T09:00:00Z",
                     *       "updated_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    searchDatasets: {
        parameters: {
            query: {
                /** @example tickets */
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Search hits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "hits": [
                     *         {
                     *           "document": {
                     *             "collection_name": "acme",
                     *             "entity_name": "support-tickets",
                     *             "full_name": "acme/support-tickets",
                     *             "entity_type": "dataset"
                     *           },
                     *           "highlights": [],
                     *           "text_match": 578730123365187700
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    validateCroissant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CroissantUploadForm"];
            };
        };
        responses: {
            /** @description Validation report (shape undocumented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "valid": true,
                     *       "results": []
                     *     }
                     */
                    "application/json": components["schemas"]["CroissantValidationReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 3,
                     *       "name": "support-tickets",
                     *       "data_path": "acme/datasets/support-tickets.jsonl",
                     *       "format": "jsonl",
                     *       "collection_name": "acme",
                     *       "is_private": true,
                     *       "created_at": "2025-06-01T09:00:00Z",
                     *       "updated_at": "2025-06-02T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "long_description": "Anonymised support tickets, 2024."
                 *     }
                 */
                "application/json": components["schemas"]["DatasetUpdate"];
            };
        };
        responses: {
            /** @description The dataset after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 3,
                     *       "name": "support-tickets",
                     *       "long_description": "Anonymised support tickets, 2024."
                     *     }
                     */
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deleteDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Dataset deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceDatasetMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "license": "CC-BY-4.0"
                 *     }
                 */
                "application/json": components["schemas"]["FreeFormObject"];
            };
        };
        responses: {
            /** @description The dataset after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 3,
                     *       "name": "support-tickets",
                     *       "dataset_metadata": {
                     *         "license": "CC-BY-4.0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getDatasetPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw bytes with the stored media type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,text
                     *     1,hello
                     */
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateDatasetPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DatasetPreviewForm"];
            };
        };
        responses: {
            /** @description The dataset (response shape undocumented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 3,
                     *       "name": "support-tickets",
                     *       "preview_type": "text/csv"
                     *     }
                     */
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDatasetUpstream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset's provenance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 3,
                     *       "name": "support-tickets",
                     *       "collection_name": "acme",
                     *       "entity_type": "dataset",
                     *       "activity_name": null,
                     *       "upstream_entities": [],
                     *       "downstream_entities": [
                     *         {
                     *           "name": "triage-model",
                     *           "entity_type": "trained_model"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProvenanceNode"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getDatasetCroissant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Croissant metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "@type": "sc:Dataset",
                     *       "name": "support-tickets"
                     *     }
                     */
                    "application/json": components["schemas"]["FreeFormObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getDatasetHistory: {
        parameters: {
            query?: {
                skip?: components["parameters"]["Skip"];
                limit?: components["parameters"]["HistoryLimit"];
                include_changeset?: components["parameters"]["IncludeChangeset"];
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions, newest first (the asset store orders by transaction, descending). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_name": "support-tickets",
                     *       "entity_type": "dataset",
                     *       "collection_name": "acme",
                     *       "total_versions": 0,
                     *       "versions": []
                     *     }
                     */
                    "application/json": components["schemas"]["EntityHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getDatasetVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
                /**
                 * @description A 64-character SHA-256 content hash, a tag such as `v1.0.0`, or `~N` (`~0` oldest, `~-1` newest).
                 * @example ~-1
                 */
                ref: components["parameters"]["VersionRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version with its stored data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "index": 0,
                     *       "tags": [],
                     *       "operation_type": "INSERT",
                     *       "data": {
                     *         "name": "support-tickets"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EntityVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listAllModels: {
        parameters: {
            query?: {
                skip?: components["parameters"]["Skip"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trained models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 7,
                     *         "name": "triage-model",
                     *         "model_path": "acme/models/triage-model",
                     *         "collection_name": "acme",
                     *         "entity_type": "trained_model"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TrainedModelList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    searchModels: {
        parameters: {
            query: {
                /** @example triage */
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Search hits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "hits": [
                     *         {
                     *           "document": {
                     *             "collection_name": "acme",
                     *             "entity_name": "triage-model",
                     *             "full_name": "acme/triage-model",
                     *             "entity_type": "trained_model"
                     *           },
                     *           "highlights": [],
                     *           "text_match": 578730123365187700
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listModels: {
        parameters: {
            query?: {
                skip?: components["parameters"]["Skip"];
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trained models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 7,
                     *         "name": "triage-model",
                     *         "model_path": "acme/models/triage-model",
                     *         "collection_id": 12,
                     *         "collection_name": "acme",
                     *         "entity_type": "trained_model",
                     *         "is_private": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TrainedModelList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "triage-model",
                 *       "model_path": "acme/models/triage-model"
                 *     }
                 */
                "application/json": components["schemas"]["TrainedModelCreate"];
            };
        };
        responses: {
            /** @description The new model. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 7,
                     *       "name": "triage-model",
                     *       "model_path": "acme/models/triage-model",
                     *       "collection_id": 12,
                     *       "entity_type": "trained_model",
                     *       "created_at": "2025-06-01T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TrainedModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 7,
                     *       "name": "triage-model",
                     *       "model_path": "acme/models/triage-model",
                     *       "created_at": "2025-06-01T09:00:00Z",
                     *       "updated_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["TrainedModel"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "long_description": "Fine-tuned triage classifier."
                 *     }
                 */
                "application/json": components["schemas"]["TrainedModelUpdate"];
            };
        };
        responses: {
            /** @description The model after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 7,
                     *       "name": "triage-model",
                     *       "long_description": "Fine-tuned triage classifier."
                     *     }
                     */
                    "application/json": components["schemas"]["TrainedModel"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deleteModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Trained model deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getModelHistory: {
        parameters: {
            query?: {
                skip?: components["parameters"]["Skip"];
                limit?: components["parameters"]["HistoryLimit"];
                include_changeset?: components["parameters"]["IncludeChangeset"];
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions, newest first (the asset store orders by transaction, descending). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_name": "triage-model",
                     *       "entity_type": "trained_model",
                     *       "collection_name": "acme",
                     *       "total_versions": 0,
                     *       "versions": []
                     *     }
                     */
                    "application/json": components["schemas"]["EntityHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example support-tickets */
                name: components["parameters"]["AssetName"];
                /**
                 * @description A 64-character SHA-256 content hash, a tag such as `v1.0.0`, or `~N` (`~0` oldest, `~-1` newest).
                 * @example ~-1
                 */
                ref: components["parameters"]["VersionRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version with its stored data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "index": 0,
                     *       "tags": [],
                     *       "operation_type": "INSERT",
                     *       "data": {
                     *         "name": "triage-model"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EntityVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listRoutines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Routines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "routines": [
                     *         {
                     *           "id": 5,
                     *           "name": "nightly",
                     *           "task": "triage-grader",
                     *           "cadence": {
                     *             "type": "daily",
                     *             "hour_utc": 2,
                     *             "minute_utc": 30
                     *           },
                     *           "paused": false,
                     *           "next_run_at": "2025-06-02T02:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RoutineList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTaskRoutines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Routines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "routines": []
                     *     }
                     */
                    "application/json": components["schemas"]["RoutineList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "nightly",
                 *       "cadence": {
                 *         "type": "daily",
                 *         "hour_utc": 2,
                 *         "minute_utc": 30
                 *       },
                 *       "init_params_overrides": {
                 *         "text": "nightly run"
                 *       },
                 *       "webhook_url": "https://hooks.example.com/jetty",
                 *       "webhook_secret": "whsec_example"
                 *     }
                 */
                "application/json": components["schemas"]["RoutineCreate"];
            };
        };
        responses: {
            /** @description The created routine. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 5,
                     *       "name": "nightly",
                     *       "collection": "acme",
                     *       "task": "triage-grader",
                     *       "cadence": {
                     *         "type": "daily",
                     *         "hour_utc": 2,
                     *         "minute_utc": 30
                     *       },
                     *       "init_params_overrides": {
                     *         "text": "nightly run"
                     *       },
                     *       "paused": false,
                     *       "webhook_url": "https://hooks.example.com/jetty",
                     *       "next_run_at": "2025-06-02T02:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Routine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The routine, with `next_run_at` from the scheduler. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 5,
                     *       "name": "nightly",
                     *       "task": "triage-grader",
                     *       "cadence": {
                     *         "type": "weekly",
                     *         "hour_utc": 9,
                     *         "day_of_week": "mon"
                     *       },
                     *       "paused": false,
                     *       "next_run_at": "2025-06-09T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Routine"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (response shape undocumented; any JSON, text, or an empty body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Routine deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cadence": {
                 *         "type": "hourly",
                 *         "minute_utc": 15
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RoutineUpdate"];
            };
        };
        responses: {
            /** @description The routine after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 5,
                     *       "name": "nightly",
                     *       "cadence": {
                     *         "type": "hourly",
                     *         "minute_utc": 15
                     *       },
                     *       "paused": false
                     *     }
                     */
                    "application/json": components["schemas"]["Routine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    pauseRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Undocumented acknowledgement (the routine in some clients' expectation; any JSON, text, or an empty body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 5,
                     *       "name": "nightly",
                     *       "paused": true
                     *     }
                     */
                    "application/json": components["schemas"]["AcknowledgementBody"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    resumeRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Undocumented acknowledgement (the routine in some clients' expectation; any JSON, text, or an empty body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 5,
                     *       "name": "nightly",
                     *       "paused": false
                     *     }
                     */
                    "application/json": components["schemas"]["AcknowledgementBody"];
                };
            };
            /** @description Acknowledged with no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    runRoutineNow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The started run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "workflow_id": "acme-triage-grader--c0ffee12"
                     *     }
                     */
                    "application/json": components["schemas"]["RoutineRunNowResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listRoutineRuns: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Collection name. The asset store compares it exactly (case-sensitively) on task, dataset
                 *     and model routes, including the scoped-key check; the collection routes look it up
                 *     case-insensitively. Use the name as it was created.
                 * @example acme
                 */
                collection: components["parameters"]["Collection"];
                /** @example triage-grader */
                task: components["parameters"]["Task"];
                /**
                 * @description Slug, unique within the collection and task.
                 * @example nightly
                 */
                name: components["parameters"]["RoutineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recent runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "trajectories": [
                     *         {
                     *           "trajectory_id": "c0ffee12",
                     *           "status": "completed",
                     *           "triggered_by_routine_id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RoutineRuns"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "claude-sonnet-4-6",
                 *       "stream": false,
                 *       "messages": [
                 *         {
                 *           "role": "system",
                 *           "content": "---\nversion: 1.0.0\n---\n# Diagnose\n## Objective\n..."
                 *         },
                 *         {
                 *           "role": "user",
                 *           "content": "Execute the runbook."
                 *         }
                 *       ],
                 *       "jetty": {
                 *         "runbook": true,
                 *         "collection": "acme",
                 *         "task": "diagnosis",
                 *         "agent": "claude-code",
                 *         "model_provider": "anthropic",
                 *         "snapshot": "python312-uv",
                 *         "template_variables": {
                 *           "sample_size": "20"
                 *         },
                 *         "file_paths": [
                 *           "acme/_sandbox_uploads/5b1c2d3e/input.csv"
                 *         ],
                 *         "use_trial_keys": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ChatCompletionRequest"];
            };
        };
        responses: {
            /** @description A chat completion, or an SSE stream of chunks when `stream` is true. */
            200: {
                headers: {
                    /** @description Runbook mode, unverified: the trajectory id, where a gateway reports it in a header (the SDK's last fallback before listing the task's trajectories). */
                    "x-jetty-trajectory-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "chatcmpl-1646887f",
                     *       "object": "chat.completion",
                     *       "created": 1748772000,
                     *       "model": "claude-sonnet-4-6",
                     *       "choices": [
                     *         {
                     *           "index": 0,
                     *           "message": {
                     *             "role": "assistant",
                     *             "content": "Runbook finished."
                     *           },
                     *           "finish_reason": "stop"
                     *         }
                     *       ],
                     *       "usage": {
                     *         "prompt_tokens": 812,
                     *         "completion_tokens": 6,
                     *         "total_tokens": 818
                     *       },
                     *       "jetty": {
                     *         "trajectory_id": "1646887f",
                     *         "collection": "acme",
                     *         "task": "diagnosis",
                     *         "workflow_id": "acme-diagnosis--1646887f",
                     *         "trajectory_url": "https://flows.jetty.io/acme/diagnosis/1646887f"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ChatCompletion"];
                    /**
                     * @example data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1748772000,"model":"gpt-4.1","choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"},"finish_reason":null}]}
                     *
                     *     data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1748772000,"model":"gpt-4.1","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}
                     *
                     *     data: [DONE]
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "healthy"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Authentication service temporarily unavailable"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
