const MASK = "••••";
/** Below this length, showing the last 4 characters would reveal too much of the secret. */
const MIN_LENGTH_TO_SHOW_TAIL = 16;
const SECRET_FIELD = /token|key|secret|pass|pat\b|credential/i;

/**
 * A masked hint that lets a person recognise which credential is stored ("••••abcd") without revealing it:
 * the last four characters of the most secret-looking field, only when that value is long enough.
 */
export function credentialHint(credentials: Readonly<Record<string, string>>): string {
  const entries = Object.entries(credentials).filter(([, value]) => value.length > 0);
  const secretLooking = entries.filter(([field]) => SECRET_FIELD.test(field));
  const candidates = (secretLooking.length > 0 ? secretLooking : entries).map(([, value]) => value);
  const longest = candidates.reduce<string>((best, value) => (value.length > best.length ? value : best), "");
  return longest.length >= MIN_LENGTH_TO_SHOW_TAIL ? `${MASK}${longest.slice(-4)}` : MASK;
}
