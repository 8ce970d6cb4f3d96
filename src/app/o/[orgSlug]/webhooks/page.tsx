import { LockIcon } from "lucide-react";
import type { Metadata } from "next";
import { requireOrg } from "@/components/shell/require-org";
import { EmptyState } from "@/components/ui/empty-state";
import { WebhooksView } from "@/components/webhooks/webhooks-view";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
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
      <WebhooksView />
    </HydrateClient>
  );
}
