/**
 * Time as the executor sees it. `delayScale` multiplies every relative delay the executor schedules
 * (retry backoff, Retry-After, sleeps, wait/invoke timeouts); tests use e.g. 0.01 so a 15 s backoff takes 150 ms.
 */
export interface Clock {
  now(): Date;
  /** The instant `delayMs` (unscaled) from now, after scaling. */
  after(delayMs: number): Date;
}

export function createClock(now: () => Date = () => new Date(), delayScale = 1): Clock {
  return { now, after: (delayMs) => new Date(now().getTime() + Math.round(delayMs * delayScale)) };
}
