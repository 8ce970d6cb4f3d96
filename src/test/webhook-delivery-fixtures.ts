import { randomUUID } from "node:crypto";
import { asc } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";

/** A stored delivery as intake would have left it (enqueued, not yet dispatched, unless told otherwise). */
export async function createDeliveryRow(
  db: Db,
  endpoint: { endpointId: string; orgId: string },
  options: {
    body?: string | Uint8Array;
    event?: string | null;
    contentType?: string | null;
    headers?: Record<string, string>;
    receivedAt?: Date;
    enqueuedAt?: Date | null;
    runsStarted?: number | null;
    dedupeKey?: string;
  } = {},
) {
  const body = options.body ?? JSON.stringify({ action: "opened", issue: { number: 1 } });
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  const [row] = await db
    .insert(webhookDeliveries)
    .values({
      endpointId: endpoint.endpointId,
      orgId: endpoint.orgId,
      dedupeKey: options.dedupeKey ?? randomUUID(),
      event: options.event === undefined ? "issues.opened" : options.event,
      contentType: options.contentType === undefined ? "application/json" : options.contentType,
      headers: options.headers ?? { "content-type": "application/json", "x-github-event": "issues", "x-hub-signature-256": "[redacted]" },
      body: bytes,
      sizeBytes: bytes.byteLength,
      verifiedBy: "github",
      receivedAt: options.receivedAt ?? new Date(),
      enqueuedAt: options.enqueuedAt === undefined ? new Date() : options.enqueuedAt,
      runsStarted: options.runsStarted ?? null,
    })
    .returning({ id: webhookDeliveries.id });
  return { deliveryId: row!.id };
}

/** Every endpoint's mutable state, sealed values included: compare before and after a call that must change nothing. */
export async function snapshotWebhookEndpoints(db: Db) {
  return db.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.id));
}
