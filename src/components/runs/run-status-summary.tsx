import { cn } from "@/components/ui/cn";
import { RUN_STATUSES } from "./run-types";
import { statusMeta } from "./status-meta";

/** Runs per status among those loaded, as one stacked bar with a legend. */
export function RunStatusSummary({ runs, className }: { runs: readonly { status: string }[]; className?: string }) {
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(run.status, (counts.get(run.status) ?? 0) + 1);
  const order = [...RUN_STATUSES, ...[...counts.keys()].filter((status) => !(RUN_STATUSES as readonly string[]).includes(status))];
  const entries = order.flatMap((status) => {
    const count = counts.get(status) ?? 0;
    return count > 0 ? [{ status, count, meta: statusMeta(status) }] : [];
  });
  const total = runs.length;
  if (total === 0) return null;
  const description = entries.map(({ meta, count }) => `${meta.label}: ${count}`).join(", ");

  return (
    <figure className={cn("grid gap-3 rounded-xl border bg-card p-4 shadow-sm", className)} data-testid="runs-summary">
      <figcaption className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium">
          {total} {total === 1 ? "run" : "runs"} shown
        </span>
        <span className="text-xs text-muted-foreground">by status</span>
      </figcaption>
      <div
        role="img"
        aria-label={`Runs by status: ${description}`}
        className="flex h-2.5 w-full gap-0.5 overflow-hidden rounded-full bg-muted"
      >
        {entries.map(({ status, count, meta }) => (
          <div
            key={status}
            title={`${meta.label}: ${count}`}
            className={cn("h-full min-w-1 first:rounded-l-full last:rounded-r-full", meta.fillClass)}
            style={{ width: `${(count / total) * 100}%` }}
          />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-hidden="true">
        {entries.map(({ status, count, meta }) => (
          <li key={status} className="flex items-center gap-1.5">
            <span className={cn("size-2 rounded-full", meta.fillClass)} />
            {meta.label}
            <span className="font-medium text-foreground tabular-nums">{count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
