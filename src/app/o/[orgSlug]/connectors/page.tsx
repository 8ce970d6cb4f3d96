import type { Metadata } from "next";
import { ConnectorsView } from "@/components/connectors/connectors-view";
import { requireOrg } from "@/components/shell/require-org";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Connectors" };

export default async function ConnectorsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrg(orgSlug);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.connector.list.queryOptions({ orgSlug })),
    queryClient.prefetchQuery(trpc.customConnector.list.queryOptions({ orgSlug })),
  ]);
  return (
    <HydrateClient>
      <ConnectorsView />
    </HydrateClient>
  );
}
