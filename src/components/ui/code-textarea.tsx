"use client"

import * as React from "react"

import { cn } from "@/components/ui/cn"

/**
 * A monospace textarea with a line-number gutter, for JSON and other code. Lines never wrap, so
 * the numbers stay aligned; the gutter scrolls with the text. `errorLine` highlights one number.
 * `className` sizes the whole control (give it a height); `textareaClassName` styles the text area.
 */
function CodeTextarea({
  className,
  textareaClassName,
  value,
  errorLine,
  onScroll,
  ...props
}: Omit<React.ComponentProps<"textarea">, "value"> & {
  value: string
  errorLine?: number
  textareaClassName?: string
}) {
  const gutterRef = React.useRef<HTMLDivElement>(null)
  const lineCount = React.useMemo(() => value.split("\n").length, [value])

  return (
    <div
      data-slot="code-textarea"
      className={cn(
        "flex h-64 overflow-hidden rounded-md border border-input bg-transparent shadow-xs transition-[color,box-shadow] focus-within:border-ring focus-within:ring-[3px] focus-within:ring-ring/50 has-[textarea[aria-invalid=true]]:border-destructive has-[textarea[aria-invalid=true]]:ring-destructive/20 has-[textarea:disabled]:opacity-50 dark:bg-input/30",
        className
      )}
    >
      <div
        ref={gutterRef}
        aria-hidden="true"
        className="h-full shrink-0 overflow-hidden border-r bg-muted/40 pt-2 pb-8 text-right font-mono text-xs leading-5 text-muted-foreground/70 tabular-nums select-none"
      >
        {Array.from({ length: lineCount }, (_, index) => {
          const line = index + 1
          return (
            <div
              key={line}
              className={cn(
                "min-w-9 px-2",
                line === errorLine &&
                  "bg-destructive/10 font-semibold text-destructive"
              )}
            >
              {line}
            </div>
          )
        })}
      </div>
      <textarea
        data-slot="code-textarea-input"
        value={value}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        onScroll={(event) => {
          if (gutterRef.current) gutterRef.current.scrollTop = event.currentTarget.scrollTop
          onScroll?.(event)
        }}
        className={cn(
          "h-full min-w-0 flex-1 resize-none overflow-auto bg-transparent px-3 py-2 font-mono text-xs leading-5 text-foreground outline-none [tab-size:2] placeholder:text-muted-foreground disabled:cursor-not-allowed read-only:bg-muted/20",
          textareaClassName
        )}
        {...props}
      />
    </div>
  )
}

export { CodeTextarea }
