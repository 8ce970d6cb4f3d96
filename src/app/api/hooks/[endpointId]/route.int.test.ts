import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/server/db/types";
import { getWebhookIntake } from "@/server/webhooks/process-intake";
import { installAsAppDatabase } from "@/test/app-database";
import { startEmbeddedEngine, type EmbeddedEngine } from "@/test/embedded-engine";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { serveRouteHandler, type ServedRoute } from "@/test/serve-route-handler";
import { createTestDatabase } from "@/test/test-database";
import { describeMountedIntake, type MountedIntake } from "@/test/webhook-mount-suite";
import * as hookRoute from "./route";

let handle: DatabaseHandle;
let engine: EmbeddedEngine;
let route: ServedRoute;
let mounted: MountedIntake;

beforeAll(async () => {
  handle = await createTestDatabase();
  installAsAppDatabase(handle);
  engine = await startEmbeddedEngine(handle.db);
  route = await serveRouteHandler(/^\/api\/hooks\/(?<endpointId>[^/]+)$/, hookRoute);
  mounted = { db: handle.db, seeded: await createOrgWithEveryRole(handle.db, "Routed"), hooksUrl: `${route.base}/api/hooks` };
}, 60_000);

afterAll(async () => {
  await route?.close();
  await (await getWebhookIntake()).drain();
  await engine?.close();
  await handle?.close();
});

describeMountedIntake("the Next.js route handler", () => mounted);
