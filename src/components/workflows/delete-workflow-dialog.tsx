"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
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
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";

/** Confirms, then deletes the workflow and goes back to the list. */
export function DeleteWorkflowDialog({ workflowId, name }: { workflowId: string; name: string }) {
  const { org, href } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);

  const remove = useMutation(
    trpc.workflow.delete.mutationOptions({
      onSuccess: async () => {
        toast.success(`Deleted “${name}”.`);
        router.replace(href("workflows"));
        queryClient.removeQueries({ queryKey: trpc.workflow.get.queryKey({ orgSlug: org.slug, workflowId }) });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.workflow.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.run.pathKey() }),
        ]);
      },
      onError: (error) => {
        setOpen(false);
        toast.error(error.message);
      },
    }),
  );

  return (
    <AlertDialog open={open} onOpenChange={(next) => !remove.isPending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="destructive">
          <Trash2Icon aria-hidden="true" />
          Delete workflow
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete “{name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            This permanently deletes the workflow, all its published versions and its run history. Triggers stop
            starting it right away. It cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={remove.isPending}>Cancel</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ orgSlug: org.slug, workflowId })}
          >
            {remove.isPending ? <Spinner aria-hidden="true" /> : null}
            Delete workflow
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
