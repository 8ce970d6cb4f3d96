import { and, desc, eq, inArray, isNotNull, lt, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { runs } from "@/server/db/schema/runs";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import type { ServiceContext } from "../context";
import type { listRunsInput } from "./run-inputs";

function decodeCursor(cursor: string | null | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [time, id] = cursor.split("_");
  const createdAt = new Date(Number(time));
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

/** Runs newest first, filtered by status and workflow, paged with an opaque cursor. */
export async function listRuns({ ctx, input, deadLettersOnly = false }: { ctx: ServiceContext; input: z.infer<typeof listRunsInput>; deadLettersOnly?: boolean }) {
  const cursor = decodeCursor(input.cursor);
  const filters: (SQL | undefined)[] = [
    eq(runs.orgId, ctx.org.id),
    input.status?.length ? inArray(runs.status, input.status) : undefined,
    input.workflowId ? eq(runs.workflowId, input.workflowId) : undefined,
    deadLettersOnly ? isNotNull(runs.deadLetteredAt) : undefined,
    cursor ? or(lt(runs.createdAt, cursor.createdAt), and(eq(runs.createdAt, cursor.createdAt), lt(runs.id, cursor.id))) : undefined,
  ];
  const rows = await ctx.db
    .select({
      id: runs.id,
      workflowId: runs.workflowId,
      workflowName: workflows.name,
      version: workflowVersions.version,
      status: runs.status,
      triggerKind: runs.triggerKind,
      createdAt: runs.createdAt,
      startedAt: runs.startedAt,
      finishedAt: runs.finishedAt,
      error: runs.error,
    })
    .from(runs)
    .innerJoin(workflows, eq(workflows.id, runs.workflowId))
    .innerJoin(workflowVersions, eq(workflowVersions.id, runs.versionId))
    .where(and(...filters))
    .orderBy(desc(runs.createdAt), desc(runs.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? `${last.createdAt.getTime()}_${last.id}` : null };
}
