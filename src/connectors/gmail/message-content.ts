import type { MessagePart } from "./schemas";

/** The headers workflows read most, by their usual names (undefined when the message lacks one). */
export interface MessageHeaders {
  subject?: string;
  from?: string;
  to?: string;
  cc?: string;
  date?: string;
  /** The Message-ID header: what a reply's inReplyTo takes. */
  messageId?: string;
}

/** A header's value, names compared without case (Gmail keeps the sender's spelling: "Message-Id", "CC"). */
export function headerValue(part: MessagePart | undefined, name: string): string | undefined {
  return part?.headers?.find((header) => header.name.toLowerCase() === name.toLowerCase())?.value;
}

export function messageHeaders(payload: MessagePart | undefined): MessageHeaders {
  const pick = (name: string) => headerValue(payload, name);
  const entries = { subject: pick("Subject"), from: pick("From"), to: pick("To"), cc: pick("Cc"), date: pick("Date"), messageId: pick("Message-ID") };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/**
 * The first inline body of `mimeType` (text/plain, text/html), depth first as the parts nest, decoded from base64url
 * in the part's charset. Attachments (parts with a filename) and bodies held as attachmentId are skipped.
 */
export function bodyText(part: MessagePart | undefined, mimeType: string): string | undefined {
  if (!part) return undefined;
  if (part.mimeType?.toLowerCase() === mimeType && !part.filename && part.body?.data !== undefined) {
    return decodeBase64Url(part.body.data, charsetOf(part));
  }
  for (const child of part.parts ?? []) {
    const found = bodyText(child, mimeType);
    if (found !== undefined) return found;
  }
  return undefined;
}

function charsetOf(part: MessagePart): string {
  const contentType = headerValue(part, "Content-Type") ?? "";
  return /charset="?([^";\s]+)"?/i.exec(contentType)?.[1] ?? "utf-8";
}

/** Gmail's body data: base64url bytes in the part's charset (UTF-8 when the label is unknown). */
export function decodeBase64Url(data: string, charset = "utf-8"): string {
  const bytes = Buffer.from(data, "base64url");
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
