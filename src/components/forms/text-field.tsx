import type * as React from "react";
import { FieldError } from "@/components/ui/form-field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/components/ui/cn";

/** A labelled input with an optional hint and an inline error, wired up for screen readers. */
export function TextField({
  id,
  label,
  hint,
  error,
  labelAction,
  className,
  ...inputProps
}: Omit<React.ComponentProps<typeof Input>, "id"> & {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  labelAction?: React.ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("grid gap-2", className)}>
      <div className="flex items-center justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {labelAction}
      </div>
      <Input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...inputProps} />
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
