import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { describeRateLimit } from "@/core/connectors";
import { connections } from "@/server/db/schema/connections";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { connectionView } from "./connection-view";
import { getConnectionInOrg } from "./get-connection-in-org";

const WINDOW_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

export const setConnectionRateLimitInput = z.object({
  connectionId: z.uuid("Unknown connection."),
  /** The connection's own limit, or null to use the connector's default. */
  rateLimit: z
    .object({
      requests: z.number("Give the number of requests.").int("Requests must be a whole number.").min(1, "Allow at least 1 request.").max(1_000_000, "At most 1,000,000 requests per window."),
      per: z.enum(["second", "minute", "hour", "day"], { error: "The window is a second, a minute, an hour or a day." }),
    })
    .nullable(),
});

/**
 * Sets (or clears) the connection's own rate limit, which replaces the connector's default for every step and poll
 * using the connection — e.g. a higher plan, or a key shared with another system.
 */
export async function setConnectionRateLimit({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof setConnectionRateLimitInput> }) {
  return ctx.db.transaction(async (tx) => {
    const connection = await getConnectionInOrg(ctx, input.connectionId, tx);
    const limit = input.rateLimit ? { requests: input.rateLimit.requests, perMs: WINDOW_MS[input.rateLimit.per] } : null;
    const [row] = await tx
      .update(connections)
      .set({ rateLimitRequests: limit?.requests ?? null, rateLimitPerMs: limit?.perMs ?? null, updatedAt: new Date() })
      .where(and(eq(connections.orgId, ctx.org.id), eq(connections.id, connection.id)))
      .returning(connectionView);
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "connection.rate_limit_changed",
      target: { type: "connection", id: connection.id, label: connection.name },
      metadata: { rateLimit: limit ? describeRateLimit(limit) : "connector default" },
    });
    return row!;
  });
}
