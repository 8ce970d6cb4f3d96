"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { apiFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

/** Deletes the organization after the user types its slug. */
export function DeleteOrgDialog() {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | undefined>();

  const remove = useMutation(
    trpc.org.delete.mutationOptions({
      onSuccess: async () => {
        toast.success(`${org.name} was deleted.`);
        await queryClient.invalidateQueries({ queryKey: trpc.org.listMine.queryKey() });
        router.replace("/");
        router.refresh();
      },
      onError: (err) => {
        const message = apiFieldError(err, "confirm");
        if (message) setError(message);
        else {
          setOpen(false);
          toast.error(err.message);
        }
      },
    }),
  );

  const matches = confirm.trim() === org.slug;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) {
      setError(`Type "${org.slug}" exactly to confirm.`);
      return;
    }
    remove.mutate({ orgSlug: org.slug, confirm: confirm.trim() });
  }

  function onOpenChange(next: boolean) {
    if (remove.isPending) return;
    setOpen(next);
    if (!next) {
      setConfirm("");
      setError(undefined);
    }
  }

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>
        <Button variant="destructive">
          <Trash2Icon aria-hidden="true" />
          Delete organization
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form noValidate onSubmit={onSubmit} className="grid gap-4">
          <AlertDialogHeader>
            <AlertDialogTitle>Delete {org.name}?</AlertDialogTitle>
            <AlertDialogDescription>
              This permanently deletes the organization, its memberships, invitations and audit log for everyone. It
              cannot be undone.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <TextField
            id="delete-confirm"
            label={
              <span>
                Type <span className="font-mono font-semibold">{org.slug}</span> to confirm
              </span>
            }
            value={confirm}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              setConfirm(event.target.value);
              setError(undefined);
            }}
            error={error}
          />
          <AlertDialogFooter>
            <AlertDialogCancel type="button" disabled={remove.isPending}>
              Cancel
            </AlertDialogCancel>
            <SubmitButton variant="destructive" pending={remove.isPending} disabled={!matches}>
              Delete organization
            </SubmitButton>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
