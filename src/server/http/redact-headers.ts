const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token|x-access-token)$|(secret|token|signature|password|api[-_]?key)/i;

/** Whether a header's value could be a credential by its name alone. */
export function isSecretHeaderName(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/**
 * Header values that could carry a credential are replaced before anything is logged or stored: by name, and
 * every header named in `secretNames` (the ones credential injection set, whatever they are called).
 */
export function redactHeaders(headers: Record<string, string>, secretNames: Iterable<string> = []): Record<string, string> {
  const injected = new Set([...secretNames].map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, isSecretHeaderName(k) || injected.has(k.toLowerCase()) ? "[redacted]" : v]));
}
