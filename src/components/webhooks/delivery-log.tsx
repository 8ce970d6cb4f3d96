"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { InboxIcon } from "lucide-react";
import { useState } from "react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";
import { DeliveryItem } from "./delivery-item";
import { DELIVERY_LOG_REFRESH_MS } from "./delivery-refresh";
import type { WebhookEndpointDetail } from "./webhook-types";


function LiveNote() {
  return (
    <p className="flex items-center gap-1.5 text-xs text-sky-700 dark:text-sky-300" title={`New deliveries appear within ${DELIVERY_LOG_REFRESH_MS / 1000} seconds`}>
      <span aria-hidden="true" className="relative flex size-2">
        <span className="absolute inline-flex size-full animate-ping rounded-full bg-sky-400 opacity-75 motion-reduce:hidden" />
        <span className="relative inline-flex size-2 rounded-full bg-sky-500" />
      </span>
      Live — checking every {DELIVERY_LOG_REFRESH_MS / 1000} s
    </p>
  );
}

/** The endpoint's deliveries, newest first, refreshed every 3 s while shown; each opens to its payload and runs. */
export function DeliveryLog({ endpoint, deniedReason }: { endpoint: WebhookEndpointDetail; deniedReason: string | null }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const [openId, setOpenId] = useState<string | null>(null);
  const log = useInfiniteQuery(
    trpc.webhook.deliveries.infiniteQueryOptions(
      { orgSlug: org.slug, endpointId: endpoint.id, limit: 25 },
      { getNextPageParam: (page) => page.nextCursor, refetchInterval: DELIVERY_LOG_REFRESH_MS },
    ),
  );
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];

  if (log.isPending) {
    return (
      <div className="grid gap-2" aria-busy="true" aria-label="Loading deliveries">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full rounded-lg" />
        ))}
      </div>
    );
  }
  if (log.isError) return <QueryErrorAlert title="Couldn't load the deliveries" error={log.error} onRetry={() => void log.refetch()} retrying={log.isFetching} />;

  return (
    <div className="grid gap-3">
      <div className="flex items-center justify-between gap-2">
        <LiveNote />
        <p className="text-xs text-muted-foreground">Refused requests are not stored; the last one shows above.</p>
      </div>
      {items.length === 0 ? (
        <EmptyState
          icon={InboxIcon}
          title="No deliveries yet"
          description={
            endpoint.enabled
              ? "Deliveries appear here as soon as they are accepted. Try the command under “Send a test”, or trigger an event at the sender."
              : "The endpoint is disabled: senders get 410 Gone and nothing is stored until it is enabled."
          }
          className="py-10 md:py-10"
        />
      ) : (
        <ul aria-label="Deliveries" className="@container divide-y overflow-hidden rounded-lg border bg-card">
          {items.map((delivery) => (
            <DeliveryItem
              key={delivery.id}
              endpointId={endpoint.id}
              endpointEvents={endpoint.events}
              delivery={delivery}
              open={openId === delivery.id}
              onToggle={() => setOpenId((current) => (current === delivery.id ? null : delivery.id))}
              deniedReason={deniedReason}
              enabled={endpoint.enabled}
            />
          ))}
        </ul>
      )}
      {log.hasNextPage ? (
        <div className="flex justify-center">
          <Button variant="outline" size="sm" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
            {log.isFetchingNextPage ? <Spinner aria-hidden="true" /> : null}
            Load older deliveries
          </Button>
        </div>
      ) : null}
    </div>
  );
}
