import type { LucideIcon } from "lucide-react";
import type * as React from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/**
 * A section whose feature is still being built: the page header, and an empty state that says
 * what will live here and what is worth doing first.
 */
export function FeatureEmptyPage({
  title,
  description,
  icon,
  emptyTitle,
  emptyDescription,
  firstStep,
  action,
}: {
  title: string;
  description: string;
  icon: LucideIcon;
  emptyTitle: string;
  emptyDescription: string;
  firstStep: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="grid gap-8">
      <PageHeader title={title} description={description} />
      <EmptyState
        icon={icon}
        title={emptyTitle}
        description={
          <>
            {emptyDescription}
            <span className="mt-3 block text-xs/relaxed text-muted-foreground/90">{firstStep}</span>
          </>
        }
        action={action}
      />
    </div>
  );
}
