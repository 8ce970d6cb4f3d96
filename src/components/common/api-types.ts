import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type Member = Outputs["member"]["list"][number];
export type Invitation = Outputs["invitation"]["list"][number];
export type CreatedInvitation = Outputs["invitation"]["create"];
export type AuditEntry = Outputs["audit"]["list"]["items"][number];
