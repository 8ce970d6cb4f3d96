"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { HistoryIcon, RadioIcon } from "lucide-react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";
import { RunStatusSummary } from "./run-status-summary";
import { statusesFor, type StatusTab } from "./run-tabs";
import { isTerminalStatus } from "./run-types";
import { RunsTable } from "./runs-table";

const REFRESH_MS = 3000;

const EMPTY: Record<StatusTab, { title: string; description: string }> = {
  all: {
    title: "No runs yet",
    description: "Each time a workflow runs, its trigger, every step's input and output, and the result are recorded here.",
  },
  running: { title: "Nothing is running", description: "Runs that are queued, running, sleeping or waiting show up here." },
  succeeded: { title: "No successful runs", description: "Runs that finish without errors show up here." },
  failed: { title: "No failed runs", description: "Runs that stop on an error show up here, with the step that failed." },
  cancelled: { title: "No cancelled runs", description: "Runs someone stopped before they finished show up here." },
};

/** One status tab: its runs a page at a time, refreshed every few seconds while any is in flight. */
export function RunsList({ tab, workflowId }: { tab: StatusTab; workflowId: string | undefined }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const runs = useInfiniteQuery(
    trpc.run.list.infiniteQueryOptions(
      { orgSlug: org.slug, status: statusesFor(tab), workflowId },
      {
        getNextPageParam: (page) => page.nextCursor,
        refetchInterval: (query) =>
          query.state.data?.pages.some((page) => page.items.some((run) => !isTerminalStatus(run.status))) ? REFRESH_MS : false,
      },
    ),
  );
  const items = runs.data?.pages.flatMap((page) => page.items) ?? [];
  const live = items.some((run) => !isTerminalStatus(run.status));

  if (runs.isPending) return <TableSkeleton rows={6} label="Loading runs" />;
  if (runs.isError) {
    return (
      <QueryErrorAlert
        title="Couldn't load runs"
        error={runs.error}
        onRetry={() => void runs.refetch()}
        retrying={runs.isFetching}
      />
    );
  }
  if (items.length === 0) {
    const empty = EMPTY[tab];
    return (
      <EmptyState
        icon={HistoryIcon}
        title={empty.title}
        description={workflowId ? `${empty.description} Nothing matches this workflow yet.` : empty.description}
      />
    );
  }

  return (
    <div className="grid grid-cols-1 gap-4">
      <RunStatusSummary runs={items} />
      <div className="overflow-hidden rounded-xl border bg-card shadow-sm">
        <RunsTable runs={items} label="Runs" />
        <div className="flex items-center justify-between gap-4 border-t bg-muted/30 px-4 py-3">
          <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
            {live ? (
              <>
                <RadioIcon aria-hidden="true" className="size-3.5 text-sky-600 dark:text-sky-400" />
                Updating every few seconds while runs are in flight
              </>
            ) : null}
          </p>
          {runs.hasNextPage ? (
            <Button variant="outline" size="sm" onClick={() => void runs.fetchNextPage()} disabled={runs.isFetchingNextPage}>
              {runs.isFetchingNextPage ? <Spinner aria-hidden="true" /> : null}
              Load more
            </Button>
          ) : (
            <p className="text-xs text-muted-foreground">That&apos;s everything.</p>
          )}
        </div>
      </div>
    </div>
  );
}
