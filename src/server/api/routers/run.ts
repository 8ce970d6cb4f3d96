import { bulkReplayDeadLetters } from "@/server/services/runs/bulk-replay";
import { cancelRun } from "@/server/services/runs/cancel";
import { decideApproval, decideApprovalInput } from "@/server/services/runs/decide-approval";
import { getRun } from "@/server/services/runs/get";
import { listRuns } from "@/server/services/runs/list";
import { replayRun, rerunFromNode, rerunFromNodeInput } from "@/server/services/runs/replay";
import { deadLetterFilterInput, listRunsInput, runIdInput, startRunInput } from "@/server/services/runs/run-inputs";
import { startRun } from "@/server/services/runs/start";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const runRouter = createTRPCRouter({
  list: orgProcedure("runs.read")
    .input(listRunsInput)
    .query(({ ctx, input }) => listRuns({ ctx: ctx.service, input })),
  get: orgProcedure("runs.read")
    .input(runIdInput)
    .query(({ ctx, input }) => getRun({ ctx: ctx.service, input })),
  start: orgProcedure("workflows.run")
    .input(startRunInput)
    .mutation(({ ctx, input }) => startRun({ ctx: ctx.service, input })),
  cancel: orgProcedure("workflows.run")
    .input(runIdInput)
    .mutation(({ ctx, input }) => cancelRun({ ctx: ctx.service, input })),
  replay: orgProcedure("runs.replay")
    .input(runIdInput)
    .mutation(({ ctx, input }) => replayRun({ ctx: ctx.service, input })),
  rerunFromNode: orgProcedure("runs.replay")
    .input(rerunFromNodeInput)
    .mutation(({ ctx, input }) => rerunFromNode({ ctx: ctx.service, input })),
  decideApproval: orgProcedure("runs.approve")
    .input(decideApprovalInput)
    .mutation(({ ctx, input }) => decideApproval({ ctx: ctx.service, input })),
  deadLetters: orgProcedure("runs.read")
    .input(deadLetterFilterInput)
    .query(async ({ ctx, input }) => (await listRuns({ ctx: ctx.service, input: { ...input, limit: 100 }, deadLettersOnly: true })).items),
  bulkReplay: orgProcedure("runs.replay")
    .input(deadLetterFilterInput)
    .mutation(({ ctx, input }) => bulkReplayDeadLetters({ ctx: ctx.service, input })),
});
