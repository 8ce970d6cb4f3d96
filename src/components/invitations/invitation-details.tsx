import { ROLE_LABELS, type Role } from "@/core/authz";
import { LocalDate, RelativeTime } from "@/components/format/time";
import { ROLE_DESCRIPTIONS } from "@/components/members/roles";

/** The facts of an invitation, as a definition list. */
export function InvitationDetails({
  orgName,
  email,
  role,
  invitedBy,
  expiresAt,
  showExpiry,
}: {
  orgName: string;
  email: string;
  role: Role;
  invitedBy: string;
  expiresAt: Date;
  showExpiry: boolean;
}) {
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-lg border bg-muted/30 p-4 text-sm sm:grid-cols-[7rem_1fr]">
      <dt className="text-muted-foreground">Organization</dt>
      <dd className="font-medium">{orgName}</dd>
      <dt className="text-muted-foreground">Role</dt>
      <dd>
        <span className="font-medium">{ROLE_LABELS[role]}</span>
        <span className="block text-xs text-muted-foreground">{ROLE_DESCRIPTIONS[role]}</span>
      </dd>
      <dt className="text-muted-foreground">Invited by</dt>
      <dd className="break-words">{invitedBy}</dd>
      <dt className="text-muted-foreground">For</dt>
      <dd className="break-words">{email}</dd>
      {showExpiry ? (
        <>
          <dt className="text-muted-foreground">Expires</dt>
          <dd>
            <LocalDate date={expiresAt} style="datetime" />{" "}
            <span className="text-muted-foreground">
              (<RelativeTime date={expiresAt} />)
            </span>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
