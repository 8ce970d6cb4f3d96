import { randomBytes } from "node:crypto";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A ULID (48-bit time + 80 random bits, Crockford base32), the shape Inngest uses for run ids. */
export function newRunId(now: Date = new Date()): string {
  let time = now.getTime();
  let timePart = "";
  for (let i = 0; i < 10; i++) {
    timePart = (CROCKFORD[time % 32] ?? "0") + timePart;
    time = Math.floor(time / 32);
  }
  const random = randomBytes(16);
  let randomPart = "";
  for (let i = 0; i < 16; i++) randomPart += CROCKFORD[(random[i] ?? 0) % 32];
  return timePart + randomPart;
}
