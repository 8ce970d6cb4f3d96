import { and, inArray, sql } from "drizzle-orm";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";

/** A verified delivery about to be stored. */
export interface NewDelivery {
  endpointId: string;
  orgId: string;
  dedupeKey: string;
  event: string | null;
  contentType: string | null;
  /** Already redacted. */
  headers: Record<string, string>;
  body: Uint8Array;
  verifiedBy: string;
  receivedAt: Date;
}

/** The stored row's id; `duplicate` when the endpoint already had a delivery with that dedupe key (this one was not stored). */
export interface StoredDelivery {
  id: string;
  duplicate: boolean;
}

/** A delivery newly committed by a batch, for the dispatcher. */
export interface CommittedDelivery {
  id: string;
  orgId: string;
  endpointId: string;
}

export interface DeliveryBatcherOptions {
  /** A batch is written as soon as this many deliveries wait… */
  maxBatch?: number;
  /** …or this long after the first of them arrived. */
  maxWaitMs?: number;
  /** Batches written at once; more wait and grow (PGlite has one connection anyway; postgres.js a small pool). */
  maxConcurrentWrites?: number;
  /** Called after each commit with the deliveries it stored (never the duplicates). Must not throw. */
  onCommitted?: (deliveries: CommittedDelivery[]) => void;
}

interface Waiting {
  delivery: NewDelivery;
  resolve(stored: StoredDelivery): void;
  reject(error: unknown): void;
}

const keyOf = (row: { endpointId: string; dedupeKey: string }) => `${row.endpointId}\n${row.dedupeKey}`;

/**
 * Group commit for intake. Concurrent deliveries are written by one multi-row INSERT … ON CONFLICT (endpoint_id,
 * dedupe_key) DO NOTHING RETURNING per short batch, and each caller's promise settles only once its batch has
 * committed: nothing is acknowledged before it is durable, and a thousand senders cost tens of statements, not a
 * thousand. A delivery whose key already exists (or repeats within the batch) gets the stored row's id, found by one
 * follow-up select.
 */
