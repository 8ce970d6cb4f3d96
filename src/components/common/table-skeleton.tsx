import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder rows while a table loads. */
export function TableSkeleton({ rows = 3, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div className="rounded-xl border bg-card p-4 shadow-sm" aria-busy="true" aria-label={label}>
      <div className="grid gap-4">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex items-center gap-3">
            <Skeleton className="size-8 rounded-full" />
            <div className="grid flex-1 gap-1.5">
              <Skeleton className="h-3.5 w-40 max-w-full" />
              <Skeleton className="h-3 w-56 max-w-full" />
            </div>
            <Skeleton className="hidden h-8 w-28 sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
