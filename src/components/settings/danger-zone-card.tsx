"use client";

import type { ReactNode } from "react";
import { useOrg } from "@/components/shell/org-context";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Separator } from "@/components/ui/separator";
import { DeleteOrgDialog } from "./delete-org-dialog";
import { LeaveOrgDialog } from "./leave-org-dialog";

function DangerRow({ title, description, action }: { title: string; description: string; action: ReactNode }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="grid gap-1">
        <p className="text-sm font-medium">{title}</p>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      <div className="shrink-0">{action}</div>
    </div>
  );
}

/** Leaving (everyone) and deleting (with org.delete) the organization. */
export function DangerZoneCard() {
  const { org, can } = useOrg();
  return (
    <Card className="border-destructive/30">
      <CardHeader>
        <CardTitle className="text-destructive">Danger zone</CardTitle>
        <CardDescription>These actions take effect immediately.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <DangerRow
          title="Leave organization"
          description={`Remove yourself from ${org.name}. An organization always keeps at least one owner.`}
          action={<LeaveOrgDialog />}
        />
        {can("org.delete") ? (
          <>
            <Separator />
            <DangerRow
              title="Delete organization"
              description="Permanently delete this organization and everything in it."
              action={<DeleteOrgDialog />}
            />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
