import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openSealed, sealedKeyVersion, sealSecret, VaultKeyring } from "@/core/vault";
import { oauthApps } from "@/server/db/schema";
import { oauthAppAad } from "@/server/oauth/oauth-app-credentials";
import { CANARY_SECRET } from "@/test/connection-fixtures";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { rotateOAuthAppSecrets } from "./rotate-oauth-app-secrets";

const db = freshTestDatabase();
const keyV1 = randomBytes(32);
const ringV1 = new VaultKeyring([{ version: "v1", key: keyV1 }]);
const ringV2V1 = new VaultKeyring([{ version: "v2", key: randomBytes(32) }, { version: "v1", key: keyV1 }]);

describe("rotateOAuthAppSecrets", () => {
  it("re-seals orgs' OAuth app secrets with the newest key (bound to org + app), skips current ones and reports unreadable ones", async () => {
    const { org } = await createOrgWithEveryRole(db, "OAuth apps rotate");
    const other = await createOrgWithEveryRole(db, "OAuth apps rotate 2");
    await db.insert(oauthApps).values([
      { orgId: org.id, app: "github", clientId: "gh", sealedClientSecret: sealSecret(ringV1, `${CANARY_SECRET}-gh`, oauthAppAad(org.id, "github")) },
      { orgId: org.id, app: "google", clientId: "go", sealedClientSecret: null },
      // Moved from another org's row: its AAD does not match, so it cannot be opened here.
      { orgId: other.org.id, app: "slack", clientId: "sl", sealedClientSecret: sealSecret(ringV1, "x", oauthAppAad(org.id, "slack")) },
    ]);
    const report = await rotateOAuthAppSecrets(db, ringV2V1);
    expect(report).toMatchObject({ scanned: 2, resealed: 1, alreadyCurrent: 0, changedMeanwhile: 0 });
    expect(report.failed).toEqual([{ orgId: other.org.id, app: "slack", reason: expect.any(String) as string }]);
    expect(JSON.stringify(report)).not.toContain(CANARY_SECRET);
    const [github] = await db.select().from(oauthApps).where(eq(oauthApps.clientId, "gh"));
    expect(sealedKeyVersion(github!.sealedClientSecret!)).toBe("v2");
    expect(openSealed(ringV2V1, github!.sealedClientSecret!, oauthAppAad(org.id, "github"))).toBe(`${CANARY_SECRET}-gh`);
    expect((await rotateOAuthAppSecrets(db, ringV2V1)).resealed).toBe(0);
  });
});
