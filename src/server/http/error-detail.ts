/**
 * The part of an API's error answer a person should read: the message in the shapes APIs use — `{ message }`
 * (GitHub, HubSpot, Notion), `{ error: { message, code } }` (Stripe, Google), `{ detail, title }` (problem+json, X),
 * `[{ message, errorCode }]` (Salesforce), `{ error, error_description }` (OAuth), `{ errors: [{ message }] }`
 * (GraphQL, JSON:API) — with validation details kept; else the body as text (an HTML page as its visible text).
 * Credentials are scrubbed and the result capped at a word boundary.
 */
export function errorDetailOf(body: unknown, scrub: (text: string) => string, maxChars = 300): string {
  // Every string of the body is scrubbed before anything is quoted: once a value is JSON-encoded (validation
  // `errors`, a body of no known shape), a secret holding `"`, `\` or a control character no longer appears
  // verbatim and scrubbing the finished text would miss it.
  const scrubbed = scrubStrings(body, scrub);
  const text = readableMessage(scrubbed) ?? (typeof scrubbed === "string" ? pageText(scrubbed) : scrubbed === null ? "" : JSON.stringify(scrubbed));
  // Scrubbed again: decoding an HTML page's entities may have spelled a secret out.
  const clean = scrub(text ?? "").replace(/\s+/g, " ").trim();
  return cap(clean, maxChars) || "no details";
}

function readableMessage(body: unknown): string | undefined {
  if (Array.isArray(body)) return messagesOf(body);
  return messageOf(body) ?? (isRecord(body) && Array.isArray(body.errors) ? messagesOf(body.errors) : undefined);
}

function messagesOf(items: unknown[]): string | undefined {
  const messages = items.map((item) => messageOf(item)).filter((m): m is string => m !== undefined);
  return messages.length > 0 ? messages.join("; ") : undefined;
}

function messageOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const nested = isRecord(value.error) ? value.error : undefined;
  const message =
    listOrText(nested?.message) ?? listOrText(value.message) ?? listOrText(value.detail) ?? listOrText(value.error_description) ?? listOrText(value.title) ?? str(value.error);
  if (!message) return undefined;
  const code =
    word(nested?.code) ?? // Stripe: "card_declined"
    word(nested?.status) ?? // Google: "PERMISSION_DENIED" (its numeric `code` repeats the HTTP status)
    str(value.errorCode) ?? // Salesforce
    word(value.code) ?? // Notion: "object_not_found"
    apiNumber(nested?.code) ??
    apiNumber(value.code) ??
    str(nested?.type) ?? // Stripe without a code: "invalid_request_error"
    str(value.error) ?? // OAuth: "invalid_grant"
    str(value.category); // HubSpot: "CONFLICT"
  const tags = [code, str(nested?.param)].filter((tag): tag is string => tag !== undefined && !mentions(message, tag));
  const details = Array.isArray(value.errors) && value.errors.length > 0 ? ` ${JSON.stringify(value.errors)}` : "";
  return `${message}${tags.length > 0 ? ` (${tags.join(", ")})` : ""}${details}`;
}

/** Whether the message already names the code, as a whole word ("invalid_grant: …"), not inside another ("provided" ∌ "id"). */
const mentions = (message: string, tag: string): boolean => new RegExp(`(?<![\\w])${tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`).test(message);

/** A string, or a list of strings (NestJS puts each validation message in `message`). */
function listOrText(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string")) return str(value.join("; "));
  return str(value);
}

/** A non-empty string. */
const str = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);
/** A code spelled as a word, not a number. */
const word = (value: unknown): string | undefined => (str(value) !== undefined && !/^\d+$/.test(String(value).trim()) ? String(value) : undefined);
/** A numeric code of the API's own (Facebook's 190), not an HTTP status repeated. */
const apiNumber = (value: unknown): string | undefined => {
  const number = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
  return number === undefined || (number >= 100 && number <= 599) ? undefined : String(number);
};
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function scrubStrings(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === "string") return scrub(value);
  if (Array.isArray(value)) return value.map((item) => scrubStrings(item, scrub));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrub(key), scrubStrings(item, scrub)]));
  return value;
}

const HTML_PAGE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", ndash: "–", mdash: "—", hellip: "…" };

/** A proxy's or gateway's HTML error page as the text it shows (its title when the body shows nothing); other text as is. */
function pageText(body: string): string {
  if (!HTML_PAGE.test(body)) return body;
  const visible = (html: string) =>
    html
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<(script|style|head|title|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<[^>]*>/g, " ")
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
        const code = name.startsWith("#x") || name.startsWith("#X") ? parseInt(name.slice(2), 16) : name.startsWith("#") ? Number(name.slice(1)) : undefined;
        if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        return ENTITIES[name.toLowerCase()] ?? entity;
      })
      .replace(/\s+/g, " ")
      .trim();
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(body)?.[1];
  return visible(body) || (title !== undefined ? visible(title) : "");
}

/** At most `maxChars`, ending with "…" after the last whole word when cut (or mid-word if a single word is that long). */
function cap(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(" ");
  if (space >= maxChars * 0.6) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // never half an emoji
  return `${cut.trimEnd()}…`;
}
