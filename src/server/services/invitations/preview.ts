import { z } from "zod";
import type { Db } from "@/server/db/types";
import { findInvitationByToken } from "./find-by-token";
import { invitationStatus } from "./list";

export const invitationTokenInput = z.object({ token: z.string().min(20, "This invitation link is incomplete.").max(200) });

/** What the invitation page shows before someone accepts: which org, which role, for which address, and whether it still works. */
export async function previewInvitation({ db, input }: { db: Db; input: z.infer<typeof invitationTokenInput> }) {
  const { invitation, org, inviterName, inviterEmail } = await findInvitationByToken(db, input.token);
  return {
    orgName: org.name,
    email: invitation.email,
    role: invitation.role,
    invitedBy: inviterName ?? inviterEmail ?? "A former member",
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation),
  };
}
