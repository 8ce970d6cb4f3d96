"use client"

import * as React from "react"

import { cn } from "@/components/ui/cn"
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip"

/**
 * Explains why a control is unavailable. A disabled button receives no pointer or focus events, so
 * when `reason` is set the control is wrapped in a focusable span that carries the tooltip and
 * describes itself to screen readers. Without a reason the control renders as is.
 */
function DisabledReason({
  reason,
  children,
  className,
  side = "top",
}: {
  reason: string | null | undefined
  children: React.ReactNode
  className?: string
  side?: React.ComponentProps<typeof TooltipContent>["side"]
}) {
  const id = React.useId()
  if (!reason) return <>{children}</>

  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <span
          data-slot="disabled-reason"
          tabIndex={0}
          aria-describedby={id}
          className={cn(
            "inline-flex rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
            className
          )}
        >
          {children}
          <span id={id} className="sr-only">
            {reason}
          </span>
        </span>
      </TooltipTrigger>
      <TooltipContent side={side} className="max-w-64">
        {reason}
      </TooltipContent>
    </Tooltip>
  )
}

export { DisabledReason }
