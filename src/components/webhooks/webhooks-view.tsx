"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { WebhookIcon } from "lucide-react";
import { useState } from "react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { WEBHOOK_LIST_REFRESH_MS } from "./delivery-refresh";
import { NewWebhookButton, NewWebhookDialog } from "./new-webhook-dialog";
import { WebhookDetailsSheet } from "./webhook-details-sheet";
import { WebhooksList } from "./webhooks-list";

/** Keeps the open endpoint in the address (`?endpoint=wh_…`, without a server round trip) so a reload or a shared link reopens it. */
function writeOpenEndpointToUrl(endpointId: string | null) {
  const url = new URL(window.location.href);
  if (endpointId) url.searchParams.set("endpoint", endpointId);
  else url.searchParams.delete("endpoint");
  window.history.replaceState(window.history.state, "", url);
}

/**
 * The Webhooks page: the organization's endpoints, what they start and how busy they are, or how to add the first.
 * `initialEndpointId` (from `?endpoint=`) opens that endpoint's details, e.g. from a run a delivery started.
 */
export function WebhooksView({ initialEndpointId = null }: { initialEndpointId?: string | null }) {
  const { org, can } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Deliveries arrive without anyone on the page: re-read the counts and last refusals, but not in a hidden tab.
  const endpoints = useQuery(
    trpc.webhook.list.queryOptions({ orgSlug: org.slug }, { refetchInterval: WEBHOOK_LIST_REFRESH_MS, refetchIntervalInBackground: false }),
  );
  const [openId, setOpenId] = useState<string | null>(initialEndpointId);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const count = endpoints.data?.length ?? 0;
  const opened = endpoints.data?.find((endpoint) => endpoint.id === openId);

  function openDetails(endpointId: string) {
    setOpenId(endpointId);
    writeOpenEndpointToUrl(endpointId);
  }

  function closeDetails() {
    setOpenId(null);
    writeOpenEndpointToUrl(null);
    // What was watched in the sheet (deliveries, a refusal, a change) shows in the row at once, not at the next tick.
    void queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey({ orgSlug: org.slug }) });
  }

  const [creating, setCreating] = useState(false);
  const newEndpoint = <NewWebhookButton onClick={() => setCreating(true)} />;

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader
        title="Webhooks"
        description={
          count > 0
            ? `${count} ${count === 1 ? "endpoint" : "endpoints"} in ${org.name}. A workflow starts from one with a webhook trigger naming it.`
            : "URLs other services call to start your workflows."
        }
        actions={count > 0 ? newEndpoint : null}
      />
      {endpoints.isPending ? (
        <TableSkeleton rows={3} label="Loading webhook endpoints" />
      ) : endpoints.isError ? (
        <QueryErrorAlert title="Couldn't load webhook endpoints" error={endpoints.error} onRetry={() => void endpoints.refetch()} retrying={endpoints.isFetching} />
      ) : count === 0 ? (
        <EmptyState
          icon={WebhookIcon}
          title="No webhook endpoints yet"
          description={
            can("webhooks.manage")
              ? "Each endpoint is a unique URL. When GitHub, Stripe, Slack or your own service sends a request to it, Junction checks its signature, keeps the delivery and starts the workflows listening to it."
              : "Each endpoint is a unique URL that other services call to start workflows. Your role can see endpoints and their deliveries; ask an editor, admin or owner to add the first one."
          }
          action={newEndpoint}
        />
      ) : (
        <WebhooksList endpoints={endpoints.data} highlightId={highlightId} onOpen={openDetails} />
      )}
      <NewWebhookDialog open={creating} onOpenChange={setCreating} onCreated={setHighlightId} onOpenDetails={openDetails} />
      <WebhookDetailsSheet endpointId={openId} fallbackName={opened?.name ?? "Webhook endpoint"} onClose={closeDetails} />
    </div>
  );
}
