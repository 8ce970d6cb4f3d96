import { LockIcon } from "lucide-react";
import type { Metadata } from "next";
import { requireOrg } from "@/components/shell/require-org";
import { EmptyState } from "@/components/ui/empty-state";
import { WebhooksView } from "@/components/webhooks/webhooks-view";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";
import { WEBHOOK_ID_PATTERN } from "@/server/services/webhooks/webhook-inputs";

export const metadata: Metadata = { title: "Webhooks" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WebhooksPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: SearchParams }) {
  const { orgSlug } = await params;
  const { endpoint } = await searchParams;
  // An endpoint id as the API issues them; anything else in `?endpoint=` is ignored rather than opened as an error.
  const requested = Array.isArray(endpoint) ? endpoint[0] : endpoint;
  const { org } = await requireOrg(orgSlug);

  if (!org.permissions.includes("webhooks.read")) {
    return (
      <EmptyState
        icon={LockIcon}
        title="Your role can't see webhooks"
        description="Webhook endpoints are the URLs other services call to start your workflows. Ask an owner or admin for access."
      />
    );
  }

  await getQueryClient().prefetchQuery(trpc.webhook.list.queryOptions({ orgSlug }));

  return (
    <HydrateClient>
      <WebhooksView initialEndpointId={requested && WEBHOOK_ID_PATTERN.test(requested) ? requested : null} />
    </HydrateClient>
  );
}
