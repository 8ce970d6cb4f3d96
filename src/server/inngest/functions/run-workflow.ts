import { NonRetriableError, referenceFunction } from "inngest";
import { runWorkflow } from "@/core/workflow";
import { getDb } from "@/server/db/client";
import { capForLog } from "@/server/runs/cap-and-redact";
import { insertRun } from "@/server/runs/create-run";
import { recordRunFailure } from "@/server/runs/record-run-failure";
import { setRunStatus } from "@/server/runs/run-status";
import { inngest } from "../client";
import { workflowRunRequested } from "../events";
import { errorMessageOf } from "../run-workflow/classify-step-error";
import { createInngestPorts } from "../run-workflow/inngest-ports";
import { loadRunToExecute } from "../run-workflow/load-run";

export const RUN_WORKFLOW_FUNCTION_ID = "run-workflow";

/** Inngest caps retries at 20; 19 lets a custom policy use its maximum of 20 attempts per step. */
const MAX_STEP_RETRIES = 19;

/**
 * The one generic function: interprets the run's pinned workflow version. Nodes become durable steps
 * through the ports; the node's retry policy decides, from the attempt, whether a failed action retries.
 */
export const runWorkflowFunction = inngest.createFunction(
  {
    id: RUN_WORKFLOW_FUNCTION_ID,
    name: "Run workflow",
    retries: MAX_STEP_RETRIES,
    triggers: [workflowRunRequested],
    onFailure: async ({ event, error }) => {
      const { runId, orgId } = event.data.event.data as { runId: string; orgId: string };
      await recordRunFailure(await getDb(), { runId, orgId, message: error.message });
    },
  },
  async ({ event, step, attempt }) => {
    const { runId, orgId } = event.data;
    const db = await getDb();
    const run = await loadRunToExecute(db, runId, orgId);
    if (!run) throw new NonRetriableError(`Run ${runId} does not exist in this organization.`);
    if (run.status === "cancelled") return { status: "cancelled" };
    const startedAt = new Date();
    const ports = createInngestPorts({
      db,
      step,
      run,
      attempt,
      async invokeChild(stepId, { workflowId, input }) {
        const child = await step.run(`${stepId}.create`, () =>
          // A sub-workflow inherits the event depth: an emit inside it still counts toward the chain limit.
          insertRun(db, { orgId, workflowId, triggerKind: "subworkflow", triggerPayload: input, eventDepth: run.eventDepth }),
        );
        const result = await step.invoke(stepId, {
          function: referenceFunction({ functionId: RUN_WORKFLOW_FUNCTION_ID }),
          data: { runId: child.id, orgId },
        });
        return (result as { output?: unknown } | null)?.output ?? null;
      },
    });
    // Plain idempotent writes rather than steps (a step costs a whole call request): the start rides with the
    // first log flush, the end is written once the body has run to completion.
    if (run.status === "queued") ports.markStarted(startedAt);

    let result;
    try {
      result = await runWorkflow(run.definition, run.triggerPayload, ports);
    } catch (error) {
      await ports.flush();
      const nodeId = ports.failedNodeId();
      const message = errorMessageOf(error);
      await setRunStatus(db, run.id, "failed", { error: { message, nodeId }, finishedAt: new Date() });
      // A node that failed for good (or an expression that cannot evaluate) will not succeed on a retry of the whole body.
      throw new NonRetriableError(nodeId ? `Node "${nodeId}" failed: ${message}` : message, { cause: error });
    }
    await ports.flush();
    const output = capForLog(result.output);
    // Reached only once every node is memoized; a retry of this last call finds the run ended and changes nothing.
    await setRunStatus(db, run.id, result.status, { output, error: result.error ?? null, finishedAt: new Date() });
    return { status: result.status, output };
  },
);
