import { and, eq } from "drizzle-orm";
import { invalid } from "@/core/errors/domain-errors";
import type { ActionCatalog } from "@/core/workflow/action-catalog";
import type { WorkflowDefinition } from "@/core/workflow/definition";
import { triggerPollItems, triggerPolls } from "@/server/db/schema/trigger-polls";
import type { DbOrTx } from "@/server/db/types";
import { connectorTriggerOf } from "./connector-trigger-of";

/** The trigger's own interval, or the node's slower one. */
export function pollIntervalMs(triggerIntervalMs: number, intervalMinutes: number | undefined): number {
  return Math.max(triggerIntervalMs, (intervalMinutes ?? 0) * 60_000);
}

export interface SyncTriggerPollInput {
  orgId: string;
  workflowId: string;
  versionId: string;
  definition: WorkflowDefinition;
  /** The workflow's `enabled`: a disabled workflow keeps its poll row, stopped. */
  enabled: boolean;
  /** The org's catalog the definition was validated with; gives the trigger's own interval. */
  catalog: ActionCatalog;
  now?: Date;
}

/**
 * Makes the workflow's `trigger_polls` row match a newly published version (call it in the publish transaction): a
 * connector trigger upserts the row pinned to that version; any other trigger deletes it (its seen items go with it).
 * With the same trigger and connection the cursor is kept, so re-publishing neither repeats nor skips items;
 * otherwise the poll starts over (cursor null, a new baseline) — and a different trigger or input (another spreadsheet)
 * also forgets the items the old one saw.
 * A publish is also a fresh start for a poll that was failing or stopped: it polls at the next tick.
 */
export async function syncWorkflowTriggerPoll(tx: DbOrTx, input: SyncTriggerPollInput): Promise<void> {
  const found = connectorTriggerOf(input.definition);
  const scope = and(eq(triggerPolls.orgId, input.orgId), eq(triggerPolls.workflowId, input.workflowId));
  if (!found) {
    await tx.delete(triggerPolls).where(scope);
    return;
  }
  const { nodeId, trigger } = found;
  const described = input.catalog.getTrigger?.(trigger.trigger);
  // Validation refuses both before publish gets here; this guards a caller that skipped it.
  if (!described || described.kind !== "polling") throw invalid(`"${trigger.trigger}" is not a polling trigger of an installed connector.`, "definition");
  const now = input.now ?? new Date();
  const intervalMs = pollIntervalMs(described.intervalMs ?? 60_000, trigger.intervalMinutes);
  const connectionId = trigger.connectionId ?? null;

  const [existing] = await tx.select().from(triggerPolls).where(scope).for("update").limit(1);
  const triggerInput = trigger.input ?? {};
  // The same trigger polling the same thing (same input); another connection may be the same account, so its seen items stay.
  const sameTarget = existing !== undefined && existing.triggerId === trigger.trigger && sameJson(existing.triggerInput, triggerInput);
  const sameSource = sameTarget && existing.connectionId === connectionId;
  const healthy = sameSource && existing.enabled && existing.consecutiveFailures === 0;
  const soonest = new Date(now.getTime() + intervalMs);
  const values = {
    versionId: input.versionId,
    nodeId,
    triggerId: trigger.trigger,
    connectionId,
    triggerInput,
    intervalMs,
    enabled: input.enabled,
    cursor: sameSource ? existing.cursor : null,
    // A healthy poll keeps its pace (sooner if the interval shrank); anything else polls at the next tick.
    nextPollAt: healthy && existing.nextPollAt < soonest ? existing.nextPollAt : healthy ? soonest : now,
    lastPolledAt: sameSource ? existing.lastPolledAt : null,
    lastError: null,
    consecutiveFailures: 0,
    updatedAt: now,
  };
  if (existing) {
    // Another trigger, or the same one polling something else (another spreadsheet): what was seen no longer applies.
    if (!sameTarget) await tx.delete(triggerPollItems).where(eq(triggerPollItems.pollId, existing.id));
    await tx.update(triggerPolls).set(values).where(eq(triggerPolls.id, existing.id));
  } else {
    await tx
      .insert(triggerPolls)
      .values({ orgId: input.orgId, workflowId: input.workflowId, ...values })
      .onConflictDoUpdate({ target: triggerPolls.workflowId, set: values });
  }
}

/** Whether two stored JSON values are the same (key order aside). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
