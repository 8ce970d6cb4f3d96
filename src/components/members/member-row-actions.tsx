"use client";

import { EllipsisIcon, UserMinusIcon } from "lucide-react";
import { useState } from "react";
import type { Member } from "@/components/common/api-types";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { RemoveMemberDialog } from "./remove-member-dialog";

/** The "…" menu on a member row. */
export function MemberRowActions({ member }: { member: Member }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${member.email}`}>
            <EllipsisIcon />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem variant="destructive" onSelect={() => setConfirming(true)}>
            <UserMinusIcon aria-hidden="true" />
            Remove member
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <RemoveMemberDialog member={member} open={confirming} onOpenChange={setConfirming} />
    </>
  );
}
