"use client";

import { useOrg } from "@/components/shell/org-context";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { RenameOrgForm } from "./rename-org-form";

/** The organization's name and URL: editable with org.update, read-only otherwise. */
export function OrgProfileCard({ appHost }: { appHost: string }) {
  const { org, can } = useOrg();
  const editable = can("org.update");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Organization</CardTitle>
        <CardDescription>
          {editable
            ? "The name members see across Junction. Changing it also changes the organization's URL."
            : "Only owners and admins can rename the organization."}
        </CardDescription>
      </CardHeader>
      {editable ? (
        <RenameOrgForm appHost={appHost} />
      ) : (
        <CardContent>
          <dl className="grid gap-4 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-muted-foreground">Name</dt>
            <dd className="font-medium">{org.name}</dd>
            <dt className="text-muted-foreground">URL</dt>
            <dd className="font-mono text-xs">
              {appHost}/o/{org.slug}
            </dd>
          </dl>
        </CardContent>
      )}
    </Card>
  );
}
