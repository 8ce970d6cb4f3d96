"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CheckIcon, SendIcon } from "lucide-react";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";
import type { WebhookEndpointDetail } from "./webhook-types";

/**
 * "Send a test delivery": Junction signs a sample with the endpoint's secret and sends it through the same intake as
 * a real sender, so a person can try the workflows listening here without a terminal. The outcome is said beside the
 * button; on success, "See it in Deliveries" switches to the log.
 */
export function SendTestDelivery({ endpoint, deniedReason, onShowDeliveries }: { endpoint: WebhookEndpointDetail; deniedReason: string | null; onShowDeliveries: () => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const send = useMutation(
    trpc.webhook.sendTest.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.webhook.deliveries.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.webhook.get.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.webhook.list.pathKey() }),
        ]);
      },
    }),
  );
  const denied = deniedReason ?? (endpoint.enabled ? null : "The endpoint is disabled; enable it to send a test.");
  const event = endpoint.events[0];
  const result = send.data;
  const failed = send.isError || (result !== undefined && !result.accepted);

  const button = (
    <Button type="button" size="sm" disabled={Boolean(denied) || send.isPending} onClick={() => send.mutate({ orgSlug: org.slug, endpointId: endpoint.id })}>
      {send.isPending ? <Spinner aria-hidden="true" /> : <SendIcon aria-hidden="true" />}
      Send a test delivery
    </Button>
  );

  return (
    <section aria-labelledby={`test-${endpoint.id}`} className="grid gap-3 rounded-lg border p-4">
      <div className="grid gap-1">
        <h3 id={`test-${endpoint.id}`} className="text-sm font-medium">
          From Junction
        </h3>
        <p className="text-sm/relaxed text-muted-foreground">
          {endpoint.scheme === "none" ? "Sends a sample body" : "Signs a sample body with the endpoint's current secret, the way the sender does, and sends it"}
          {event ? ` as a “${event}” event` : ""} through the same checks as a real delivery. It starts the workflows listening here and is marked{" "}
          <code className="text-xs">x-junction-test: 1</code> in its headers.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {denied ? <DisabledReason reason={denied}>{button}</DisabledReason> : button}
        <p role="status" className={cn("inline-flex items-center gap-1.5 text-sm", failed ? "text-destructive" : "text-muted-foreground")}>
          {result?.accepted ? (
            <>
              <CheckIcon aria-hidden="true" className="size-4 text-emerald-600 dark:text-emerald-400" />
              Accepted as delivery <code className="text-xs">{result.deliveryId.slice(0, 8)}</code>
              <Button type="button" variant="link" size="sm" className="h-auto p-0" onClick={onShowDeliveries}>
                See it in Deliveries
              </Button>
            </>
          ) : result ? (
            `Refused (${result.status}): ${result.error}`
          ) : send.isError ? (
            `Couldn't send the test: ${send.error.message}`
          ) : null}
        </p>
      </div>
    </section>
  );
}
