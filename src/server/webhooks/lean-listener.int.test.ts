import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/server/db/types";
import { installAsAppDatabase } from "@/test/app-database";
import { startEmbeddedEngine, type EmbeddedEngine } from "@/test/embedded-engine";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { createTestDatabase } from "@/test/test-database";
import { createWebhookEndpoint } from "@/test/webhook-fixtures";
import { describeMountedIntake, postDelivery, type MountedIntake } from "@/test/webhook-mount-suite";
import { startWebhookListener, type WebhookListener } from "./lean-listener";
import { getWebhookIntake } from "./process-intake";

let handle: DatabaseHandle;
let engine: EmbeddedEngine;
let listener: WebhookListener;
let mounted: MountedIntake;

beforeAll(async () => {
  handle = await createTestDatabase();
  installAsAppDatabase(handle);
  engine = await startEmbeddedEngine(handle.db);
  // The process's intake, as the server mounts it.
  listener = await startWebhookListener({ intake: getWebhookIntake, port: 0, host: "127.0.0.1" });
  mounted = { db: handle.db, seeded: await createOrgWithEveryRole(handle.db, "Lean"), hooksUrl: `${listener.url}/hooks` };
}, 60_000);

afterAll(async () => {
  await listener?.close();
  await (await getWebhookIntake()).drain();
  await engine?.close();
  await handle?.close();
});

describeMountedIntake("the lean listener", () => mounted);

describe("the lean listener's paths", () => {
  it("takes /api/hooks/{id} like the app's route, and answers 404 elsewhere", async () => {
    const endpoint = await createWebhookEndpoint(mounted.db, mounted.seeded.org.id, { scheme: "none" });
    const viaApiPath = await postDelivery(`${listener.url}/api/hooks/${endpoint.endpointId}`, { "content-type": "application/json" }, '{"hello":"world"}');
    expect(viaApiPath.status).toBe(202);
    expect((await fetch(`${listener.url}/elsewhere`, { method: "POST", body: "{}" })).status).toBe(404);
    expect((await fetch(`${listener.url}/hooks/${endpoint.endpointId}/more`, { method: "POST", body: "{}" })).status).toBe(404);
  });
});
