import { auditLogs } from "@/server/db/schema";
import type { DbOrTx } from "@/server/db/types";
import { actorIdOf, type Actor } from "../context";

export interface AuditEntry {
  orgId: string;
  actor: Actor;
  action: string;
  target?: { type: string; id: string; label?: string };
  metadata?: Record<string, unknown>;
}

/** Writes one audit row. Call it with the transaction that makes the change, so both land or neither does. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLogs).values({
    orgId: entry.orgId,
    actorType: entry.actor.type,
    actorId: actorIdOf(entry.actor),
    actorLabel: entry.actor.label,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    targetLabel: entry.target?.label ?? null,
    metadata: entry.metadata ?? {},
  });
}
