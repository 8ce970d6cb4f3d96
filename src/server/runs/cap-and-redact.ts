const SECRET_KEY = /(authorization|password|passwd|secret|token|api[-_]?key|cookie|signature|private[-_]?key|client[-_]?secret)/i;
export const MAX_LOGGED_BYTES = 64 * 1024;

/** Replaces values under secret-looking keys, recursively. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
      key,
      SECRET_KEY.test(key) && inner !== null && typeof inner !== "object" ? "[redacted]" : redactSecrets(inner, depth + 1),
    ]),
  );
}

/** What a step log stores: redacted, and cut to a preview when larger than MAX_LOGGED_BYTES. */
export function capForLog(value: unknown): unknown {
  if (value === undefined) return null;
  const redacted = redactSecrets(value);
  const text = JSON.stringify(redacted) ?? "null";
  if (text.length <= MAX_LOGGED_BYTES) return redacted;
  return { truncated: true, bytes: text.length, preview: text.slice(0, 2048) };
}
