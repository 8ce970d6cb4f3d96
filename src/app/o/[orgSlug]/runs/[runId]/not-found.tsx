import { SearchXIcon } from "lucide-react";
import { RunNotFoundActions } from "@/components/runs/run-not-found-actions";
import { EmptyState } from "@/components/ui/empty-state";

export default function RunNotFound() {
  return (
    <EmptyState
      icon={SearchXIcon}
      title="Run not found"
      description="It may belong to a workflow that was deleted, or the link may be mistyped. Runs belong to one organization, so check you're in the right one."
      className="mt-8"
      action={<RunNotFoundActions />}
    />
  );
}
