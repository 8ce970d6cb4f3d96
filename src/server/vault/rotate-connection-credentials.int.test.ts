import { randomBytes, randomUUID } from "node:crypto";
import { asc, eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sealedKeyVersion, VaultKeyring } from "@/core/vault";
import { sealConnectionCredentials } from "@/server/connections/connection-credentials";
import { openConnectionCredentials } from "@/server/connections/open-connection-credentials";
import { connections } from "@/server/db/schema";
import { CANARY_SECRET, createConnectionRow } from "@/test/connection-fixtures";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { rotateConnectionCredentials } from "./rotate-connection-credentials";

const db = freshTestDatabase();

const keyV1 = randomBytes(32);
const keyV2 = randomBytes(32);
const ringV1 = new VaultKeyring([{ version: "v1", key: keyV1 }]);
const ringV2V1 = new VaultKeyring([{ version: "v2", key: keyV2 }, { version: "v1", key: keyV1 }]);
const ringV2Only = new VaultKeyring([{ version: "v2", key: keyV2 }]);

async function allRows() {
  return db
    .select({ id: connections.id, orgId: connections.orgId, sealed: connections.sealedCredentials, updatedAt: connections.updatedAt })
    .from(connections)
    .orderBy(asc(connections.id));
}

describe("rotateConnectionCredentials", () => {
  it("re-seals 200 rows from v1 to v2 in batches; all open with v2 alone; a second run re-seals none", async () => {
    const orgs = [await createOrgWithEveryRole(db, "Rotate A"), await createOrgWithEveryRole(db, "Rotate B")];
    const expected = new Map<string, string>();
    const values = Array.from({ length: 200 }, (_, i) => {
      const id = randomUUID();
      const orgId = orgs[i % 2]!.org.id;
      const secret = `${CANARY_SECRET}-${i}`;
      expected.set(id, secret);
      return { id, orgId, connectorId: "github", name: `Rotated ${i}`, authType: "api_key", ...sealConnectionCredentials(ringV1, { orgId, connectionId: id }, { apiKey: secret }) };
    });
    await db.insert(connections).values(values);
    const before = await allRows();
    expect(before.every((r) => sealedKeyVersion(r.sealed) === "v1")).toBe(true);

    const batches: number[] = [];
    const report = await rotateConnectionCredentials(db, ringV2V1, { batchSize: 64, onBatch: (r) => batches.push(r.scanned) });
    expect(report).toEqual({ targetVersion: "v2", scanned: 200, resealed: 200, alreadyCurrent: 0, changedMeanwhile: 0, failed: [] });
    expect(batches).toEqual([64, 128, 192, 200]);

    const after = await allRows();
    expect(after.filter((r) => sealedKeyVersion(r.sealed) !== "v2")).toEqual([]);
    for (const row of after) {
      const opened = await openConnectionCredentials(db, { orgId: row.orgId, connectionId: row.id }, ringV2Only);
      expect(opened.credentials).toEqual({ apiKey: expected.get(row.id) });
    }
    // Re-sealing is not a user-visible change.
    expect(after.map((r) => r.updatedAt)).toEqual(before.map((r) => r.updatedAt));

    const again = await rotateConnectionCredentials(db, ringV2V1);
    expect(again).toMatchObject({ scanned: 200, resealed: 0, alreadyCurrent: 200, failed: [] });
    expect(await allRows()).toEqual(after);
  });

  it("reports rows it cannot open by id (no secret in the reason) and leaves them untouched", async () => {
    await db.delete(connections).where(isNotNull(connections.id));
    const org = await createOrgWithEveryRole(db, "Rotate failures");
    const good = await createConnectionRow(db, org.org.id, { keyring: ringV1 });
    const unknownVersion = await createConnectionRow(db, org.org.id, {
      keyring: new VaultKeyring([{ version: "v0", key: randomBytes(32) }]),
    });
    const wrongKey = await createConnectionRow(db, org.org.id, { keyring: new VaultKeyring([{ version: "v1", key: randomBytes(32) }]) });
    const sealedOf = async (id: string) => (await db.select({ s: connections.sealedCredentials }).from(connections).where(eq(connections.id, id)))[0]!.s;
    const untouched = { [unknownVersion.connectionId]: await sealedOf(unknownVersion.connectionId), [wrongKey.connectionId]: await sealedOf(wrongKey.connectionId) };

    const report = await rotateConnectionCredentials(db, ringV2V1);
    expect(report).toMatchObject({ scanned: 3, resealed: 1, alreadyCurrent: 0 });
    expect(report.failed.map((f) => f.connectionId).sort()).toEqual([unknownVersion.connectionId, wrongKey.connectionId].sort());
    expect(report.failed.every((f) => f.orgId === org.org.id)).toBe(true);
    expect(report.failed.find((f) => f.connectionId === unknownVersion.connectionId)?.reason).toMatch(/key version "v0".*does not hold/);
    expect(report.failed.find((f) => f.connectionId === wrongKey.connectionId)?.reason).toMatch(/could not be opened with key version "v1"/);
    expect(JSON.stringify(report)).not.toContain(CANARY_SECRET);
    for (const [id, sealed] of Object.entries(untouched)) expect(await sealedOf(id)).toBe(sealed);
    expect(sealedKeyVersion(await sealedOf(good.connectionId))).toBe("v2");

    // Idempotent: the good row is skipped, the broken ones are reported again and still untouched.
    const again = await rotateConnectionCredentials(db, ringV2V1);
    expect(again).toMatchObject({ scanned: 3, resealed: 0, alreadyCurrent: 1 });
    expect(again.failed).toHaveLength(2);
  });

  it("does nothing on an empty table", async () => {
    await db.delete(connections).where(isNotNull(connections.id));
    expect(await rotateConnectionCredentials(db, ringV2V1)).toEqual({ targetVersion: "v2", scanned: 0, resealed: 0, alreadyCurrent: 0, changedMeanwhile: 0, failed: [] });
  });
});
