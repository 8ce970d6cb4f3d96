import { z } from "zod";

/**
 * What the mentions trigger remembers between polls. The polling interface sends one request built from the
 * cursor alone, so the signed-in user's id is learnt by a first poll of /2/users/me and kept here, together with
 * where the next poll starts: `startTime` (when the trigger began) until a first mention is seen, then `sinceId`.
 * When more mentions arrived than one page holds, the walk goes on over the following polls with
 * `paginationToken`, keeping the same lower bound, and moves `sinceId` to `pendingNewestId` once it is done.
 */
export const mentionCursorSchema = z.object({
  userId: z.string().regex(/^\d{1,19}$/),
  startTime: z.string().optional(),
  sinceId: z.string().optional(),
  paginationToken: z.string().optional(),
  pendingNewestId: z.string().optional(),
});

export type MentionCursor = z.output<typeof mentionCursorSchema>;

/** The stored cursor, or undefined for none (the first poll) or one this trigger did not write. */
export function readMentionCursor(cursor: string | undefined): MentionCursor | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = mentionCursorSchema.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeMentionCursor(cursor: MentionCursor): string {
  return JSON.stringify(Object.fromEntries(Object.entries(cursor).filter(([, value]) => value !== undefined)));
}

/** X's time format ("2025-03-04T09:30:00Z") of an HTTP Date header, or of now when there is none. */
export function xTimeOf(httpDate: string | undefined, now = new Date()): string {
  const parsed = httpDate ? new Date(httpDate) : now;
  const time = Number.isNaN(parsed.getTime()) ? now : parsed;
  return time.toISOString().replace(/\.\d{3}Z$/, "Z");
}
