import { asc, eq } from "drizzle-orm";
import { connections } from "@/server/db/schema/connections";
import type { ServiceContext } from "../context";
import { connectionView } from "./connection-view";

/** The org's connections with their masked hint and status; never their credentials. */
export async function listConnections({ ctx }: { ctx: ServiceContext }) {
  return ctx.db
    .select(connectionView)
    .from(connections)
    .where(eq(connections.orgId, ctx.org.id))
    .orderBy(asc(connections.name))
    .limit(500);
}
