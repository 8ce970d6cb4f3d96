"use client";

import { useEffect, useState } from "react";

/**
 * The current time in milliseconds, refreshed every `intervalMs` while `live` is true: for
 * durations of things still running. Starts from `since` so the first render is deterministic.
 */
export function useNow(live: boolean, since: number, intervalMs = 1000): number {
  const [now, setNow] = useState(since);
  useEffect(() => {
    if (!live) return;
    const tick = () => setNow(Date.now());
    const timer = window.setInterval(tick, intervalMs);
    const first = window.setTimeout(tick, 0);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(first);
    };
  }, [live, intervalMs]);
  return Math.max(now, since);
}
