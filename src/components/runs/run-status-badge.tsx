import type * as React from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { statusMeta } from "./status-meta";

/** A run's (or step's) status: colour, icon and word, so it reads without colour too. */
export function RunStatusBadge({
  status,
  className,
  ...props
}: Omit<React.ComponentProps<typeof Badge>, "children" | "variant"> & { status: string }) {
  const meta = statusMeta(status);
  const Icon = meta.icon;
  return (
    <Badge variant="outline" data-status={status} className={cn("gap-1 font-medium", meta.badgeClass, className)} {...props}>
      <Icon aria-hidden="true" className={cn("size-3", meta.iconClass)} />
      {meta.label}
    </Badge>
  );
}
