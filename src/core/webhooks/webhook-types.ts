import type { WebhookSignatureScheme } from "../connectors/define-trigger";
import type { HmacSha256Config } from "./hmac-sha256-config";

/** Header values as Node gives them: lower-case names; a header sent twice may arrive as an array. */
export type WebhookHeaders = Record<string, string | string[] | undefined>;

/** One incoming request, with the body exactly as received: signatures are over these bytes. */
export interface WebhookRequest {
  headers: WebhookHeaders;
  rawBody: Uint8Array;
}

/** What verifying needs to know about an endpoint (its secrets already opened from the vault). */
export interface WebhookEndpointVerification {
  scheme: WebhookSignatureScheme;
  /** The current secret first, then a previous one still inside its rotation overlap: any of them may match. */
  secrets: readonly string[];
  /** The generic scheme's settings (`hmac_sha256` only). */
  config?: HmacSha256Config;
  /** How far a signed timestamp may be from now, either way (schemes with a timestamp); 300 s when unset. */
  toleranceSeconds?: number;
}

export interface WebhookAccepted {
  ok: true;
  /** The sender's id for this delivery (deduplication key), or undefined when it gives none. */
  deliveryId: string | undefined;
  /** The sender's event name when the scheme says it (`issues`, `payment_intent.succeeded`). */
  event: string | undefined;
  /** The signed Unix timestamp (seconds) of schemes that have one. */
  timestamp?: number;
}

export interface WebhookRefused {
  ok: false;
  /** 401: signature missing, wrong or expired; 400: a header present but not in the scheme's format. */
  status: 401 | 400;
  /** For the sender: what is wrong and what to fix. Never a secret or an expected signature. */
  reason: string;
}

export type WebhookVerification = WebhookAccepted | WebhookRefused;

export const DEFAULT_TOLERANCE_SECONDS = 300;

export function refuse(status: 401 | 400, reason: string): WebhookRefused {
  return { ok: false, status, reason };
}
