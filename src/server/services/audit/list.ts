import { and, desc, eq, lt, or } from "drizzle-orm";
import { z } from "zod";
import { auditLogs } from "@/server/db/schema";
import type { ServiceContext } from "../context";

export const listAuditInput = z.object({
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.object({ createdAt: z.coerce.date(), id: z.uuid() }).nullish(),
  action: z.string().max(64).optional(),
});

export async function listAuditLogs({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof listAuditInput> }) {
  const { cursor } = input;
  const rows = await ctx.db
    .select()
    .from(auditLogs)
    .where(
      and(
        eq(auditLogs.orgId, ctx.org.id),
        input.action ? eq(auditLogs.action, input.action) : undefined,
        cursor
          ? or(
              lt(auditLogs.createdAt, cursor.createdAt),
              and(eq(auditLogs.createdAt, cursor.createdAt), lt(auditLogs.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      action: r.action,
      actorType: r.actorType,
      actorLabel: r.actorLabel,
      targetType: r.targetType,
      targetLabel: r.targetLabel,
      metadata: r.metadata,
      createdAt: r.createdAt,
    })),
    nextCursor: rows.length > input.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
