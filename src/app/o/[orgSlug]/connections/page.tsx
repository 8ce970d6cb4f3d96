import { LockIcon } from "lucide-react";
import type { Metadata } from "next";
import { ConnectionsView } from "@/components/connections/connections-view";
import { requireOrg } from "@/components/shell/require-org";
import { EmptyState } from "@/components/ui/empty-state";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Connections" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

export default async function ConnectionsPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: SearchParams }) {
  const { orgSlug } = await params;
  const query = await searchParams;
  const { org } = await requireOrg(orgSlug);

  if (!org.permissions.includes("connections.read")) {
    return (
      <EmptyState
        icon={LockIcon}
        title="Your role can't see connections"
        description="Connections hold the credentials your workflows sign in to apps with. Ask an owner or admin for access."
      />
    );
  }

  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.connection.list.queryOptions({ orgSlug })),
    queryClient.prefetchQuery(trpc.connector.list.queryOptions({ orgSlug })),
  ]);

  return (
    <HydrateClient>
      <ConnectionsView
        params={{
          connected: single(query.connected),
          // The callback's message, shown as text (never as HTML) and capped so a crafted link cannot fill the page.
          oauthError: single(query.oauth_error)?.slice(0, 500),
          reconnect: single(query.reconnect),
        }}
      />
    </HydrateClient>
  );
}
