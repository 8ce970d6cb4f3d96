import { createHash } from "node:crypto";

const DELIVERY_ID = /^[\x21-\x7e]{1,256}$/;

/** Whether `value` can serve as a delivery id (deduplication key and event id): 1–256 printable ASCII, no spaces. */
export function isValidDeliveryId(value: unknown): value is string {
  return typeof value === "string" && DELIVERY_ID.test(value);
}

/** A delivery id for senders without one: the same bytes sent again (a retry) get the same id. */
export function bodyHashDeliveryId(rawBody: Uint8Array): string {
  return `sha256:${createHash("sha256").update(rawBody).digest("hex")}`;
}

/** The body as a JSON object, or undefined. Only ever called on a body whose signature was verified. */
export function parseJsonObject(rawBody: Uint8Array): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(rawBody).toString("utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `object[key]` when it is a non-empty string of reasonable length. */
export function stringField(object: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === "string" && value.length > 0 && value.length <= 256 ? value : undefined;
}
