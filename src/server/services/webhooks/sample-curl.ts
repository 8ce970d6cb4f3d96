import { DEFAULT_HMAC_SHA256_HEADER, type HmacSha256Config } from "@/core/webhooks/hmac-sha256-config";
import type { WebhookScheme } from "@/server/db/schema/webhooks";

export interface SampleCurlEndpoint {
  url: string;
  scheme: WebhookScheme;
  /** The generic scheme's settings (`hmac_sha256` only). */
  config?: HmacSha256Config;
  /** The first event the endpoint listens for, used to shape the sample (GitHub's event header, Stripe's type). */
  event?: string;
}

const SECRET_LINE = "# The endpoint's signing secret (shown once when it was created or rotated):\nexport WEBHOOK_SECRET='…'";

/**
 * A JSON body in the shape the sender uses; never contains a single quote (it is pasted between single quotes). With
 * `uniqueId`, the ids a provider's delivery id is read from (Stripe's event id) or that make the body's hash differ
 * carry it, so two test sends are two deliveries rather than one and a duplicate.
 */
export function sampleWebhookBody(scheme: WebhookScheme, event: string | undefined, uniqueId?: string): string {
  switch (scheme) {
    case "github": {
      const [, action] = (event ?? "issues.opened").split(".");
      return JSON.stringify({
        ...(action ? { action } : {}),
        issue: { number: 1, title: "Sample issue from Junction" },
        repository: { id: 1, full_name: "octo-org/hello-world" },
        sender: { login: "octocat", id: 1 },
        ...(uniqueId ? { junction_test_id: uniqueId } : {}),
      });
    }
    case "stripe":
      return JSON.stringify({
        id: uniqueId ? `evt_test_${uniqueId}` : "evt_sample",
        object: "event",
        type: event ?? "payment_intent.succeeded",
        data: { object: { id: "pi_sample", object: "payment_intent", amount: 2000, currency: "usd", status: "succeeded" } },
      });
    case "slack":
      return JSON.stringify({
        type: "event_callback",
        team_id: "T0SAMPLE",
        event_id: uniqueId ? `Ev${uniqueId}` : "Ev0SAMPLE",
        event: { type: event ?? "app_mention", text: "Hello from Junction", user: "U0SAMPLE", channel: "C0SAMPLE" },
      });
    default:
      return JSON.stringify({ type: event ?? "sample.created", ...(uniqueId ? { id: uniqueId } : {}), data: { message: "Hello from Junction" } });
  }
}

const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;
/** Escapes text placed inside double quotes (a prefix may hold $, ` or "). */
const inDoubleQuotes = (value: string) => value.replace(/[\\"$`]/g, "\\$&");
/** HMAC-SHA256 of stdin with the secret as its key, as lower-case hex / base64. */
const HMAC_HEX = `openssl dgst -sha256 -hmac "$WEBHOOK_SECRET" | awk '{print $NF}'`;
const HMAC_BASE64 = `openssl dgst -sha256 -hmac "$WEBHOOK_SECRET" -binary | base64`;

function curl(url: string, headers: string[]): string {
  return [`curl -sS -X POST ${quote(url)}`, `-H 'content-type: application/json'`, ...headers.map((header) => `-H ${header}`), `--data-raw "$BODY"`].join(" \\\n  ");
}

/**
 * A shell snippet that sends a correctly signed sample delivery to the endpoint: the signature is computed with
 * openssl from `$WEBHOOK_SECRET`, which the user sets — the secret itself is never part of the command.
 */
export function sampleCurlCommand(endpoint: SampleCurlEndpoint): string {
  const body = `BODY=${quote(sampleWebhookBody(endpoint.scheme, endpoint.event))}`;
  switch (endpoint.scheme) {
    case "none":
      return [`# Unsigned: the URL is the secret.`, body, curl(endpoint.url, [])].join("\n");
    case "github": {
      const [event] = (endpoint.event ?? "issues.opened").split(".");
      return [
        SECRET_LINE,
        body,
        `SIGNATURE=$(printf '%s' "$BODY" | ${HMAC_HEX})`,
        curl(endpoint.url, [quote(`x-github-event: ${event}`), `"x-github-delivery: sample-$(date +%s)"`, `"x-hub-signature-256: sha256=$SIGNATURE"`]),
      ].join("\n");
    }
    case "stripe":
      return [
        SECRET_LINE,
        body,
        "TIMESTAMP=$(date +%s)",
        `SIGNATURE=$(printf '%s' "$TIMESTAMP.$BODY" | ${HMAC_HEX})`,
        curl(endpoint.url, [`"stripe-signature: t=$TIMESTAMP,v1=$SIGNATURE"`]),
      ].join("\n");
    case "slack":
      return [
        SECRET_LINE,
        body,
        "TIMESTAMP=$(date +%s)",
        `SIGNATURE=$(printf '%s' "v0:$TIMESTAMP:$BODY" | ${HMAC_HEX})`,
        curl(endpoint.url, [`"x-slack-request-timestamp: $TIMESTAMP"`, `"x-slack-signature: v0=$SIGNATURE"`]),
      ].join("\n");
    case "standard_webhooks":
      return [
        SECRET_LINE,
        body,
        "MSG_ID=msg_sample$(date +%s)",
        "TIMESTAMP=$(date +%s)",
        // The key is the base64 after `whsec_`, decoded: openssl takes it as hex.
        `KEY_HEX=$(printf '%s' "\${WEBHOOK_SECRET#whsec_}" | base64 -d | od -An -v -tx1 | tr -d ' \\n')`,
        `SIGNATURE=$(printf '%s' "$MSG_ID.$TIMESTAMP.$BODY" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$KEY_HEX" -binary | base64)`,
        curl(endpoint.url, [`"webhook-id: $MSG_ID"`, `"webhook-timestamp: $TIMESTAMP"`, `"webhook-signature: v1,$SIGNATURE"`]),
      ].join("\n");
    case "hmac_sha256": {
      const config = endpoint.config ?? {};
      const signed = config.timestampHeader ? `"$TIMESTAMP.$BODY"` : `"$BODY"`;
      const headers = [`"${config.header ?? DEFAULT_HMAC_SHA256_HEADER}: ${inDoubleQuotes(config.prefix ?? "")}$SIGNATURE"`];
      if (config.timestampHeader) headers.push(`"${config.timestampHeader}: $TIMESTAMP"`);
      if (config.idHeader) headers.push(`"${config.idHeader}: sample-$(date +%s)"`);
      return [
        SECRET_LINE,
        body,
        ...(config.timestampHeader ? ["TIMESTAMP=$(date +%s)"] : []),
        `SIGNATURE=$(printf '%s' ${signed} | ${config.encoding === "base64" ? HMAC_BASE64 : HMAC_HEX})`,
        curl(endpoint.url, headers),
      ].join("\n");
    }
  }
}
