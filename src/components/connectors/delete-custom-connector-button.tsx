"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { DisabledReason } from "@/components/ui/disabled-reason";
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
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="outline" size="sm" aria-label={`Delete ${connector.name}`}>
          <Trash2Icon aria-hidden="true" />
        </Button>
      }
      title={`Delete “${connector.name}”?`}
      description={
        <>
          Workflow steps that use <code>{connector.connectorId}</code> actions will fail until you edit them. Its
          connections are kept, so re-creating the connector is enough to use them again.
        </>
      }
      confirmLabel="Delete connector"
      mutation={remove}
      onConfirm={() => remove.mutate({ orgSlug: org.slug, customConnectorId: connector.id })}
    />
  );
}
