import { createWorkflow, createWorkflowInput } from "@/server/services/workflows/create";
import { deleteWorkflow } from "@/server/services/workflows/delete";
import { getWorkflow } from "@/server/services/workflows/get";
import { listWorkflows } from "@/server/services/workflows/list";
import { publishWorkflow } from "@/server/services/workflows/publish";
import { saveDraft, saveDraftInput } from "@/server/services/workflows/save-draft";
import { workflowIdInput } from "@/server/services/workflows/workflow-inputs";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const workflowRouter = createTRPCRouter({
  list: orgProcedure("workflows.read").query(({ ctx }) => listWorkflows({ ctx: ctx.service })),
  get: orgProcedure("workflows.read")
    .input(workflowIdInput)
    .query(({ ctx, input }) => getWorkflow({ ctx: ctx.service, input })),
  create: orgProcedure("workflows.write")
    .input(createWorkflowInput)
    .mutation(({ ctx, input }) => createWorkflow({ ctx: ctx.service, input })),
  saveDraft: orgProcedure("workflows.write")
    .input(saveDraftInput)
    .mutation(({ ctx, input }) => saveDraft({ ctx: ctx.service, input })),
  publish: orgProcedure("workflows.write")
    .input(workflowIdInput)
    .mutation(({ ctx, input }) => publishWorkflow({ ctx: ctx.service, input })),
  delete: orgProcedure("workflows.write")
    .input(workflowIdInput)
    .mutation(({ ctx, input }) => deleteWorkflow({ ctx: ctx.service, input })),
});
