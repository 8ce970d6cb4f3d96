/** The bodies intake accepts; anything else is refused with 415 before the endpoint is even looked up. */
export type WebhookBodyKind = "json" | "form" | "text";

/** The kind of body a Content-Type announces (parameters such as charset aside), or undefined when it is not accepted. */
export function webhookBodyKind(contentType: string | undefined): WebhookBodyKind | undefined {
  const mediaType = contentType?.split(";", 1)[0]!.trim().toLowerCase();
  if (!mediaType) return undefined;
  if (mediaType === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) return "json";
  if (mediaType === "application/x-www-form-urlencoded") return "form";
  if (mediaType.startsWith("text/")) return "text";
  return undefined;
}

const utf8 = new TextDecoder("utf-8");

/** Form fields as an object; a field sent more than once becomes an array of its values, in order. */
function formFields(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

/**
 * The body as a workflow sees it: parsed JSON, form fields, or text. A body that claims to be JSON but does not
 * parse is handed over as its text (it was signed and stored as sent; refusing it would lose it for good).
 */
export function parseWebhookBody(kind: WebhookBodyKind | undefined, body: Uint8Array): unknown {
  const text = utf8.decode(body);
  if (kind === "form") return formFields(text);
  if (kind === "json") {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}
