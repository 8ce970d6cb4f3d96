"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import type { Invitation } from "@/components/common/api-types";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";

/** Withdraws a pending invitation; its link stops working at once. */
export function RevokeInvitationButton({ invitation }: { invitation: Invitation }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSuccess: async () => {
        toast.success(`Invitation for ${invitation.email} revoked. The link no longer works.`);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  return (
    <Button
      variant="ghost"
      size="sm"
      className="text-destructive hover:bg-destructive/10 hover:text-destructive"
      disabled={revoke.isPending}
      aria-label={`Revoke invitation for ${invitation.email}`}
      onClick={() => revoke.mutate({ orgSlug: org.slug, invitationId: invitation.id })}
    >
      {revoke.isPending ? <Spinner aria-hidden="true" /> : null}
      Revoke
    </Button>
  );
}
