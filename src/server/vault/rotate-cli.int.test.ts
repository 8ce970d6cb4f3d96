import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseEncryptionKeys, sealedKeyVersion } from "@/core/vault";
import { sealConnectionCredentials } from "@/server/connections/connection-credentials";
import { openDatabase } from "@/server/db/open-database";
import { connections, organizations, webhookEndpoints } from "@/server/db/schema";
import { CANARY_SECRET } from "@/test/connection-fixtures";
import { testDbKind } from "@/test/test-database";
import { createWebhookEndpoint } from "@/test/webhook-fixtures";

const entry = (version: string) => `${version}:${randomBytes(32).toString("base64")}`;
const v1 = entry("v1");
const v2 = entry("v2");

/** Runs `npm run vault:rotate`'s entry point against an embedded database in `dataDir`. */
function runRotateCli(dataDir: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ENCRYPTION_KEYS: `${v2},${v1}`, NODE_ENV: "development", LOG_LEVEL: "silent" };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "rotate-cli.ts"), "--batch-size=2"], { env, cwd: process.cwd() });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

// The CLI wiring (env, database, keyring, report); the rotation itself is tested on both databases beside it.
describe.runIf(testDbKind === "pglite")("npm run vault:rotate", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "junction-rotate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("re-seals with the newest key, reports counts and unreadable rows by id without secrets, and exits 1 when some failed", async () => {
    const ringV1 = parseEncryptionKeys(v1);
    const brokenId = randomUUID();
    const seed = await openDatabase({ kind: "pglite", dataDir: path.join(dir, "pglite") });
    const [org] = await seed.db.insert(organizations).values({ name: "CLI", slug: `cli-${randomUUID().slice(0, 6)}` }).returning();
    const rows = Array.from({ length: 5 }, (_, i) => {
      const id = randomUUID();
      return { id, orgId: org!.id, connectorId: "github", name: `CLI ${i}`, authType: "api_key", ...sealConnectionCredentials(ringV1, { orgId: org!.id, connectionId: id }, { apiKey: CANARY_SECRET }) };
    });
    const broken = { ...rows[0]!, id: brokenId, name: "Broken" }; // sealed for another row: cannot open here
    await seed.db.insert(connections).values([...rows, broken]);
    const previousSecret = { secret: `${CANARY_SECRET}-old`, expiresAt: new Date(Date.now() + 3_600_000) };
    const hooks = [
      await createWebhookEndpoint(seed.db, org!.id, { keyring: ringV1, secret: `${CANARY_SECRET}-hook`, previousSecret }),
      await createWebhookEndpoint(seed.db, org!.id, { keyring: ringV1 }),
    ];
    const brokenHook = await createWebhookEndpoint(seed.db, org!.id, { keyring: parseEncryptionKeys(entry("v0")), secret: CANARY_SECRET });
    await createWebhookEndpoint(seed.db, org!.id, { scheme: "none" });
    await seed.close();

    const first = await runRotateCli(dir);
    expect(first.output).toContain('6 connection(s) scanned: 5 re-sealed with "v2", 0 already on "v2", 0 changed meanwhile, 1 could not be opened.');
    expect(first.output).toContain(`connection ${brokenId} (org ${org!.id}): The stored credentials could not be opened with key version "v1"`);
    expect(first.output).toContain("3 webhook endpoint secret(s) scanned: 2 re-sealed, 0 already current, 0 changed meanwhile, 1 could not be opened.");
    expect(first.output).toContain(`webhook endpoint ${brokenHook.endpointId} (org ${org!.id}): The stored credentials were sealed with key version "v0"`);
    expect(first.output).not.toContain(CANARY_SECRET);
    expect(first.code).toBe(1);

    const second = await runRotateCli(dir);
    expect(second.output).toContain('6 connection(s) scanned: 0 re-sealed with "v2", 5 already on "v2"');
    expect(second.output).toContain("3 webhook endpoint secret(s) scanned: 0 re-sealed, 2 already current");
    expect(second.code).toBe(1);

    const check = await openDatabase({ kind: "pglite", dataDir: path.join(dir, "pglite") });
    const versions = (await check.db.select({ id: connections.id, sealed: connections.sealedCredentials }).from(connections)).map((r) => [r.id, sealedKeyVersion(r.sealed)]);
    const hookVersions = (await check.db.select().from(webhookEndpoints)).map((r) => [r.id, r.sealedSecret && sealedKeyVersion(r.sealedSecret), r.sealedPreviousSecret && sealedKeyVersion(r.sealedPreviousSecret)]);
    await check.close();
    expect(hookVersions).toEqual(
      expect.arrayContaining([
        [hooks[0]!.endpointId, "v2", "v2"],
        [hooks[1]!.endpointId, "v2", null],
        [brokenHook.endpointId, "v0", null],
      ]),
    );
    expect(versions.filter(([, v]) => v === "v2")).toHaveLength(5);
    expect(versions.find(([id]) => id === brokenId)?.[1]).toBe("v1");
  }, 120_000);
});
