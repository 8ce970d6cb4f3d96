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
import type { WebhookEndpointDetail } from "./webhook-types";

/** Confirms, then deletes the endpoint with its secret and stored deliveries; senders get 404 from then on. */
export function DeleteWebhookDialog({
  endpoint,
  open,
  onOpenChange,
  onDeleted,
}: {
  endpoint: WebhookEndpointDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listening = endpoint.workflows.map((workflow) => `“${workflow.name}”`).join(", ");

  const remove = useMutation(
    trpc.webhook.delete.mutationOptions({
      onSuccess: async () => {
        toast.success(`Deleted “${endpoint.name}”.`);
        onOpenChange(false);
        onDeleted();
        queryClient.removeQueries({ queryKey: trpc.webhook.get.queryKey({ orgSlug: org.slug, endpointId: endpoint.id }) });
        await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey({ orgSlug: org.slug }) });
      },
    }),
  );

  return (
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete “${endpoint.name}”?`}
      description={`Its URL stops working at once (senders get 404), and its secret and stored deliveries are deleted for good.${listening ? ` ${listening} will no longer start from it.` : ""} This cannot be undone.`}
      confirmLabel="Delete endpoint"
      mutation={remove}
      onConfirm={() => remove.mutate({ orgSlug: org.slug, endpointId: endpoint.id })}
    />
  );
}

/** The Settings tab's last section: what deleting does, and the button that asks to confirm it. */
export function DeleteWebhookSection({ endpoint, deniedReason, onDeleted }: { endpoint: WebhookEndpointDetail; deniedReason: string | null; onDeleted: () => void }) {
  const [open, setOpen] = useState(false);
  const button = (
    <Button type="button" variant="outline" size="sm" className="text-destructive hover:bg-destructive/10 hover:text-destructive" disabled={Boolean(deniedReason)} onClick={() => setOpen(true)}>
      <Trash2Icon aria-hidden="true" />
      Delete endpoint
    </Button>
  );
  return (
    <section aria-labelledby="delete-webhook-title" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-destructive/30 p-4">
      <div className="grid gap-0.5">
        <h3 id="delete-webhook-title" className="text-sm font-medium">
          Delete this endpoint
        </h3>
        <p className="text-sm text-muted-foreground">Its URL stops working at once; its secret and stored deliveries are deleted.</p>
      </div>
      {deniedReason ? <DisabledReason reason={deniedReason}>{button}</DisabledReason> : button}
      <DeleteWebhookDialog endpoint={endpoint} open={open} onOpenChange={setOpen} onDeleted={onDeleted} />
    </section>
  );
}
