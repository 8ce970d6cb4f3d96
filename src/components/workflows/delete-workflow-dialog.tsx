"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
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
      // No close here: the page the dialog sits on is left for the list.
      onSuccess: async () => {
        toast.success(`Deleted “${name}”.`);
        router.replace(href("workflows"));
        queryClient.removeQueries({ queryKey: trpc.workflow.get.queryKey({ orgSlug: org.slug, workflowId }) });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.workflow.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.run.pathKey() }),
        ]);
      },
    }),
  );

  return (
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="destructive">
          <Trash2Icon aria-hidden="true" />
          Delete workflow
        </Button>
      }
      title={`Delete “${name}”?`}
      description="This permanently deletes the workflow, all its published versions and its run history. Triggers stop starting it right away. It cannot be undone."
      confirmLabel="Delete workflow"
      mutation={remove}
      onConfirm={() => remove.mutate({ orgSlug: org.slug, workflowId })}
    />
  );
}
