import type { ReactNode } from "react";
import { CircleAlertIcon } from "lucide-react";
import { LocalDate } from "@/components/format/time";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

type ClosedStatus = "accepted" | "revoked" | "expired";

/** Why an invitation can no longer be used, and what to do about it. */
export function InvitationUnavailable({
  status,
  orgName,
  expiresAt,
}: {
  status: ClosedStatus;
  orgName: string;
  expiresAt: Date;
}) {
  const askAgain = `Ask an owner or admin of ${orgName} to send you a new invitation.`;
  const content: Record<ClosedStatus, { title: string; body: ReactNode }> = {
    accepted: {
      title: "This invitation has already been used",
      body: `Each invitation link works once. If you accepted it, sign in to open ${orgName}. Otherwise: ${askAgain}`,
    },
    revoked: {
      title: "This invitation was withdrawn",
      body: askAgain,
    },
    expired: {
      title: "This invitation has expired",
      body: (
        <>
          It expired on <LocalDate date={expiresAt} style="datetime" />. {askAgain}
        </>
      ),
    },
  };
  const { title, body } = content[status];
  return (
    <Alert variant="destructive">
      <CircleAlertIcon />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{body}</p>
      </AlertDescription>
    </Alert>
  );
}
