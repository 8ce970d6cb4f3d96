import { randomBytes } from "node:crypto";
import { eq, isNotNull, type SQL } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseEncryptionKeys, sealedKeyVersion, VaultKeyring } from "@/core/vault";
import { webhookEndpoints } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { EndpointCache } from "@/server/webhooks/endpoint-cache";
import { createWebhookIntake } from "@/server/webhooks/intake";
import { openWebhookSecrets, sealWebhookSecret } from "@/server/webhooks/webhook-secrets";
import { CANARY_SECRET } from "@/test/connection-fixtures";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createWebhookEndpoint, githubHeaders, intakeRequest } from "@/test/webhook-fixtures";
import { rotateWebhookSecrets } from "./rotate-webhook-secrets";

const db = freshTestDatabase();
const keyV1 = randomBytes(32);
const keyV2 = randomBytes(32);
const ringV1 = new VaultKeyring([{ version: "v1", key: keyV1 }]);
const ringV2V1 = new VaultKeyring([{ version: "v2", key: keyV2 }, { version: "v1", key: keyV1 }]);
const ringV2Only = new VaultKeyring([{ version: "v2", key: keyV2 }]);
const HOUR_MS = 3_600_000;

const rowOf = async (endpointId: string) => (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)))[0]!;

/**
 * Sends a GitHub-signed delivery through intake as a fresh process holding only `keyring` would (its own endpoint
 * cache, nothing dispatched); the status it answers.
 */
async function deliver(keyring: VaultKeyring, endpointId: string, secret: string) {
  const intake = createWebhookIntake({ db, endpoints: new EndpointCache({ keyring: () => keyring }), dispatching: { send: async () => {} } });
  const body = JSON.stringify({ action: "opened", n: randomBytes(4).toString("hex") });
  const { status } = await intake.handle(intakeRequest(endpointId, githubHeaders(secret, body), body));
  await intake.drain();
  return status;
}

/**
 * `db`, except that `meanwhile` runs just before the rotation's first write: a user's change landing between the
 * rotation's read and its compare-and-set. (The rotation writes with update → set → where → returning.)
 */
function dbWithChangeBeforeFirstWrite(meanwhile: () => Promise<unknown>): Db {
  let changed = false;
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "update" || changed) return Reflect.get(target, property, receiver) as unknown;
      return (table: typeof webhookEndpoints) => ({
        set: (values: Partial<typeof webhookEndpoints.$inferInsert>) => ({
          where: (condition: SQL | undefined) => ({
            returning: async (fields: { id: typeof webhookEndpoints.id }) => {
              changed = true;
              await meanwhile();
              return target.update(table).set(values).where(condition).returning(fields);
            },
          }),
        }),
      });
    },
  });
}

