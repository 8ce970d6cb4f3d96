import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEncryptionKeys, VaultError, VaultKeyring } from "@/core/vault";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { openConnectionCredentials } from "@/server/connections/open-connection-credentials";
import { auditLogs, connections } from "@/server/db/schema";
import { logger } from "@/server/log/logger";
import { captureLogs } from "@/test/capture-logs";
import { CANARY_SECRET, createConnectionRow } from "@/test/connection-fixtures";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { rotateConnectionCredentials } from "./rotate-connection-credentials";

const db = freshTestDatabase();

/**
 * The canary secret goes in through every path that handles credentials; none of the log output (at trace
 * level, after redaction), API responses, audit rows or error messages may contain it.
 */
describe("a canary secret never appears in logs, responses or errors", () => {
  let seeded: SeededOrg;
  let logs: ReturnType<typeof captureLogs>;
  const seen: unknown[] = [];

  beforeAll(async () => {
    seeded = await createOrgWithEveryRole(db, "Canary");
    logs = captureLogs();
  });
  afterAll(() => logs.restore());

  it("create, list, get, rename, reconnect and delete through the API", async () => {
    const owner = callerFor(db, seeded.members.owner);
    const orgSlug = seeded.org.slug;
    const created = await owner.connection.create({ orgSlug, connectorId: "github", name: "Canary", authType: "bearer", credentials: { token: CANARY_SECRET } });
    seen.push(created, await owner.connection.list({ orgSlug }), await owner.connection.get({ orgSlug, connectionId: created.id }));
    seen.push(await owner.connection.rename({ orgSlug, connectionId: created.id, name: "Canary 2" }));
    seen.push(await owner.connection.reconnect({ orgSlug, connectionId: created.id, credentials: { token: `${CANARY_SECRET}-2` } }));
    seen.push(await clientErrorOf(owner.connection.create({ orgSlug, connectorId: "github", name: "Canary 2", authType: "bearer", credentials: { token: CANARY_SECRET } })));
    seen.push(await clientErrorOf(owner.connection.create({ orgSlug, connectorId: "github", name: "Too long", authType: "bearer", credentials: { token: CANARY_SECRET.repeat(1000) } })));
    seen.push(await db.select().from(auditLogs).where(eq(auditLogs.orgId, seeded.org.id)));
    seen.push(await owner.connection.delete({ orgSlug, connectionId: created.id }));
  });

  it("rotation, including rows that cannot be opened, and the engine's open failures as it would log them", async () => {
    await createConnectionRow(db, seeded.org.id);
    const broken = await createConnectionRow(db, seeded.org.id, { keyring: new VaultKeyring([{ version: "old", key: randomBytes(32) }]) });
    // A new key first, the test key after it: the readable rows are re-sealed, the broken one is reported.
    const keyring = parseEncryptionKeys(`next:${randomBytes(32).toString("base64")},${process.env.ENCRYPTION_KEYS}`);
    const report = await rotateConnectionCredentials(db, keyring, {
      onBatch: (progress) => logger.info({ progress }, "rotation batch"),
    });
    logger.info({ report }, "rotation finished");
    expect(report.failed.map((f) => f.connectionId)).toEqual([broken.connectionId]);
    expect(report.resealed).toBe(1);
    seen.push(report);

    const error = await openConnectionCredentials(db, { orgId: seeded.org.id, connectionId: broken.connectionId }, keyring).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultError);
    logger.error({ err: error, connectionId: broken.connectionId }, "could not open connection credentials");
    seen.push(String(error), (error as Error).stack);
  });

  it("the logger redacts credentials by path even if code logs them", async () => {
    const [row] = await db.select().from(connections).limit(1);
    logger.info({ credentials: { apiKey: CANARY_SECRET } }, "probe: credentials");
    logger.info({ input: { credentials: { apiKey: CANARY_SECRET } }, connection: { sealedCredentials: row!.sealedCredentials } }, "probe: nested");
    expect(logs.text()).toContain("probe: credentials");
    expect(logs.text()).toContain("[redacted]");
    expect(logs.text()).not.toContain(row!.sealedCredentials);
  });

  it("none of it contains the canary", () => {
    expect(logs.lines.length).toBeGreaterThan(3);
    expect(logs.text()).toContain("rotation finished");
    expect(logs.text()).toContain("could not open connection credentials");
    expect(logs.text()).not.toContain(CANARY_SECRET);
    expect(JSON.stringify(seen)).not.toContain(CANARY_SECRET);
  });
});
