import { createHmac, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { webhookDeliveries, webhookEndpoints } from "@/server/db/schema/webhooks";
import { snapshotDb } from "@/test/db-snapshot";
import { createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createWebhookEndpoint, githubHeaders, intakeRequest, slackHeaders } from "@/test/webhook-fixtures";
import type { CommittedDelivery } from "./delivery-batcher";
import { invalidateEndpoint } from "./endpoint-cache";
import { createWebhookIntake, MAX_WEBHOOK_BODY_BYTES } from "./intake";

const db = freshTestDatabase();
let seeded: SeededOrg;
let clock = new Date("2026-11-22T12:00:00Z");
const sent: CommittedDelivery[] = [];
const intake = createWebhookIntake({ db, now: () => clock, dispatching: { send: async (deliveries) => void sent.push(...deliveries) } });

beforeAll(async () => {
  seeded = await createOrgWithEveryRole(db, "Intake");
});

const issueBody = (n: number) => JSON.stringify({ action: "opened", issue: { number: n, title: `Issue ${n}` }, repository: { full_name: "octo/hello" } });
const deliveriesOf = (endpointId: string) => db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
const endpointRow = async (endpointId: string) => (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)))[0]!;
const parse = (body: string) => JSON.parse(body) as { deliveryId?: string; duplicate?: boolean; error?: string; challenge?: string };

describe("webhook intake: the order of checks", () => {
  it("413 comes before anything: content type, endpoint and signature are not even looked at", async () => {
    const tooLarge = new Uint8Array(MAX_WEBHOOK_BODY_BYTES + 1);
    const response = await intake.handle(intakeRequest("wh_nowhere", { "content-type": "application/xml" }, tooLarge));
    expect(response.status).toBe(413);
    expect(parse(response.body).error).toContain("256 KiB");

    // Exactly the limit is accepted.
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const atLimit = new TextEncoder().encode(JSON.stringify({ pad: "x".repeat(MAX_WEBHOOK_BODY_BYTES - 10) }));
    expect(atLimit.byteLength).toBe(MAX_WEBHOOK_BODY_BYTES);
    const accepted = await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders(endpoint.secret!, atLimit), atLimit));
    expect(accepted.status).toBe(202);
  });

  it("415 for a body that is not JSON, form fields or text, before the endpoint is looked up", async () => {
    for (const contentType of ["application/xml", "multipart/form-data; boundary=x", undefined]) {
      const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
      const response = await intake.handle(intakeRequest("wh_nowhere", headers, "<a/>"));
      expect(response.status).toBe(415);
      expect(parse(response.body).error).toContain("application/json");
    }
  });

  it("404 for an unknown endpoint, 410 for a disabled one (signature unchecked), 405 for anything but POST", async () => {
    expect((await intake.handle(intakeRequest("wh_nowhere", { "content-type": "application/json" }, "{}"))).status).toBe(404);
    expect((await intake.handle(intakeRequest("not a plausible id!", { "content-type": "application/json" }, "{}"))).status).toBe(404);
    const disabled = await createWebhookEndpoint(db, seeded.org.id, { enabled: false });
    const gone = await intake.handle(intakeRequest(disabled.endpointId, { "content-type": "application/json", "x-hub-signature-256": "sha256=00" }, "{}"));
    expect(gone.status).toBe(410);
    expect(parse(gone.body).error).toContain("disabled");
    const get = await intake.handle(intakeRequest(disabled.endpointId, {}, "", "GET"));
    expect(get).toMatchObject({ status: 405, headers: { allow: "POST" } });
  });

  it("429 with Retry-After once the endpoint's rate is spent, before the signature is checked", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { rateLimitPerMinute: 2 });
    const bad = () => intake.handle(intakeRequest(endpoint.endpointId, { "content-type": "application/json" }, "{}"));
    expect((await bad()).status).toBe(401);
    expect((await bad()).status).toBe(401);
    const limited = await bad();
    expect(limited.status).toBe(429);
    expect(limited.headers["retry-after"]).toBe("30");
    const body = issueBody(1);
    const signed = await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders(endpoint.secret!, body), body));
    expect(signed.status).toBe(429);
    expect(await deliveriesOf(endpoint.endpointId)).toEqual([]);
    // Two per minute: one token back after 30 s.
    clock = new Date(clock.getTime() + 30_000);
    expect((await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders(endpoint.secret!, body), body))).status).toBe(202);
  });

  it("401 with a reason the sender can act on, nothing stored, and the refusal recorded on the endpoint at most once a second", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const body = issueBody(2);
    const before = await snapshotDb(db);
    const wrongSecret = await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders("not-the-secret", body), body));
    expect(wrongSecret.status).toBe(401);
    expect(parse(wrongSecret.body).error).toMatch(/X-Hub-Signature-256 does not match the body: check the endpoint's secret/);
    expect(wrongSecret.body).not.toContain(endpoint.secret!);
    expect(await snapshotDb(db)).toEqual(before);
    const recorded = await endpointRow(endpoint.endpointId);
    expect(recorded.lastRejectedAt).toEqual(clock);
    expect(recorded.lastRejectionReason).toMatch(/^401: X-Hub-Signature-256 does not match/);

    // Within the same second another refusal is answered but not written again.
    const unsigned = await intake.handle(intakeRequest(endpoint.endpointId, { "content-type": "application/json" }, body));
    expect(unsigned.status).toBe(401);
    expect(parse(unsigned.body).error).toMatch(/X-Hub-Signature-256/);
    expect((await endpointRow(endpoint.endpointId)).lastRejectionReason).toBe(recorded.lastRejectionReason);
    clock = new Date(clock.getTime() + 1_500);
    await intake.handle(intakeRequest(endpoint.endpointId, { "content-type": "application/json" }, body));
    const later = await endpointRow(endpoint.endpointId);
    expect(later.lastRejectedAt).toEqual(clock);
    expect(later.lastRejectionReason).not.toBe(recorded.lastRejectionReason);
    expect(await deliveriesOf(endpoint.endpointId)).toEqual([]);
  });
});

