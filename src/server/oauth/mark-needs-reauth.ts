import { and, eq, ne } from "drizzle-orm";
import { connections } from "@/server/db/schema/connections";
import { organizations } from "@/server/db/schema/organizations";
import { notifications } from "@/server/db/schema/runs";
import type { DbOrTx } from "@/server/db/types";

/** The app path of an org's connections page, where a connection is reconnected. */
export function connectionsPath(orgSlug: string, query?: Record<string, string>): string {
  const search = query ? `?${new URLSearchParams(query).toString()}` : "";
  return `/o/${encodeURIComponent(orgSlug)}/connections${search}`;
}

/**
 * The provider no longer accepts the connection's grant: mark it needs_reauth with the reason and tell the org,
 * in the caller's transaction. Does nothing (no second notification) when it is already marked.
 */
export async function markConnectionNeedsReauth(tx: DbOrTx, input: { orgId: string; connectionId: string; reason: string }): Promise<void> {
  const [row] = await tx
    .update(connections)
    .set({ status: "needs_reauth", lastError: input.reason, updatedAt: new Date() })
    .where(and(eq(connections.orgId, input.orgId), eq(connections.id, input.connectionId), ne(connections.status, "needs_reauth")))
    .returning({ name: connections.name });
  if (!row) return;
  const [org] = await tx.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, input.orgId)).limit(1);
  await tx.insert(notifications).values({
    orgId: input.orgId,
    kind: "connection.needs_reauth",
    title: `Reconnect “${row.name}”`,
    body: input.reason.slice(0, 500),
    link: org ? connectionsPath(org.slug, { reconnect: input.connectionId }) : null,
  });
}
