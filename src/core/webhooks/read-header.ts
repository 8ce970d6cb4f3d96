import { refuse, type WebhookHeaders, type WebhookRefused } from "./webhook-types";

/** Longer signature headers are refused before any parsing (Stripe's, with a few v1 entries, is ~300). */
export const MAX_HEADER_LENGTH = 2048;

export interface HeaderRules {
  /** How the header is named in reasons (`X-Hub-Signature-256`). */
  display: string;
  /** Whether a comma may be part of one value; when not, a comma means two values joined (a duplicate). */
  commaAllowed?: boolean;
}

export type HeaderRead = { ok: true; value: string | undefined } | WebhookRefused;
export type RequiredHeaderRead = { ok: true; value: string } | WebhookRefused;

/**
 * The single value of header `name` (looked up case-insensitively), undefined when absent. Refused (400) when sent
 * more than once — as an array, under two spellings, or comma-joined where a comma cannot be part of a value — or
 * when it is too long, has surrounding whitespace, or anything but printable ASCII.
 */
export function readHeader(headers: WebhookHeaders, name: string, rules: HeaderRules): HeaderRead {
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined || key.toLowerCase() !== name) continue;
    if (Array.isArray(value)) values.push(...value);
    else values.push(value);
  }
  if (values.length === 0) return { ok: true, value: undefined };
  const { display } = rules;
  if (values.length > 1) return refuse(400, `${display} was sent ${values.length} times; send it exactly once.`);
  const value = values[0] ?? "";
  if (value.length > MAX_HEADER_LENGTH) {
    return refuse(400, `${display} is ${value.length} characters long; at most ${MAX_HEADER_LENGTH} are accepted — send only the signature.`);
  }
  if (value !== value.trim()) return refuse(400, `${display} has whitespace around its value; send the value alone.`);
  if (!/^[\x20-\x7e]*$/.test(value)) return refuse(400, `${display} contains characters other than printable ASCII; send it as the scheme writes it.`);
  if (!rules.commaAllowed && value.includes(",")) {
    return refuse(400, `${display} holds several comma-separated values (the header was probably sent twice); send it exactly once.`);
  }
  return { ok: true, value };
}

/** Like readHeader, but a missing or empty header is refused (401) with `whenMissing` telling the sender what to do. */
export function requireHeader(headers: WebhookHeaders, name: string, rules: HeaderRules & { whenMissing: string }): RequiredHeaderRead {
  const read = readHeader(headers, name, rules);
  if (!read.ok) return read;
  if (read.value === undefined) return refuse(401, `${rules.display} is missing: ${rules.whenMissing}`);
  if (read.value === "") return refuse(401, `${rules.display} is empty: ${rules.whenMissing}`);
  return { ok: true, value: read.value };
}

/** Whether header `name` was sent at all (any spelling, any value). */
export function hasHeader(headers: WebhookHeaders, name: string): boolean {
  return Object.entries(headers).some(([key, value]) => value !== undefined && key.toLowerCase() === name);
}