describe("webhook intake: storing deliveries", () => {
  it("stores a verified delivery byte for byte with redacted headers, answers 202, and a repeat 200 with the original id", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { connectorTrigger: "github.webhook" });
    const body = issueBody(3);
    const deliveryId = randomUUID();
    const headers = { ...githubHeaders(endpoint.secret!, body, { deliveryId }), authorization: "Bearer abc", cookie: "session=1" };
    sent.length = 0;
    const first = await intake.handle(intakeRequest(endpoint.endpointId, headers, body));
    expect(first.status).toBe(202);
    const { deliveryId: storedId } = parse(first.body);

    const again = await intake.handle(intakeRequest(endpoint.endpointId, headers, body));
    expect(again.status).toBe(200);
    expect(parse(again.body)).toEqual({ deliveryId: storedId, duplicate: true });

    await intake.drain();
    const [row, ...others] = await deliveriesOf(endpoint.endpointId);
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      id: storedId,
      orgId: seeded.org.id,
      dedupeKey: deliveryId,
      // The connector reads GitHub's event + action.
      event: "issues.opened",
      contentType: "application/json",
      verifiedBy: "github",
      sizeBytes: Buffer.byteLength(body),
      receivedAt: clock,
      runsStarted: null,
    });
    expect(Buffer.from(row!.body).toString("utf8")).toBe(body);
    expect(row!.headers).toMatchObject({ "x-hub-signature-256": "[redacted]", authorization: "[redacted]", cookie: "[redacted]", "x-github-delivery": deliveryId, "x-github-event": "issues" });
    // One event, after the commit, for the stored delivery only; then it is marked enqueued.
    expect(sent).toEqual([{ id: storedId, orgId: seeded.org.id, endpointId: endpoint.endpointId }]);
    expect(row!.enqueuedAt).not.toBeNull();
  });

  it("reads events the provider's way for its own scheme even without a connector trigger (issues + opened → issues.opened)", async () => {
    const github = await createWebhookEndpoint(db, seeded.org.id, { scheme: "github" });
    const slack = await createWebhookEndpoint(db, seeded.org.id, { scheme: "slack" });
    const generic = await createWebhookEndpoint(db, seeded.org.id, { scheme: "hmac_sha256" });
    const slackBody = JSON.stringify({ type: "event_callback", event_id: "Ev01", event: { type: "app_mention", text: "hi" } });
    const genericHeaders = { "content-type": "application/json", "x-signature": createHmac("sha256", generic.secret!).update(issueBody(4)).digest("hex") };
    for (const [endpointId, headers, body] of [
      [github.endpointId, githubHeaders(github.secret!, issueBody(4)), issueBody(4)],
      [github.endpointId, githubHeaders(github.secret!, "{}", { event: "push" }), "{}"],
      [slack.endpointId, slackHeaders(slack.secret!, slackBody, Math.floor(clock.getTime() / 1000)), slackBody],
      [generic.endpointId, genericHeaders, issueBody(4)],
    ] as const) {
      expect((await intake.handle(intakeRequest(endpointId, { ...headers }, body))).status).toBe(202);
    }
    await intake.drain();
    const events = async (endpointId: string) => (await deliveriesOf(endpointId)).map((row) => row.event).sort();
    expect(await events(github.endpointId)).toEqual(["issues.opened", "push"]);
    expect(await events(slack.endpointId)).toEqual(["app_mention"]);
    expect(await events(generic.endpointId)).toEqual([null]);
  });

  it("the same delivery sent 50 times at once is stored once; every other answer is 200 with the same id", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const body = issueBody(4);
    const headers = githubHeaders(endpoint.secret!, body);
    sent.length = 0;
    const responses = await Promise.all(Array.from({ length: 50 }, () => intake.handle(intakeRequest(endpoint.endpointId, headers, body))));
    await intake.drain();
    const rows = await deliveriesOf(endpoint.endpointId);
    expect(rows).toHaveLength(1);
    expect(responses.filter((r) => r.status === 202)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(49);
    expect(new Set(responses.map((r) => parse(r.body).deliveryId))).toEqual(new Set([rows[0]!.id]));
    expect(sent.map((d) => d.id)).toEqual([rows[0]!.id]);
  });

  it("many different deliveries at once are each stored and answered with their own id (group commit)", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { rateLimitPerMinute: 10_000 });
    const bodies = Array.from({ length: 150 }, (_, n) => issueBody(1000 + n));
    const responses = await Promise.all(bodies.map((body) => intake.handle(intakeRequest(endpoint.endpointId, githubHeaders(endpoint.secret!, body), body))));
    expect(responses.every((r) => r.status === 202)).toBe(true);
    const rows = await deliveriesOf(endpoint.endpointId);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(responses.map((r) => parse(r.body).deliveryId)));
    for (const row of rows) expect(bodies).toContain(Buffer.from(row.body).toString("utf8"));
  });

  it("without a provider id the body's SHA-256 is the dedupe key; form and text bodies are accepted", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { scheme: "none" });
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const a = await intake.handle(intakeRequest(endpoint.endpointId, form, "name=ada&tag=x&tag=y"));
    const b = await intake.handle(intakeRequest(endpoint.endpointId, form, "name=ada&tag=x&tag=y"));
    const c = await intake.handle(intakeRequest(endpoint.endpointId, { "content-type": "text/plain; charset=utf-8" }, "hello"));
    expect([a.status, b.status, c.status]).toEqual([202, 200, 202]);
    expect(parse(b.body).deliveryId).toBe(parse(a.body).deliveryId);
    const rows = await deliveriesOf(endpoint.endpointId);
    expect(rows).toHaveLength(2);
    const formRow = rows.find((r) => r.id === parse(a.body).deliveryId)!;
    expect(formRow.dedupeKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(formRow).toMatchObject({ verifiedBy: "none", contentType: "application/x-www-form-urlencoded" });
  });

  it("accepts the previous secret during its rotation overlap, not after", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { previousSecret: { secret: "old-secret", expiresAt: new Date(clock.getTime() + 60_000) } });
    const body = issueBody(5);
    expect((await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders("old-secret", body), body))).status).toBe(202);
    clock = new Date(clock.getTime() + 61_000);
    const late = issueBody(6);
    expect((await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders("old-secret", late), late))).status).toBe(401);
    expect((await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders(endpoint.secret!, late), late))).status).toBe(202);
  });

  it("answers Slack's url_verification with its challenge once verified, and stores nothing", async () => {
    clock = new Date();
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { scheme: "slack", connectorTrigger: "slack.event" });
    const body = JSON.stringify({ token: "legacy", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    const before = await snapshotDb(db);
    const answered = await intake.handle(intakeRequest(endpoint.endpointId, slackHeaders(endpoint.secret!, body), body));
    expect(answered.status).toBe(200);
    expect(parse(answered.body)).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
    const forged = await intake.handle(intakeRequest(endpoint.endpointId, slackHeaders("wrong", body), body));
    expect(forged.status).toBe(401);
    expect(forged.body).not.toContain("3eZbrw1a");
    await intake.drain();
    expect((await snapshotDb(db)).counts).toEqual(before.counts);

    const event = JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: "Ev1", event_time: 1, event: { type: "app_mention", user: "U1" } });
    const stored = await intake.handle(intakeRequest(endpoint.endpointId, slackHeaders(endpoint.secret!, event), event));
    expect(stored.status).toBe(202);
    expect((await deliveriesOf(endpoint.endpointId)).map((r) => [r.event, r.headers])).toEqual([["app_mention", expect.objectContaining({ "x-slack-signature": "[redacted]" })]]);
  });

  it("uses a cached endpoint for a few seconds; invalidateEndpoint makes a change take effect at once", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const send = async (n: number) => {
      const body = issueBody(n);
      return (await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders(endpoint.secret!, body), body))).status;
    };
    expect(await send(7)).toBe(202);
    await db.update(webhookEndpoints).set({ enabled: false }).where(eq(webhookEndpoints.id, endpoint.endpointId));
    // Another process changed it: this one still has it cached (for at most ENDPOINT_CACHE_TTL_MS).
    expect(await send(8)).toBe(202);
    invalidateEndpoint(endpoint.endpointId);
    expect(await send(9)).toBe(410);
  });

  it("an endpoint whose secret cannot be opened answers 500 and stores nothing", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const other = await createWebhookEndpoint(db, seeded.org.id);
    const [row] = await db.select({ sealed: webhookEndpoints.sealedSecret }).from(webhookEndpoints).where(eq(webhookEndpoints.id, other.endpointId));
    // Sealed for another endpoint: the AAD does not match, so it must not open here.
    await db.update(webhookEndpoints).set({ sealedSecret: row!.sealed }).where(eq(webhookEndpoints.id, endpoint.endpointId));
    const body = issueBody(10);
    const response = await intake.handle(intakeRequest(endpoint.endpointId, githubHeaders(other.secret!, body), body));
    expect(response.status).toBe(500);
    expect(response.body).not.toContain(other.secret!);
    expect(await deliveriesOf(endpoint.endpointId)).toEqual([]);
    expect((await endpointRow(endpoint.endpointId)).lastRejectionReason).toMatch(/^500: /);
  });
});
