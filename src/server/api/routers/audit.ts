import { listAuditInput, listAuditLogs } from "@/server/services/audit/list";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: orgProcedure("audit.read")
    .input(listAuditInput)
    .query(({ ctx, input }) => listAuditLogs({ ctx: ctx.service, input })),
});
