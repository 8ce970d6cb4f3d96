import { createRequire } from "node:module";
import { signWebhook, type SignWebhookOptions } from "../sign-webhook";
import type { WebhookEndpointVerification, WebhookHeaders } from "../webhook-types";

/** One scheme under test: an endpoint, a real payload, and how its sender signs. */
export interface SchemeFixture {
  endpoint: WebhookEndpointVerification;
  now: Date;
  /** The timestamp a correct sender signs now (Unix seconds). */
  timestamp: number;
  body: Buffer;
  /** Another real payload, for "signature of another body". */
  otherBody: Buffer;
  /** The headers a correct sender sends for `body` (fixed delivery id; `secret` defaults to the endpoint's first). */
  sign(body: Uint8Array, options?: { secret?: string; timestamp?: number }): Record<string, string>;
  /** The header carrying the signature. */
  signatureHeader: string;
  /** Headers covered by the signature: a delivery with any of them changed must be refused. */
  signedHeaders: readonly string[];
}

export const FIXED_NOW = new Date("2026-03-14T15:09:26Z");
export const FIXED_TIMESTAMP = Math.floor(FIXED_NOW.getTime() / 1000);

export function fixtureFor(
  endpoint: WebhookEndpointVerification,
  bodies: { body: Buffer; otherBody: Buffer },
  signatureHeader: string,
  signedHeaders: readonly string[],
  signOptions: SignWebhookOptions = {},
): SchemeFixture {
  return {
    endpoint,
    now: FIXED_NOW,
    timestamp: FIXED_TIMESTAMP,
    ...bodies,
    sign: (body, options = {}) =>
      signWebhook(endpoint.scheme, options.secret ?? endpoint.secrets[0] ?? "", body, {
        deliveryId: "delivery-0001",
        ...signOptions,
        config: endpoint.config,
        timestamp: options.timestamp ?? FIXED_TIMESTAMP,
      }),
    signatureHeader,
    signedHeaders,
  };
}

/** `headers` with `name` set to `value` (removed when undefined). */
export function withHeader(headers: WebhookHeaders, name: string, value: string | string[] | undefined): WebhookHeaders {
  const copy: WebhookHeaders = { ...headers };
  if (value === undefined) delete copy[name];
  else copy[name] = value;
  return copy;
}

/** The value of a header a fixture's `sign` produced (throws if it did not). */
export function headerOf(headers: Record<string, string>, name: string): string {
  const value = headers[name];
  if (value === undefined) throw new Error(`The signed headers have no ${name}.`);
  return value;
}

interface GithubWebhookExample {
  name: string;
  examples: unknown[];
}

/** Real GitHub webhook payloads from @octokit/webhooks-examples: `[event name, payload]`. */
export function githubExamples(events: readonly string[]): [string, unknown][] {
  const all = createRequire(import.meta.url)("@octokit/webhooks-examples") as GithubWebhookExample[];
  return events.map((name) => {
    const example = all.find((entry) => entry.name === name)?.examples[0];
    if (example === undefined) throw new Error(`@octokit/webhooks-examples has no ${name} example.`);
    return [name, example];
  });
}

/** A Stripe event as Stripe sends it (pretty-printed JSON). */
export function stripeEventBody(id: string, type: string): Buffer {
  const event = {
    id,
    object: "event",
    api_version: "2025-09-30.clover",
    created: FIXED_TIMESTAMP - 2,
    data: {
      object: { id: "pi_3Q0abcDEF", object: "payment_intent", amount: 2000, currency: "eur", status: "succeeded", description: "Café crème ☕" },
    },
    livemode: false,
    pending_webhooks: 1,
    request: { id: "req_A1b2C3d4", idempotency_key: "5c1f0c8e-1f7b-4a51-9d5c-7b36c0d4c1aa" },
    type,
  };
  return Buffer.from(JSON.stringify(event, null, 2), "utf8");
}

/** A Slack Events API callback as Slack sends it. */
export function slackEventBody(eventId: string, text: string): Buffer {
  const callback = {
    token: "XXYYZZ",
    team_id: "T123ABC456",
    api_app_id: "A123ABC456",
    event: { type: "app_mention", user: "U123ABC456", text, ts: "1515449522.000016", channel: "C123ABC456", event_ts: "1515449522000016" },
    type: "event_callback",
    authorizations: [{ enterprise_id: null, team_id: "T123ABC456", user_id: "U123ABC456", is_bot: true, is_enterprise_install: false }],
    event_id: eventId,
    event_time: 1515449522000016,
    event_context: "4-eyJldCI6ImFwcF9tZW50aW9uIiwidGlkIjoiVDEyM0FCQzQ1NiJ9",
  };
  return Buffer.from(JSON.stringify(callback), "utf8");
}
