"use client";

import { ROLE_LABELS } from "@/core/authz";
import type { Invitation } from "@/components/common/api-types";
import { RelativeTime } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { InvitationStatusBadge } from "./invitation-status-badge";
import { RevokeInvitationButton } from "./revoke-invitation-button";

/** Invitations with who sent them, when they expire and their state; pending ones can be revoked by managers. */
export function InvitationsTable({ invitations, label }: { invitations: readonly Invitation[]; label: string }) {
  const { can } = useOrg();
  const manages = can("members.manage");

  return (
    <div className="overflow-hidden rounded-xl border bg-card shadow-sm">
      <Table aria-label={label}>
        <TableHeader className="bg-muted/40">
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-4">Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead className="hidden md:table-cell">Invited by</TableHead>
            <TableHead className="hidden sm:table-cell">Expires</TableHead>
            <TableHead>Status</TableHead>
            {manages ? (
              <TableHead className="w-24 pr-4">
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {invitations.map((invitation) => (
            <TableRow key={invitation.id}>
              <TableCell className="py-3 pl-4 font-medium">{invitation.email}</TableCell>
              <TableCell>{ROLE_LABELS[invitation.role]}</TableCell>
              <TableCell className="hidden text-muted-foreground md:table-cell">
                {invitation.invitedBy ?? "A former member"}
              </TableCell>
              <TableCell className="hidden text-muted-foreground sm:table-cell">
                {invitation.status === "revoked" ? "—" : <RelativeTime date={invitation.expiresAt} />}
              </TableCell>
              <TableCell>
                <InvitationStatusBadge status={invitation.status} />
              </TableCell>
              {manages ? (
                <TableCell className="pr-4 text-right">
                  {invitation.status === "pending" ? <RevokeInvitationButton invitation={invitation} /> : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
