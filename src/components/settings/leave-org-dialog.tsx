"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LogOutIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { useTRPC } from "@/trpc/react";

/** "Leave organization", with a confirmation. The server refuses the last owner; the reason shows in the dialog. */
export function LeaveOrgDialog() {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);

  const leave = useMutation(
    trpc.member.leave.mutationOptions({
      // No close here: the organization's pages are left for the home page.
      onSuccess: async () => {
        toast.success(`You left ${org.name}.`);
        await queryClient.invalidateQueries({ queryKey: trpc.org.listMine.queryKey() });
        router.replace("/");
        router.refresh();
      },
    }),
  );

  return (
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="outline">
          <LogOutIcon aria-hidden="true" />
          Leave organization
        </Button>
      }
      title={`Leave ${org.name}?`}
      description="You will lose access right away. To come back, an owner or admin will have to invite you again."
      confirmLabel="Leave organization"
      mutation={leave}
      onConfirm={() => leave.mutate({ orgSlug: org.slug })}
    />
  );
}
