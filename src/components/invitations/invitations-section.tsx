"use client";

import { useQuery } from "@tanstack/react-query";
import { MailIcon } from "lucide-react";
import { useState } from "react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useTRPC } from "@/trpc/react";
import { InvitationsTable } from "./invitations-table";

/** Pending invitations, with expired and revoked ones available on demand. */
export function InvitationsSection() {
  const { org, can } = useOrg();
  const trpc = useTRPC();
  const invitations = useQuery(trpc.invitation.list.queryOptions({ orgSlug: org.slug }));
  const [showPast, setShowPast] = useState(false);

  const pending = invitations.data?.filter((i) => i.status === "pending") ?? [];
  const past = invitations.data?.filter((i) => i.status !== "pending") ?? [];

  return (
    <section aria-labelledby="invitations-heading" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="invitations-heading" className="text-lg font-semibold tracking-tight">
          Pending invitations
        </h2>
        <p className="text-sm text-muted-foreground">
          Invitations that haven&apos;t been accepted yet. Each link works once and expires after 7 days.
        </p>
      </div>
      {invitations.isPending ? (
        <TableSkeleton rows={2} label="Loading invitations" />
      ) : invitations.isError ? (
        <QueryErrorAlert
          title="Couldn't load invitations"
          error={invitations.error}
          onRetry={() => void invitations.refetch()}
          retrying={invitations.isFetching}
        />
      ) : (
        <>
          {pending.length > 0 ? (
            <InvitationsTable invitations={pending} label="Pending invitations" />
          ) : (
            <EmptyState
              icon={MailIcon}
              title="No pending invitations"
              description={
                can("members.manage")
                  ? "Use “Invite member” to add someone. Their invitation waits here until they accept it."
                  : "Owners and admins can invite new people. Open invitations will show up here."
              }
              className="py-10 md:py-12"
            />
          )}
          {past.length > 0 ? (
            <div className="grid gap-3">
              <div>
                <Button variant="link" size="sm" className="h-auto px-0" onClick={() => setShowPast((v) => !v)}>
                  {showPast ? "Hide" : "Show"} expired and revoked invitations ({past.length})
                </Button>
              </div>
              {showPast ? <InvitationsTable invitations={past} label="Expired and revoked invitations" /> : null}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
