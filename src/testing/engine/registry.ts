/** Activity lookup: the emulated activities, and whether a name at least exists on the platform. */

import { fanoutActivities } from "./activities/fanout";
import { fileActivities } from "./activities/files";
import { imageActivities } from "./activities/images";
import { llmActivities } from "./activities/llm";
import { runbookActivities } from "./activities/runbook";
import { textActivities } from "./activities/text";
import type { Activity } from "./activity";
import { templateFor } from "./catalog";

const ACTIVITIES = new Map<string, Activity>(
  [
    ...textActivities,
    ...llmActivities,
    ...imageActivities,
    ...fanoutActivities,
    ...fileActivities,
    ...runbookActivities,
  ].map((a) => [a.name, a]),
);

/** The names of every emulated activity, in registry order (docs/emulator.md documents each). */
export function emulatedActivities(): string[] {
  return [...ACTIVITIES.keys()];
}

/** The emulated activity called `name`. */
export function activityFor(name: string): Activity | undefined {
  return ACTIVITIES.get(name);
}

/** Whether the platform's catalogue lists `name` (emulated or not). */
export function isCatalogued(name: string): boolean {
  return templateFor(name) !== undefined;
}
