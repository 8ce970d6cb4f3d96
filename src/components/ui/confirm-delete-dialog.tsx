"use client"

import * as React from "react"
import { CircleAlertIcon } from "lucide-react"

import { Alert, AlertDescription } from "@/components/ui/alert"
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog"
import { Button } from "@/components/ui/button"
import { Spinner } from "@/components/ui/spinner"

/**
 * The part of a react-query mutation the dialog reads. Structural, so a `useMutation` result fits
 * without this file depending on react-query.
 */
type ConfirmDeleteMutation = {
  isPending: boolean
  error: { message: string } | null
  reset: () => void
}

/**
 * Asks "Delete X?" (or "Remove X?", "Leave X?": anything that takes something away) with what it
 * does, then runs it.
 *
 * While it runs the dialog cannot be dismissed and both buttons are disabled, so a
 * second click cannot send it twice. A failure stays in the dialog next to the button that
 * caused it (the user can retry or cancel); closing the dialog forgets it. The caller closes
 * the dialog in its mutation's `onSuccess`, before awaiting any refetch, so it closes as soon
 * as the server confirms rather than after the list has reloaded (or leaves it open when success
 * navigates away from the page it sits on).
 */
function ConfirmDeleteDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  confirmLabel,
  mutation,
  onConfirm,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The button that opens the dialog, when it sits next to it rather than elsewhere on the page. */
  trigger?: React.ReactElement
  title: React.ReactNode
  /** What confirming does: what is lost, what stops working, whether it can be undone. */
  description: React.ReactNode
  /** The destructive button's name, e.g. "Delete connection" or "Remove member". */
  confirmLabel: string
  mutation: ConfirmDeleteMutation
  onConfirm: () => void
}) {
  const pending = mutation.isPending

  function changeOpen(next: boolean) {
    if (pending) return
    if (!next) mutation.reset()
    onOpenChange(next)
  }

  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      {/* While the buttons are disabled focus falls back to the content itself; without outline-none
          (which Dialog and Sheet have) that draws a focus ring around the whole dialog. */}
      <AlertDialogContent className="outline-none">
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {mutation.error ? (
          <Alert variant="destructive">
            <CircleAlertIcon aria-hidden="true" />
            <AlertDescription>{mutation.error.message}</AlertDescription>
          </Alert>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={pending}
            aria-busy={pending || undefined}
            onClick={onConfirm}
          >
            {pending ? <Spinner aria-hidden="true" /> : null}
            {confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  )
}

export { ConfirmDeleteDialog }
export type { ConfirmDeleteMutation }
