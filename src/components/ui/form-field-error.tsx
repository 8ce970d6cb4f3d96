import * as React from "react"

import { cn } from "@/components/ui/cn"

type FieldErrorMessage = string | readonly string[] | null | undefined

function firstMessage(message: FieldErrorMessage): string | undefined {
  if (typeof message === "string") return message || undefined
  return message?.find((entry) => entry.length > 0)
}

function FieldError({
  message,
  className,
  ...props
}: Omit<React.ComponentProps<"p">, "children"> & {
  message?: FieldErrorMessage
}) {
  const text = firstMessage(message)
  if (!text) return null

  return (
    <p
      data-slot="field-error"
      role="alert"
      className={cn("text-sm font-medium text-destructive", className)}
      {...props}
    >
      {text}
    </p>
  )
}

export { FieldError }
export type { FieldErrorMessage }
