import type { InjectedCredential } from "./outbound-auth";
import { isSecretHeaderName, redactHeaders } from "./redact-headers";
import { isSecretParamName, redactUrl } from "./redact-url";

export interface CallRedactor {
  headers(headers: Record<string, string>): Record<string, string>;
  url(url: URL): string;
  /** Removes every known secret from free text: error messages, API error details quoted in them. */
  text(text: string): string;
}

// Shorter values would blank out ordinary words; a secret that short is not protectable anyway.
const MIN_SCRUBBED_LENGTH = 4;

/**
 * What one call may show: the injected credential's headers and query parameters by name, secret-looking
 * ones the caller set by hand, and the values of all of them wherever an API echoes them back.
 */
export function createCallRedactor(credential: InjectedCredential, headers: Record<string, string>, url: URL): CallRedactor {
  const values = new Set(credential.secretValues);
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeaderName(name)) continue;
    values.add(value);
    const scheme = /^\S+\s+(.+)$/.exec(value); // "Bearer abc" → also "abc"
    if (scheme?.[1]) values.add(scheme[1]);
  }
  for (const [name, value] of url.searchParams) if (isSecretParamName(name)) values.add(value);
  if (url.password) values.add(decodeURIComponent(url.password));

  const forms = new Set<string>();
  for (const value of values) {
    if (value.length < MIN_SCRUBBED_LENGTH) continue;
    forms.add(value);
    forms.add(encodeURIComponent(value));
    forms.add(new URLSearchParams({ v: value }).toString().slice(2));
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return {
    headers: (h) => redactHeaders(h, credential.secretHeaderNames),
    url: (u) => redactUrl(u, credential.secretQueryParams),
    text: (text) => ordered.reduce((scrubbed, secret) => scrubbed.split(secret).join("[redacted]"), text),
  };
}
