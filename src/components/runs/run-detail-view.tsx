"use client";

import { useQuery } from "@tanstack/react-query";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";
import { RunDetail } from "./run-detail";
import { RunDetailSkeleton } from "./run-detail-skeleton";
import { isTerminalStatus } from "./run-types";
import { useRunLiveUpdates } from "./use-run-live-updates";

/** Loads a run (already cached when the server rendered the page) and follows its live stream until it ends. */
export function RunDetailView({ runId }: { runId: string }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const run = useQuery(trpc.run.get.queryOptions({ orgSlug: org.slug, runId }));
  const stream = useRunLiveUpdates({ orgSlug: org.slug, runId, active: run.data ? !isTerminalStatus(run.data.status) : false });

  if (run.isPending) return <RunDetailSkeleton />;
  if (run.isError) {
    return (
      <QueryErrorAlert
        title="Couldn't load the run"
        error={run.error}
        onRetry={() => void run.refetch()}
        retrying={run.isFetching}
      />
    );
  }
  return <RunDetail run={run.data} stream={stream} />;
}
