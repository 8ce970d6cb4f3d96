"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { useTRPC } from "@/trpc/react";
import type { Connection } from "./connection-types";

/** Confirms, then deletes the connection and its stored credentials. */
export function DeleteConnectionDialog({
  connection,
  open,
  onOpenChange,
}: {
  connection: Connection;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const remove = useMutation(
    trpc.connection.delete.mutationOptions({
      onSuccess: async () => {
        toast.success(`Deleted “${connection.name}”.`);
        onOpenChange(false);
        await queryClient.invalidateQueries({ queryKey: trpc.connection.list.queryKey({ orgSlug: org.slug }) });
      },
    }),
  );

  return (
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete “${connection.name}”?`}
      description="Its stored credentials are deleted for good. Workflows using this connection will fail at the steps that use it until you pick another connection in them. This cannot be undone."
      confirmLabel="Delete connection"
      mutation={remove}
      onConfirm={() => remove.mutate({ orgSlug: org.slug, connectionId: connection.id })}
    />
  );
}
