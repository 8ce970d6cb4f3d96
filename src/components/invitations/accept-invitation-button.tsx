"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";

/** Accepts the invitation for the signed-in user and opens the organization; shows why if it can't. */
export function AcceptInvitationButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();

  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async (result) => {
        toast.success(`Welcome to ${result.orgName}!`);
        await queryClient.invalidateQueries({ queryKey: trpc.org.listMine.queryKey() });
        startNavigation(() => router.push(`/o/${result.orgSlug}`));
      },
    }),
  );
  const pending = accept.isPending || navigating || accept.isSuccess;

  return (
    <div className="grid gap-3">
      {accept.error ? (
        <Alert variant="destructive">
          <CircleAlertIcon />
          <AlertDescription>{accept.error.message}</AlertDescription>
        </Alert>
      ) : null}
      <Button className="w-full" disabled={pending} onClick={() => accept.mutate({ token })}>
        {pending ? <Spinner aria-hidden="true" /> : null}
        Accept invitation
      </Button>
    </div>
  );
}
