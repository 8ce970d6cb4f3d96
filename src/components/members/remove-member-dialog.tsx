"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import type { Member } from "@/components/common/api-types";
import { useOrg } from "@/components/shell/org-context";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { useTRPC } from "@/trpc/react";

/** Confirms removing a member, then removes them; a refusal (the last owner) stays in the dialog. */
export function RemoveMemberDialog({
  member,
  open,
  onOpenChange,
}: {
  member: Member;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const who = member.name ?? member.email;

  const remove = useMutation(
    trpc.member.remove.mutationOptions({
      onSuccess: async () => {
        toast.success(`${who} was removed from ${org.name}.`);
        onOpenChange(false);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
    }),
  );

  return (
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Remove ${who}?`}
      description={`${member.email} will lose access to ${org.name} right away. You can invite them again later.`}
      confirmLabel="Remove member"
      mutation={remove}
      onConfirm={() => remove.mutate({ orgSlug: org.slug, membershipId: member.membershipId })}
    />
  );
}
