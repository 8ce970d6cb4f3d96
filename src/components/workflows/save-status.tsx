"use client";

import { CheckIcon } from "lucide-react";
import { formatDate } from "@/components/format/dates";
import { useIsClient } from "@/components/format/use-is-client";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";

/** "Saving…", "Unsaved changes" or "Saved", announced politely as it changes. */
export function SaveStatus({
  saving,
  dirty,
  savedAt,
  className,
}: {
  saving: boolean;
  dirty: boolean;
  savedAt: Date;
  className?: string;
}) {
  // The time is in the reader's zone, which the server doesn't know: add it once hydrated.
  const isClient = useIsClient();
  return (
    <p
      role="status"
      data-testid="save-status"
      data-state={saving ? "saving" : dirty ? "dirty" : "saved"}
      title={isClient ? `Draft last saved ${formatDate(savedAt, "datetime")}` : undefined}
      className={cn("flex items-center gap-1.5 text-sm whitespace-nowrap text-muted-foreground", className)}
    >
      {saving ? (
        <>
          <Spinner aria-hidden="true" className="size-3.5" />
          Saving…
        </>
      ) : dirty ? (
        <>
          <span aria-hidden="true" className="size-2 rounded-full bg-amber-500" />
          Unsaved changes
        </>
      ) : (
        <>
          <CheckIcon aria-hidden="true" className="size-3.5 text-emerald-600 dark:text-emerald-400" />
          Saved
        </>
      )}
    </p>
  );
}
