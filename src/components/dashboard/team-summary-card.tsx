import { ArrowRightIcon } from "lucide-react";
import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/core/authz";
import { UserAvatar } from "@/components/common/user-avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";

interface TeamMember {
  membershipId: string;
  name: string | null;
  email: string;
  image: string | null;
  role: Role;
}

const SHOWN = 5;

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/** Who is in the organization at a glance, with a link to manage members. */
export function TeamSummaryCard({
  members,
  pendingInvitations,
  membersHref,
  canInvite,
}: {
  members: readonly TeamMember[];
  pendingInvitations: number;
  membersHref: string;
  canInvite: boolean;
}) {
  const extra = members.length - SHOWN;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Team</CardTitle>
        <CardDescription>
          {plural(members.length, "member", "members")}
          {pendingInvitations > 0 ? ` · ${plural(pendingInvitations, "pending invitation", "pending invitations")}` : null}
        </CardDescription>
        <CardAction>
          <Button variant="outline" size="sm" asChild>
            <Link href={membersHref}>
              {canInvite ? "Manage" : "View all"}
              <ArrowRightIcon aria-hidden="true" />
            </Link>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-3" aria-label="Team members">
          {members.slice(0, SHOWN).map((m) => (
            <li key={m.membershipId} className="flex items-center gap-3">
              <UserAvatar name={m.name} email={m.email} image={m.image} />
              <span className="grid min-w-0 flex-1 leading-tight">
                <span className="truncate text-sm font-medium">{m.name ?? m.email}</span>
                <span className="truncate text-xs text-muted-foreground">{m.email}</span>
              </span>
              <Badge variant="secondary">{ROLE_LABELS[m.role]}</Badge>
            </li>
          ))}
        </ul>
      </CardContent>
      {extra > 0 || (members.length === 1 && canInvite) ? (
        <CardFooter className="mt-auto text-sm text-muted-foreground">
          {extra > 0 ? (
            <Link href={membersHref} className="hover:text-foreground hover:underline">
              and {plural(extra, "more member", "more members")}
            </Link>
          ) : (
            <p>It&apos;s just you so far. Invite the people you work with from the members page.</p>
          )}
        </CardFooter>
      ) : null}
    </Card>
  );
}
