import { and, eq, sql } from "drizzle-orm";
import { invalid } from "@/core/errors/domain-errors";
import { MAX_EVENT_CHAIN_DEPTH } from "@/core/events/workflow-event";
import { NodeError, triggerAccepts, WorkflowDefinitionSchema, type TriggerNode } from "@/core/workflow";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import type { Db } from "@/server/db/types";
import { enqueueRun } from "@/server/services/runs/enqueue-run";
import { runIdForEvent } from "./event-run-id";
import { enqueueStartedRuns, insertRunsOnce } from "./start-runs-once";

/** An event to hand to the workflows of one organization, from a workflow's event.emit or (later) a webhook. */
export interface WorkflowEvent {
  orgId: string;
  name: string;
  data: Record<string, unknown>;
  /** Unique per occurrence and stable across retries of whatever sends it: the started runs' ids derive from it. */
  eventId: string;
  /** What sent it, kept in the started runs' trigger payload, e.g. `{ type: "run", id }` or `{ type: "webhook", id }`. */
  source: { type: string; id: string };
  /** Hops of the chain that led to this event: 0 for an event from outside, 1 for one emitted by a manually started run… */
  depth?: number;
}

/** What a run started by an event sees as `trigger` (and what its trigger's filter is evaluated over). */
export interface EventTriggerPayload {
  id: string;
  name: string;
  data: Record<string, unknown>;
  depth: number;
  source: { type: string; id: string };
}

export interface DispatchResult {
  eventId: string;
  /** One run per workflow whose trigger accepted the event; on a repeated dispatch, the runs the first one started. */
  started: { runId: string; workflowId: string; workflowName: string }[];
  /** Workflows listening for the name whose filter could not be evaluated. */
  skipped: { workflowId: string; workflowName: string; reason: string }[];
}

type Enqueue = (run: { id: string; orgId: string }) => Promise<void>;

/**
 * Starts a run of every workflow of `event.orgId` whose published version has an event trigger for `event.name` and
 * whose optional filter is true. Run ids derive from (event id, workflow id) and are inserted with ON CONFLICT DO
 * NOTHING in one transaction, then each run's start event is sent (event id = run id) after the commit: dispatching
 * the same event again starts nothing new, and re-sends start events a failed attempt may not have sent.
 */
export async function dispatchWorkflowEvent(db: Db, event: WorkflowEvent, options: { enqueue?: Enqueue } = {}): Promise<DispatchResult> {
  const depth = event.depth ?? 0;
  if (depth > MAX_EVENT_CHAIN_DEPTH) {
    throw invalid(
      `Event "${event.name}" was not delivered: it is hop ${depth} of a chain of events, and chains may be at most ${MAX_EVENT_CHAIN_DEPTH} hops long. Workflows are probably triggering each other in a loop; add a filter to one of their event triggers.`,
    );
  }
  const payload: EventTriggerPayload = { id: event.eventId, name: event.name, data: event.data, depth, source: event.source };
  const candidates = await listeningWorkflows(db, event.orgId, event.name);

  const accepted: { workflowId: string; workflowName: string; versionId: string }[] = [];
  const skipped: DispatchResult["skipped"] = [];
  for (const candidate of candidates) {
    try {
      if (await triggerAccepts(candidate.trigger, payload)) accepted.push(candidate);
    } catch (error) {
      if (!(error instanceof NodeError)) throw error;
      skipped.push({ workflowId: candidate.workflowId, workflowName: candidate.workflowName, reason: error.message });
    }
  }

  const started = await db.transaction((tx) =>
    insertRunsOnce(
      tx,
      event.orgId,
      accepted.map((workflow) => ({ ...workflow, runId: runIdForEvent(event.eventId, workflow.workflowId) })),
      { kind: "event", payload, eventDepth: depth },
    ),
  );
  await enqueueStartedRuns(event.orgId, started, options.enqueue ?? enqueueRun, {
    what: `event "${event.name}"`,
    retry: "dispatching the event again starts them",
    log: { eventId: event.eventId, name: event.name },
  });
  return { eventId: event.eventId, started, skipped };
}

/** Workflows of the org whose published version's trigger listens for `name` (containment narrows it in SQL). */
async function listeningWorkflows(db: Db, orgId: string, name: string) {
  const pattern = JSON.stringify([{ type: "trigger", trigger: { kind: "event", event: name } }]);
  const rows = await db
    .select({ workflowId: workflows.id, workflowName: workflows.name, versionId: workflowVersions.id, definition: workflowVersions.definition })
    .from(workflows)
    .innerJoin(workflowVersions, and(eq(workflowVersions.id, workflows.publishedVersionId), eq(workflowVersions.orgId, workflows.orgId)))
    .where(and(eq(workflows.orgId, orgId), eq(workflows.enabled, true), sql`${workflowVersions.definition} -> 'nodes' @> ${pattern}::jsonb`));
  const listening: { workflowId: string; workflowName: string; versionId: string; trigger: TriggerNode }[] = [];
  for (const row of rows) {
    const parsed = WorkflowDefinitionSchema.safeParse(row.definition);
    const trigger = parsed.success ? parsed.data.nodes.find((node): node is TriggerNode => node.type === "trigger") : undefined;
    if (trigger) listening.push({ workflowId: row.workflowId, workflowName: row.workflowName, versionId: row.versionId, trigger });
  }
  return listening;
}
