"use client";

import { elapsedMs, formatDuration } from "./format-duration";
import { useNow } from "./use-now";

/** How long a run or step took, counting up while it is still going; "—" before it starts. */
export function RunDuration({
  startedAt,
  finishedAt,
  live,
  className,
}: {
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Whether it is still going (so an open end means "now", not "unknown"). */
  live: boolean;
  className?: string;
}) {
  const ticking = live && startedAt !== null && finishedAt === null;
  const now = useNow(ticking, finishedAt?.getTime() ?? startedAt?.getTime() ?? 0);
  if (!startedAt) return <span className={className}>—</span>;
  if (!finishedAt && !live) return <span className={className}>—</span>;
  return (
    <span className={className} suppressHydrationWarning>
      {formatDuration(elapsedMs(startedAt, finishedAt, now))}
    </span>
  );
}
