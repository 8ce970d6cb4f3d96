"use client";

import { useQuery } from "@tanstack/react-query";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";
import { InviteMemberDialog } from "./invite-member-dialog";
import { MembersTable } from "./members-table";

/** The members list with its "Invite member" action. */
export function MembersSection() {
  const { org, can } = useOrg();
  const trpc = useTRPC();
  const members = useQuery(trpc.member.list.queryOptions({ orgSlug: org.slug }));

  return (
    <section aria-labelledby="members-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h2 id="members-heading" className="text-lg font-semibold tracking-tight">
            Members
          </h2>
          <p className="text-sm text-muted-foreground">
            {members.data
              ? `${members.data.length} ${members.data.length === 1 ? "person has" : "people have"} access to ${org.name}.`
              : `People with access to ${org.name}.`}
          </p>
        </div>
        {can("members.manage") ? <InviteMemberDialog /> : null}
      </div>
      {members.isPending ? (
        <TableSkeleton rows={3} label="Loading members" />
      ) : members.isError ? (
        <QueryErrorAlert
          title="Couldn't load members"
          error={members.error}
          onRetry={() => void members.refetch()}
          retrying={members.isFetching}
        />
      ) : (
        <MembersTable members={members.data} />
      )}
    </section>
  );
}
