import * as React from "react"
import { Loader2 } from "lucide-react"

import { cn } from "@/components/ui/cn"

function Spinner({
  className,
  label = "Loading",
  ...props
}: Omit<React.ComponentProps<typeof Loader2>, "aria-label"> & {
  label?: string
}) {
  return (
    <Loader2
      data-slot="spinner"
      role="status"
      aria-label={label}
      className={cn("size-4 animate-spin", className)}
      {...props}
    />
  )
}

export { Spinner }
