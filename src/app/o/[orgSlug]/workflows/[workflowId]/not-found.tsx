import { FileQuestionIcon } from "lucide-react";
import { WorkflowNotFoundActions } from "@/components/workflows/workflow-not-found-actions";
import { EmptyState } from "@/components/ui/empty-state";

export default function WorkflowNotFound() {
  return (
    <EmptyState
      icon={FileQuestionIcon}
      title="Workflow not found"
      description="It may have been deleted, or the link may be mistyped. Workflows belong to one organization, so check you're in the right one."
      className="mt-8"
      action={<WorkflowNotFoundActions />}
    />
  );
}
