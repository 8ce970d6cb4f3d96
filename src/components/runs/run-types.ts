import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type RunListItem = Outputs["run"]["list"]["items"][number];
export type RunDetail = Outputs["run"]["get"];
export type RunStep = RunDetail["steps"][number];
export type RunNode = RunDetail["nodes"][number];

/** What the timeline needs to know about a node; steps of a node missing from the version use its id as name. */
export interface NodeInfo {
  id: string;
  name: string;
  type: string;
}

export const RUN_STATUSES = ["queued", "running", "sleeping", "waiting", "succeeded", "failed", "cancelled"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Runs in these states will not change again; anything else is still in flight. */
const TERMINAL: ReadonlySet<string> = new Set<RunStatus>(["succeeded", "failed", "cancelled"]);

export function isTerminalStatus(status: string): boolean {
  return TERMINAL.has(status);
}
