import type { RunStatus } from "./run-types";

/** The status tabs of the runs page; "Running" covers everything still in flight. */
export const STATUS_TABS = [
  { value: "all", label: "All", statuses: undefined },
  { value: "running", label: "Running", statuses: ["queued", "running", "sleeping", "waiting"] },
  { value: "succeeded", label: "Succeeded", statuses: ["succeeded"] },
  { value: "failed", label: "Failed", statuses: ["failed"] },
  { value: "cancelled", label: "Cancelled", statuses: ["cancelled"] },
] as const satisfies ReadonlyArray<{ value: string; label: string; statuses: readonly RunStatus[] | undefined }>;

export const DEAD_LETTERS_TAB = "dead-letters";

export type StatusTab = (typeof STATUS_TABS)[number]["value"];
export type RunsTab = StatusTab | typeof DEAD_LETTERS_TAB;

export function isRunsTab(value: string | null | undefined): value is RunsTab {
  return value === DEAD_LETTERS_TAB || STATUS_TABS.some((tab) => tab.value === value);
}

/** The statuses a tab lists, as the `run.list` input wants them (undefined: every status). */
export function statusesFor(tab: RunsTab): RunStatus[] | undefined {
  const statuses = STATUS_TABS.find((entry) => entry.value === tab)?.statuses;
  return statuses ? [...statuses] : undefined;
}
