import { cn } from "@/components/ui/cn";

/** The last 24 hours of deliveries as tiny bars, oldest first; the current hour is the last bar. */
export function DeliverySparkline({ hourly, total, className }: { hourly: readonly number[]; total: number; className?: string }) {
  const max = Math.max(1, ...hourly);
  const label = `${total.toLocaleString("en-US")} ${total === 1 ? "delivery" : "deliveries"} in the last 24 hours`;
  return (
    <div className={cn("flex items-center gap-2", className)} title={label}>
      <div role="img" aria-label={label} className="flex h-6 w-[6.5rem] items-end gap-px">
        {hourly.map((count, index) => (
          <span
            key={index}
            className={cn("flex-1 rounded-[1px]", count > 0 ? "bg-primary/70" : "bg-muted-foreground/15")}
            style={{ height: count > 0 ? `${Math.max(18, Math.round((count / max) * 100))}%` : "12%" }}
          />
        ))}
      </div>
      <span aria-hidden="true" className="w-14 text-xs text-muted-foreground tabular-nums">
        {total.toLocaleString("en-US")} / 24 h
      </span>
    </div>
  );
}
