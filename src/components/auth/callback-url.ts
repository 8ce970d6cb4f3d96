function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) < 0x20 || value.charCodeAt(i) === 0x7f) return true;
  }
  return false;
}

/**
 * Returns the callback path if it is safe to send someone there after signing in: a path on this site
 * ("/o/acme"), never an absolute URL, a protocol-relative "//host" or a backslash trick.
 */
export function safeCallbackUrl(value: string | string[] | undefined | null): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return null;
  if (!raw.startsWith("/") || raw.startsWith("//")) return null;
  if (raw.includes("\\") || hasControlCharacter(raw)) return null;
  return raw;
}

/** Encodes a query value but leaves "/" and "@" readable ("callbackUrl=/orgs/new", "email=ada@example.com"). */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, "/").replace(/%40/gi, "@");
}

/** Builds a link to an auth page that carries the callback (and optionally an email) along. */
export function authHref(
  page: "/sign-in" | "/sign-up",
  params: { callbackUrl?: string | null; email?: string | null } = {},
): string {
  const parts: string[] = [];
  if (params.callbackUrl) parts.push(`callbackUrl=${encodeQueryValue(params.callbackUrl)}`);
  if (params.email) parts.push(`email=${encodeQueryValue(params.email)}`);
  return parts.length > 0 ? `${page}?${parts.join("&")}` : page;
}

/** The first value of a search param. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
