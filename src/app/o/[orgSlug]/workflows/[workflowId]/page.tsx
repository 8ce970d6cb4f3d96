import type { Metadata } from "next";
import { WorkflowEditorView } from "@/components/workflows/workflow-editor-view";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";
import { loadWorkflow } from "./load-workflow";

type Params = Promise<{ orgSlug: string; workflowId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { orgSlug, workflowId } = await params;
  const workflow = await loadWorkflow(orgSlug, workflowId);
  return { title: workflow.name };
}

export default async function WorkflowEditorPage({ params }: { params: Params }) {
  const { orgSlug, workflowId } = await params;
  const workflow = await loadWorkflow(orgSlug, workflowId);
  getQueryClient().setQueryData(trpc.workflow.get.queryKey({ orgSlug, workflowId }), workflow);

  return (
    <HydrateClient>
      <WorkflowEditorView workflowId={workflowId} />
    </HydrateClient>
  );
}
