import type { Metadata } from "next";
import { requireOrg } from "@/components/shell/require-org";
import { WorkflowsView } from "@/components/workflows/workflows-view";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Workflows" };

export default async function WorkflowsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrg(orgSlug);
  await getQueryClient().prefetchQuery(trpc.workflow.list.queryOptions({ orgSlug }));

  return (
    <HydrateClient>
      <WorkflowsView />
    </HydrateClient>
  );
}
