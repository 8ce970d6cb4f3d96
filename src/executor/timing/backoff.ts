/** Inngest's retry backoff table (pkg/backoff): the delay before retry n+1 after attempt n failed. */
export const BACKOFF_TABLE_MS = [15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_200_000, 2_400_000, 3_600_000, 7_200_000] as const;
export const MAX_JITTER_MS = 30_000;

/** The delay after `attempt` (0-based) failed: the table entry plus up to 30 s of jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = BACKOFF_TABLE_MS[Math.min(attempt, BACKOFF_TABLE_MS.length - 1)] ?? 7_200_000;
  return base + Math.floor(random() * MAX_JITTER_MS);
}
