import { CompassIcon } from "lucide-react";
import { NotFoundActions } from "@/components/shell/not-found-actions";
import { EmptyState } from "@/components/ui/empty-state";

export default function OrgNotFound() {
  return (
    <EmptyState
      icon={CompassIcon}
      title="This page doesn't exist"
      description="The link may be mistyped or out of date. Everything in this organization is reachable from the sidebar."
      className="mt-8"
      action={<NotFoundActions />}
    />
  );
}
