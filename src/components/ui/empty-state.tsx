import * as React from "react"
import type { LucideIcon } from "lucide-react"

import { cn } from "@/components/ui/cn"

function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  className,
  ...props
}: Omit<React.ComponentProps<"div">, "title" | "children"> & {
  icon: LucideIcon
  title: React.ReactNode
  description?: React.ReactNode
  action?: React.ReactNode
}) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-6 rounded-xl border border-dashed bg-muted/30 px-6 py-12 text-center text-balance md:py-16",
        className
      )}
      {...props}
    >
      <div
        data-slot="empty-state-icon"
        className="flex size-12 items-center justify-center rounded-xl border bg-background text-muted-foreground shadow-sm ring-8 ring-muted/50"
      >
        <Icon className="size-6" aria-hidden="true" />
      </div>
      <div className="flex max-w-sm flex-col items-center gap-1.5">
        <h3
          data-slot="empty-state-title"
          className="text-base font-semibold tracking-tight"
        >
          {title}
        </h3>
        {description ? (
          <p
            data-slot="empty-state-description"
            className="text-sm/relaxed text-muted-foreground"
          >
            {description}
          </p>
        ) : null}
      </div>
      {action ? (
        <div
          data-slot="empty-state-action"
          className="flex flex-wrap items-center justify-center gap-2"
        >
          {action}
        </div>
      ) : null}
    </div>
  )
}

export { EmptyState }
