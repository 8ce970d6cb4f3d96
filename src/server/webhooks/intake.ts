import { eq } from "drizzle-orm";
import { bodyHashDeliveryId, DEFAULT_HMAC_SHA256_HEADER, isSlackUrlVerification, verifyWebhook, type WebhookHeaders } from "@/core/webhooks";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import { DeliveryBatcher, type DeliveryBatcherOptions } from "./delivery-batcher";
import { DeliveryDispatcher, type DeliveryDispatcherOptions } from "./delivery-dispatcher";
import { type EndpointCache, getEndpointCache, type ResolvedEndpoint } from "./endpoint-cache";
import { EndpointRateLimiter } from "./endpoint-rate-limiter";
import { flattenWebhookHeaders, redactWebhookHeaders } from "./redact-webhook-headers";
import { RejectionRecorder } from "./rejection-recorder";
import { parseWebhookBody, webhookBodyKind } from "./webhook-body";
import { secretsAcceptedAt } from "./webhook-secrets";

/** The largest body accepted (256 KiB); mounts read at most one byte more, so a larger one is recognised as such. */
export const MAX_WEBHOOK_BODY_BYTES = 256 * 1024;

/** One request as a mount hands it over: header names in lower case, the body's bytes exactly as received. */
export interface IntakeRequest {
  method: string;
  endpointId: string;
  headers: WebhookHeaders;
  body: Uint8Array;
}

export interface IntakeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookIntake {
  handle(request: IntakeRequest): Promise<IntakeResponse>;
  /** Writes what waits, sends what was stored, and resolves when both are done (tests, shutdown). */
  drain(): Promise<void>;
}

export interface WebhookIntakeOptions {
  db: Db;
  endpoints?: EndpointCache;
  rateLimiter?: EndpointRateLimiter;
  batching?: Omit<DeliveryBatcherOptions, "onCommitted">;
  dispatching?: DeliveryDispatcherOptions;
  now?: () => Date;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): IntakeResponse => ({
  status,
  headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
  body: JSON.stringify(body),
});
const refusal = (status: number, error: string, headers?: Record<string, string>) => json(status, { error }, headers);

/** The answer to anything but POST. */
export const METHOD_NOT_ALLOWED: IntakeResponse = refusal(405, "Webhooks are delivered with POST.", { allow: "POST" });

/**
 * The webhook intake, free of any HTTP framework: the Next.js route and the lean listener both mount one instance.
 * Checks run cheapest first and no refusal stores a delivery: size (413) → content type (415) → endpoint (404) →
 * disabled (410) → rate limit (429) → signature over the raw bytes (401/400, recorded on the endpoint) → Slack's URL
 * check (answered, not stored) → dedupe and store in a group commit → 202, or 200 with the original id for a repeat.
 * The delivery's event is sent after the commit, off the sender's clock.
 */
