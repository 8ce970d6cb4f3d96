"use client";

import { useQuery } from "@tanstack/react-query";
import { InboxIcon } from "lucide-react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { EmptyState } from "@/components/ui/empty-state";
import { useTRPC } from "@/trpc/react";
import { ReplayAllDialog } from "./replay-all-dialog";
import { RunsTable } from "./runs-table";

/** Runs that failed for good, with "Replay all". */
export function DeadLettersPanel({ workflowId, workflowName }: { workflowId: string | undefined; workflowName?: string }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const dead = useQuery(trpc.run.deadLetters.queryOptions({ orgSlug: org.slug, workflowId }));
  const count = dead.data?.length ?? 0;

  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-col gap-3 rounded-xl border bg-card p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
        <div className="grid gap-1">
          <p className="text-sm font-medium">
            {dead.data ? `${count} dead-lettered ${count === 1 ? "run" : "runs"}` : "Dead letters"}
          </p>
          <p className="text-sm text-muted-foreground">
            Runs that failed after all their retries. Fix the cause, then replay them with their original payloads.
          </p>
        </div>
        <ReplayAllDialog count={count} workflowId={workflowId} workflowName={workflowName} />
      </div>
      {dead.isPending ? (
        <TableSkeleton rows={4} label="Loading dead letters" />
      ) : dead.isError ? (
        <QueryErrorAlert
          title="Couldn't load dead letters"
          error={dead.error}
          onRetry={() => void dead.refetch()}
          retrying={dead.isFetching}
        />
      ) : count === 0 ? (
        <EmptyState
          icon={InboxIcon}
          title="No dead letters"
          description="Runs that still fail after every retry land here, so nothing is lost and you can replay them once the cause is fixed."
        />
      ) : (
        <div className="overflow-hidden rounded-xl border bg-card shadow-sm">
          <RunsTable runs={dead.data} label="Dead-lettered runs" />
        </div>
      )}
    </div>
  );
}
