"use client";

import { ROLE_LABELS } from "@/core/authz";
import type { Member } from "@/components/common/api-types";
import { UserAvatar } from "@/components/common/user-avatar";
import { LocalDate } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { MemberRoleSelect } from "./member-role-select";
import { MemberRowActions } from "./member-row-actions";
import { canManageMember } from "./roles";

/** Everyone in the organization, with role controls where the viewer is allowed to use them. */
export function MembersTable({ members }: { members: readonly Member[] }) {
  const { role: myRole, can, user } = useOrg();
  const manages = can("members.manage");

  return (
    <div className="overflow-hidden rounded-xl border bg-card shadow-sm">
      <Table aria-label="Members">
        <TableHeader className="bg-muted/40">
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-4">Member</TableHead>
            <TableHead>Role</TableHead>
            <TableHead className="hidden sm:table-cell">Joined</TableHead>
            <TableHead className="w-12 pr-4">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => {
            const editable = canManageMember(myRole, manages, member.role);
            const isMe = member.userId === user.id;
            return (
              <TableRow key={member.membershipId}>
                <TableCell className="py-3 pl-4">
                  <div className="flex items-center gap-3">
                    <UserAvatar name={member.name} email={member.email} image={member.image} />
                    <div className="grid min-w-0 leading-tight">
                      <span className="flex items-center gap-2 truncate font-medium">
                        {member.name ?? member.email}
                        {isMe ? (
                          <Badge variant="outline" className="px-1.5 text-[10px]">
                            You
                          </Badge>
                        ) : null}
                      </span>
                      <span className="truncate text-xs text-muted-foreground">{member.email}</span>
                    </div>
                  </div>
                </TableCell>
                <TableCell>
                  {editable ? (
                    <MemberRoleSelect member={member} />
                  ) : (
                    <Badge variant={member.role === "owner" ? "default" : "secondary"}>{ROLE_LABELS[member.role]}</Badge>
                  )}
                </TableCell>
                <TableCell className="hidden text-muted-foreground sm:table-cell">
                  <LocalDate date={member.joinedAt} />
                </TableCell>
                <TableCell className="pr-4 text-right">
                  {editable && !isMe ? <MemberRowActions member={member} /> : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