export function createWebhookIntake(options: WebhookIntakeOptions): WebhookIntake {
  const { db } = options;
  const endpoints = options.endpoints ?? getEndpointCache();
  const rateLimiter = options.rateLimiter ?? new EndpointRateLimiter();
  const now = options.now ?? (() => new Date());
  const dispatcher = new DeliveryDispatcher(db, options.dispatching);
  const batcher = new DeliveryBatcher(db, { ...options.batching, onCommitted: (stored) => dispatcher.dispatch(stored) });
  const rejections = new RejectionRecorder(async (endpointId, at, reason) => {
    await db.update(webhookEndpoints).set({ lastRejectedAt: at, lastRejectionReason: reason }).where(eq(webhookEndpoints.id, endpointId));
  });

  async function refuseFor(endpoint: ResolvedEndpoint, at: Date, status: number, reason: string, headers?: Record<string, string>) {
    await rejections.record(endpoint.id, at, `${status}: ${reason}`);
    return refusal(status, reason, headers);
  }

  async function handle(request: IntakeRequest): Promise<IntakeResponse> {
    if (request.method !== "POST") return METHOD_NOT_ALLOWED;
    if (request.body.byteLength > MAX_WEBHOOK_BODY_BYTES) {
      return refusal(413, `The body is larger than ${MAX_WEBHOOK_BODY_BYTES / 1024} KiB, the most a delivery may carry; send a smaller payload.`);
    }
    const contentType = typeof request.headers["content-type"] === "string" ? request.headers["content-type"] : undefined;
    const kind = webhookBodyKind(contentType);
    if (!kind) {
      return refusal(415, "Send the body as application/json, application/x-www-form-urlencoded or text/* (with a Content-Type header saying so).");
    }
    const receivedAt = now();
    let endpoint: ResolvedEndpoint | null;
    try {
      endpoint = await endpoints.get(db, request.endpointId);
    } catch (error) {
      logger.error({ err: error, endpointId: request.endpointId }, "could not look up a webhook endpoint");
      return refusal(503, "The delivery could not be accepted right now; send it again shortly.", { "retry-after": "5" });
    }
    if (!endpoint) return refusal(404, "There is no webhook endpoint at this URL; check the URL (it is shown on the endpoint's page).");
    if (!endpoint.enabled) return refusal(410, "This webhook endpoint is disabled and accepts no deliveries; remove it from the sender or enable it again.");

    const rate = rateLimiter.take(endpoint.id, endpoint.rateLimitPerMinute, receivedAt.getTime());
    if (!rate.allowed) {
      return refuseFor(endpoint, receivedAt, 429, `More than ${endpoint.rateLimitPerMinute} deliveries a minute; slow down and retry after ${rate.retryAfterSeconds} s.`, {
        "retry-after": String(rate.retryAfterSeconds),
      });
    }
    if (endpoint.unusable) {
      logger.error({ endpointId: endpoint.id, reason: endpoint.unusable }, "a webhook endpoint cannot verify deliveries");
      return refuseFor(endpoint, receivedAt, 500, "This endpoint cannot verify deliveries right now; its owner must fix its settings. Send it again later.");
    }

    const verified = verifyWebhook(
      { headers: request.headers, rawBody: request.body },
      { scheme: endpoint.scheme, secrets: secretsAcceptedAt(endpoint.secrets, receivedAt), config: endpoint.config },
      receivedAt,
    );
    if (!verified.ok) return refuseFor(endpoint, receivedAt, verified.status, verified.reason);

    const flatHeaders = flattenWebhookHeaders(request.headers);
    let parsed: { body: unknown } | undefined;
    const body = () => (parsed ??= { body: parseWebhookBody(kind, request.body) }).body;
    // Slack checks the URL with a signed challenge before it sends any event: answer it, store nothing.
    if (endpoint.scheme === "slack" && kind === "json") {
      const handshake = body();
      if (isSlackUrlVerification(handshake)) return json(200, { challenge: handshake.challenge });
    }
    // A connector reads the event its own way (GitHub's event header + the body's action); else the scheme's, if any.
    const event = endpoint.connectorTrigger?.eventOf({ headers: flatHeaders, body: body() }) ?? verified.event;

    let stored;
    try {
      stored = await batcher.store({
        endpointId: endpoint.id,
        orgId: endpoint.orgId,
        // The sender's id (1–256 printable characters), else the body's hash: the same bytes again are the same delivery.
        dedupeKey: verified.deliveryId ?? bodyHashDeliveryId(request.body),
        event: eventName(event),
        contentType: contentType ?? null,
        headers: redactWebhookHeaders(flatHeaders, signatureHeaderOf(endpoint)),
        body: request.body,
        verifiedBy: endpoint.scheme,
        receivedAt,
      });
    } catch (error) {
      logger.error({ err: error, endpointId: endpoint.id }, "could not store a webhook delivery");
      return refusal(503, "The delivery could not be stored; send it again shortly.", { "retry-after": "5" });
    }
    return stored.duplicate ? json(200, { deliveryId: stored.id, duplicate: true }) : json(202, { deliveryId: stored.id });
  }

  return {
    handle,
    async drain() {
      await batcher.drain();
      await dispatcher.drain();
    },
  };
}

/** An event name worth keeping: connectors read it from the (signed, but sender-written) body, so it is bounded here. */
function eventName(event: string | undefined): string | null {
  return event !== undefined && event.length > 0 && event.length <= 256 && !/[\u0000-\u001f\u007f]/.test(event) ? event : null;
}

/** The generic scheme's header, whatever it is called, is redacted like the named signature headers. */
function signatureHeaderOf(endpoint: ResolvedEndpoint): string | undefined {
  return endpoint.scheme === "hmac_sha256" ? (endpoint.config?.header ?? DEFAULT_HMAC_SHA256_HEADER) : undefined;
}
