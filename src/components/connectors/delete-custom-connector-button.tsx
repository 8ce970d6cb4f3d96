"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
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
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";
import type { CustomConnectorListItem } from "./connector-types";
import { useConnectorsDeniedReason } from "./use-connectors-permission";

/** Confirms, then deletes a custom connector; says what happens to the workflows and connections that use it. */
export function DeleteCustomConnectorButton({ connector, onDeleted }: { connector: Pick<CustomConnectorListItem, "id" | "name" | "connectorId">; onDeleted?: () => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const denied = useConnectorsDeniedReason();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.customConnector.delete.mutationOptions({
      onSuccess: async () => {
        toast.success(`Deleted “${connector.name}”.`);
        setOpen(false);
        onDeleted?.();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.customConnector.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.connector.list.queryKey({ orgSlug: org.slug }) }),
        ]);
      },
      onError: (error) => {
        setOpen(false);
        toast.error(error.message);
      },
    }),
  );

  if (denied) {
    return (
      <DisabledReason reason={denied}>
        <Button variant="outline" size="sm" disabled aria-label={`Delete ${connector.name}`}>
          <Trash2Icon aria-hidden="true" />
        </Button>
      </DisabledReason>
    );
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !remove.isPending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Delete ${connector.name}`}>
          <Trash2Icon aria-hidden="true" />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete “{connector.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            Workflow steps that use <code>{connector.connectorId}</code> actions will fail until you edit them. Its
            connections are kept, so re-creating the connector is enough to use them again.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={remove.isPending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate({ orgSlug: org.slug, customConnectorId: connector.id })}>
            {remove.isPending ? <Spinner aria-hidden="true" /> : null}
            Delete connector
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