describe("rotateWebhookSecrets", () => {
  let seeded: SeededOrg;
  let other: SeededOrg;

  beforeAll(async () => {
    seeded = await createOrgWithEveryRole(db, "Webhook rotate");
    other = await createOrgWithEveryRole(db, "Webhook rotate 2");
  });
  beforeEach(async () => {
    await db.delete(webhookEndpoints).where(isNotNull(webhookEndpoints.id));
  });

  it("re-seals current and previous secrets from v1 to v2 (same AAD): they open and verify with v2 alone; a second run re-seals none", async () => {
    const expiresAt = new Date(Date.now() + 24 * HOUR_MS);
    const rotating = await createWebhookEndpoint(db, seeded.org.id, { keyring: ringV1, secret: `${CANARY_SECRET}-new`, previousSecret: { secret: `${CANARY_SECRET}-old`, expiresAt } });
    const plain = await createWebhookEndpoint(db, other.org.id, { keyring: ringV1, secret: `${CANARY_SECRET}-plain` });
    const unsigned = await createWebhookEndpoint(db, seeded.org.id, { scheme: "none" });
    // Before: a process holding only v2 cannot verify anything.
    expect(await deliver(ringV2Only, rotating.endpointId, rotating.secret!)).toBe(500);
    const before = { rotating: await rowOf(rotating.endpointId), unsigned: await rowOf(unsigned.endpointId) };

    const report = await rotateWebhookSecrets(db, ringV2V1, { batchSize: 1 });
    expect(report).toEqual({ targetVersion: "v2", scanned: 2, resealed: 2, alreadyCurrent: 0, changedMeanwhile: 0, failed: [] });

    const after = await rowOf(rotating.endpointId);
    expect([sealedKeyVersion(after.sealedSecret!), sealedKeyVersion(after.sealedPreviousSecret!)]).toEqual(["v2", "v2"]);
    expect(openWebhookSecrets(ringV2Only, after)).toEqual({ current: `${CANARY_SECRET}-new`, previous: { secret: `${CANARY_SECRET}-old`, expiresAt } });
    expect(openWebhookSecrets(ringV2Only, await rowOf(plain.endpointId))).toEqual({ current: `${CANARY_SECRET}-plain`, previous: null });
    // Nothing a user sees changes: the hint, the overlap, the rotation time and updated_at stay as they were.
    expect({ ...after, sealedSecret: null, sealedPreviousSecret: null }).toEqual({ ...before.rotating, sealedSecret: null, sealedPreviousSecret: null });
    expect(after.secretHint).toBe(`••••${`${CANARY_SECRET}-new`.slice(-4)}`);
    expect(await rowOf(unsigned.endpointId)).toEqual(before.unsigned);

    // Intake in a process holding only v2 verifies real signatures with the current secret and, in the overlap, the previous one.
    expect(await deliver(ringV2Only, rotating.endpointId, `${CANARY_SECRET}-new`)).toBe(202);
    expect(await deliver(ringV2Only, rotating.endpointId, `${CANARY_SECRET}-old`)).toBe(202);
    expect(await deliver(ringV2Only, rotating.endpointId, `${CANARY_SECRET}-wrong`)).toBe(401);
    expect(await deliver(ringV2Only, plain.endpointId, `${CANARY_SECRET}-plain`)).toBe(202);

    const rotated = await rowOf(rotating.endpointId);
    const again = await rotateWebhookSecrets(db, ringV2V1);
    expect(again).toEqual({ targetVersion: "v2", scanned: 2, resealed: 0, alreadyCurrent: 2, changedMeanwhile: 0, failed: [] });
    expect((await rowOf(rotating.endpointId)).sealedSecret).toBe(rotated.sealedSecret);
    expect((await rowOf(rotating.endpointId)).sealedPreviousSecret).toBe(rotated.sealedPreviousSecret);
  });

  it("leaves rows already on the newest key as they are, and re-seals a previous secret whose overlap has ended", async () => {
    const current = await createWebhookEndpoint(db, seeded.org.id, { keyring: ringV2V1, previousSecret: { secret: `${CANARY_SECRET}-old`, expiresAt: new Date(Date.now() + HOUR_MS) } });
    const expired = await createWebhookEndpoint(db, seeded.org.id, { keyring: ringV1, previousSecret: { secret: `${CANARY_SECRET}-gone`, expiresAt: new Date(Date.now() - HOUR_MS) } });
    const untouched = await rowOf(current.endpointId);

    const report = await rotateWebhookSecrets(db, ringV2V1);
    expect(report).toMatchObject({ scanned: 2, resealed: 1, alreadyCurrent: 1, changedMeanwhile: 0, failed: [] });
    expect(await rowOf(current.endpointId)).toEqual(untouched);
    // Intake still opens a stored previous secret, expired or not: left on v1 it would break the endpoint once v1 is gone.
    const resealed = await rowOf(expired.endpointId);
    expect([sealedKeyVersion(resealed.sealedSecret!), sealedKeyVersion(resealed.sealedPreviousSecret!)]).toEqual(["v2", "v2"]);
    expect(openWebhookSecrets(ringV2Only, resealed).previous?.secret).toBe(`${CANARY_SECRET}-gone`);
  });

  it("reports endpoints whose current or previous secret cannot be opened by id and org (never a secret) and leaves them untouched", async () => {
    const good = await createWebhookEndpoint(db, seeded.org.id, { keyring: ringV1 });
    const unknownVersion = await createWebhookEndpoint(db, seeded.org.id, { keyring: new VaultKeyring([{ version: "v0", key: randomBytes(32) }]), secret: CANARY_SECRET });
    // Sealed for another endpoint and org: its AAD does not match here.
    const moved = await createWebhookEndpoint(db, other.org.id, { keyring: ringV1 });
    await db
      .update(webhookEndpoints)
      .set({ sealedSecret: sealWebhookSecret(ringV1, { orgId: seeded.org.id, endpointId: good.endpointId }, CANARY_SECRET) })
      .where(eq(webhookEndpoints.id, moved.endpointId));
    // A readable current secret does not save a corrupt previous one: the endpoint would still fail to open.
    const corruptPrevious = await createWebhookEndpoint(db, seeded.org.id, { keyring: ringV1, previousSecret: { secret: CANARY_SECRET, expiresAt: new Date(Date.now() + HOUR_MS) } });
    await db.update(webhookEndpoints).set({ sealedPreviousSecret: `v1:${CANARY_SECRET}` }).where(eq(webhookEndpoints.id, corruptPrevious.endpointId));
    const broken = [unknownVersion, moved, corruptPrevious];
    const before = await Promise.all(broken.map((endpoint) => rowOf(endpoint.endpointId)));

    const report = await rotateWebhookSecrets(db, ringV2V1);
    expect(report).toMatchObject({ scanned: 4, resealed: 1, alreadyCurrent: 0, changedMeanwhile: 0 });
    const reasonOf = (endpointId: string) => report.failed.find((failure) => failure.endpointId === endpointId)?.reason;
    expect(report.failed.map(({ endpointId, orgId }) => ({ endpointId, orgId })).sort((a, b) => a.endpointId.localeCompare(b.endpointId))).toEqual(
      broken.map(({ endpointId, orgId }) => ({ endpointId, orgId })).sort((a, b) => a.endpointId.localeCompare(b.endpointId)),
    );
    expect(reasonOf(unknownVersion.endpointId)).toMatch(/key version "v0".*does not hold/);
    expect(reasonOf(moved.endpointId)).toMatch(/could not be opened with key version "v1"/);
    expect(reasonOf(corruptPrevious.endpointId)).toMatch(/could not be opened with key version "v1"/);
    expect(JSON.stringify(report)).not.toContain(CANARY_SECRET);
    expect(await Promise.all(broken.map((endpoint) => rowOf(endpoint.endpointId)))).toEqual(before);
    expect(sealedKeyVersion((await rowOf(good.endpointId)).sealedSecret!)).toBe("v2");

    const again = await rotateWebhookSecrets(db, ringV2V1);
    expect(again).toMatchObject({ scanned: 4, resealed: 0, alreadyCurrent: 1 });
    expect(again.failed).toHaveLength(3);
  });

  it("an endpoint whose secret a user rotates between read and write is counted as changed meanwhile and keeps the user's secret", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { keyring: ringV1, secret: `${CANARY_SECRET}-v1` });
    const original = await rowOf(endpoint.endpointId);
    let userSecret = "";
    const racing = dbWithChangeBeforeFirstWrite(async () => {
      const rotated = await callerFor(db, seeded.members.editor).webhook.rotateSecret({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId });
      userSecret = rotated.secret;
    });

    const report = await rotateWebhookSecrets(racing, ringV2V1);
    expect(report).toEqual({ targetVersion: "v2", scanned: 1, resealed: 0, alreadyCurrent: 0, changedMeanwhile: 1, failed: [] });
    const after = await rowOf(endpoint.endpointId);
    // The user's rotation stands as they made it: a new secret sealed with the app's key. The app's keyring does not
    // hold this test's v1, so the rotation dropped the old secret it could not open rather than keep it for the overlap.
    expect(sealedKeyVersion(after.sealedSecret!)).toBe(getVaultKeyring().currentVersion);
    expect(after.sealedSecret).not.toBe(original.sealedSecret);
    expect(after.sealedPreviousSecret).toBeNull();
    const keyring = parseEncryptionKeys(`v2:${keyV2.toString("base64")},${process.env.ENCRYPTION_KEYS},v1:${keyV1.toString("base64")}`);
    expect(openWebhookSecrets(keyring, after).current).toBe(userSecret);
    expect(after.secretHint).toBe(`••••${userSecret.slice(-4)}`);

    // A later run re-seals the user's new secret.
    expect(await rotateWebhookSecrets(db, keyring)).toMatchObject({ scanned: 1, resealed: 1, changedMeanwhile: 0, failed: [] });
    const resealed = await rowOf(endpoint.endpointId);
    expect(openWebhookSecrets(ringV2Only, resealed)).toEqual({ current: userSecret, previous: null });
  });
});
