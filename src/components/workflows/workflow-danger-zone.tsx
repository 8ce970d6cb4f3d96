"use client";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DeleteWorkflowDialog } from "./delete-workflow-dialog";

/** Deleting the workflow; shown only to roles that may edit workflows. */
export function WorkflowDangerZone({ workflowId, name }: { workflowId: string; name: string }) {
  return (
    <Card className="border-destructive/30">
      <CardHeader>
        <CardTitle className="text-destructive">Danger zone</CardTitle>
        <CardDescription>These actions take effect immediately.</CardDescription>
      </CardHeader>
      <CardContent>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="grid gap-1">
            <p className="text-sm font-medium">Delete workflow</p>
            <p className="text-sm text-muted-foreground">
              Permanently delete this workflow, its versions and its run history.
            </p>
          </div>
          <div className="shrink-0">
            <DeleteWorkflowDialog workflowId={workflowId} name={name} />
          </div>
        </div>
      </CardContent>
    </Card>
  );
}
