"use client";

import { useQuery } from "@tanstack/react-query";
import { WorkflowIcon } from "lucide-react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { NewWorkflowDialog } from "./new-workflow-dialog";
import { WorkflowsTable } from "./workflows-table";

/** The Workflows page: the list, or an invitation to create the first one. */
export function WorkflowsView() {
  const { org, can } = useOrg();
  const trpc = useTRPC();
  const workflows = useQuery(trpc.workflow.list.queryOptions({ orgSlug: org.slug }));
  const count = workflows.data?.length ?? 0;

  return (
    <div className="grid grid-cols-1 gap-8">
      <PageHeader
        title="Workflows"
        description={
          workflows.data && count > 0
            ? `${count} ${count === 1 ? "workflow moves" : "workflows move"} data between your apps in ${org.name}.`
            : "Automations that move data between your apps."
        }
        actions={count > 0 ? <NewWorkflowDialog /> : null}
      />
      {workflows.isPending ? (
        <TableSkeleton rows={4} label="Loading workflows" />
      ) : workflows.isError ? (
        <QueryErrorAlert
          title="Couldn't load workflows"
          error={workflows.error}
          onRetry={() => void workflows.refetch()}
          retrying={workflows.isFetching}
        />
      ) : count === 0 ? (
        <EmptyState
          icon={WorkflowIcon}
          title="No workflows yet"
          description={
            can("workflows.write")
              ? "A workflow starts from a trigger — a manual run, a webhook, a schedule or an event — and runs steps across your apps. Create one to get started."
              : "A workflow starts from a trigger and runs steps across your apps. Your role can view and follow workflows; ask an editor, admin or owner to create the first one."
          }
          action={<NewWorkflowDialog />}
        />
      ) : (
        <WorkflowsTable workflows={workflows.data} />
      )}
    </div>
  );
}