export class DeliveryBatcher {
  private pending: Waiting[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing = 0;
  private readonly writes = new Set<Promise<void>>();
  private readonly maxBatch: number;
  private readonly maxWaitMs: number;
  private readonly maxConcurrentWrites: number;

  constructor(
    private readonly db: Db,
    private readonly options: DeliveryBatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 64;
    this.maxWaitMs = options.maxWaitMs ?? 2;
    this.maxConcurrentWrites = options.maxConcurrentWrites ?? 4;
  }

  /** Resolves once the delivery is committed (or found already stored); rejects when its batch could not be written. */
  store(delivery: NewDelivery): Promise<StoredDelivery> {
    return new Promise<StoredDelivery>((resolve, reject) => {
      this.pending.push({ delivery, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  /** Writes whatever waits and resolves when every batch written so far has settled. */
  async drain(): Promise<void> {
    this.flush();
    while (this.writes.size > 0 || this.pending.length > 0) {
      await Promise.allSettled([...this.writes]);
      this.flush();
    }
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.pending.length > 0 && this.writing < this.maxConcurrentWrites) {
      const batch = this.pending.splice(0, this.maxBatch);
      this.writing++;
      const write: Promise<void> = this.write(batch).finally(() => {
        this.writing--;
        this.writes.delete(write);
        // Whatever queued behind a full set of writes has already waited a whole write: go now.
        if (this.pending.length > 0) this.flush();
      });
      this.writes.add(write);
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    const groups = new Map<string, Waiting[]>();
    for (const waiting of batch) {
      const key = keyOf(waiting.delivery);
      const group = groups.get(key);
      if (group) group.push(waiting);
      else groups.set(key, [waiting]);
    }
    await this.writeGroups(groups);
  }

  /** Writes one row per group (a dedupe key); every caller of the group gets that row's id. */
  private async writeGroups(groups: Map<string, Waiting[]>): Promise<void> {
    let inserted: InsertedRow[];
    let existing: Map<string, string>;
    try {
      inserted = await insertDeliveries(this.db, [...groups.values()].map(([first]) => first!.delivery));
      const insertedKeys = new Set(inserted.map(keyOf));
      existing = await this.storedIds([...groups].filter(([key]) => !insertedKeys.has(key)).map(([, [first]]) => first!.delivery));
    } catch (error) {
      if (groups.size > 1) {
        // One delivery the database refuses must not sink its batch-mates: write them one by one.
        await Promise.all([...groups].map(([key, group]) => this.writeGroups(new Map([[key, group]]))));
        return;
      }
      for (const group of groups.values()) for (const waiting of group) waiting.reject(error);
      return;
    }
    const insertedIds = new Map(inserted.map((row) => [keyOf(row), row.id]));
    for (const [key, group] of groups) {
      const newId = insertedIds.get(key);
      const id = newId ?? existing.get(key);
      group.forEach((waiting, index) => {
        if (id === undefined) waiting.reject(new Error("The delivery conflicted with a stored one that has since been deleted (its endpoint was removed)."));
        else waiting.resolve({ id, duplicate: newId === undefined || index > 0 });
      });
    }
    if (inserted.length === 0) return;
    try {
      this.options.onCommitted?.(inserted.map(({ id, orgId, endpointId }) => ({ id, orgId, endpointId })));
    } catch (error) {
      // The deliveries are stored and acknowledged; the sweeper sends what was not handed on.
      logger.error({ err: error }, "could not hand stored webhook deliveries to the dispatcher");
    }
  }

  /** The ids of stored deliveries with these keys (committed: ON CONFLICT waited for any writer still in flight). */
  private async storedIds(deliveries: NewDelivery[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (deliveries.length === 0) return ids;
    const keys = new Set(deliveries.map(keyOf));
    const rows = await this.db
      .select({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId, dedupeKey: webhookDeliveries.dedupeKey })
      .from(webhookDeliveries)
      .where(
        and(
          inArray(webhookDeliveries.endpointId, [...new Set(deliveries.map((d) => d.endpointId))]),
          inArray(webhookDeliveries.dedupeKey, [...new Set(deliveries.map((d) => d.dedupeKey))]),
        ),
      );
    for (const row of rows) if (keys.has(keyOf(row))) ids.set(keyOf(row), row.id);
    return ids;
  }
}

type InsertedRow = { id: string; orgId: string; endpointId: string; dedupeKey: string };

/**
 * One INSERT for the whole batch with a single parameter: the rows as a JSON array (bodies in base64) expanded by
 * jsonb_to_recordset. Building a multi-row VALUES list through the query builder costs a dozen bound parameters per
 * delivery, which dominated the CPU time of intake under load; this is a constant-size statement.
 */
async function insertDeliveries(db: Db, deliveries: NewDelivery[]): Promise<InsertedRow[]> {
  const batch = JSON.stringify(
    deliveries.map((delivery) => ({
      endpoint_id: delivery.endpointId,
      org_id: delivery.orgId,
      dedupe_key: delivery.dedupeKey,
      event: delivery.event,
      content_type: delivery.contentType,
      headers: delivery.headers,
      body: Buffer.from(delivery.body.buffer, delivery.body.byteOffset, delivery.body.byteLength).toString("base64"),
      size_bytes: delivery.body.byteLength,
      verified_by: delivery.verifiedBy,
      received_at: delivery.receivedAt.toISOString(),
    })),
  );
  const result: unknown = await db.execute(sql`
    insert into ${webhookDeliveries} (endpoint_id, org_id, dedupe_key, event, content_type, headers, body, size_bytes, verified_by, received_at)
    select r.endpoint_id, r.org_id, r.dedupe_key, r.event, r.content_type, r.headers, decode(r.body, 'base64'), r.size_bytes, r.verified_by, r.received_at
    from jsonb_to_recordset(${batch}::jsonb) as r(
      endpoint_id text, org_id uuid, dedupe_key text, event text, content_type text, headers jsonb, body text, size_bytes integer, verified_by text, received_at timestamptz
    )
    on conflict (endpoint_id, dedupe_key) do nothing
    returning id, org_id as "orgId", endpoint_id as "endpointId", dedupe_key as "dedupeKey"`);
  // postgres.js answers with the rows, PGlite with { rows }.
  return (Array.isArray(result) ? result : (result as { rows: InsertedRow[] }).rows) as InsertedRow[];
}
