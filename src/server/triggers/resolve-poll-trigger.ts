import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { ConnectorDefinition, PollingTrigger } from "@/core/connectors";
import { connections } from "@/server/db/schema/connections";
import type { Db, DbOrTx } from "@/server/db/types";
import type { ClaimedPoll } from "./claim-due-polls";
import { splitTriggerId } from "./connector-trigger-of";

/** Looks a connector up for an org (built-in or the org's custom one); `findOrgConnector` outside tests. */
export type FindConnector = (db: DbOrTx, orgId: string, connectorId: string) => Promise<ConnectorDefinition | undefined>;

/**
 * What a poll can do before any request: poll with its connector and trigger, stop for good (something publish
 * must fix: the connector, trigger or connection is gone), or fail this time (the connection needs signing in again).
 */
export type PollReadiness =
  | { kind: "ready"; connector: ConnectorDefinition; trigger: PollingTrigger }
  | { kind: "stop"; message: string }
  | { kind: "fail"; message: string };

const uuid = z.uuid();

/** Finds the poll's connector and polling trigger and checks its connection is still there and signed in. */
export async function resolvePollTrigger(db: Db, poll: ClaimedPoll, findConnector: FindConnector): Promise<PollReadiness> {
  const { connectorId, triggerId } = splitTriggerId(poll.triggerId);
  const connector = await findConnector(db, poll.orgId, connectorId);
  if (!connector) {
    return { kind: "stop", message: `The connector "${connectorId}" is no longer installed (a custom connector may have been deleted), so "${poll.triggerId}" cannot be polled; pick another trigger and publish the workflow again.` };
  }
  const trigger = connector.triggers.find((t) => t.id === triggerId);
  if (!trigger || trigger.kind !== "polling") {
    return { kind: "stop", message: `${connector.name} no longer has a polling trigger "${triggerId}"; pick another trigger and publish the workflow again.` };
  }
  if (poll.connectionId) {
    const status = await connectionStatus(db, poll.orgId, poll.connectionId);
    if (!status) return { kind: "stop", message: `The ${connector.name} connection this trigger polls with was deleted; pick another connection and publish the workflow again.` };
    if (status === "needs_reauth") return { kind: "fail", message: `The ${connector.name} connection needs to be reconnected (its sign-in expired or was revoked); reconnect it and polling resumes.` };
  }
  return { kind: "ready", connector, trigger };
}

async function connectionStatus(db: Db, orgId: string, connectionId: string): Promise<string | undefined> {
  // Not an id at all: it cannot name a connection (and the uuid column would refuse the comparison).
  if (!uuid.safeParse(connectionId).success) return undefined;
  const [row] = await db
    .select({ status: connections.status })
    .from(connections)
    .where(and(eq(connections.orgId, orgId), eq(connections.id, connectionId)))
    .limit(1);
  return row?.status;
}
