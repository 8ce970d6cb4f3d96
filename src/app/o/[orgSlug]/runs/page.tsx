import { LockIcon } from "lucide-react";
import type { Metadata } from "next";
import { DEAD_LETTERS_TAB, isRunsTab, statusesFor } from "@/components/runs/run-tabs";
import { RunsView } from "@/components/runs/runs-view";
import { requireOrg } from "@/components/shell/require-org";
import { EmptyState } from "@/components/ui/empty-state";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Runs" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

export default async function RunsPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: SearchParams }) {
  const { orgSlug } = await params;
  const query = await searchParams;
  const { org } = await requireOrg(orgSlug);

  if (!org.permissions.includes("runs.read")) {
    return (
      <EmptyState
        icon={LockIcon}
        title="Your role can't see runs"
        description="Run history shows the data that flowed through each workflow. Ask an owner or admin for access."
      />
    );
  }

  const requested = single(query.tab);
  const tab = isRunsTab(requested) ? requested : "all";
  const workflowParam = single(query.workflow);
  const workflowId = workflowParam && UUID.test(workflowParam) ? workflowParam : undefined;
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.workflow.list.queryOptions({ orgSlug })),
    tab === DEAD_LETTERS_TAB
      ? queryClient.prefetchQuery(trpc.run.deadLetters.queryOptions({ orgSlug, workflowId }))
      : queryClient.prefetchInfiniteQuery(
          trpc.run.list.infiniteQueryOptions(
            { orgSlug, status: statusesFor(tab), workflowId },
            { getNextPageParam: (page) => page.nextCursor },
          ),
        ),
  ]);

  return (
    <HydrateClient>
      <RunsView initialTab={tab} initialWorkflowId={workflowId} />
    </HydrateClient>
  );
}
