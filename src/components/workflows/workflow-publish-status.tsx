import { RelativeTime } from "@/components/format/time";
import { cn } from "@/components/ui/cn";

/** "v3 published 2 hours ago", or "Draft — not published". */
export function WorkflowPublishStatus({
  version,
  publishedAt,
  className,
}: {
  version: number | null;
  publishedAt: Date | null;
  className?: string;
}) {
  if (version === null || publishedAt === null) {
    return (
      <span className={cn("inline-flex items-center gap-2 text-muted-foreground", className)}>
        <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-amber-500" />
        Draft — not published
      </span>
    );
  }
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-emerald-500" />
      <span>
        <span className="font-medium">v{version}</span>{" "}
        <span className="text-muted-foreground">
          published <RelativeTime date={publishedAt} />
        </span>
      </span>
    </span>
  );
}
