"use client";

import { UserPlusIcon } from "lucide-react";
import { useState } from "react";
import type { CreatedInvitation } from "@/components/common/api-types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { InviteLinkResult } from "./invite-link-result";
import { InviteMemberForm } from "./invite-member-form";

/** "Invite member": the form, then the one-time link. */
export function InviteMemberDialog() {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  function onOpenChange(next: boolean) {
    if (next) setCreated(null);
    setOpen(next);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlusIcon aria-hidden="true" />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-md">
        {created ? (
          <InviteLinkResult
            invitation={created}
            onInviteAnother={() => setCreated(null)}
            onDone={() => setOpen(false)}
          />
        ) : (
          <InviteMemberForm onInvited={setCreated} />
        )}
      </DialogContent>
    </Dialog>
  );
}
