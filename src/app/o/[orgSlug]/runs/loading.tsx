import { TableSkeleton } from "@/components/common/table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function RunsLoading() {
  return (
    <div className="grid gap-6" aria-busy="true" aria-label="Loading runs">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-28" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <Skeleton className="h-9 w-[30rem] max-w-full rounded-lg" />
        <Skeleton className="h-8 w-56" />
      </div>
      <Skeleton className="h-24 rounded-xl" />
      <TableSkeleton rows={6} label="Loading runs" />
    </div>
  );
}
