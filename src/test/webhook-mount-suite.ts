import { eq } from "drizzle-orm";
import webhookExamples from "@octokit/webhooks-examples";
import { describe, expect, it } from "vitest";
import { runs } from "@/server/db/schema/runs";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";
import { MAX_WEBHOOK_BODY_BYTES } from "@/server/webhooks/intake";
import { waitForRun } from "./embedded-engine";
import type { SeededOrg } from "./fixtures";
import { createWebhookEndpoint, githubHeaders, publishWebhookWorkflow } from "./webhook-fixtures";

/** What a mount's test file has set up in its beforeAll: the app database (the embedded engine running on it), an org, the mount. */
export interface MountedIntake {
  db: Db;
  seeded: SeededOrg;
  /** Deliveries go to `${hooksUrl}/{endpointId}`. */
  hooksUrl: string;
}

/** GitHub's own example of an `issues` `opened` delivery. */
export function issuesOpenedExample(): string {
  const definitions = webhookExamples as unknown as { name: string; examples: { action?: string }[] }[];
  const example = definitions.find((definition) => definition.name === "issues")!.examples.find((candidate) => candidate.action === "opened")!;
  return JSON.stringify(example);
}

export async function postDelivery(url: string, headers: Record<string, string>, body: string) {
  const response = await fetch(url, { method: "POST", headers, body });
  return { status: response.status, headers: response.headers, json: (await response.json()) as { deliveryId?: string; duplicate?: boolean; error?: string } };
}

async function runOfDelivery(db: Db, workflowId: string, deliveryId: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const rows = await db.select().from(runs).where(eq(runs.workflowId, workflowId));
    const run = rows.find((row) => (row.triggerPayload as { deliveryId?: string }).deliveryId === deliveryId);
    if (run) return run;
    if (Date.now() > deadline) throw new Error(`no run of ${workflowId} for delivery ${deliveryId}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * What every mount of the intake must do over real HTTP on loopback (the lean listener, the Next.js route): the
 * same answers, the same rows, the same runs on the embedded engine.
 */
export function describeMountedIntake(mount: string, mounted: () => MountedIntake) {
  describe(`webhook deliveries over HTTP through ${mount}`, () => {
    it("a GitHub-signed delivery is answered 202 and runs the subscribed workflow with the body as trigger payload", async () => {
      const { db, seeded, hooksUrl } = mounted();
      const endpoint = await createWebhookEndpoint(db, seeded.org.id, { connectorTrigger: "github.webhook", events: ["issues.opened"] });
      const { workflowId } = await publishWebhookWorkflow(db, seeded, endpoint.endpointId, { filter: 'body.action = "opened"' });
      const body = issuesOpenedExample();

      const response = await postDelivery(`${hooksUrl}/${endpoint.endpointId}`, githubHeaders(endpoint.secret!, body), body);
      expect(response.status).toBe(202);
      const deliveryId = response.json.deliveryId!;

      const run = await waitForRun(db, (await runOfDelivery(db, workflowId, deliveryId)).id);
      expect(run.status).toBe("succeeded");
      expect(run.triggerKind).toBe("webhook");
      expect(run.output).toEqual({ body: JSON.parse(body) as unknown, event: "issues.opened", deliveryId });
      expect(run.triggerPayload).toMatchObject({ headers: { "x-github-event": "issues", "x-hub-signature-256": "[redacted]" }, event: "issues.opened", deliveryId });
      const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
      expect(delivery).toMatchObject({ runsStarted: 1, event: "issues.opened" });
      expect(delivery!.enqueuedAt).not.toBeNull();
    });

    it("the same delivery sent 50 times at once makes one row and one run; the others get 200 with the same id", async () => {
      const { db, seeded, hooksUrl } = mounted();
      const endpoint = await createWebhookEndpoint(db, seeded.org.id);
      const { workflowId } = await publishWebhookWorkflow(db, seeded, endpoint.endpointId);
      const body = issuesOpenedExample();
      const headers = githubHeaders(endpoint.secret!, body);

      const responses = await Promise.all(Array.from({ length: 50 }, () => postDelivery(`${hooksUrl}/${endpoint.endpointId}`, headers, body)));
      expect(responses.map((r) => r.status).sort()).toEqual([...Array<number>(49).fill(200), 202]);
      const ids = new Set(responses.map((r) => r.json.deliveryId));
      expect(ids.size).toBe(1);
      const [deliveryId] = [...ids] as string[];

      await waitForRun(db, (await runOfDelivery(db, workflowId, deliveryId!)).id);
      // Let a stray second dispatch land, if there were one, before counting.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.endpointId))).toHaveLength(1);
      expect(await db.select().from(runs).where(eq(runs.workflowId, workflowId))).toHaveLength(1);
    });

    it("refuses an over-long body with 413 (read no further than the limit) and other methods with 405", async () => {
      const { db, seeded, hooksUrl } = mounted();
      const endpoint = await createWebhookEndpoint(db, seeded.org.id);
      const body = JSON.stringify({ pad: "x".repeat(MAX_WEBHOOK_BODY_BYTES + 40_000) });
      const tooLarge = await postDelivery(`${hooksUrl}/${endpoint.endpointId}`, githubHeaders(endpoint.secret!, body), body);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.json.error).toContain("256 KiB");
      const get = await fetch(`${hooksUrl}/${endpoint.endpointId}`);
      expect(get.status).toBe(405);
      expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.endpointId))).toEqual([]);
    });

    it("answers 401 with the reason, and 404 for an unknown endpoint", async () => {
      const { db, seeded, hooksUrl } = mounted();
      const endpoint = await createWebhookEndpoint(db, seeded.org.id);
      const body = issuesOpenedExample();
      const forged = await postDelivery(`${hooksUrl}/${endpoint.endpointId}`, githubHeaders("guessed", body), body);
      expect(forged.status).toBe(401);
      expect(forged.json.error).toMatch(/X-Hub-Signature-256 does not match the body/);
      const unknown = await postDelivery(`${hooksUrl}/wh_doesNotExist`, githubHeaders("guessed", body), body);
      expect(unknown.status).toBe(404);
    });
  });
}
