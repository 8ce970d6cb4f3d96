import { bodyHashDeliveryId, isValidDeliveryId, parseJsonObject, stringField } from "./delivery-id";

/**
 * Delivery id and event of a verified Slack request. Slack sends no delivery id header (and retries — with
 * `X-Slack-Retry-Num` — carry a new timestamp), so an Events API callback is known by its `event_id` and the inner
 * event's type; anything else (url_verification, slash commands, interactivity) by a hash of the body.
 */
export function slackDeliveryOf(rawBody: Uint8Array): { deliveryId: string; event: string | undefined } {
  const json = parseJsonObject(rawBody);
  if (json) {
    const type = stringField(json, "type");
    if (type === "event_callback") {
      const eventId = stringField(json, "event_id");
      const inner = json.event;
      const innerType = typeof inner === "object" && inner !== null ? stringField(inner as Record<string, unknown>, "type") : undefined;
      return { deliveryId: isValidDeliveryId(eventId) ? eventId : bodyHashDeliveryId(rawBody), event: innerType ?? type };
    }
    return { deliveryId: bodyHashDeliveryId(rawBody), event: type };
  }
  // Slash commands and interactivity post a form: `command=/deploy…`, or `payload=<json with a type>`.
  const form = new URLSearchParams(Buffer.from(rawBody).toString("utf8"));
  const payload = form.get("payload");
  const payloadType = payload === null ? undefined : stringField(parseJsonObject(Buffer.from(payload, "utf8")), "type");
  const command = form.get("command") ?? undefined;
  return { deliveryId: bodyHashDeliveryId(rawBody), event: payloadType ?? (command && command.length <= 256 ? command : undefined) };
}
