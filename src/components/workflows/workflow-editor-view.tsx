"use client";

import { useQuery } from "@tanstack/react-query";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";
import { WorkflowEditor } from "./workflow-editor";
import { WorkflowEditorSkeleton } from "./workflow-editor-skeleton";

/** Loads the workflow (already in the cache when the server rendered the page) and opens the editor. */
export function WorkflowEditorView({ workflowId }: { workflowId: string }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const workflow = useQuery(trpc.workflow.get.queryOptions({ orgSlug: org.slug, workflowId }));

  if (workflow.isPending) return <WorkflowEditorSkeleton />;
  if (workflow.isError) {
    return (
      <QueryErrorAlert
        title="Couldn't load the workflow"
        error={workflow.error}
        onRetry={() => void workflow.refetch()}
        retrying={workflow.isFetching}
      />
    );
  }
  return <WorkflowEditor key={workflow.data.id} workflow={workflow.data} />;
}
