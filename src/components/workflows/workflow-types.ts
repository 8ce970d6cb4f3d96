import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type WorkflowSummary = Outputs["workflow"]["list"][number];
export type WorkflowDetail = Outputs["workflow"]["get"];
export type WorkflowIssue = WorkflowDetail["issues"][number];
export type WorkflowVersion = WorkflowDetail["versions"][number];
