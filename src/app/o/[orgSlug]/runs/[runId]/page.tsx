import type { Metadata } from "next";
import { RunDetailView } from "@/components/runs/run-detail-view";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";
import { loadRun } from "./load-run";

type Params = Promise<{ orgSlug: string; runId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { orgSlug, runId } = await params;
  const run = await loadRun(orgSlug, runId);
  return { title: run.workflowName ? `Run of ${run.workflowName}` : "Run" };
}

export default async function RunPage({ params }: { params: Params }) {
  const { orgSlug, runId } = await params;
  const run = await loadRun(orgSlug, runId);
  getQueryClient().setQueryData(trpc.run.get.queryKey({ orgSlug, runId }), run);

  return (
    <HydrateClient>
      <RunDetailView runId={runId} />
    </HydrateClient>
  );
}
