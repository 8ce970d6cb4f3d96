import { DEFAULT_TOLERANCE_SECONDS, refuse, type WebhookRefused } from "./webhook-types";

/** Unix time as sent: digits only. Up to 13 so a sender using milliseconds is told so rather than "not a number". */
export const UNIX_TIME = /^\d{1,13}$/;

/** The endpoint's tolerance; never zero or negative — a signed timestamp is always checked. */
export function toleranceOf(toleranceSeconds: number | undefined): number {
  return toleranceSeconds !== undefined && Number.isFinite(toleranceSeconds) && toleranceSeconds >= 1 ? Math.floor(toleranceSeconds) : DEFAULT_TOLERANCE_SECONDS;
}

/**
 * The signed Unix timestamp `raw` (whole seconds, as sent), refused when it is not one (400) or is more than the
 * tolerance away from `now` in the past or the future (401: a replay, or a sender with a wrong clock).
 */
export function checkTimestamp(raw: string, display: string, now: Date, toleranceSeconds: number | undefined): { ok: true; timestamp: number } | WebhookRefused {
  if (!UNIX_TIME.test(raw)) return refuse(400, `${display} must be the Unix time in whole seconds (like 1700000000).`);
  const timestamp = Number(raw);
  const tolerance = toleranceOf(toleranceSeconds);
  const age = Math.floor(now.getTime() / 1000) - timestamp;
  if (age > tolerance) {
    return refuse(401, `${display} is ${age} s old; the tolerance is ${tolerance} s — check the sender's clock or resend.`);
  }
  if (-age > tolerance) {
    const hint = raw.length >= 13 ? " It looks like milliseconds: send whole seconds." : "";
    return refuse(401, `${display} is ${-age} s in the future; the tolerance is ${tolerance} s — check the sender's clock.${hint}`);
  }
  return { ok: true, timestamp };
}
