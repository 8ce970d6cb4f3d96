import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { commonBadCases, expectRefused, type BadCase } from "./testing/bad-cases";
import { assertOnlyUnchangedAccepted } from "./testing/request-mutations";
import { FIXED_NOW, fixtureFor, githubExamples, headerOf, withHeader } from "./testing/scheme-fixture";
import { verifyWebhook } from "./verify-webhook";
import type { WebhookEndpointVerification } from "./webhook-types";

const SECRET = "c0ffee5ecret-Github-9a8b7c6d5e4f";
const PREVIOUS = "previous-Github-secret-1f2e3d4c";
const examples = githubExamples(["ping", "push", "issues", "pull_request", "release", "workflow_run", "installation", "star", "issue_comment"]);
const [[, issues], [, push]] = [examples[2] ?? ["", {}], examples[1] ?? ["", {}]];
const endpoint: WebhookEndpointVerification = { scheme: "github", secrets: [SECRET] };
const f = fixtureFor(endpoint, { body: Buffer.from(JSON.stringify(issues)), otherBody: Buffer.from(JSON.stringify(push)) }, "x-hub-signature-256", ["x-hub-signature-256"], {
  event: "issues",
});

/** GitHub's recipe, written out independently: HMAC-SHA256 of the body with the secret, `sha256=` + hex. */
function githubSignature(secret: string, body: Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

describe("verifyWebhook — GitHub", () => {
  it("matches GitHub's documented example signature", () => {
    const body = Buffer.from("Hello, World!");
    const headers = { "x-hub-signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17" };
    expect(verifyWebhook({ headers, rawBody: body }, { scheme: "github", secrets: ["It's a Secret to Everybody"] })).toMatchObject({ ok: true });
  });

  it.each(examples)("accepts a real %s delivery signed as GitHub does, with its delivery id and event", (event, payload) => {
    for (const body of [Buffer.from(JSON.stringify(payload)), Buffer.from(JSON.stringify(payload, null, 2))]) {
      const headers = {
        "content-type": "application/json",
        "user-agent": "GitHub-Hookshot/a1b2c3d",
        "x-github-event": event,
        "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
        "x-github-hook-id": "292430182",
        "x-hub-signature": `sha1=${createHmac("sha1", SECRET).update(body).digest("hex")}`,
        "x-hub-signature-256": githubSignature(SECRET, body),
      };
      expect(verifyWebhook({ headers, rawBody: body }, endpoint, FIXED_NOW)).toEqual({
        ok: true,
        deliveryId: "72d3162e-cc78-11e3-81ab-4c9367dc0958",
        event,
      });
    }
  });

  it("accepts a form-encoded delivery (payload=…), verified over the form bytes", () => {
    const body = Buffer.from(`payload=${encodeURIComponent(JSON.stringify(issues))}`);
    const headers = { "x-github-event": "issues", "x-hub-signature-256": githubSignature(SECRET, body) };
    expect(verifyWebhook({ headers, rawBody: body }, endpoint)).toEqual({ ok: true, deliveryId: undefined, event: "issues" });
  });

  it("accepts the previous secret during its rotation overlap, and a delivery signed with the current one", () => {
    const rotating = { ...endpoint, secrets: [SECRET, PREVIOUS] };
    for (const secret of [SECRET, PREVIOUS]) {
      const headers = { "x-hub-signature-256": githubSignature(secret, f.body), "x-github-event": "issues" };
      expect(verifyWebhook({ headers, rawBody: f.body }, rotating).ok).toBe(true);
    }
    const afterOverlap = { "x-hub-signature-256": githubSignature(PREVIOUS, f.body) };
    expect(verifyWebhook({ headers: afterOverlap, rawBody: f.body }, endpoint).ok).toBe(false);
  });

  it("has no timestamp: an old delivery is still accepted (replays are caught by the delivery id)", () => {
    const result = verifyWebhook({ headers: f.sign(f.body), rawBody: f.body }, endpoint, new Date("2040-01-01T00:00:00Z"));
    expect(result).toEqual({ ok: true, deliveryId: "delivery-0001", event: "issues" });
  });

  it("says what to fix when a signature does not match, without the secret or the expected signature", () => {
    const result = verifyWebhook({ headers: f.sign(f.body), rawBody: Buffer.concat([f.body, Buffer.from(" ")]) }, endpoint);
    expect(result).toEqual({
      ok: false,
      status: 401,
      reason: "X-Hub-Signature-256 does not match the body: check the endpoint's secret; the body must be sent byte for byte.",
    });
  });

  const headers = f.sign(f.body);
  const signature = headerOf(headers, "x-hub-signature-256");
  const hex = signature.slice("sha256=".length);
  const malformed = /must be "sha256=" followed by 64 lower-case hex digits/;
  const cases: BadCase[] = [
    ...commonBadCases(f),
    { name: "prefix only", headers: withHeader(headers, "x-hub-signature-256", "sha256="), body: f.body, status: 400, reason: malformed },
    { name: "truncated by one digit", headers: withHeader(headers, "x-hub-signature-256", signature.slice(0, -1)), body: f.body, status: 400, reason: malformed },
    { name: "truncated to half", headers: withHeader(headers, "x-hub-signature-256", `sha256=${hex.slice(0, 32)}`), body: f.body, status: 400, reason: malformed },
    { name: "one digit too many", headers: withHeader(headers, "x-hub-signature-256", `${signature}0`), body: f.body, status: 400, reason: malformed },
    { name: "wrong-case prefix", headers: withHeader(headers, "x-hub-signature-256", `SHA256=${hex}`), body: f.body, status: 400, reason: malformed },
    { name: "no prefix", headers: withHeader(headers, "x-hub-signature-256", hex), body: f.body, status: 400, reason: malformed },
    { name: "sha1 prefix", headers: withHeader(headers, "x-hub-signature-256", `sha1=${hex}`), body: f.body, status: 400, reason: malformed },
    { name: "upper-case hex", headers: withHeader(headers, "x-hub-signature-256", `sha256=${hex.toUpperCase()}`), body: f.body, status: 400, reason: malformed },
    { name: "base64 instead of hex", headers: withHeader(headers, "x-hub-signature-256", `sha256=${Buffer.from(hex, "hex").toString("base64")}`), body: f.body, status: 400, reason: malformed },
    { name: "a non-hex digit", headers: withHeader(headers, "x-hub-signature-256", `${signature.slice(0, -1)}g`), body: f.body, status: 400, reason: malformed },
    { name: "space after the prefix", headers: withHeader(headers, "x-hub-signature-256", `sha256= ${hex.slice(1)}`), body: f.body, status: 400, reason: malformed },
    { name: "wrong signature of the right shape", headers: withHeader(headers, "x-hub-signature-256", `sha256=${"0".repeat(64)}`), body: f.body, status: 401, reason: /does not match/ },
    {
      name: "comma-joined duplicate",
      headers: withHeader(headers, "x-hub-signature-256", `${signature}, ${signature}`),
      body: f.body,
      status: 400,
      reason: /comma-separated values \(the header was probably sent twice\)/,
    },
    {
      name: "only the SHA-1 X-Hub-Signature",
      headers: { "x-hub-signature": `sha1=${createHmac("sha1", SECRET).update(f.body).digest("hex")}`, "x-github-event": "issues" },
      body: f.body,
      status: 401,
      reason: /X-Hub-Signature-256 is missing: set the webhook's secret in GitHub/,
    },
    { name: "a Stripe-format signature", headers: withHeader(headers, "x-hub-signature-256", `t=1700000000,v1=${hex}`), body: f.body, status: 400, reason: /comma-separated/ },
    { name: "a Slack-format signature", headers: withHeader(headers, "x-hub-signature-256", `v0=${hex}`), body: f.body, status: 400, reason: malformed },
    {
      name: "a Standard Webhooks-format signature",
      headers: withHeader(headers, "x-hub-signature-256", `v1_${Buffer.from(hex, "hex").toString("base64")}`),
      body: f.body,
      status: 400,
      reason: malformed,
    },
    { name: "X-GitHub-Delivery sent twice", headers: withHeader(headers, "x-github-delivery", ["a", "b"]), body: f.body, status: 400, reason: /X-GitHub-Delivery was sent 2 times/ },
    { name: "X-GitHub-Delivery with a space", headers: withHeader(headers, "x-github-delivery", "a b"), body: f.body, status: 400, reason: /X-GitHub-Delivery must be an id/ },
    { name: "X-GitHub-Event comma-joined", headers: withHeader(headers, "x-github-event", "issues, push"), body: f.body, status: 400, reason: /X-GitHub-Event holds several/ },
  ];

  it("has at least 30 bad cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases.map((c) => [c.name, c] as const))("refuses: %s", (_, badCase) => expectRefused(f, badCase));

  it("accepts no random mutation of a signed delivery's body or signature", () => assertOnlyUnchangedAccepted(f));
});
