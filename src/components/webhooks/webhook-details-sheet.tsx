"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { useOrg } from "@/components/shell/org-context";
import { Sheet, SheetContent, SheetDescription, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useTRPC } from "@/trpc/react";
import { DeleteWebhookSection } from "./delete-webhook-dialog";
import { DeliveryLog } from "./delivery-log";
import { DELIVERY_LOG_REFRESH_MS } from "./delivery-refresh";
import { SampleCurlPanel } from "./sample-curl-panel";
import { SendTestDelivery } from "./send-test-delivery";
import { WebhookDetailsHeader } from "./webhook-details-header";
import { useWebhooksManageReason } from "./webhook-permission";
import { WebhookSettingsForm } from "./webhook-settings-form";
import type { WebhookEndpointDetail } from "./webhook-types";

function DetailsBody({ endpoint, onDeleted }: { endpoint: WebhookEndpointDetail; onDeleted: () => void }) {
  const denied = useWebhooksManageReason();
  const [tab, setTab] = useState("deliveries");
  return (
    <Tabs value={tab} onValueChange={setTab} className="min-h-0 flex-1 gap-0">
      <div className="border-b px-6 py-3">
        <TabsList aria-label={`${endpoint.name} details`}>
          <TabsTrigger value="deliveries" className="px-3">
            Deliveries
          </TabsTrigger>
          <TabsTrigger value="settings" className="px-3">
            Settings
          </TabsTrigger>
          <TabsTrigger value="test" className="px-3">
            Send a test
          </TabsTrigger>
        </TabsList>
      </div>
      <div className="min-h-0 min-w-0 flex-1 overflow-y-auto px-6 py-4 [&>*]:min-w-0">
        <TabsContent value="deliveries">
          <DeliveryLog endpoint={endpoint} deniedReason={denied} />
        </TabsContent>
        <TabsContent value="settings">
          <div className="grid gap-8">
            <WebhookSettingsForm key={endpoint.updatedAt.toISOString()} endpoint={endpoint} deniedReason={denied} />
            <DeleteWebhookSection endpoint={endpoint} deniedReason={denied} onDeleted={onDeleted} />
          </div>
        </TabsContent>
        <TabsContent value="test">
          <div className="grid gap-6">
            <SendTestDelivery endpoint={endpoint} deniedReason={denied} onShowDeliveries={() => setTab("deliveries")} />
            <SampleCurlPanel endpoint={endpoint} />
          </div>
        </TabsContent>
      </div>
    </Tabs>
  );
}

function DetailsContent({ endpointId, fallbackName, onDeleted }: { endpointId: string; fallbackName: string; onDeleted: () => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  // Polled with the live delivery log: refused requests are not in the log, only as the header's "Last refused".
  const endpoint = useQuery(trpc.webhook.get.queryOptions({ orgSlug: org.slug, endpointId }, { refetchInterval: DELIVERY_LOG_REFRESH_MS }));

  if (endpoint.data) {
    return (
      <>
        <WebhookDetailsHeader endpoint={endpoint.data} />
        <DetailsBody endpoint={endpoint.data} onDeleted={onDeleted} />
      </>
    );
  }
  return (
    <div className="grid gap-4 p-6 pr-12">
      <SheetTitle className="text-lg">{fallbackName}</SheetTitle>
      {endpoint.isPending ? (
        <div className="grid gap-3" role="status" aria-label="Loading the endpoint">
          <SheetDescription className="sr-only">Loading the endpoint and its deliveries.</SheetDescription>
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-24 w-full" />
        </div>
      ) : (
        <>
          <SheetDescription className="sr-only">The endpoint could not be loaded.</SheetDescription>
          <QueryErrorAlert title="Couldn't load the endpoint" error={endpoint.error} onRetry={() => void endpoint.refetch()} retrying={endpoint.isFetching} />
        </>
      )}
    </div>
  );
}

/**
 * An endpoint's details in a side sheet: URL, secret (hint and rotation), the live delivery log with payloads and
 * replay, its settings, and a sample curl. Content (and its polling) is mounted only while the sheet is open.
 */
export function WebhookDetailsSheet({ endpointId, fallbackName, onClose }: { endpointId: string | null; fallbackName: string; onClose: () => void }) {
  return (
    <Sheet open={endpointId !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent side="right" className="w-full max-w-full gap-0 sm:w-[46rem] sm:max-w-[calc(100vw-4rem)]">
        {endpointId ? <DetailsContent endpointId={endpointId} fallbackName={fallbackName} onDeleted={onClose} /> : null}
      </SheetContent>
    </Sheet>
  );
}
