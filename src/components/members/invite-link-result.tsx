"use client";

import { InfoIcon, MailCheckIcon } from "lucide-react";
import { ROLE_LABELS } from "@/core/authz";
import type { CreatedInvitation } from "@/components/common/api-types";
import { CopyButton } from "@/components/common/copy-button";
import { LocalDate } from "@/components/format/time";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The one-time invitation link, shown right after the invitation is created. */
export function InviteLinkResult({
  invitation,
  onInviteAnother,
  onDone,
}: {
  invitation: CreatedInvitation;
  onInviteAnother: () => void;
  onDone: () => void;
}) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>Invitation created</DialogTitle>
        <DialogDescription>
          {invitation.emailed
            ? `We emailed the invitation to ${invitation.email}. You can also send them this link yourself.`
            : `Email isn't set up on this server, so nothing was sent. Share this link with ${invitation.email} yourself.`}
        </DialogDescription>
      </DialogHeader>
      {invitation.emailed ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          <MailCheckIcon aria-hidden="true" className="size-4 text-primary" />
          Sent to <span className="font-medium text-foreground">{invitation.email}</span> as{" "}
          {ROLE_LABELS[invitation.role]}
        </p>
      ) : null}
      <div className="grid gap-2">
        <Label htmlFor="invite-link">Invitation link</Label>
        <div className="flex gap-2">
          <Input
            id="invite-link"
            data-testid="invite-link"
            readOnly
            value={invitation.link}
            onFocus={(event) => event.currentTarget.select()}
            className="font-mono text-xs"
          />
          <CopyButton value={invitation.link} label="Copy link" className="shrink-0" />
        </div>
      </div>
      <Alert>
        <InfoIcon />
        <AlertDescription>
          <p>
            This link is shown only once. It works a single time, only for {invitation.email}, and expires in 7 days (
            <LocalDate date={invitation.expiresAt} style="datetime" />
            ).
          </p>
        </AlertDescription>
      </Alert>
      <DialogFooter>
        <Button variant="outline" onClick={onInviteAnother}>
          Invite someone else
        </Button>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </>
  );
}
