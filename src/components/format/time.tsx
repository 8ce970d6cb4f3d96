"use client";

import { cn } from "@/components/ui/cn";
import { formatDate, formatRelative, type DateStyle } from "./dates";
import { useIsClient } from "./use-is-client";

/**
 * Dates are rendered in the reader's time zone. The server does not know it, so the first render
 * (server and hydration) uses UTC and the browser then swaps in local time.
 */
function useFormatted(date: Date, style: DateStyle) {
  const isClient = useIsClient();
  return isClient ? formatDate(date, style) : formatDate(date, style, { locale: "en-US", timeZone: "UTC" });
}

/** An absolute date ("12 Mar 2025"), with the full date and time on hover. */
export function LocalDate({ date, style = "date", className }: { date: Date; style?: DateStyle; className?: string }) {
  const text = useFormatted(date, style);
  const title = useFormatted(date, "datetime");
  return (
    <time dateTime={date.toISOString()} title={title} className={className}>
      {text}
    </time>
  );
}

/**
 * A relative time ("3 hours ago", "in 7 days"), with the absolute date and time on hover. Server and
 * browser clocks may straddle a boundary ("just now" / "1 minute ago"), so that text may differ on hydration.
 */
export function RelativeTime({ date, className }: { date: Date; className?: string }) {
  const absolute = useFormatted(date, "datetime");
  return (
    <time
      dateTime={date.toISOString()}
      title={absolute}
      className={cn("whitespace-nowrap", className)}
      suppressHydrationWarning
    >
      {formatRelative(date)}
    </time>
  );
}
