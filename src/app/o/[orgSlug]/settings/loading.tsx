import { Skeleton } from "@/components/ui/skeleton";

export default function SettingsLoading() {
  return (
    <div className="grid gap-6" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-44 rounded-xl" />
      <Skeleton className="h-56 rounded-xl" />
    </div>
  );
}
