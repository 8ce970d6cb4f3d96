import { asc, count } from "drizzle-orm";
import {
  auditLogs,
  connections,
  invitations,
  memberships,
  organizations,
  runs,
  sessions,
  signInAttempts,
  users,
  webhookDeliveries,
  webhookEndpoints,
  webhookSubscriptions,
} from "@/server/db/schema";
import type { Db } from "@/server/db/types";

const COUNTED_TABLES = {
  users,
  sessions,
  signInAttempts,
  organizations,
  memberships,
  invitations,
  auditLogs,
  connections,
  webhookEndpoints,
  webhookSubscriptions,
  webhookDeliveries,
  runs,
} as const;

async function rowCounts(db: Db): Promise<Record<keyof typeof COUNTED_TABLES, number>> {
  const entries = await Promise.all(
    (Object.keys(COUNTED_TABLES) as (keyof typeof COUNTED_TABLES)[]).map(async (name) => {
      const [row] = await db.select({ n: count() }).from(COUNTED_TABLES[name]);
      return [name, row!.n] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<keyof typeof COUNTED_TABLES, number>;
}

/**
 * Everything a refused call could have changed: row counts of every table plus the mutable state of
 * users, organizations, memberships, invitations and connections. Compare a snapshot before and after with toEqual.
 */
export async function snapshotDb(db: Db) {
  const [counts, userRows, orgRows, membershipRows, invitationRows, connectionRows] = await Promise.all([
    rowCounts(db),
    db
      .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash })
      .from(users)
      .orderBy(asc(users.id)),
    db
      .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, updatedAt: organizations.updatedAt })
      .from(organizations)
      .orderBy(asc(organizations.id)),
    db
      .select({ id: memberships.id, orgId: memberships.orgId, userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .orderBy(asc(memberships.id)),
    db
      .select({
        id: invitations.id,
        orgId: invitations.orgId,
        email: invitations.email,
        role: invitations.role,
        tokenHash: invitations.tokenHash,
        expiresAt: invitations.expiresAt,
        acceptedAt: invitations.acceptedAt,
        revokedAt: invitations.revokedAt,
      })
      .from(invitations)
      .orderBy(asc(invitations.id)),
    db
      .select({
        id: connections.id,
        orgId: connections.orgId,
        name: connections.name,
        sealedCredentials: connections.sealedCredentials,
        credentialHint: connections.credentialHint,
        status: connections.status,
        updatedAt: connections.updatedAt,
      })
      .from(connections)
      .orderBy(asc(connections.id)),
  ]);
  return {
    counts,
    users: userRows,
    organizations: orgRows,
    memberships: membershipRows,
    invitations: invitationRows,
    connections: connectionRows,
  };
}
