import { WorkflowEditorSkeleton } from "@/components/workflows/workflow-editor-skeleton";

export default function WorkflowEditorLoading() {
  return <WorkflowEditorSkeleton />;
}
